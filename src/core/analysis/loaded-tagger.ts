/**
 * How sure is the analyser that a sentence has NO loaded word? The word lists (loaded.json) and the
 * sentiment signal find candidates; this token model scores every content word of a sentence —
 * including words no list holds — for how likely a teacher's key marks it as loaded, and the
 * product of (1 − p) over the sentence is the chance that none is. A practice item whose answer is
 * "no loaded word here" is graded only when that chance is high (item-signals.ts), so a sentence
 * with "a wound that will not heal" but no listed word is not graded as plainly neutral.
 *
 * A logistic regression per token: the lexicon category and the sentiment signal at the token,
 * wink's valence, whether it sits inside quotation marks, its part of speech, capitalisation, its
 * word vector (word-vectors.ts) and hashed lemma, word and neighbour features. Trained by
 * `scripts/train-loaded-tagger.ts` on the loaded words of our own keyed articles (out-of-fold token
 * AUC in resources/models/loaded-tagger.json); the weights ship as that file.
 */
import bundled from '../../../resources/models/loaded-tagger.json';
import type { Token } from './nlp';
import type { Lexicons } from './lexicons';
import { findLoaded, findSentimentLoaded } from './spans';
import type { WordVectors } from './word-vectors';
import { fnvOn, loadWordVectors } from './subjectivity-model';

export const LOADED_TAGGER_FORMAT = 'framewise-loaded-tagger';
export const LOADED_TAGGER_HASH_BITS = 14;
const HASH_SIZE = 1 << LOADED_TAGGER_HASH_BITS;
const CATEGORIES = ['evaluative', 'emotive', 'dysphemism', 'label', 'euphemism'];
const POS = ['ADJ', 'ADV', 'VERB', 'NOUN'];
/** Parts of speech never loaded by themselves unless a list names the word ("regime" is a NOUN, "so-called" listed). */
const FUNCTION_POS = new Set(['PROPN', 'DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM']);
const QUOTE = /["“”]/;

export interface LoadedTaggerFile {
  format: typeof LOADED_TAGGER_FORMAT;
  version: string;
  hashBits: number;
  /** Dense inputs: their count, and the mean and scale used to standardise them. */
  denseSize: number;
  mean: number[];
  scale: number[];
  /** Weights: HASH_SIZE hashed, then denseSize dense. */
  weights: number[];
  bias: number;
  metrics?: Record<string, number>;
  trainedOn?: string[];
  createdAt?: string;
}

/** One content token of a sentence, as the model sees it. */
export interface TaggerRow {
  /** Index of the token in the sentence's tokens. */
  index: number;
  hashed: number[];
  /** The dense cues before the word vector (see denseInputs). */
  cues: number[];
  /** The word whose vector completes the dense inputs. */
  word: string;
}

/** The dense inputs of a row: its cues, then its word's vector (training; the app caches the vector's part of the score). */
export function denseInputs(row: TaggerRow, vectors: WordVectors): number[] {
  return [...row.cues, ...Array.from(vectors.sentenceVector([row.word]))];
}

/**
 * FNV-1a over the concatenated parts (no string is built), masked to the hash space: the same on
 * every platform and in training. One function per number of parts: taggerRows hashes five keys
 * per content word, and rest parameters with reduce allocated more than the hashing cost.
 */
function hash2(a: string, b: string): number {
  return (fnvOn(fnvOn(0x811c9dc5, a), b) >>> 0) & (HASH_SIZE - 1);
}
function hash3(a: string, b: string, c: string): number {
  return (fnvOn(fnvOn(fnvOn(0x811c9dc5, a), b), c) >>> 0) & (HASH_SIZE - 1);
}
function hash4(a: string, b: string, c: string, d: string): number {
  return (fnvOn(fnvOn(fnvOn(fnvOn(0x811c9dc5, a), b), c), d) >>> 0) & (HASH_SIZE - 1);
}

/** The content tokens of a sentence and their inputs (shared by training and the app). */
export function taggerRows(
  toks: Token[],
  lex: Lexicons,
  vectors: WordVectors,
  listed = findLoaded(toks, lex),
  sentiment = findSentimentLoaded(toks, lex, listed),
): TaggerRow[] {
  const category = new Array<string | null>(toks.length).fill(null);
  const sentimentHit = new Uint8Array(toks.length);
  for (const m of listed) for (let k = m.from; k < m.to; k++) category[k] = m.entry.category;
  for (const m of sentiment) for (let k = m.from; k < m.to; k++) sentimentHit[k] = 1;
  const quoted = new Uint8Array(toks.length);
  let inQuote = false;
  for (let i = 0; i < toks.length; i++) {
    if (QUOTE.test(toks[i].text)) inQuote = !inQuote;
    else quoted[i] = inQuote ? 1 : 0;
  }
  const rows: TaggerRow[] = [];
  // Plain loops and pushes instead of spreads of mapped arrays (this runs for every content word of
  // every sentence where the lists found nothing): the same cues in the same order.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type !== 'word' || !/[a-z]/i.test(t.text)) continue;
    const cat = category[i];
    if (!cat && FUNCTION_POS.has(t.pos)) continue;
    const sentiment = t.sentiment ?? 0;
    const cues = [cat ? 1 : 0];
    for (const c of CATEGORIES) cues.push(cat === c ? 1 : 0);
    cues.push(sentimentHit[i], sentiment, Math.abs(sentiment), quoted[i]);
    for (const p of POS) cues.push(t.pos === p ? 1 : 0);
    cues.push(i === 0 ? 1 : 0, t.cap && i > 0 ? 1 : 0, vectors.indexOf(t.norm) < 0 ? 1 : 0);
    const prev = toks[i - 1]?.norm ?? '<s>';
    const next = toks[i + 1]?.norm ?? '</s>';
    const hashed = [hash2('l:', t.lemma), hash2('n:', t.norm), hash4('pl:', prev, '|', t.lemma), hash4('ln:', t.lemma, '|', next), hash3('lq:', t.lemma, quoted[i] ? '1' : '0')];
    rows.push({ index: i, hashed, cues, word: t.norm });
  }
  return rows;
}

export interface LoadedTagger {
  /** P(the key marks this token loaded), per row. */
  probabilities(rows: TaggerRow[]): number[];
  /** P(no token of the sentence is loaded): the product of (1 − p) over its rows. */
  pNone(rows: TaggerRow[]): number;
  /**
   * taggerRows(toks, lex, vectors, listed, sentiment), the same rows: when `vectors` are this
   * tagger's own, each word's vector row is read from the tagger's per-word memory (see wordEntry).
   */
  sentenceRows(toks: Token[], lex: Lexicons, vectors: WordVectors, listed?: ReturnType<typeof findLoaded>, sentiment?: ReturnType<typeof findSentimentLoaded>): TaggerRow[];
}

/** What the tagger remembers of a word: its word-vector row and its vector's part of the score (NaN until first needed). */
interface WordEntry {
  row: number;
  part: number;
}

export function createLoadedTagger(file: LoadedTaggerFile, vectors?: WordVectors): LoadedTagger {
  if (file.format !== LOADED_TAGGER_FORMAT || file.hashBits !== LOADED_TAGGER_HASH_BITS) throw new Error('Not a loaded-word tagger file');
  if (file.weights.length !== HASH_SIZE + file.denseSize || file.mean.length !== file.denseSize || file.scale.length !== file.denseSize) {
    throw new Error('Loaded-word tagger file is damaged: sizes do not match');
  }
  const { weights, bias, mean, scale, denseSize } = file;
  // The word vectors are decoded on first use, not when the analyser is created (start-up stays fast).
  let vecs: WordVectors | null = vectors ?? null;
  const wordVectors = (): WordVectors => (vecs ??= loadWordVectors());
  const cueSizeOf = (): number => {
    const size = denseSize - wordVectors().dimensions;
    if (size <= 0) throw new Error('Loaded-word tagger file does not match the word vectors');
    return size;
  };
  let cueSize = -1;
  // The word vector's part of the score is the same wherever the word occurs: computed once per
  // word. The word's row (taggerRows' "no vector" cue) is remembered in the same entry: looking each
  // content word up again in the 31,000-word vector index was a cache miss per word, and the entry
  // is still in cache when the row is scored.
  const words = new Map<string, WordEntry>();
  const wordEntry = (word: string): WordEntry => {
    let e = words.get(word);
    if (e === undefined) {
      e = { row: wordVectors().indexOf(word), part: NaN };
      if (words.size > 50_000) words.clear();
      words.set(word, e);
    }
    return e;
  };
  const partOf = (word: string): number => {
    const e = wordEntry(word);
    if (Number.isNaN(e.part)) {
      const v = wordVectors().sentenceVector([word]);
      let z = 0;
      for (let j = 0; j < v.length; j++) z += weights[HASH_SIZE + cueSize + j] * ((v[j] - mean[cueSize + j]) / scale[cueSize + j]);
      e.part = z;
    }
    return e.part;
  };
  // The tagger's vectors with indexOf answered from the per-word entries (made on first use).
  let remembering: WordVectors | null = null;
  const rememberingVectors = (): WordVectors => (remembering ??= { ...wordVectors(), indexOf: (word) => wordEntry(word).row });
  const score = (r: TaggerRow): number => {
    if (cueSize < 0) cueSize = cueSizeOf();
    if (r.cues.length !== cueSize) throw new Error('Loaded-word tagger inputs do not match the file');
    // Hashed features count once each, weighted 1/√(all of them), as in training.
    let z = bias + partOf(r.word);
    const w = 1 / Math.sqrt(r.hashed.length);
    for (let k = 0; k < r.hashed.length; k++) {
      if (r.hashed.indexOf(r.hashed[k]) === k) z += weights[r.hashed[k]] * w;
    }
    for (let j = 0; j < cueSize; j++) z += weights[HASH_SIZE + j] * ((r.cues[j] - mean[j]) / scale[j]);
    return 1 / (1 + Math.exp(-z));
  };
  return {
    probabilities: (rows) => rows.map(score),
    pNone: (rows) => rows.reduce((acc, r) => acc * (1 - score(r)), 1),
    sentenceRows: (toks, lex, vectors, listed, sentiment) =>
      taggerRows(toks, lex, vectors === wordVectors() ? rememberingVectors() : vectors, listed, sentiment),
  };
}

/** The bundled tagger, or null when the file is missing or damaged (the signal is then left out). */
export function loadLoadedTagger(): LoadedTagger | null {
  try {
    return createLoadedTagger(bundled as unknown as LoadedTaggerFile);
  } catch {
    return null;
  }
}
