import type { Span } from '../analysis/types';
import type { Token } from './types';

/**
 * Words with offsets: letters/digits joined by inner apostrophes or hyphens
 * ("Amir-Abdollahian", "Israel's") and numbers with separators ("31,900", "2.5").
 */
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Tokenises `text`, which starts at `offset` in the original text; token offsets are absolute. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = offset + (match.index ?? 0);
    tokens.push({ index: tokens.length, start, end: start + match[0].length, text: match[0] });
  }
  return tokens;
}

/** Indices of the tokens that overlap a span. */
export function tokensInSpan(tokens: readonly Token[], span: { start: number; end: number }): number[] {
  return tokens.filter((t) => t.start < span.end && t.end > span.start).map((t) => t.index);
}

export function spansOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function within(inner: { start: number; end: number }, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
