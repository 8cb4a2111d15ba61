import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, sentenceStarts } from '../../../../src/renderer/src/ui/key-editor/use-key-editor';

const TEXT = 'Title\n\nOne two. Three four five.\n\nSix.';
const SENTENCES = ['One two.', 'Three four five.', 'Six.'];
const key = { sentences: SENTENCES.map((text) => ({ text })) } as unknown as Parameters<typeof sentenceStarts>[0];
const starts = sentenceStarts(key, TEXT);
const lengths = SENTENCES.map((s) => s.length);

describe('sentenceIndexAt', () => {
  it('finds the sentence holding an offset, from its first to its last character', () => {
    expect(starts).toEqual([TEXT.indexOf('One'), TEXT.indexOf('Three'), TEXT.indexOf('Six')]);
    expect(sentenceIndexAt(starts, lengths, TEXT.indexOf('One'))).toBe(0);
    expect(sentenceIndexAt(starts, lengths, TEXT.indexOf('four'))).toBe(1);
    expect(sentenceIndexAt(starts, lengths, TEXT.indexOf('five.') + 4)).toBe(1);
    expect(sentenceIndexAt(starts, lengths, TEXT.indexOf('Six'))).toBe(2);
  });

  it('between sentences, takes the one before; before every sentence, none', () => {
    expect(sentenceIndexAt(starts, lengths, TEXT.indexOf('Three') - 1)).toBe(0);
    expect(sentenceIndexAt(starts, lengths, TEXT.indexOf('Six') - 1)).toBe(1);
    expect(sentenceIndexAt(starts, lengths, 0)).toBe(-1);
    expect(sentenceIndexAt(starts, lengths, TEXT.length + 10)).toBe(2);
  });

  it('skips sentences not found in the text', () => {
    expect(sentenceIndexAt([-1, 10], [5, 5], 12)).toBe(1);
    expect(sentenceIndexAt([-1, 10], [5, 5], 3)).toBe(-1);
  });
});
