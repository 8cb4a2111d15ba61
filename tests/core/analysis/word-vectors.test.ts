import { describe, expect, it } from 'vitest';
import { createWordVectors, WORD_VECTORS_FORMAT, type WordVectorsFile } from '../../../src/core/analysis/word-vectors';
import { loadWordVectors, sentenceVectorOf, tokenize } from '../../../src/core/analysis/subjectivity-model';

function fileOf(rows: Record<string, number[]>): WordVectorsFile {
  const words = Object.keys(rows);
  const bytes = Uint8Array.from(words.flatMap((w) => rows[w].map((x) => x & 0xff)));
  return {
    format: WORD_VECTORS_FORMAT, source: 'test', dimensions: 2, scale: 1 / 127, words: words.join('\n'),
    vectors: Buffer.from(bytes).toString('base64'),
  };
}

const cosine = (a: Float32Array, b: Float32Array): number => {
  let ab = 0, aa = 0, bb = 0;
  for (let k = 0; k < a.length; k++) { ab += a[k] * b[k]; aa += a[k] * a[k]; bb += b[k] * b[k]; }
  return ab / Math.sqrt(aa * bb);
};

describe('word vectors', () => {
  const wv = createWordVectors(fileOf({ grim: [127, 0], bleak: [0, -127], council: [-127, 0] }));

  it('averages the known content words, leaving out stop words and unknown words', () => {
    expect(wv.indexOf('bleak')).toBe(1);
    expect(wv.indexOf('sunny')).toBe(-1);
    const v = wv.sentenceVector(['the', 'grim', 'and', 'bleak', 'zzyzx']);
    expect(v[0]).toBeCloseTo(0.5, 6);
    expect(v[1]).toBeCloseTo(-0.5, 6);
  });

  it('gives zeros to a sentence with no known content word', () => {
    expect(Array.from(wv.sentenceVector(['the', 'of', 'zzyzx']))).toEqual([0, 0]);
    expect(Array.from(wv.sentenceVector([]))).toEqual([0, 0]);
  });

  it('refuses a file of another format or with a damaged vector block', () => {
    expect(() => createWordVectors({ ...fileOf({ grim: [1, 2] }), format: 'other' as typeof WORD_VECTORS_FORMAT })).toThrow(/Not a Framewise/);
    expect(() => createWordVectors({ ...fileOf({ grim: [1, 2] }), words: 'grim\nbleak' })).toThrow(/damaged/);
  });

  it('ships vectors in which evaluative words sit nearer each other than near plain words', () => {
    const shipped = loadWordVectors();
    expect(shipped.dimensions).toBe(100);
    const v = (w: string) => shipped.sentenceVector([w]);
    for (const w of ['brutal', 'vicious', 'shameful', 'disgraceful', 'council', 'tuesday']) expect(shipped.indexOf(w)).toBeGreaterThanOrEqual(0);
    expect(cosine(v('brutal'), v('vicious'))).toBeGreaterThan(cosine(v('brutal'), v('tuesday')) + 0.2);
    expect(cosine(v('shameful'), v('disgraceful'))).toBeGreaterThan(cosine(v('shameful'), v('council')) + 0.2);
  });

  it('remembers the last sentence asked, and answers a new one afresh', () => {
    const a = sentenceVectorOf('A shameful, brutal decision.');
    expect(sentenceVectorOf('A shameful, brutal decision.')).toBe(a);
    const b = sentenceVectorOf('The council met on Tuesday.');
    expect(b).not.toBe(a);
    expect(Array.from(b)).toEqual(Array.from(loadWordVectors().sentenceVector(tokenize('The council met on Tuesday.'))));
  });
});
