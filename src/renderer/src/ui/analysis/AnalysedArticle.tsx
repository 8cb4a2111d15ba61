/**
 * The article text with the analysis drawn on it. Every piece of text is a slice of
 * `original` (React text nodes, never HTML), less any markup the block's cleaned text drops
 * (markdown `**`, link targets: see `markupRanges`), so offsets stay exact while the
 * learner reads what the plain reader shows. Each sentence starts with a small tag button
 * (F / A / Fr) whose accessible name says the label and its probability in words; the
 * sentence itself is tinted and patterned by kind, so colour is never the only signal.
 * Only the selected sentence's button is in the Tab order (roving tabindex); ] and [
 * move between sentences (see useAnalysisShortcuts).
 */
import { Fragment, memo, useCallback, useMemo, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { ArticleAnalysis, LoadedSpan, SentenceAnalysis, Span } from '../../../../core/analysis/types';
import type { AnalysisSource } from '../../analysis/use-article-analysis';
import { ta } from '../../i18n/analysis.en';
import type { ReaderDispute } from './disputes';
import { matchesFilter, type ReaderFilter } from './reader-filter';
import { markupRanges, splitAtMarks, marksFromAnalysis, visibleSlice, type HiddenRanges, type Mark, type TextPiece } from './text-segments';
import { confidenceOf, labelName, labelProbability, labelTag, probabilityWords } from './wording';
import './analysis.css';

export interface DisplayBlock {
  kind: 'heading' | 'paragraph' | 'debris';
  start: number;
  end: number;
  /** The cleaned text; where it drops markup of the slice (markdown), that markup is not shown. */
  text?: string;
}

export interface AnalysedArticleProps {
  /** The article text exactly as stored: every offset points into it. */
  original: string;
  /** The blocks to show, in order (debris blocks are skipped). */
  blocks: readonly DisplayBlock[];
  /** Null (or showAnalysis false) shows the plain text. */
  analysis: ArticleAnalysis | null;
  showAnalysis?: boolean;
  source?: AnalysisSource;
  /** The sentence whose "why" is open or that has keyboard focus (index into analysis.sentences). */
  selected?: number | null;
  /** Whether the why panel is showing the selected sentence (aria-expanded on its button). */
  whyOpen?: boolean;
  /** Id of the why panel, for aria-controls. */
  whyPanelId?: string;
  /** Click or Enter on a sentence. */
  onSelect?(index: number): void;
  /** Escape on a sentence (e.g. to close the why panel). Return true if handled. */
  onEscape?(): boolean;
  /** Extra spans to highlight (a voice's mentions). */
  highlight?: readonly Span[];
  /** Markup to hide, when the caller has already computed it for these blocks (see markupRanges). */
  hiddenMarkup?: HiddenRanges;
  /** The learner's disputes by sentence index: those sentences get a ⚑ flag beside their tag. */
  disputed?: ReadonlyMap<number, readonly ReaderDispute[]>;
  /** "Show only" one kind: other sentences are drawn plain, without a tag (default all). */
  filter?: ReaderFilter;
  /** Heading element level for heading blocks (default 2). */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

export const SENTENCE_ATTR = 'data-fw-sentence';

export function loadedTitle(loaded: LoadedSpan): string {
  const category = ta(`analysis.category.${loaded.category}`);
  const neutral = loaded.neutral.filter((word) => word && word !== '(omit)');
  const main = neutral.length
    ? ta('analysis.loadedTitleNeutral', { category, reason: loaded.reason, neutral: neutral.join(', ') })
    : ta('analysis.loadedTitle', { category, reason: loaded.reason });
  return loaded.voice === 'source' ? `${main} ${ta('analysis.loadedSourceVoice')}` : main;
}

const MARK_LABEL: Record<Mark['kind'], Parameters<typeof ta>[0]> = {
  loaded: 'analysis.mark.loaded',
  hedge: 'analysis.mark.hedge',
  certainty: 'analysis.mark.certainty',
  intensifier: 'analysis.mark.intensifier',
  source: 'analysis.mark.source',
  reporting: 'analysis.mark.reporting',
  mention: 'analysis.mark.mention',
};

function renderPiece(piece: TextPiece): ReactNode {
  if (piece.marks.length === 0) return piece.text;
  const classes = piece.marks.map((mark) => `fw-an-mark--${mark.kind}`).join(' ');
  const loaded = piece.marks.find((mark) => mark.loaded)?.loaded;
  // Screen readers hear what each mark is once, right after its last piece.
  const spoken = piece.ending.filter((mark) => mark.kind !== 'mention').map((mark) => ta(MARK_LABEL[mark.kind]));
  return (
    <span
      className={`fw-an-mark ${classes}`}
      data-marks={piece.marks.map((mark) => mark.kind).join(' ')}
      title={loaded ? loadedTitle(loaded) : undefined}
    >
      {piece.text}
      {spoken.length > 0 && <span className="fw-an-sr"> ({spoken.join(', ')})</span>}
    </span>
  );
}

interface SentenceSlice {
  index: number;
  sentence: SentenceAnalysis;
  start: number;
  end: number;
  first: boolean;
  pieces: TextPiece[];
}

interface SentenceViewProps {
  slice: SentenceSlice;
  pieces: TextPiece[];
  source: AnalysisSource;
  selected: boolean;
  expanded: boolean;
  tabStop: boolean;
  whyPanelId?: string;
  disputes?: readonly ReaderDispute[];
  /** Left out by the reader's filter: plain text, no tag, not a stop for ] and [. */
  filtered: boolean;
  onSelect(index: number): void;
  onEscape(): boolean;
}

const SentenceView = memo(function SentenceView({
  slice,
  pieces,
  source,
  selected,
  expanded,
  tabStop,
  whyPanelId,
  disputes,
  filtered,
  onSelect,
  onEscape,
}: SentenceViewProps) {
  const { sentence, index } = slice;
  const probability = labelProbability(sentence);
  const words = probabilityWords(probability, source);

  const onClick = (event: MouseEvent<HTMLElement>) => {
    // Selecting text to copy it should not open the panel.
    const selection = typeof window !== 'undefined' ? window.getSelection?.() : null;
    if (selection && !selection.isCollapsed) return;
    if (filtered) return;
    onSelect(index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape' && onEscape()) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  if (filtered) {
    return (
      <span className="fw-an-sentence fw-an-sentence--filtered" data-label={sentence.label} data-sentence-index={index} data-filtered="true">
        <span className="fw-an-sentence__text">
          {pieces.map((piece) => (
            <Fragment key={piece.start}>{renderPiece(piece)}</Fragment>
          ))}
        </span>
      </span>
    );
  }

  return (
    <span
      className={`fw-an-sentence fw-an-sentence--${sentence.label} fw-an-conf--${confidenceOf(probability, source)}${selected ? ' fw-an-sentence--selected' : ''}`}
      data-label={sentence.label}
      data-sentence-index={index}
      data-disputed={disputes?.length ? 'true' : undefined}
      onClick={onClick}
    >
      {slice.first && (
        <button
          type="button"
          className="fw-an-tag"
          {...{ [SENTENCE_ATTR]: index }}
          tabIndex={tabStop ? 0 : -1}
          aria-label={
            disputes?.length
              ? `${ta('analysis.sentenceName', { label: labelName(sentence.label), probability: words })}. ${ta('analysis.dispute.tagSuffix')}`
              : ta('analysis.sentenceName', { label: labelName(sentence.label), probability: words })
          }
          aria-expanded={expanded}
          aria-controls={whyPanelId}
          onKeyDown={onKeyDown}
          onClick={(event) => {
            event.stopPropagation();
            onSelect(index);
          }}
        >
          {labelTag(sentence.label)}
        </button>
      )}
      {slice.first && disputes && disputes.length > 0 && (
        // Out of the Tab order: the tag (the sentence's tab stop) already says it is disputed,
        // and Enter on it opens the panel that lists the reasons.
        <button
          type="button"
          className="fw-an-flag"
          tabIndex={-1}
          aria-label={ta('analysis.dispute.flagName', {
            count: disputes.length,
            reasons: disputes.map((dispute) => `“${dispute.reason}”`).join('; '),
          })}
          aria-controls={whyPanelId}
          onClick={(event) => {
            event.stopPropagation();
            onSelect(index);
          }}
        >
          <span aria-hidden="true">⚑ </span>
          {ta('analysis.dispute.flag')}
        </button>
      )}
      <span className="fw-an-sentence__text">
        {pieces.map((piece) => (
          <Fragment key={piece.start}>{renderPiece(piece)}</Fragment>
        ))}
      </span>
    </span>
  );
});

export function AnalysedArticle({
  original,
  blocks,
  analysis,
  showAnalysis = true,
  source = 'analyser',
  selected = null,
  whyOpen = false,
  whyPanelId,
  onSelect,
  onEscape,
  highlight,
  hiddenMarkup,
  disputed,
  headingLevel = 2,
  filter = 'all',
  className,
}: AnalysedArticleProps) {
  const active = showAnalysis && analysis !== null;
  const marks = useMemo(() => (active && analysis ? marksFromAnalysis(analysis, highlight) : []), [active, analysis, highlight]);
  const shown = useMemo(() => blocks.filter((block) => block.kind !== 'debris'), [blocks]);
  const hidden = useMemo(() => hiddenMarkup ?? markupRanges(original, shown), [hiddenMarkup, original, shown]);
  // The Tab stop is the selected sentence, else the first one the filter keeps.
  const tabStop = useMemo(() => {
    if (!active || !analysis) return -1;
    if (selected !== null && analysis.sentences[selected] && matchesFilter(analysis.sentences[selected].label, filter)) return selected;
    return analysis.sentences.findIndex((sentence) => matchesFilter(sentence.label, filter));
  }, [active, analysis, selected, filter]);

  const slicesByBlock = useMemo(() => {
    const out = new Map<number, SentenceSlice[]>();
    if (!active || !analysis) return out;
    const started = new Set<number>();
    shown.forEach((block, blockAt) => {
      const list: SentenceSlice[] = [];
      analysis.sentences.forEach((sentence, index) => {
        if (sentence.end <= block.start || sentence.start >= block.end) return;
        const start = Math.max(sentence.start, block.start);
        const end = Math.min(sentence.end, block.end);
        list.push({ index, sentence, start, end, first: !started.has(index), pieces: splitAtMarks(original, start, end, marks, hidden) });
        started.add(index);
      });
      out.set(blockAt, list.sort((a, b) => a.start - b.start));
    });
    return out;
  }, [active, analysis, shown, original, marks, hidden]);

  // Stable handlers, so a sentence re-renders only when its own state changes (] on a long article).
  const handlers = useRef({ onSelect, onEscape });
  handlers.current = { onSelect, onEscape };
  const select = useCallback((index: number) => handlers.current.onSelect?.(index), []);
  const escape = useCallback(() => handlers.current.onEscape?.() ?? false, []);

  const renderSentence = (slice: SentenceSlice): ReactNode => (
    <SentenceView
      key={`s${slice.index}-${slice.start}`}
      slice={slice}
      pieces={slice.pieces}
      source={source}
      selected={selected === slice.index}
      expanded={selected === slice.index && whyOpen}
      tabStop={slice.index === tabStop}
      whyPanelId={whyPanelId}
      disputes={disputed?.get(slice.index)}
      filtered={!matchesFilter(slice.sentence.label, filter)}
      onSelect={select}
      onEscape={escape}
    />
  );

  const renderBlockBody = (block: DisplayBlock, blockAt: number): ReactNode => {
    const slices = slicesByBlock.get(blockAt);
    if (!slices || slices.length === 0) {
      const pieces = active ? splitAtMarks(original, block.start, block.end, marks, hidden) : null;
      return pieces
        ? pieces.map((piece) => <Fragment key={piece.start}>{renderPiece(piece)}</Fragment>)
        : visibleSlice(original, block.start, block.end, hidden);
    }
    const parts: ReactNode[] = [];
    let cursor = block.start;
    for (const slice of slices) {
      if (slice.start > cursor) parts.push(visibleSlice(original, cursor, slice.start, hidden));
      if (slice.start < cursor) continue; // a sentence overlapping the previous one: never expected, never drawn twice
      parts.push(renderSentence(slice));
      cursor = slice.end;
    }
    if (cursor < block.end) parts.push(visibleSlice(original, cursor, block.end, hidden));
    return parts;
  };

  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <div className={`fw-an-article${active ? ' fw-an-article--on' : ''}${className ? ` ${className}` : ''}`}>
      {shown.map((block, blockAt) =>
        block.kind === 'heading' ? (
          <Heading key={block.start} className="reader__heading fw-an-heading" data-block={block.start} tabIndex={-1}>
            {renderBlockBody(block, blockAt)}
          </Heading>
        ) : (
          <p key={block.start} className="reader__paragraph fw-an-paragraph" data-block={block.start} tabIndex={-1}>
            {renderBlockBody(block, blockAt)}
          </p>
        ),
      )}
    </div>
  );
}
