/**
 * How library search sees text: words split on spaces and punctuation, compared in lower
 * case without accents, so "cafe" finds "Café" and "PÉREZ" finds "Pérez". The full-text
 * index and the snippet extractor share these functions, so a passage is highlighted
 * exactly where the index matched.
 */
import type { TextBlock } from '../text/types';

/** Spaces, line breaks, punctuation and symbols separate words; letters, marks and digits make them. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * A run of words joined without spaces ("Jarrowford-199", "council's", "U.S."), trimmed of
 * outer punctuation. The index keeps it as one more term beside its parts, so a query written
 * the same way finds that exact compound, as a plain substring search would, and not every
 * article that has both parts somewhere.
 */
const COMPOUND = /[\p{L}\p{M}\p{N}]+(?:[^\s\p{L}\p{M}\p{N}]+[\p{L}\p{M}\p{N}]+)+/gu;
const WORD_ONLY = /^[\p{L}\p{M}\p{N}]+$/u;

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without combining marks (NFKD then marks removed): "Café" -> "cafe". */
export function foldForSearch(text: string): string {
  // NFKD leaves ASCII as it is and it has no marks: skip both for the common case (most words
  // of most articles), which makes folding every word of a text (snippets, indexing) several times cheaper.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of `text`, then its compounds, unfolded (MiniSearch folds each one through `normaliseTerm`). */
export function tokenizeForSearch(text: string): string[] {
  return [...(text.match(WORD) ?? []), ...(text.match(COMPOUND) ?? [])];
}

/**
 * The words of a query: each space-separated piece is one term, a compound kept whole
 * ("Jarrowford-199"), other punctuation dropped.
 */
export function tokenizeQuery(query: string): string[] {
  const terms: string[] = [];
  for (const piece of query.split(/\s+/u)) {
    const compound = piece.match(COMPOUND);
    if (compound) terms.push(...compound);
    else terms.push(...(piece.match(WORD) ?? []));
  }
  return terms;
}

/** Whether a folded term is a compound (matched against compounds, not single words). */
export function isCompoundTerm(term: string): boolean {
  return !WORD_ONLY.test(term);
}

/** One word of the index or of a query, folded; null drops it. */
export function normaliseTerm(term: string): string | null {
  const folded = foldForSearch(term);
  return folded.length > 0 ? folded : null;
}

/** The folded words of a query, in order, without repeats. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenizeQuery(query).map(normaliseTerm).filter((t): t is string => t !== null))];
}

export interface WordSpan {
  start: number;
  end: number;
  /** The word folded for comparison. */
  folded: string;
}

/**
 * Every word of `text` with its offsets (UTF-16 code units into `text`), in order. With
 * `firsts` (single characters, folded), only words whose folded form may start with one of
 * them: a word starting with an ASCII character folds to that character in lower case, so one
 * that cannot match is skipped without folding it (most words of a text, for a snippet's
 * query); any other word is folded and kept, whatever it folds to.
 */
export function wordSpans(text: string, firsts?: ReadonlySet<string>): WordSpan[] {
  if (!firsts) return spansOf(text, WORD);
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (word.charCodeAt(0) < 0x80 && !firsts.has(word[0].toLowerCase())) continue;
    spans.push({ start: match.index, end: match.index + word.length, folded: foldForSearch(word) });
  }
  return spans;
}

/** Every compound of `text` (see COMPOUND) with its offsets, in order. */
export function compoundSpans(text: string): WordSpan[] {
  return spansOf(text, COMPOUND);
}

function spansOf(text: string, pattern: RegExp): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(pattern)) {
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
