/**
 * How library search sees text: words split on spaces and punctuation, compared in lower
 * case without accents, so "cafe" finds "Café" and "PÉREZ" finds "Pérez". The full-text
 * index and the snippet extractor share these functions, so a passage is highlighted
 * exactly where the index matched.
 */
import type { TextBlock } from '../text/types';

/** Spaces, line breaks, punctuation and symbols separate words; letters, marks and digits make them. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lower case without combining marks (NFKD then marks removed): "Café" -> "cafe". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of `text`, unfolded (MiniSearch folds each one through `normaliseTerm`). */
export function tokenizeForSearch(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** One word of the index or of a query, folded; null drops it. */
export function normaliseTerm(term: string): string | null {
  const folded = foldForSearch(term);
  return folded.length > 0 ? folded : null;
}

/** The folded words of a query, in order, without repeats. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenizeForSearch(query).map(normaliseTerm).filter((t): t is string => t !== null))];
}

export interface WordSpan {
  start: number;
  end: number;
  /** The word folded for comparison. */
  folded: string;
}

/** Every word of `text` with its offsets (UTF-16 code units into `text`). */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    spans.push({ start: match.index, end: match.index + match[0].length, folded: foldForSearch(match[0]) });
  }
  return spans;
}

/**
 * The text search looks in: the article's headings and paragraphs, without what the cleaner
 * dropped as debris (share buttons, newsletter prompts…). Falls back to the original text
 * for an article without blocks.
 */
export function searchableText(original: string, blocks: readonly TextBlock[]): string {
  if (blocks.length === 0) return original;
  return blocks
    .filter((block) => block.kind !== 'debris')
    .map((block) => block.text)
    .join('\n');
}
