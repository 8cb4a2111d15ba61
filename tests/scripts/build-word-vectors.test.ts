import { describe, expect, it } from 'vitest';
import { asSource, distil, toneWords } from '../../scripts/build-word-vectors';
import { createWordVectors } from '../../src/core/analysis/word-vectors';

describe('build-word-vectors', () => {
  const src = {
    dimensions: 2,
    words: ['the', ',', 'u.s.', 'grim', "don't", 'zero', 'well-off', 'grim', 'bleak'],
    vectors: { the: [3, 4], ',': [1, 0], 'u.s.': [0, 1], grim: [0, 2], "don't": [1, 1], zero: [0, 0], 'well-off': [-5, 0], bleak: [1, 0] } as Record<string, number[]>,
  };

  it('keeps the most frequent word-shaped words, as unit vectors in int8', () => {
    const file = distil(src, 4);
    expect(file.words.split('\n')).toEqual(['the', 'grim', "don't", 'well-off']);
    const wv = createWordVectors(file);
    const grim = wv.sentenceVector(['grim']);
    expect(grim[0]).toBeCloseTo(0, 6);
    expect(grim[1]).toBeCloseTo(1, 6);
    const off = wv.sentenceVector(['well-off']);
    expect(off[0]).toBeCloseTo(-1, 6);
    const dont = wv.sentenceVector(["don't"]);
    expect(dont[0]).toBeCloseTo(Math.round(127 / Math.SQRT2) / 127, 6);
  });

  it('skips words without a usable vector or listed twice, and writes these exact bytes', () => {
    const file = distil(src, 10);
    expect(file.words.split('\n')).toEqual(['the', 'grim', "don't", 'well-off', 'bleak']);
    // the (0.6, 0.8), grim (0, 1), don't (0.71, 0.71), well-off (-1, 0), bleak (1, 0), times 127, int8.
    expect(Array.from(Buffer.from(file.vectors, 'base64'), (b) => (b << 24) >> 24)).toEqual([76, 102, 0, 127, 90, 90, -127, 0, 127, 0]);
    expect(() => createWordVectors(file)).not.toThrow();
  });

  it('keeps words of tone past the frequent words, but only within the pool', () => {
    const tone = (w: string) => w === 'bleak';
    expect(distil(src, 2, tone, 10).words.split('\n')).toEqual(['the', 'grim', 'bleak']);
    // "bleak" is the fifth eligible word: outside a pool of four.
    expect(distil(src, 2, tone, 4).words.split('\n')).toEqual(['the', 'grim']);
  });

  it('shrinks an earlier distillation to the same rows and bytes', () => {
    const big = distil(src, 10);
    const again = distil(asSource(big), 3, (w) => w === 'bleak', 10);
    expect(again.words.split('\n')).toEqual(['the', 'grim', "don't", 'bleak']);
    const bytes = (f: typeof big) => Array.from(Buffer.from(f.vectors, 'base64'), (b) => (b << 24) >> 24);
    expect(bytes(again)).toEqual([...bytes(big).slice(0, 6), ...bytes(big).slice(8, 10)]);
  });

  it('calls a word of tone what the sentiment or loaded-language lexicon knows', () => {
    const tone = toneWords();
    expect(tone('disgraceful')).toBe(true);
    expect(tone('council')).toBe(false);
  });
});
