import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKWORTHY_MODEL_PATH, readSentences, trainCheckWorthy } from '../../scripts/train-checkworthy';

describe('check-worthiness training data and model', () => {
  it('has our own labelled sentences: 0/1 labels, no duplicates, both classes well represented', () => {
    const rows = readSentences();
    expect(rows.length).toBeGreaterThan(1000);
    const texts = new Set(rows.map((r) => r.text.toLowerCase()));
    expect(texts.size).toBe(rows.length);
    const pos = rows.filter((r) => r.y === 1).length;
    expect(pos / rows.length).toBeGreaterThan(0.35);
    expect(pos / rows.length).toBeLessThan(0.65);
  });

  it('retraining reproduces the shipped weights byte for byte', () => {
    expect(trainCheckWorthy().text).toBe(readFileSync(CHECKWORTHY_MODEL_PATH, 'utf8'));
  }, 120_000);
});
