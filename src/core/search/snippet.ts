/**
 * The matching passage shown under a search result: a short window of the article's text
 * around the place where most of the query's words occur together, with those words marked.
 * Matching follows the index: a word matches a query term when its folded form starts with it.
 */
import { compoundSpans, isCompoundTerm, wordSpans, type WordSpan } from './normalise';

export interface SnippetHighlight {
  /** Offsets into `Snippet.text`. */
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  highlights: SnippetHighlight[];
  /** Whether text was cut before / after the passage (the view shows an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

export interface SnippetOptions {
  /** Roughly how many characters the passage holds (default 160). */
  length?: number;
}

interface Hit extends WordSpan {
  term: number;
}

/**
 * The best passage of `text` for the folded query `terms` (see `queryTerms`), or undefined
 * when no word of the text matches any of them (e.g. only the title matched).
 */
export function extractSnippet(text: string, terms: readonly string[], opts: SnippetOptions = {}): Snippet | undefined {
  const length = Math.max(40, opts.length ?? 160);
  if (terms.length === 0) return undefined;
  // Single-word terms match words, compound terms ("jarrowford-199") match compounds.
  const hits: Hit[] = [];
  // Which terms are compounds, decided once rather than for every word of the text.
  const compoundTerm = terms.map(isCompoundTerm);
  const collect = (spans: WordSpan[], compound: boolean) => {
    for (const span of spans) {
      const term = terms.findIndex((t, i) => compoundTerm[i] === compound && span.folded.startsWith(t));
      if (term >= 0) hits.push({ ...span, term });
    }
  };
  // Only words that may start like a word term are folded (the snippets of a search's first 40 results fold far fewer words).
  collect(wordSpans(text, new Set(terms.filter((_, i) => !compoundTerm[i]).map((term) => term[0]))), false);
  if (terms.some(isCompoundTerm)) {
    collect(compoundSpans(text), true);
    hits.sort((a, b) => a.start - b.start);
  }
  if (hits.length === 0) return undefined;

  // The window of `length` characters that starts at a hit and holds the most distinct
  // terms (ties: the most hits, then the earliest), found with two pointers over the hits.
  let best = { from: 0, to: 0, distinct: 0, count: 0 };
  const inWindow = new Map<number, number>();
  let to = 0;
  const enter = (hit: Hit) => inWindow.set(hit.term, (inWindow.get(hit.term) ?? 0) + 1);
  for (let from = 0; from < hits.length; from++) {
    // A window always holds its first hit, even a word longer than `length`.
    if (to <= from) {
      inWindow.clear();
      enter(hits[from]);
      to = from + 1;
    }
    while (to < hits.length && hits[to].end - hits[from].start <= length) {
      enter(hits[to]);
      to++;
    }
    const distinct = inWindow.size;
    const count = to - from;
    if (distinct > best.distinct || (distinct === best.distinct && count > best.count)) best = { from, to, distinct, count };
    const left = inWindow.get(hits[from].term) ?? 0;
    if (left <= 1) inWindow.delete(hits[from].term);
    else inWindow.set(hits[from].term, left - 1);
  }
  const chosen = hits.slice(best.from, best.to);

  // Centre the window on the chosen hits, then widen it to whole words.
  const matchStart = chosen[0].start;
  const matchEnd = chosen[chosen.length - 1].end;
  const slack = Math.max(0, length - (matchEnd - matchStart));
  let start = Math.max(0, matchStart - Math.floor(slack / 3));
  let end = Math.min(text.length, Math.max(matchEnd, start + length));
  start = snapBack(text, start);
  end = snapForward(text, end);
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim().replace(/\s+/gu, ' ');

  // Map highlights through whitespace collapsing: rebuild the offsets word by word.
  const highlights: SnippetHighlight[] = [];
  const collapsedOffset = collapseMap(raw.slice(lead));
  for (const hit of hits) {
    if (hit.start < start + lead || hit.end > end) continue;
    highlights.push({ start: collapsedOffset(hit.start - start - lead), end: collapsedOffset(hit.end - start - lead) });
  }
  return { text: body, highlights, cutBefore: start > 0, cutAfter: end < text.length };
}

/** Moves back to the start of the word `index` falls in. */
function snapBack(text: string, index: number): number {
  let i = index;
  while (i > 0 && !/\s/u.test(text[i - 1])) i--;
  return i;
}

/** Moves forward to the end of the word `index` falls in. */
function snapForward(text: string, index: number): number {
  let i = index;
  while (i < text.length && !/\s/u.test(text[i])) i++;
  return i;
}

/** Offset in `raw` -> offset in `raw` with whitespace runs collapsed to one space. */
function collapseMap(raw: string): (offset: number) => number {
  const map: number[] = [];
  let out = 0;
  let inSpace = false;
  for (let i = 0; i <= raw.length; i++) {
    map.push(out);
    if (i === raw.length) break;
    const space = /\s/u.test(raw[i]);
    if (!space || !inSpace) out++;
    inSpace = space;
  }
  return (offset) => map[Math.max(0, Math.min(map.length - 1, offset))];
}
