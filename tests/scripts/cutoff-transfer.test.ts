import { describe, expect, it } from 'vitest';
import { cutoffTransfer } from '../../scripts/cutoff-transfer';
import type { OofItem } from '../../scripts/train-item-confidence';

/** Items of one writer: `n` of them with raw score `raw`, agreeing when `agree(i)`. */
function writer(batch: number, n: number, raw: (i: number) => number, agree: (i: number) => boolean): OofItem[] {
  return Array.from({ length: n }, (_, i) => ({
    article: `b${batch}-${i % 4}`, group: `writer:batch-${batch}`, skill: 'classify' as const,
    raw: raw(i), signals: { raw: raw(i) }, agree: agree(i), text: '',
  }));
}

describe('cutoffTransfer', () => {
  it('grades each writer with a cut-off chosen on the others, and counts writers who fall below 95 %', () => {
    const honest = [1, 2, 3, 4, 5].flatMap((b) => writer(b, 60, (i) => (i < 30 ? 3 : -1 + (i % 3) * 0.1), (i) => i < 30 || i % 2 === 0));
    // A sixth writer whose confident items are mostly wrong: the others' cut-off grades them, and the
    // transfer shows it.
    const odd = writer(6, 60, (i) => (i < 30 ? 3 : -1), (i) => i >= 25);
    const t = cutoffTransfer([...honest, ...odd], 'classify', 0.98, 50);
    expect(t.writersBelow95).toBe(1);
    expect(t.graded).toBeGreaterThan(0);
    expect(t.agree).toBeLessThan(0.98);
    const clean = cutoffTransfer(honest, 'classify', 0.98, 50);
    expect(clean.writersBelow95).toBe(0);
    expect(clean.agree).toBe(1);
    expect(clean.coverage).toBeCloseTo(0.5, 1);
  });
});

describe('cutoffTransfer in parts', () => {
  it('leaves out a part of the writers at a time and counts parts below 95 %', () => {
    const honest = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((b) => writer(b, 60, (i) => (i < 30 ? 3 : -1 + (i % 3) * 0.1), (i) => i < 30 || i % 2 === 0));
    const t = cutoffTransfer(honest, 'classify', 0.98, 50, 4);
    expect(t.agree).toBe(1);
    expect(t.coverage).toBeCloseTo(0.5, 1);
    // Two writers whose confident items are mostly wrong: whichever halves they are dealt into, it shows.
    const odd = [9, 10].flatMap((b) => writer(b, 60, (i) => (i < 30 ? 3 : -1), (i) => i >= 25));
    const bad = cutoffTransfer([...honest, ...odd], 'classify', 0.98, 50, 2);
    expect(bad.agree).toBeLessThan(0.98);
    expect(bad.writersBelow95).toBeGreaterThanOrEqual(1);
  });
});
