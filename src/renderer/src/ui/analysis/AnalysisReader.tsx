/**
 * The reader's analysis, assembled: switch, honest notice, legend, the analysed text,
 * and a side column with the "why" panel, Voices and Claims to check. Mount it in place
 * of the reader's body; with the analysis off it renders the plain paragraphs (same
 * classes and data-block attributes as the reader's own body). The learner's disputes of
 * practice answers are flagged on their sentences and listed in the "why" panel.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Span } from '../../../../core/analysis/types';
import type { AnalysisClient } from '../../analysis/analysis-client';
import { useAnalysisShortcuts } from '../../analysis/use-analysis-shortcuts';
import { useArticleAnalysis, type AnalysableArticle } from '../../analysis/use-article-analysis';
import type { AnswerKey } from '../../../../core/samples/answer-key';
import { ta } from '../../i18n/analysis.en';
import { AnalysedArticle, SENTENCE_ATTR, type DisplayBlock } from './AnalysedArticle';
import { markupRanges, visibleSlice } from './text-segments';
import { AnalysisLegend } from './AnalysisLegend';
import { AnalysisNotice } from './AnalysisNotice';
import { AnalysisToggle } from './AnalysisToggle';
import { ClaimsPanel } from './ClaimsPanel';
import { DisputeList } from './DisputeList';
import { NO_DISPUTES, placeDisputes, type ReaderDispute } from './disputes';
import { parseReaderFilter, shownSentences, type ReaderFilter } from './reader-filter';
import { ReaderFilterControl } from './ReaderFilterControl';
import { learnerKey, STORAGE_KEYS, useStoredPreference } from '../../shell/stored-preference';
import { useShortWindow } from '../short-window';
import { SentenceWhy } from './SentenceWhy';
import { VoicesPanel } from './VoicesPanel';
import { mark } from '../../platform/timing';
import './analysis.css';

export interface AnalysisReaderProps {
  article: AnalysableArticle;
  /** The blocks to show (e.g. the reader's blocks without a repeated title). Defaults to article.blocks. */
  blocks?: readonly DisplayBlock[];
  /**
   * Controlled switch; leave undefined to let the component keep it, remembered for the
   * learner (starting at defaultEnabled the first time).
   */
  enabled?: boolean;
  onEnabledChange?(next: boolean): void;
  defaultEnabled?: boolean;
  /** Listen for Alt+A, ] and [ on the document (default true). */
  shortcuts?: boolean;
  /** For tests. */
  client?: AnalysisClient;
  keyFor?: (sampleId: string | undefined) => AnswerKey | undefined;
  /** The article's teacher-checked key, when it has one: the reader shows it instead of the analyser. */
  checkedKey?: AnswerKey | null;
  /** The active learner's "I think this answer is wrong" flags on this article. */
  disputes?: readonly ReaderDispute[];
  /** The active learner: the switch and the "show only" filter are remembered per learner. */
  learnerId?: number;
}

const NO_SPANS: readonly Span[] = [];

export function AnalysisReader({
  article,
  blocks,
  enabled: controlled,
  onEnabledChange,
  defaultEnabled = true,
  shortcuts = true,
  client,
  keyFor,
  checkedKey,
  disputes = NO_DISPUTES,
  learnerId,
}: AnalysisReaderProps) {
  const parseEnabled = useCallback((stored: string | null) => (stored === null ? defaultEnabled : stored === 'true'), [defaultEnabled]);
  const [own, setOwn] = useStoredPreference(learnerKey(STORAGE_KEYS.analysisEnabled, learnerId), parseEnabled);
  const [filter, setFilter] = useStoredPreference<ReaderFilter>(learnerKey(STORAGE_KEYS.readerFilter, learnerId), parseReaderFilter);
  const enabled = controlled ?? own;
  const setEnabled = useCallback(
    (next: boolean) => {
      if (controlled === undefined) setOwn(next);
      onEnabledChange?.(next);
    },
    [controlled, onEnabledChange, setOwn],
  );

  // Analyse even while the switch is off, so turning it on is instant (the worker keeps the page responsive).
  const state = useArticleAnalysis(article, { client, keyFor, checkedKey });
  const analysis = state.status === 'ready' ? state.analysis : null;
  const on = enabled && analysis !== null;
  const shortWindow = useShortWindow();

  const [cursor, setCursor] = useState<number | null>(null);
  const [whyOpen, setWhyOpen] = useState(false);
  const [voice, setVoice] = useState<number | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const whyId = useId();
  const whyTitleId = useId();

  // Another article: start from no sentence. Adjusted while rendering, not in an effect, so a key
  // pressed as soon as the reader shows (its analysis may be ready in the first render) is not
  // undone by an effect that runs after it.
  const [shownHash, setShownHash] = useState(article.hash);
  if (shownHash !== article.hash) {
    setShownHash(article.hash);
    setCursor(null);
    setWhyOpen(false);
    setVoice(null);
  }

  const count = analysis?.sentences.length ?? 0;

  // For the timing of "open → Analysis ready" (platform/timing.ts): the commit that shows it.
  useLayoutEffect(() => {
    if (enabled && analysis) mark('reader:ready');
  }, [enabled, analysis]);

  const focusSentence = useCallback((index: number) => {
    const button = textRef.current?.querySelector<HTMLElement>(`[${SENTENCE_ATTR}="${index}"]`);
    button?.focus({ preventScroll: true });
    button?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, []);

  const moveTo = useCallback(
    (index: number, focus = true) => {
      if (count === 0) return;
      const next = Math.max(0, Math.min(count - 1, index));
      // Usually the button exists already (only its tabindex changes), so focus can move now. In a
      // long article still being drawn (use-drawn-blocks.ts) it may not: the article draws through
      // the selected sentence, so drawing synchronously puts it in the page before focus moves.
      if (textRef.current?.querySelector(`[${SENTENCE_ATTR}="${next}"]`)) setCursor(next);
      else flushSync(() => setCursor(next));
      if (focus) focusSentence(next);
      else textRef.current?.querySelector(`[${SENTENCE_ATTR}="${next}"]`)?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    },
    [count, focusSentence],
  );

  // The sentences ] and [ stop at: all of them, or those the "show only" filter keeps.
  const stops = useMemo(() => shownSentences(analysis?.sentences.map((sentence) => sentence.label) ?? [], filter), [analysis, filter]);

  const step = useCallback(
    (delta: number, focus = true) => {
      if (!on || stops.length === 0) return;
      // After the reader moved focus elsewhere, ] continues from the sentence still marked current.
      let next: number | undefined;
      if (cursor === null) next = delta > 0 ? stops[0] : stops[stops.length - 1];
      else if (delta > 0) next = stops.find((index) => index > cursor) ?? stops[stops.length - 1];
      else next = [...stops].reverse().find((index) => index < cursor) ?? stops[0];
      moveTo(next, focus);
    },
    [on, cursor, stops, moveTo],
  );

  // A sentence the new filter leaves out cannot stay open in the "why" panel.
  useEffect(() => {
    if (cursor !== null && !stops.includes(cursor)) {
      setWhyOpen(false);
      setCursor(null);
    }
  }, [stops, cursor]);

  const onSelect = useCallback(
    (index: number) => {
      if (cursor === index && whyOpen) {
        setWhyOpen(false);
        return;
      }
      setCursor(index);
      setWhyOpen(true);
    },
    [cursor, whyOpen],
  );

  useAnalysisShortcuts({
    enabled: shortcuts,
    onToggle: () => setEnabled(!enabled),
    onNext: () => step(1),
    onPrevious: () => step(-1),
  });

  const highlight = useMemo(
    () => (analysis && voice !== null ? (analysis.voices[voice]?.mentions ?? NO_SPANS) : NO_SPANS),
    [analysis, voice],
  );

  useEffect(() => {
    if (voice === null) return;
    textRef.current?.querySelector('.fw-an-mark--mention')?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [voice]);

  const placed = useMemo(() => placeDisputes(analysis, disputes), [analysis, disputes]);

  const shownBlocks = blocks ?? article.blocks;
  // Panels quote sentences as the reader shows them: without Markdown markup (a no-op for other formats).
  const hiddenMarkup = useMemo(() => markupRanges(article.original, shownBlocks), [article.original, shownBlocks]);
  const sentenceText = useCallback(
    (index: number) => {
      const sentence = analysis?.sentences[index];
      return sentence ? visibleSlice(article.original, sentence.start, sentence.end, hiddenMarkup).trim() : '';
    },
    [analysis, article.original, hiddenMarkup],
  );
  const status =
    state.status === 'running'
      ? ta('analysis.status.running')
      : state.status === 'error'
        ? ta('analysis.status.error', { message: state.error ?? '' })
        : state.status === 'ready'
          ? filter === 'all'
            ? ta('analysis.status.ready', { count })
            : `${ta('analysis.status.ready', { count })} ${ta('analysis.filter.status', { filter: ta(`analysis.filter.${filter}`), count: stops.length, total: count })}`
          : '';

  // In a short window "Analysis ready: n sentences" is read out but not drawn, so the article's
  // text starts on the first screen; running and errors still show.
  const statusClass = `fw-an-reader__status fw-an-reader__status--${state.status}${shortWindow && state.status === 'ready' ? ' visually-hidden' : ''}`;

  return (
    <div className={`fw-an-reader${on ? ' fw-an-reader--on' : ''}`} data-analysis={on ? 'on' : 'off'}>
      <div className="fw-an-reader__controls">
        <AnalysisToggle checked={enabled} onChange={setEnabled} />
        {on && <ReaderFilterControl value={filter} onChange={setFilter} />}
        <span role="status" className={statusClass}>
          {enabled ? status : ''}
        </span>
      </div>
      {enabled && state.status !== 'idle' && state.status !== 'error' && <AnalysisNotice source={state.source} checkedByTeacher={state.checkedByTeacher} />}
      {disputes.length > 0 && (
        <section className="fw-an-disputes-note" aria-label={ta('analysis.dispute.whyTitle')} data-testid="reader-disputes">
          <p>
            <span aria-hidden="true">⚑ </span>
            {ta(enabled ? 'analysis.dispute.summary' : 'analysis.dispute.summaryOff', { count: disputes.length })}
          </p>
          {on && placed.article.length > 0 && (
            <>
              <h2>{ta('analysis.dispute.articleTitle')}</h2>
              <DisputeList disputes={placed.article} />
            </>
          )}
        </section>
      )}
      {/* The keys are in the reader's one hint line and the shortcut sheet ("?"). */}
      {on && <AnalysisLegend />}
      <div className="fw-an-reader__grid">
        <div className="fw-an-reader__text" ref={textRef}>
          <AnalysedArticle
            original={article.original}
            blocks={shownBlocks}
            hiddenMarkup={hiddenMarkup}
            analysis={analysis}
            showAnalysis={enabled}
            source={state.source}
            selected={cursor}
            whyOpen={whyOpen}
            whyPanelId={whyId}
            onSelect={onSelect}
            onEscape={() => {
              if (!whyOpen) return false;
              setWhyOpen(false);
              return true;
            }}
            highlight={highlight}
            disputed={placed.bySentence}
            filter={filter}
          />
        </div>
        {on && analysis && (
          <div className="fw-an-reader__side">
            <section
              id={whyId}
              className={`fw-an-panel fw-an-reader__why${whyOpen ? ' fw-an-reader__why--open' : ''}`}
              aria-labelledby={whyTitleId}
              onKeyDown={(event) => {
                // Escape inside the panel closes it (as it does on a sentence) instead of
                // falling through to the reader's "back to the library".
                if (event.key !== 'Escape' || !whyOpen) return;
                event.preventDefault();
                setWhyOpen(false);
                if (cursor !== null) focusSentence(cursor);
              }}
            >
              <SentenceWhy
                analysis={analysis}
                index={whyOpen ? cursor : null}
                source={state.source}
                headingId={whyTitleId}
                disputes={whyOpen && cursor !== null ? placed.bySentence.get(cursor) : undefined}
                sentenceText={sentenceText}
                onClose={
                  whyOpen
                    ? () => {
                        setWhyOpen(false);
                        if (cursor !== null) focusSentence(cursor);
                      }
                    : undefined
                }
                onPrevious={whyOpen ? () => step(-1, false) : undefined}
                onNext={whyOpen ? () => step(1, false) : undefined}
              />
            </section>
            <VoicesPanel analysis={analysis} selected={voice} onSelect={setVoice} />
            <ClaimsPanel
              analysis={analysis}
              sentenceText={sentenceText}
              onShowSentence={(index) => {
                setWhyOpen(true);
                moveTo(index);
              }}
            />
          </div>
        )}
      </div>
    </div>
  );
}
