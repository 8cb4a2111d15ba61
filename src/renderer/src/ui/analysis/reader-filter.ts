/**
 * The reader's "show only" filter: all sentences, or only one kind (fact, attributed,
 * framing). The others stay readable but lose their tint and tag, and ] / [ skip them.
 */
import type { SentenceLabel } from '../../../../core/analysis/types';

export type ReaderFilter = 'all' | SentenceLabel;

export const READER_FILTERS: readonly ReaderFilter[] = ['all', 'fact', 'attributed', 'framing'];

/** A stored string back to a filter; anything unknown (an old or edited value) shows all. */
export function parseReaderFilter(stored: string | null): ReaderFilter {
  return READER_FILTERS.includes(stored as ReaderFilter) ? (stored as ReaderFilter) : 'all';
}

export function matchesFilter(label: SentenceLabel, filter: ReaderFilter): boolean {
  return filter === 'all' || filter === label;
}

/** The sentence indices the filter keeps, in order (the stops for ] and [). */
export function shownSentences(labels: readonly SentenceLabel[], filter: ReaderFilter): number[] {
  const out: number[] = [];
  labels.forEach((label, index) => {
    if (matchesFilter(label, filter)) out.push(index);
  });
  return out;
}
