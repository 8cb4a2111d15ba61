import { describe, expect, it } from 'vitest';
import { accuracy, f1Score, macroF1, perClassF1 } from '../../scripts/eval/metrics';
import { parseDelimited, parsePyList } from '../../scripts/eval/datasets';
import { biasedTokenCounts, findSentence, matchesAbbreviated, parseSeedGold, wordTokens } from '../../scripts/eval/matching';

describe('metrics', () => {
  it('computes F1 and macro-F1 on known values', () => {
    const gold = [true, true, false, false, true];
    const pred = [true, false, false, true, true];
    // positive: P = R = 2/3; negative: P = R = 1/2
    expect(f1Score(gold, pred)).toBeCloseTo(2 / 3, 10);
    expect(macroF1(gold, pred)).toBeCloseTo((2 / 3 + 1 / 2) / 2, 10);
    expect(accuracy(gold, pred)).toBeCloseTo(3 / 5, 10);
  });

  it('gives 0 F1 for a class that is never predicted nor present', () => {
    expect(f1Score([false, false], [false, false])).toBe(0);
    expect(macroF1([true, false], [true, false])).toBe(1);
    expect(macroF1([true, true, false, false], [false, false, true, true])).toBe(0);
  });

  it('computes per-class F1 for three labels', () => {
    const gold = ['fact', 'fact', 'framing', 'attributed'] as const;
    const pred = ['fact', 'framing', 'framing', 'fact'] as const;
    const r = perClassF1([...gold], [...pred], ['fact', 'attributed', 'framing'] as const);
    expect(r.fact.f1).toBeCloseTo(0.5, 10); // P 1/2, R 1/2
    expect(r.framing.f1).toBeCloseTo(2 / 3, 10); // P 1/2, R 1
    expect(r.attributed.f1).toBe(0);
    expect(r.fact.support).toBe(2);
  });
});

describe('readers', () => {
  it('parses quoted CSV with embedded delimiters, quotes and newlines', () => {
    const rows = parseDelimited('a,b\n"x, ""y""\n",OBJ\nplain,SUBJ\n', ',');
    expect(rows).toEqual([['a', 'b'], ['x, "y"\n', 'OBJ'], ['plain', 'SUBJ']]);
  });

  it("parses BABE's Python-style word lists", () => {
    expect(parsePyList("['bizarre', 'characteristically']")).toEqual(['bizarre', 'characteristically']);
    expect(parsePyList('["don\'t", \'so-called\']')).toEqual(["don't", 'so-called']);
    expect(parsePyList('[]')).toEqual([]);
  });
});

describe('matching', () => {
  it('counts biased tokens by normalised token identity and span overlap', () => {
    const s = 'The radical plan was a radical failure, critics said.';
    const radical = s.indexOf('radical');
    const c = biasedTokenCounts(s, ['radical', 'failure'], [
      { start: radical, end: radical + 7 },
      { start: s.indexOf('critics'), end: s.indexOf('critics') + 7 },
    ]);
    // gold tokens: radical ×2, failure; predicted: first radical, critics
    expect(c).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(wordTokens('so-called “don’t”').map((t) => t.norm)).toEqual(['so-called', "don't"]);
  });

  it('parses the seed-gold table and matches abbreviated rows', () => {
    const md = '| # | text | label | cues |\n|---|---|---|---|\n| 1 | In a big … exchange, said. | attributed | x |\n| – | Advertisment | debris | |\n| 2 | This dialogue. | framing | y |\n';
    const rows = parseSeedGold(md);
    expect(rows.map((r) => [r.index, r.label])).toEqual([[1, 'attributed'], [2, 'framing']]);
    expect(matchesAbbreviated('In a big  diplomatic exchange, said.', rows[0].text)).toBe(true);
    expect(matchesAbbreviated('In a small diplomatic exchange, said.', rows[0].text)).toBe(false);
  });

  it('finds key sentences exactly or by a long shared prefix', () => {
    const sents = ['First one here.', 'The second sentence is long enough to match.', 'Third.'];
    expect(findSentence('Third.', sents)).toBe(2);
    expect(findSentence('The second sentence is long enough to match. And more', sents)).toBe(1);
    expect(findSentence('Nothing like it at all.', sents)).toBe(-1);
  });
});

describe('runEval without data', () => {
  it('reports "skipped: data not found" instead of failing', async () => {
    const { runEval, formatTable } = await import('../../scripts/eval');
    const before = process.env.FRAMEWISE_DATA_DIR;
    process.env.FRAMEWISE_DATA_DIR = '/nonexistent/framewise-data';
    try {
      const report = await runEval();
      expect(report.skipped).toBe('skipped: data not found');
      expect(report.rows).toEqual([]);
      expect(formatTable(report)).toContain('/nonexistent/framewise-data');
    } finally {
      if (before === undefined) delete process.env.FRAMEWISE_DATA_DIR;
      else process.env.FRAMEWISE_DATA_DIR = before;
    }
  });
});

describe('updateDoc', () => {
  it('replaces only the text between the eval-table markers', async () => {
    const { updateDoc } = await import('../../scripts/eval');
    const doc = 'intro\n<!-- eval-table:start -->\nold table\n<!-- eval-table:end -->\noutro\n';
    const report = {
      dataDir: '/d',
      model: { version: '1.0.0', createdAt: 'x', threshold: 0.4 },
      analyser: 'ready',
      rows: [{ id: 'r', task: 'Task', metric: 'macro-F1', value: 0.5, n: 10, target: 0.7, anchor: 'a', status: 'below target' as const }],
    };
    const out = updateDoc(doc, report, '2026-01-01');
    expect(out.startsWith('intro\n<!-- eval-table:start -->\n')).toBe(true);
    expect(out.endsWith('<!-- eval-table:end -->\noutro\n')).toBe(true);
    expect(out).not.toContain('old table');
    expect(out).toContain('| Task | macro-F1 | 0.500 | 10 | ≥ 0.70 | a | below target |');
    expect(() => updateDoc('no markers', report, 'd')).toThrow(/markers/);
  });
});

describe('calibration', () => {
  it('computes ECE and Brier on known values', async () => {
    const { calibration } = await import('../../scripts/eval/metrics');
    // bin 0.2–0.3: p 0.25 ×2, one positive (acc 0.5) → gap 0.25; bin 0.9–1: p 0.95 ×2, both positive → gap 0.05
    const r = calibration([0.25, 0.25, 0.95, 0.95], [true, false, true, true]);
    expect(r.ece).toBeCloseTo(0.5 * 0.25 + 0.5 * 0.05, 10);
    expect(r.brier).toBeCloseTo((0.75 ** 2 + 0.25 ** 2 + 0.05 ** 2 * 2) / 4, 10);
  });
});

describe('bootstrapInterval', () => {
  it('brackets the point estimate and is reproducible', async () => {
    const { bootstrapInterval, macroF1 } = await import('../../scripts/eval/metrics');
    const gold = Array.from({ length: 200 }, (_, i) => i % 2 === 0);
    const pred = gold.map((g, i) => (i % 5 === 0 ? !g : g)); // 80 % correct
    const point = macroF1(gold, pred);
    const [lo, hi] = bootstrapInterval(gold, pred, macroF1, 300);
    expect(lo).toBeLessThanOrEqual(point);
    expect(hi).toBeGreaterThanOrEqual(point);
    expect(hi - lo).toBeGreaterThan(0.02);
    expect(bootstrapInterval(gold, pred, macroF1, 300)).toEqual([lo, hi]);
  });
});
