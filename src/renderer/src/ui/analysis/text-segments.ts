/**
 * Cuts a stretch of the original text into pieces at every mark boundary, so marks that
 * overlap (a loaded word inside a source, a hedge across a loaded phrase) each keep
 * their exact extent. Joining the pieces' text gives back the slice exactly, minus any
 * hidden markup (see `markupRanges`): offsets stay those of the original either way.
 */
import type { ArticleAnalysis, LoadedSpan, Span } from '../../../../core/analysis/types';
import { collapseWhitespace, mapBlockText } from '../../../../core/text/clean';

export type MarkKind = 'loaded' | 'hedge' | 'certainty' | 'intensifier' | 'source' | 'reporting' | 'mention';

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** For loaded words: the lexicon entry (reason, neutral alternatives, voice). */
  loaded?: LoadedSpan;
}

export interface TextPiece {
  start: number;
  end: number;
  text: string;
  /** The marks covering this whole piece. */
  marks: Mark[];
  /** The marks that end with this piece (where a screen-reader label belongs). */
  ending: Mark[];
}

export function splitAtMarks(
  original: string,
  start: number,
  end: number,
  marks: readonly Mark[],
  hidden: HiddenRanges = NO_HIDDEN,
): TextPiece[] {
  const pieces = splitAtMarksExact(original, start, end, marks);
  if (!hidesWithin(hidden, start, end)) return pieces;
  // Markup is left out of each piece's text; a piece that was all markup goes, and a mark
  // then ends (for its screen-reader label) on the last piece still showing.
  const shown = pieces
    .map((piece) => ({ ...piece, text: visibleSlice(original, piece.start, piece.end, hidden) }))
    .filter((piece) => piece.text.length > 0);
  return shown.map((piece, i) => ({ ...piece, ending: piece.marks.filter((mark) => !shown[i + 1]?.marks.includes(mark)) }));
}

function splitAtMarksExact(original: string, start: number, end: number, marks: readonly Mark[]): TextPiece[] {
  const inside = marks.filter((mark) => mark.end > start && mark.start < end && mark.end > mark.start);
  const cuts = new Set<number>([start, end]);
  for (const mark of inside) {
    cuts.add(Math.max(start, mark.start));
    cuts.add(Math.min(end, mark.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    if (to <= from) continue;
    const covering = inside.filter((mark) => mark.start <= from && mark.end >= to);
    pieces.push({
      start: from,
      end: to,
      text: original.slice(from, to),
      marks: covering,
      ending: covering.filter((mark) => Math.min(end, mark.end) === to),
    });
  }
  return pieces;
}

/** The order marks are drawn in: by start, a longer mark first (ties keep their order). */
export function compareMarks(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end;
}

function markCollector(): { marks: Mark[]; add(mark: Mark): void } {
  const seen = new Set<string>();
  const marks: Mark[] = [];
  return {
    marks,
    add(mark: Mark) {
      const id = `${mark.kind}:${mark.start}:${mark.end}`;
      if (seen.has(id) || mark.end <= mark.start) return;
      seen.add(id);
      marks.push(mark);
    },
  };
}

/** A highlighted voice's mentions as marks (deduplicated, in drawing order). */
export function mentionMarks(highlight: readonly Span[]): Mark[] {
  const { marks, add } = markCollector();
  for (const span of highlight) add({ kind: 'mention', start: span.start, end: span.end });
  return marks.sort(compareMarks);
}

/** Every mark the reader draws, from the analysis (deduplicated), plus any highlighted mentions. */
export function marksFromAnalysis(analysis: ArticleAnalysis, highlight: readonly Span[] = []): Mark[] {
  const { marks, add } = markCollector();
  for (const loaded of analysis.loaded) add({ kind: 'loaded', start: loaded.start, end: loaded.end, loaded });
  for (const marker of analysis.markers) add({ kind: marker.kind, start: marker.start, end: marker.end });
  for (const attribution of analysis.attributions) {
    if (attribution.source) add({ kind: 'source', start: attribution.source.start, end: attribution.source.end });
    add({ kind: 'reporting', start: attribution.cue.start, end: attribution.cue.end });
  }
  for (const sentence of analysis.sentences) {
    for (const cue of sentence.cues) {
      if (cue.kind === 'source') add({ kind: 'source', start: cue.start, end: cue.end });
      else if (cue.kind === 'reporting-verb') add({ kind: 'reporting', start: cue.start, end: cue.end });
    }
  }
  for (const span of highlight) add({ kind: 'mention', start: span.start, end: span.end });
  return marks.sort(compareMarks);
}

// ---------------------------------------------------------------------------------------
// Markup the reader never shows

/**
 * Sorted, non-overlapping ranges of `original` that are markup (markdown `**`, `_`, `` ` ``,
 * link targets…): offsets keep counting them, the reader just leaves them out.
 */
export interface HiddenRange {
  start: number;
  end: number;
}

export type HiddenRanges = readonly HiddenRange[];

export const NO_HIDDEN: HiddenRanges = Object.freeze([]) as HiddenRanges;

/** A block as the reader gets it; `text` is the cleaned text (markup stripped for markdown). */
export interface MarkupBlock {
  kind: string;
  start: number;
  end: number;
  text?: string;
}

const WHITESPACE = /\s/;

/**
 * The markup inside the blocks: characters of a paragraph or heading that its cleaned `text`
 * does not keep (found with `mapBlockText`) and that are not whitespace, plus whitespace
 * lying wholly inside such markup (the space in a link title). Decided per block from its
 * text rather than from the article's format: a block whose text equals its slice up to
 * whitespace (every format but markdown) hides nothing, and a block whose mapping does not
 * reproduce its text (never expected) also hides nothing, so words are never lost.
 */
export function markupRanges(original: string, blocks: readonly MarkupBlock[]): HiddenRanges {
  const ranges: HiddenRange[] = [];
  for (const block of blocks) {
    if (block.kind === 'debris' || block.text === undefined || block.end <= block.start) continue;
    const text = collapseWhitespace(block.text);
    if (text === collapseWhitespace(original.slice(block.start, block.end))) continue;
    // Not push(...): a block with 100,000+ markup ranges would overflow the stack.
    for (const range of blockMarkup(original, block.start, block.end, text)) ranges.push(range);
  }
  return ranges.length ? ranges.sort((a, b) => a.start - b.start) : NO_HIDDEN;
}

function blockMarkup(original: string, start: number, end: number, text: string): HiddenRange[] {
  const map = mapBlockText(original, { kind: 'paragraph', start, end, text });
  const kept = new Uint8Array(end - start);
  for (let t = 0; t < text.length; t++) {
    const at = map[t];
    if (at >= start && at < end) kept[at - start] = 1;
  }
  const hidden = new Uint8Array(end - start);
  for (let i = 0; i < hidden.length; i++) hidden[i] = !kept[i] && !WHITESPACE.test(original[start + i]) ? 1 : 0;
  // Whitespace between two hidden characters is part of the markup.
  let previousHidden = false;
  for (let i = 0; i < hidden.length; i++) {
    if (!WHITESPACE.test(original[start + i])) {
      previousHidden = hidden[i] === 1;
      continue;
    }
    if (kept[i] || !previousHidden) continue;
    let j = i;
    while (j < hidden.length && WHITESPACE.test(original[start + j])) j++;
    if (j < hidden.length && hidden[j]) for (let k = i; k < j; k++) if (!kept[k]) hidden[k] = 1;
    i = j - 1;
  }

  // Safety net: what stays visible must read as the block's text.
  let visible = '';
  for (let i = 0; i < hidden.length; i++) if (!hidden[i]) visible += original[start + i];
  if (visible.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) return [];

  const out: HiddenRange[] = [];
  for (let i = 0; i < hidden.length; i++) {
    if (!hidden[i]) continue;
    let j = i;
    while (j < hidden.length && hidden[j]) j++;
    out.push({ start: start + i, end: start + j });
    i = j;
  }
  return out;
}

/** Index of the first range that ends after `offset` (binary search). */
function firstRangeAfter(hidden: HiddenRanges, offset: number): number {
  let lo = 0;
  let hi = hidden.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hidden[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hidesWithin(hidden: HiddenRanges, start: number, end: number): boolean {
  const i = firstRangeAfter(hidden, start);
  return i < hidden.length && hidden[i].start < end;
}

/** `original.slice(start, end)` without the hidden characters (the slice itself when none). */
export function visibleSlice(original: string, start: number, end: number, hidden: HiddenRanges = NO_HIDDEN): string {
  if (end <= start) return '';
  if (!hidesWithin(hidden, start, end)) return original.slice(start, end);
  let out = '';
  let cursor = start;
  for (let i = firstRangeAfter(hidden, start); i < hidden.length && hidden[i].start < end; i++) {
    if (hidden[i].start > cursor) out += original.slice(cursor, hidden[i].start);
    cursor = Math.max(cursor, hidden[i].end);
  }
  if (cursor < end) out += original.slice(cursor, end);
  return out;
}
