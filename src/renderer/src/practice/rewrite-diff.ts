/**
 * Which words of a rewritten sentence differ from the article's sentence, so the four
 * near-identical versions of a neutral-rewrite item show at a glance what each one changed.
 * A word diff from jsdiff (`diff`, maintained, typed): an LCS over words that keeps the
 * spaces and punctuation with their words, which a hand-written split would get wrong.
 */
import { diffWords } from 'diff';

export interface RewritePart {
  text: string;
  /** True for words the version has and the original has not (added or replaced). */
  changed: boolean;
}

/** The version's text in order, cut into parts that are the same as the original or changed. */
export function rewriteParts(original: string, version: string): RewritePart[] {
  const parts: RewritePart[] = [];
  for (const change of diffWords(original, version)) {
    if (change.removed) continue;
    const last = parts[parts.length - 1];
    const changed = !!change.added && change.value.trim() !== '';
    if (last && last.changed === changed) last.text += change.value;
    else parts.push({ text: change.value, changed });
  }
  return parts;
}
