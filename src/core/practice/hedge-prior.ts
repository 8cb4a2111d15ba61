/**
 * How often teachers' keys agree with a hedge-certainty answer, word by word: two tables counted on
 * our own keyed training articles (`scripts/train-hedge-prior.ts`, shipped as
 * resources/models/hedge-prior.json) and read here as item-confidence inputs (item-signals.ts).
 *
 * - **mark**: for each marker the analyser finds ("could", "may", "expects to"), and for the marker
 *   with the word after it ("could|see", "could|fall"), how many times it was found in a keyed
 *   sentence and how many of those times the key marked it too. "could" of ability ("could see
 *   14,000 patients") and of permission ("may operate only") are the markers keys leave out.
 * - **miss**: for each word and word pair the analyser did not mark ("usually", "at least"), how
 *   often it occurred and how often a key's hedge or certainty contained it. "Neither" is fragile
 *   in a sentence with such a word.
 *
 * Counts, not rules: nothing here marks a word; a low rate only keeps an item from being graded.
 */
import bundled from '../../../resources/models/hedge-prior.json';

export const HEDGE_PRIOR_FORMAT = 'framewise-hedge-prior';

export interface HedgePriorFile {
  format: typeof HEDGE_PRIOR_FORMAT;
  version: string;
  /** marker text (lower case) or "marker|next word": [times found, times a key marked it]. */
  mark: Record<string, [number, number]>;
  /** word or "word word" outside the analyser's markers: [occurrences, times inside a key's marker] (only entries with a hit). */
  miss: Record<string, [number, number]>;
  trainedOn?: string;
}

/** Lower-case words as both the trainer and the app split them. */
export function priorWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z']*/g) ?? [];
}

/** Where `phrase` (a sequence of words) starts in `words`, each occurrence in order. */
function occurrences(words: readonly string[], phrase: readonly string[]): number[] {
  const out: number[] = [];
  if (phrase.length === 0) return out;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    out.push(i);
  }
  return out;
}

/** The word after the first occurrence of `marker`'s words in `words`; "<end>" at the end, "<none>" if absent. */
export function wordAfter(words: readonly string[], marker: string): string {
  const m = priorWords(marker);
  const [i] = occurrences(words, m);
  if (i === undefined) return '<none>';
  return i + m.length < words.length ? words[i + m.length] : '<end>';
}

/** The words and adjacent word pairs of a sentence that touch none of the analyser's markers. */
export function unmarkedGrams(words: readonly string[], markers: readonly string[]): string[] {
  const covered = new Array<boolean>(words.length).fill(false);
  for (const text of markers) {
    const m = priorWords(text);
    for (const i of occurrences(words, m)) for (let k = 0; k < m.length; k++) covered[i + k] = true;
  }
  const grams = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    grams.add(words[i]);
    if (i + 1 < words.length && !covered[i + 1]) grams.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...grams];
}

/** Smoothing: a marker seen once is not trusted; a word pair backs off to its marker's rate. */
const MARK_ALPHA = 1;
const MARK_BETA = 0.5;
const PAIR_WEIGHT = 5;
const MISS_ALPHA = 0.1;
const MISS_BETA = 2;

export interface HedgePriorSignals {
  /** The lowest smoothed rate at which keys marked one of the item's markers (1 when it has none). */
  mark: number;
  /** The highest smoothed rate at which keys marked a word or pair of the sentence the analyser left unmarked. */
  miss: number;
}

export function hedgePriorSignals(prior: HedgePriorFile, sentence: string, markers: readonly string[]): HedgePriorSignals {
  const words = priorWords(sentence);
  let mark = 1;
  for (const text of markers) {
    const m = priorWords(text).join(' ');
    const [n, ok] = prior.mark[m] ?? [0, 0];
    const single = (ok + MARK_ALPHA) / (n + MARK_ALPHA + MARK_BETA);
    const [pn, pok] = prior.mark[`${m}|${wordAfter(words, text)}`] ?? [0, 0];
    mark = Math.min(mark, (pok + PAIR_WEIGHT * single) / (pn + PAIR_WEIGHT));
  }
  let miss = 0;
  for (const g of unmarkedGrams(words, markers)) {
    const entry = prior.miss[g];
    if (entry) miss = Math.max(miss, (entry[1] + MISS_ALPHA) / (entry[0] + MISS_BETA));
  }
  return { mark, miss };
}

export const bundledHedgePrior = bundled as unknown as HedgePriorFile;
