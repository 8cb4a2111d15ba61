import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/text/clean';
import { hashableText, hashDocument, sha256Hex } from '../../../src/core/text/hash';
import { countWords } from '../../../src/core/text/words';

const SEED = readFileSync(new URL('../../../resources/samples/iran-pij-gaza-exchange.txt', import.meta.url), 'utf8');

describe('sha256Hex', () => {
  it('matches the standard test vectors', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('hashDocument', () => {
  it('hashes the non-debris block texts joined by blank lines', async () => {
    const doc = cleanText(SEED);
    const text = hashableText(doc);
    expect(text).not.toContain('Advertisment');
    expect(text.split('\n\n')).toHaveLength(8);
    expect(await hashDocument(doc)).toBe(await sha256Hex(text));
    expect(await hashDocument(doc)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for the same article with other line endings, wraps or debris', async () => {
    const base = await hashDocument(cleanText(SEED));
    expect(await hashDocument(cleanText(SEED.replace(/\n/g, '\r\n')))).toBe(base);
    expect(await hashDocument(cleanText(SEED.replace(/Advertisment/g, 'Share this article')))).toBe(base);
    expect(await hashDocument(cleanText(SEED.replace('This dialogue underscores', 'This dialogue\nunderscores')))).toBe(base);
  });

  it('changes when the article text changes', async () => {
    const base = await hashDocument(cleanText(SEED));
    expect(await hashDocument(cleanText(SEED.replace('31,900', '31,901')))).not.toBe(base);
  });
});

describe('countWords', () => {
  it('counts words with inner hyphens, apostrophes and number separators as one', () => {
    expect(countWords("Amir-Abdollahian's visit: over 31,900 lives — predominantly women.")).toBe(7);
    expect(countWords('U.S. officials said 4.2 million euros')).toBe(6);
  });

  it('ignores punctuation and symbols on their own', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' — … !! ')).toBe(0);
    expect(countWords('€ 40')).toBe(1);
  });

  it('counts letters in any script', () => {
    expect(countWords('Москва сегодня объявила')).toBe(3);
    expect(countWords('café naïve')).toBe(2);
  });

  it('counts the seed article text', () => {
    const words = SEED.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(countWords(SEED)).toBe(words);
  });
});
