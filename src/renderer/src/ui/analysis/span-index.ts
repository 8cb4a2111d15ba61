/**
 * Finding which spans (sentences, marks) overlap a stretch of the text without scanning them
 * all: the reader asks this once per paragraph, and a 30,000-word article has ~600 paragraphs,
 * ~2,000 sentences and ~3,000 marks, so a scan per paragraph (what the reader did before) cost
 * millions of comparisons each time the article was drawn. Spans are kept sorted by start with
 * the longest span's length, so the ones overlapping [start, end) all start in
 * [start - longest, end): two binary searches and a short walk.
 */

export interface SpanLike {
  start: number;
  end: number;
}

export interface SpanIndex<T extends SpanLike> {
  /** The spans sorted by start (ties keep their given order). */
  readonly sorted: readonly T[];
  /** The length of the longest span. */
  readonly longest: number;
}

export function indexSpans<T extends SpanLike>(spans: readonly T[]): SpanIndex<T> {
  let ordered = true;
  let longest = 0;
  for (let i = 0; i < spans.length; i++) {
    if (i > 0 && spans[i].start < spans[i - 1].start) ordered = false;
    longest = Math.max(longest, spans[i].end - spans[i].start);
  }
  // Array.prototype.sort is stable, so equal starts keep their order (marks rely on it).
  return { sorted: ordered ? spans : [...spans].sort((a, b) => a.start - b.start), longest };
}

/** Index of the first span whose start is at or after `offset`. */
function firstStartingAt<T extends SpanLike>(sorted: readonly T[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans that overlap [start, end), in start order: those ending after `start` and starting
 * before `end` (an empty span strictly inside counts, as it did for the reader's own scan).
 */
export function spansOverlapping<T extends SpanLike>(index: SpanIndex<T>, start: number, end: number): T[] {
  const { sorted, longest } = index;
  const out: T[] = [];
  for (let i = firstStartingAt(sorted, start - longest); i < sorted.length && sorted[i].start < end; i++) {
    const span = sorted[i];
    if (span.end > start) out.push(span);
  }
  return out;
}
