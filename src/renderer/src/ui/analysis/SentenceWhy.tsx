/**
 * Why a sentence got its label: the label and its probability in words and as a number,
 * the cues (quoted, with their notes), loaded words with neutral alternatives, who says
 * it, the check-worthy claim with its source or "no source given", and the learner's own
 * disputes of practice answers about the sentence.
 */
import type { ArticleAnalysis, Attribution, CheckWorthyClaim, LoadedSpan } from '../../../../core/analysis/types';
import type { AnalysisSource } from '../../analysis/use-article-analysis';
import { formatPercent, ta } from '../../i18n/analysis.en';
import { DisputeList } from './DisputeList';
import type { ReaderDispute } from './disputes';
import { confidenceOf, labelHelp, labelName, labelProbability, probabilityWords } from './wording';
import './analysis.css';

export interface SentenceWhyProps {
  analysis: ArticleAnalysis;
  /** Index into analysis.sentences; null shows a short hint. */
  index: number | null;
  source?: AnalysisSource;
  onClose?(): void;
  onPrevious?(): void;
  onNext?(): void;
  /** Heading id, for aria-labelledby on a surrounding region. */
  headingId?: string;
  className?: string;
  /** The learner's disputes of practice answers about this sentence. */
  disputes?: readonly ReaderDispute[];
  /** How to show a sentence's text (e.g. without Markdown markup); defaults to its raw text. */
  sentenceText?(index: number): string;
}

function AttributionLine({ attribution }: { attribution: Attribution }) {
  const kind = attribution.sourceKind ? ta(`analysis.why.sourceKind.${attribution.sourceKind}`) : null;
  return (
    <li className="fw-an-why__attribution">
      <span>
        {attribution.source ? (
          <>
            {ta('analysis.why.attributionSource', { source: '' })}
            <strong>“{attribution.source.text}”</strong>
            {kind && <span className="fw-an-muted"> ({kind})</span>}
            {attribution.resolvedSource && (
              <span className="fw-an-muted"> — {ta('analysis.why.resolved', { name: attribution.resolvedSource.text })}</span>
            )}
          </>
        ) : (
          ta('analysis.why.attributionNoSource')
        )}
      </span>
      <span>
        {ta('analysis.why.attributionCue', { cue: '' })}
        <em>“{attribution.cue.text}”</em>
      </span>
      <span>{ta(attribution.direct ? 'analysis.why.direct' : 'analysis.why.reported')}</span>
    </li>
  );
}

function LoadedLine({ loaded }: { loaded: LoadedSpan }) {
  const neutral = loaded.neutral.filter((word) => word && word !== '(omit)');
  return (
    <li>
      <span className="fw-an-quote fw-an-mark--loaded">“{loaded.text}”</span>{' '}
      <span className="fw-an-muted">
        ({ta(`analysis.category.${loaded.category}`)}, {ta(loaded.voice === 'writer' ? 'analysis.why.writerVoice' : 'analysis.why.sourceVoice')})
      </span>
      {' — '}
      {loaded.reason}.{' '}
      {neutral.length > 0 ? ta('analysis.why.neutral', { neutral: neutral.join(', ') }) : ta('analysis.why.noNeutral')}
    </li>
  );
}

function ClaimLine({ claim }: { claim: CheckWorthyClaim }) {
  return (
    <div className="fw-an-why__claim">
      {claim.anchors.length > 0 && (
        <p>{ta('analysis.why.claimAnchors', { anchors: claim.anchors.map((anchor) => `“${anchor.text}”`).join(', ') })}</p>
      )}
      <p>
        {claim.source ? (
          <>
            {ta('analysis.why.claimSource', { source: '' })}
            <strong>“{claim.source.text}”</strong>
          </>
        ) : (
          claim.sourceOwed === false ? (
                    <span className="fw-an-muted">{ta('analysis.why.noSourceNeeded')}</span>
                  ) : (
                    <span className="fw-an-nosource">{ta('analysis.why.noSource')}</span>
                  )
        )}
      </p>
    </div>
  );
}

export function SentenceWhy({
  analysis,
  index,
  source = 'analyser',
  onClose,
  onPrevious,
  onNext,
  headingId = 'fw-an-why-title',
  className,
  disputes,
  sentenceText,
}: SentenceWhyProps) {
  const sentence = index === null ? undefined : analysis.sentences[index];
  const root = `fw-an-why${className ? ` ${className}` : ''}`;
  if (!sentence || index === null) {
    return (
      <div className={root}>
        <h2 id={headingId} className="fw-an-panel__title">
          {ta('analysis.why.title')}
        </h2>
        <p className="fw-an-muted">{ta('analysis.why.empty')}</p>
      </div>
    );
  }

  const probability = labelProbability(sentence);
  const words = probabilityWords(probability, sentence.label, source);
  const attributions = analysis.attributions.filter((attribution) => attribution.sentenceIndex === index);
  const loaded = analysis.loaded.filter((span) => span.sentenceIndex === index);
  const claim = analysis.claims.find((candidate) => candidate.sentenceIndex === index);
  // Loaded words get their own list with alternatives; the other cues are listed here.
  const cues = sentence.cues.filter((cue) => cue.kind !== 'loaded' || loaded.length === 0);

  return (
    <div className={root} data-label={sentence.label}>
      <div className="fw-an-why__head">
        <h2 id={headingId} className="fw-an-panel__title">
          {ta('analysis.why.title')}
        </h2>
        <div className="fw-an-why__nav">
          {onPrevious && (
            <button type="button" className="fw-an-iconbutton" onClick={onPrevious} disabled={index === 0} aria-label={ta('analysis.why.previous')}>
              <span aria-hidden="true">[</span>
            </button>
          )}
          {onNext && (
            <button
              type="button"
              className="fw-an-iconbutton"
              onClick={onNext}
              disabled={index >= analysis.sentences.length - 1}
              aria-label={ta('analysis.why.next')}
            >
              <span aria-hidden="true">]</span>
            </button>
          )}
          {onClose && (
            <button type="button" className="fw-an-iconbutton" onClick={onClose} aria-label={ta('analysis.why.close')}>
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
      </div>
      <p className="fw-an-muted fw-an-why__position">
        {ta('analysis.why.position', { index: index + 1, total: analysis.sentences.length })}
      </p>
      <blockquote className={`fw-an-why__sentence fw-an-sentence--${sentence.label}`}>{sentenceText ? sentenceText(index) : sentence.text}</blockquote>
      {disputes && disputes.length > 0 && (
        <div className="fw-an-why__disputes" data-testid="why-disputes">
          <h3 className="fw-an-why__sub">
            <span aria-hidden="true">⚑ </span>
            {ta('analysis.dispute.whyTitle')}
          </h3>
          <DisputeList disputes={disputes} />
        </div>
      )}
      <p className={`fw-an-why__label fw-an-conf--${confidenceOf(probability, sentence.label, source)}`}>
        <strong>{ta('analysis.why.label', { label: labelName(sentence.label), probability: words })}</strong>
      </p>
      <p className="fw-an-muted">{labelHelp(sentence.label)}</p>
      {source === 'analyser' ? (
        <p className="fw-an-muted fw-an-why__all">
          {ta('analysis.why.probabilities', {
            fact: formatPercent(sentence.probabilities.fact),
            attributed: formatPercent(sentence.probabilities.attributed),
            framing: formatPercent(sentence.probabilities.framing),
          })}
        </p>
      ) : (
        <p className="fw-an-muted">{ta('analysis.why.keyConfidence')}</p>
      )}
      {sentence.reason && (
        <>
          <h3 className="fw-an-why__sub">{ta(source === 'key' ? 'analysis.why.teacherNote' : 'analysis.why.reason')}</h3>
          <p>{sentence.reason}</p>
        </>
      )}

      {/* No "Cues" heading over an empty list when the only cues are the loaded words below. */}
      {(cues.length > 0 || loaded.length === 0) && <h3 className="fw-an-why__sub">{ta('analysis.why.cues')}</h3>}
      {cues.length === 0 && loaded.length === 0 ? (
        <p className="fw-an-muted">{ta('analysis.why.noCues')}</p>
      ) : (
        cues.length > 0 && (
          <ul className="fw-an-why__cues">
            {cues.map((cue, at) => (
              <li key={`${cue.start}-${cue.kind}-${at}`}>
                <span className="fw-an-quote">“{cue.text}”</span> <span className="fw-an-cuekind">{ta(`analysis.cue.${cue.kind}`)}</span>
                {cue.note && <span> — {cue.note}</span>}
              </li>
            ))}
          </ul>
        )
      )}

      {loaded.length > 0 && (
        <>
          <h3 className="fw-an-why__sub">{ta('analysis.why.loaded')}</h3>
          <ul className="fw-an-why__loaded">
            {loaded.map((span) => (
              <LoadedLine key={span.start} loaded={span} />
            ))}
          </ul>
        </>
      )}

      {attributions.length > 0 && (
        <>
          <h3 className="fw-an-why__sub">{ta('analysis.why.attribution')}</h3>
          <ul className="fw-an-why__attributions">
            {attributions.map((attribution, at) => (
              <AttributionLine key={at} attribution={attribution} />
            ))}
          </ul>
        </>
      )}

      {claim && (
        <>
          <h3 className="fw-an-why__sub">{ta('analysis.why.claim')}</h3>
          <ClaimLine claim={claim} />
        </>
      )}
    </div>
  );
}
