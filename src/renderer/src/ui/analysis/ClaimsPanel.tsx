/**
 * "Claims to check": each check-worthy sentence with the numbers, dates or events to
 * verify, and the source the article gives for it — or, plainly, "no source given".
 */
import { useMemo } from 'react';
import type { ArticleAnalysis, CheckWorthyClaim } from '../../../../core/analysis/types';
import { ta } from '../../i18n/analysis.en';
import { useDrawnCount, type DrawBudget } from './use-drawn-count';
import './analysis.css';

export interface ClaimsPanelProps {
  analysis: ArticleAnalysis;
  /** Jump to the claim's sentence in the text (index into analysis.sentences). */
  onShowSentence?(index: number): void;
  headingId?: string;
  className?: string;
  /** How to show a sentence's text (e.g. without Markdown markup); defaults to its raw text. */
  sentenceText?(index: number): string;
}

/** Claims: a long article has a thousand; the first screens of the panel at once, the rest when idle. */
export const CLAIM_BUDGET: DrawBudget = { first: 40, slice: 150 };
const oneClaim = (_claim: CheckWorthyClaim) => 1;

export function ClaimsPanel({ analysis, onShowSentence, headingId = 'fw-an-claims-title', className, sentenceText }: ClaimsPanelProps) {
  const claims = useMemo(() => [...analysis.claims].sort((a, b) => a.sentenceIndex - b.sentenceIndex), [analysis.claims]);
  const { count: drawn } = useDrawnCount(claims, oneClaim, CLAIM_BUDGET);
  return (
    <section className={`fw-an-panel fw-an-claims${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="fw-an-panel__title">
        {ta('analysis.claims.title')}
      </h2>
      <p className="fw-an-muted">{ta('analysis.claims.intro')}</p>
      {claims.length === 0 ? (
        <p className="fw-an-muted">{ta('analysis.claims.empty')}</p>
      ) : (
        <ol className="fw-an-claims__list" data-drawn={drawn < claims.length ? 'partial' : 'all'}>
          {claims.slice(0, drawn).map((claim) => {
            const sentence = analysis.sentences[claim.sentenceIndex];
            if (!sentence) return null;
            const text = sentenceText ? sentenceText(claim.sentenceIndex) : sentence.text;
            return (
              <li key={claim.sentenceIndex} className="fw-an-claim">
                {onShowSentence ? (
                  <button
                    type="button"
                    className="fw-an-claim__sentence"
                    onClick={() => onShowSentence(claim.sentenceIndex)}
                    aria-label={`${ta('analysis.claims.show', { index: claim.sentenceIndex + 1 })}: ${text}`}
                  >
                    {text}
                  </button>
                ) : (
                  <p className="fw-an-claim__sentence">{text}</p>
                )}
                {claim.anchors.length > 0 && (
                  <p className="fw-an-claim__anchors">
                    <span className="fw-an-muted">{ta('analysis.claims.anchors')}: </span>
                    {claim.anchors.map((anchor, at) => (
                      <span key={`${anchor.start}-${at}`}>
                        {/* Chips are apart on screen; without this a screen reader runs them together ("12%1 March"). */}
                        {at > 0 && <span className="fw-an-sr">, </span>}
                        <span className="fw-an-chip">{anchor.text}</span>
                      </span>
                    ))}
                  </p>
                )}
                <p className="fw-an-claim__source">
                  {claim.source ? (
                    <>
                      {ta('analysis.claims.source', { source: '' })}
                      <strong>{claim.source.text}</strong>
                    </>
                  ) : (
                    claim.sourceOwed === false ? (
                    <span className="fw-an-muted">{ta('analysis.claims.noSourceNeeded')}</span>
                  ) : (
                    <span className="fw-an-nosource">{ta('analysis.claims.noSource')}</span>
                  )
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
