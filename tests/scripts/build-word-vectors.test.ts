import { describe, expect, it } from 'vitest';
import { distil } from '../../scripts/build-word-vectors';
import { createWordVectors } from '../../src/core/analysis/word-vectors';

describe('build-word-vectors', () => {
  const src = {
    dimensions: 2,
    words: ['the', ',', 'u.s.', 'grim', "don't", 'zero', 'well-off', 'bleak'],
    vectors: { the: [3, 4], ',': [1, 0], 'u.s.': [0, 1], grim: [0, 2], "don't": [1, 1], zero: [0, 0], 'well-off': [-5, 0], bleak: [1, 0] } as Record<string, number[]>,
  };

  it('keeps the most frequent word-shaped words, as unit vectors in int8', () => {
    const file = distil(src, 4);
    expect(file.words.split('\n')).toEqual(['the', 'grim', "don't", 'well-off']);
    const wv = createWordVectors(file);
    const the = wv.sentenceVector(['grim']);
    expect(the[0]).toBeCloseTo(0, 6);
    expect(the[1]).toBeCloseTo(1, 6);
    const off = wv.sentenceVector(['well-off']);
    expect(off[0]).toBeCloseTo(-1, 6);
    const dont = wv.sentenceVector(["don't"]);
    expect(dont[0]).toBeCloseTo(Math.round(127 / Math.SQRT2) / 127, 6);
  });

  it('skips words without a usable vector and reproduces the same bytes', () => {
    expect(distil(src, 10).words.split('\n')).toEqual(['the', 'grim', "don't", 'well-off', 'bleak']);
    expect(JSON.stringify(distil(src, 10))).toBe(JSON.stringify(distil(src, 10)));
  });
});
