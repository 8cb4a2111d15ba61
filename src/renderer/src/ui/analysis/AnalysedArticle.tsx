/**
 * The article text with the analysis drawn on it. Every piece of text is a slice of
 * `original` (React text nodes, never HTML), less any markup the block's cleaned text drops
 * (markdown `**`, link targets: see `markupRanges`), so offsets stay exact while the
 * learner reads what the plain reader shows. Each sentence starts with a small tag button
 * (F / A / Fr) whose accessible name says the label and its probability in words; the
 * sentence itself is tinted and patterned by kind, so colour is never the only signal.
 * Only the selected sentence's button is in the Tab order (roving tabindex); ] and [
 * move between sentences (see useAnalysisShortcuts).
 *
 * Long articles stay quick to open: each paragraph is a memoised BlockView that gets only the
 * props that concern it (a change of sentence redraws one or two paragraphs), sentences and marks
 * are found per paragraph through an index (span-index.ts), and a long article is drawn in slices
 * (use-drawn-count.ts): its first screens at once, the rest when the window is idle, always
 * through the selected sentence. The root's data-drawn says "partial" until every block is in.
 */
import { Fragment, memo, useCallback, useMemo, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { ArticleAnalysis, LoadedSpan, SentenceAnalysis, Span } from '../../../../core/analysis/types';
import type { AnalysisSource } from '../../analysis/use-article-analysis';
import { ta } from '../../i18n/analysis.en';
import type { ReaderDispute } from './disputes';
import { matchesFilter, type ReaderFilter } from './reader-filter';
import { compareMarks, markupRanges, mentionMarks, splitAtMarks, marksFromAnalysis, visibleSlice, type HiddenRanges, type Mark, type TextPiece } from './text-segments';
import { indexSpans, spansOverlapping, type SpanIndex } from './span-index';
import { useDrawnCount, type DrawBudget } from './use-drawn-count';
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
  /** The sentence's first slice (a sentence may run across blocks): it carries the tag. */
  first: boolean;
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
  const words = probabilityWords(probability, sentence.label, source);

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
      className={`fw-an-sentence fw-an-sentence--${sentence.label} fw-an-conf--${confidenceOf(probability, sentence.label, source)}${selected ? ' fw-an-sentence--selected' : ''}`}
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

/**
 * The slices of the sentences in each block, in order (a sentence running across blocks has a
 * slice in each), and the block each sentence starts in. One pass over an index of the
 * sentences rather than a scan of all sentences per block (see span-index.ts).
 */
function sliceSentences(sentences: readonly SentenceAnalysis[], blocks: readonly DisplayBlock[]): { byBlock: SentenceSlice[][]; blockOf: Int32Array } {
  const index = indexSpans(sentences.map((sentence, at) => ({ start: sentence.start, end: sentence.end, at })));
  const blockOf = new Int32Array(sentences.length).fill(-1);
  const byBlock = blocks.map((block, blockAt) => {
    const list: SentenceSlice[] = [];
    for (const { at } of spansOverlapping(index, block.start, block.end)) {
      const sentence = sentences[at];
      const first = blockOf[at] === -1;
      if (first) blockOf[at] = blockAt;
      list.push({ index: at, sentence, start: Math.max(sentence.start, block.start), end: Math.min(sentence.end, block.end), first });
    }
    return list.sort((a, b) => a.start - b.start);
  });
  return { byBlock, blockOf };
}

const NO_SLICES: readonly SentenceSlice[] = [];

/** Characters of text: about six screens at once in a wide window, then ~3,000 words a slice. */
export const BLOCK_BUDGET: DrawBudget = { first: 12_000, slice: 20_000 };
const blockLength = (block: DisplayBlock) => block.end - block.start;
const NO_MARKS: readonly Mark[] = [];

/** `index` when one of the slices is of that sentence, else null (so other blocks' props stay equal). */
function hereOrNull(slices: readonly SentenceSlice[], index: number | null): number | null {
  return index !== null && slices.some((slice) => slice.index === index) ? index : null;
}

interface BlockViewProps {
  block: DisplayBlock;
  original: string;
  hidden: HiddenRanges;
  /** The analysis's marks; null draws the plain text. */
  marks: SpanIndex<Mark> | null;
  /** The highlighted voice's mentions inside this block. */
  mentions: readonly Mark[];
  slices: readonly SentenceSlice[];
  source: AnalysisSource;
  /** The selected sentence when it is in this block, else null; likewise the Tab stop. */
  selected: number | null;
  whyOpen: boolean;
  tabStop: number | null;
  whyPanelId?: string;
  disputed?: ReadonlyMap<number, readonly ReaderDispute[]>;
  filter: ReaderFilter;
  onSelect(index: number): void;
  onEscape(): boolean;
  heading: 'h2' | 'h3' | 'h4';
}

/**
 * One paragraph or heading. Memoised, and given only props that concern it (the selection and
 * Tab stop only when they are its own sentences), so moving between sentences redraws the one
 * or two blocks involved rather than the whole article.
 */
const BlockView = memo(function BlockView({
  block,
  original,
  hidden,
  marks,
  mentions,
  slices,
  source,
  selected,
  whyOpen,
  tabStop,
  whyPanelId,
  disputed,
  filter,
  onSelect,
  onEscape,
  heading: Heading,
}: BlockViewProps) {
  const pieces = useMemo(() => {
    if (!marks) return null;
    const own = spansOverlapping(marks, block.start, block.end);
    const all = mentions.length > 0 ? [...own, ...mentions].sort(compareMarks) : own;
    if (slices.length === 0) return { block: splitAtMarks(original, block.start, block.end, all, hidden), slices: [] };
    return { block: null, slices: slices.map((slice) => splitAtMarks(original, slice.start, slice.end, all, hidden)) };
  }, [marks, mentions, slices, block, original, hidden]);

  let body: ReactNode;
  if (!pieces) body = visibleSlice(original, block.start, block.end, hidden);
  else if (pieces.block) body = pieces.block.map((piece) => <Fragment key={piece.start}>{renderPiece(piece)}</Fragment>);
  else {
    const parts: ReactNode[] = [];
    let cursor = block.start;
    slices.forEach((slice, at) => {
      if (slice.start > cursor) parts.push(visibleSlice(original, cursor, slice.start, hidden));
      if (slice.start < cursor) return; // a sentence overlapping the previous one: never expected, never drawn twice
      parts.push(
        <SentenceView
          key={`s${slice.index}-${slice.start}`}
          slice={slice}
          pieces={pieces.slices[at]}
          source={source}
          selected={selected === slice.index}
          expanded={selected === slice.index && whyOpen}
          tabStop={slice.index === tabStop}
          whyPanelId={whyPanelId}
          disputes={disputed?.get(slice.index)}
          filtered={!matchesFilter(slice.sentence.label, filter)}
          onSelect={onSelect}
          onEscape={onEscape}
        />,
      );
      cursor = slice.end;
    });
    if (cursor < block.end) parts.push(visibleSlice(original, cursor, block.end, hidden));
    body = parts;
  }

  return block.kind === 'heading' ? (
    <Heading className="reader__heading fw-an-heading" data-block={block.start} tabIndex={-1}>
      {body}
    </Heading>
  ) : (
    <p className="reader__paragraph fw-an-paragraph" data-block={block.start} tabIndex={-1}>
      {body}
    </p>
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
  const marks = useMemo(() => (active && analysis ? indexSpans(marksFromAnalysis(analysis)) : null), [active, analysis]);
  const shown = useMemo(() => blocks.filter((block) => block.kind !== 'debris'), [blocks]);
  const hidden = useMemo(() => hiddenMarkup ?? markupRanges(original, shown), [hiddenMarkup, original, shown]);
  // The Tab stop is the selected sentence, else the first one the filter keeps.
  const tabStop = useMemo(() => {
    if (!active || !analysis) return -1;
    if (selected !== null && analysis.sentences[selected] && matchesFilter(analysis.sentences[selected].label, filter)) return selected;
    return analysis.sentences.findIndex((sentence) => matchesFilter(sentence.label, filter));
  }, [active, analysis, selected, filter]);

  const slices = useMemo(() => (active && analysis ? sliceSentences(analysis.sentences, shown) : null), [active, analysis, shown]);

  // A highlighted voice's mentions, by block: blocks without one keep the same (empty) list.
  const mentionsByBlock = useMemo(() => {
    const out = new Map<number, Mark[]>();
    if (!active || !highlight || highlight.length === 0) return out;
    const index = indexSpans(mentionMarks(highlight));
    shown.forEach((block, blockAt) => {
      const inside = spansOverlapping(index, block.start, block.end);
      if (inside.length > 0) out.set(blockAt, inside);
    });
    return out;
  }, [active, highlight, shown]);

  // Draw the first screens now and the rest when idle, but always through the selected sentence.
  // An analysis arriving after the plain text was drawn (from the cache, or the analyser) is drawn
  // over it the same way, rather than over the whole article in one go.
  const selectedBlock = selected !== null && slices ? (slices.blockOf[selected] ?? -1) : -1;
  const drawn = useDrawnCount(shown, blockLength, BLOCK_BUDGET, selectedBlock + 1, active ? analysis : null);
  const complete = drawn.count >= shown.length && (!active || drawn.current >= shown.length);

  // Stable handlers, so a block re-renders only when its own state changes (] on a long article).
  const handlers = useRef({ onSelect, onEscape });
  handlers.current = { onSelect, onEscape };
  const select = useCallback((index: number) => handlers.current.onSelect?.(index), []);
  const escape = useCallback(() => handlers.current.onEscape?.() ?? false, []);

  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <div
      className={`fw-an-article${active ? ' fw-an-article--on' : ''}${className ? ` ${className}` : ''}`}
      data-drawn={complete ? 'all' : 'partial'}
    >
      {shown.slice(0, drawn.count).map((block, blockAt) => {
        // A block past `current` still shows the plain text until its slice comes.
        const analysed = blockAt < drawn.current;
        const own = (analysed && slices?.byBlock[blockAt]) || NO_SLICES;
        return (
          <BlockView
            key={block.start}
            block={block}
            original={original}
            hidden={hidden}
            marks={analysed ? marks : null}
            mentions={(analysed && mentionsByBlock.get(blockAt)) || NO_MARKS}
            slices={own}
            source={source}
            selected={hereOrNull(own, selected)}
            whyOpen={whyOpen}
            tabStop={hereOrNull(own, tabStop)}
            whyPanelId={whyPanelId}
            disputed={disputed}
            filter={filter}
            onSelect={select}
            onEscape={escape}
            heading={Heading}
          />
        );
      })}
    </div>
  );
}
