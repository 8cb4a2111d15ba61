/**
 * Counts words the way a reader would: runs of letters/digits, with inner apostrophes,
 * hyphens and number separators kept inside one word ("Amir-Abdollahian", "Iran's",
 * "31,900" are one word each). Punctuation and symbols alone are not words.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’.,\u00AD][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}
