import { describe, expect, it } from 'vitest';
import { baggedCutoff, calibrateVoice, highestCoverageCutoff, type OofItem } from '../../scripts/train-item-confidence';
import type { SkillCalibration } from '../../src/core/practice/confidence';

/** Scores 1.00, 0.99, … in steps of 0.01; `wrong` lists the ranks (0 = top) whose items disagree. */
function curve(n: number, wrong: number[]): { p: number[]; agree: boolean[] } {
  const p = Array.from({ length: n }, (_, i) => 1 - i / 100);
  return { p, agree: p.map((_, i) => !wrong.includes(i)) };
}

describe('highestCoverageCutoff', () => {
  it('grades down to the lowest score where the items above still meet the target', () => {
    // 40 items, one disagreement at rank 30: the top 30 agree (100 %), the top 40 have 39/40 = 97.5 %.
    const { p, agree } = curve(40, [30]);
    expect(highestCoverageCutoff(p, agree, 0.97)).toBe(p[39]);
    expect(highestCoverageCutoff(p, agree, 0.98)).toBe(p[29]);
  });

  it('needs at least 15 graded items and answers Infinity when no cut-off reaches the target', () => {
    const { p, agree } = curve(14, []);
    expect(highestCoverageCutoff(p, agree, 0.9)).toBe(Infinity);
    const bad = curve(30, [0, 1, 2, 3, 4]);
    expect(highestCoverageCutoff(bad.p, bad.agree, 0.9)).toBe(Infinity);
  });

  it('grades tied scores together', () => {
    const p = [...new Array(20).fill(0.9), ...new Array(20).fill(0.8)];
    const agree = p.map((_, i) => i !== 25);
    // The 0.8 block holds the disagreement: 39/40 = 97.5 %; the cut-off is never inside a tie.
    expect(highestCoverageCutoff(p, agree, 0.98)).toBe(0.9);
    expect(highestCoverageCutoff(p, agree, 0.97)).toBe(0.8);
  });
});

describe('baggedCutoff', () => {
  // Ten writers of 20 items each, scored 1.00 … 0.01 in turn; two disagreements at the very top of
  // a long stretch where the precision hovers around the target.
  const n = 200;
  const p = Array.from({ length: n }, (_, i) => 1 - i / n);
  const groups = p.map((_, i) => `writer:${i % 10}`);

  it('does not fall from "grade everything" to "grade nothing" on one disagreement near the top', () => {
    const wrongs = [50, 100, 150];
    const agreeA = p.map((_, i) => !wrongs.includes(i));
    const agreeB = p.map((_, i) => !wrongs.includes(i) && i !== 1);
    const rank = (c: number) => p.filter((x) => x >= c).length;
    // The plain rule: 197/200 = 98.5 % grades all; one more disagreement at rank 1 and no prefix
    // reaches 98.5 % any more, so it grades nothing.
    expect(rank(highestCoverageCutoff(p, agreeA, 0.985))).toBe(200);
    expect(highestCoverageCutoff(p, agreeB, 0.985)).toBe(Infinity);
    // Bagged over writers: most of the items in the first case, and still the top 50 in the second.
    expect(rank(baggedCutoff(p, agreeA, groups, 0.985))).toBeGreaterThanOrEqual(190);
    expect(rank(baggedCutoff(p, agreeB, groups, 0.985))).toBeGreaterThanOrEqual(50);
  });

  it('is deterministic and answers Infinity when most resamples reach the target nowhere', () => {
    const agree = p.map((_, i) => i % 3 !== 0);
    expect(baggedCutoff(p, agree, groups, 0.95)).toBe(Infinity);
    const fine = p.map((_, i) => i !== 150);
    expect(baggedCutoff(p, fine, groups, 0.98)).toBe(baggedCutoff(p, fine, groups, 0.98));
    expect(baggedCutoff(p, fine, groups, 0.98)).toBe(p[n - 1]);
  });
});

describe('calibrateVoice', () => {
  // A classify calibration that grades an item's label when its raw signal is at least 0 (cut-off 0.5).
  const classify: SkillCalibration = { features: ['raw'], mean: [0], std: [1], weights: [1], bias: 0, cutoff: 0.5, n: 0, agreed: 0, coverage: 0, precision: 0 };
  // 20 writers; per writer, unsure fact items with 1 − P(attributed) from sure to unsure, the unsure ones attributed in the key.
  const items: OofItem[] = [];
  for (let w = 0; w < 20; w++) {
    for (let k = 0; k < 40; k++) {
      const voiceRaw = 4 - k / 5;
      const base = { article: `a${w}`, group: `writer:batch-${w + 1}`, skill: 'classify' as const, raw: 0.4, agree: false, text: '' };
      items.push({ ...base, signals: { raw: -1, is_attributed: 0, voice_raw: voiceRaw }, voiceAgree: k < 25 || k % 3 === 0 });
      // Items that never enter the voice fit: graded on their label, or read as attributed.
      items.push({ ...base, signals: { raw: 1, is_attributed: 0, voice_raw: voiceRaw }, voiceAgree: false });
      items.push({ ...base, signals: { raw: -1, is_attributed: 1, voice_raw: voiceRaw }, voiceAgree: false });
      // A line the key leaves out (page furniture): no voice verdict, so not in the fit.
      if (k === 0) items.push({ ...base, signals: { raw: -1, is_attributed: 0, voice_raw: 9 } });
    }
  }

  it('fits only unsure fact and framing items, on the key not calling them attributed', () => {
    const c = calibrateVoice(items, classify);
    expect(c.features).toEqual(['voice_raw']);
    expect(c.n).toBe(800);
    expect(c.agreed).toBe(items.filter((i) => i.signals.raw < 0 && !i.signals.is_attributed && i.voiceAgree).length);
    expect(c.weights[0]).toBeGreaterThan(0);
    // The cut-off grades the sure part (all agreeing) and stops before the mixed tail.
    expect(c.cutoff).toBeLessThan(1);
    expect(c.precision).toBeGreaterThanOrEqual(0.98);
    expect(c.coverage).toBeGreaterThan(0.4);
    expect(c.coverage).toBeLessThan(0.8);
  });
});
