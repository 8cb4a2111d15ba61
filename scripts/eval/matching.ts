/**
 * Matching rules used by the evaluation: word tokens for BABE's biased words, the seed-gold
 * markdown table, and key sentences to analyser sentences.
 */

export interface WordToken {
  start: number;
  end: number;
  /** Lower-cased, curly apostrophes straightened. */
  norm: string;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Word tokens: runs of letters/digits, keeping inner apostrophes and hyphens ("so-called", "don't"). */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, norm: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

export interface TokenCounts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Token-level comparison for one sentence. Gold: every token of the sentence whose normalised
 * form equals a token of one of the annotated biased words/phrases (BABE lists words, not
 * offsets, so each occurrence counts). Predicted: every token that overlaps a predicted span
 * by at least one character.
 */
export function biasedTokenCounts(sentence: string, goldWords: string[], predicted: { start: number; end: number }[]): TokenCounts {
  const tokens = wordTokens(sentence);
  const goldSet = new Set<string>();
  for (const g of goldWords) for (const t of wordTokens(g)) goldSet.add(t.norm);
  const c: TokenCounts = { tp: 0, fp: 0, fn: 0 };
  for (const t of tokens) {
    const isGold = goldSet.has(t.norm);
    const isPred = predicted.some((p) => p.start < t.end && p.end > t.start);
    if (isGold && isPred) c.tp++;
    else if (isPred) c.fp++;
    else if (isGold) c.fn++;
  }
  return c;
}

export interface SeedGoldRow {
  index: number;
  /** The table's text with "…" marking omitted stretches. */
  text: string;
  label: string;
}

/** The numbered sentence rows of seed-gold.md's "Lines" table (headings / debris rows use "–"). */
export function parseSeedGold(markdown: string): SeedGoldRow[] {
  const rows: SeedGoldRow[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const m = /^\|\s*(\d+)\s*\|(.*?)\|\s*([a-z-]+)\s*\|/.exec(line);
    if (!m) continue;
    rows.push({ index: Number(m[1]), text: m[2].trim(), label: m[3] });
  }
  return rows;
}

export function normaliseSpace(s: string): string {
  return s
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Does an analyser sentence match an abbreviated gold text? Every "…"-separated fragment must
 * occur in order, and the first must start the sentence.
 */
export function matchesAbbreviated(sentence: string, abbreviated: string): boolean {
  const s = normaliseSpace(sentence);
  const parts = normaliseSpace(abbreviated)
    .split('…')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || !s.startsWith(parts[0])) return false;
  let from = parts[0].length;
  for (const p of parts.slice(1)) {
    const at = s.indexOf(p, from);
    if (at < 0) return false;
    from = at + p.length;
  }
  return true;
}

/**
 * Index of the analyser sentence that best matches a key sentence: exact (whitespace-normalised)
 * text first, then the analyser sentence with the longest common prefix when that prefix covers
 * at least 60 % of the key text (segmentation may split or merge sentences differently).
 */
export function findSentence(keyText: string, sentences: string[]): number {
  const k = normaliseSpace(keyText);
  const norm = sentences.map(normaliseSpace);
  const exact = norm.indexOf(k);
  if (exact >= 0) return exact;
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < norm.length; i++) {
    const s = norm[i];
    let n = 0;
    while (n < s.length && n < k.length && s[n] === k[n]) n++;
    if (n > bestLen) {
      bestLen = n;
      best = i;
    }
  }
  return bestLen >= Math.min(k.length, 20) && bestLen >= 0.6 * k.length ? best : -1;
}

/**
 * The key sentence an analyser sentence lies inside, when the key keeps as one what the analyser
 * splits: a quotation running over several sentences, keyed whole before the guide let its middle
 * sentences stand apart (validate-key.ts insideQuote). The analyser's sentence must be a whole
 * stretch of exactly one key sentence; -1 otherwise.
 */
export function containingSentence(sentence: string, keyTexts: string[]): number {
  const s = normaliseSpace(sentence);
  if (s.length < 8) return -1;
  let found = -1;
  for (let i = 0; i < keyTexts.length; i++) {
    if (!normaliseSpace(keyTexts[i]).includes(s)) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}
