/**
 * A small fixed-seed subset of `npm run fuzz` (scripts/fuzz.ts): a few generated hostile
 * inputs per importer and for the backup reader. None may crash, import broken or hang.
 */
import { describe, expect, it } from 'vitest';
import { runTarget, TARGETS } from '../../scripts/fuzz/targets';

const SEED = 20261206;
const CASES_PER_TARGET = 4;

describe('fuzz subset (fixed seed)', () => {
  it('covers every importer that runs in Node and the backup reader', () => {
    expect(TARGETS.map((t) => t.name)).toEqual(['txt', 'md', 'html', 'docx', 'pdf', 'backup']);
  });

  for (const target of TARGETS) {
    it(`${target.name}: no crash, invalid import or hang`, async () => {
      const report = await runTarget(target, SEED, CASES_PER_TARGET);
      expect(report.cases).toBe(CASES_PER_TARGET);
      expect({ crashes: report.crashes, invalid: report.invalid, hangs: report.hangs, examples: report.examples }).toEqual({
        crashes: 0,
        invalid: 0,
        hangs: 0,
        examples: [],
      });
      expect(report.ok + report.refused).toBe(CASES_PER_TARGET);
    });
  }

  it('generates the same cases for the same seed', () => {
    const [txt] = TARGETS;
    const a = txt.generate(SEED, 3).map((c) => Array.from(c.data.subarray(0, 64)));
    const b = txt.generate(SEED, 3).map((c) => Array.from(c.data.subarray(0, 64)));
    expect(a).toEqual(b);
  });
});
