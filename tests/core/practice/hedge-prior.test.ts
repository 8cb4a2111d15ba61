import { describe, expect, it } from 'vitest';
import { bundledHedgePrior, HEDGE_PRIOR_FORMAT, hedgePriorSignals, priorWords, unmarkedGrams, wordAfter, type HedgePriorFile } from '../../../src/core/practice/hedge-prior';

const prior: HedgePriorFile = {
  format: HEDGE_PRIOR_FORMAT,
  version: 'test',
  // "could" is marked by keys 60 times in 100; "could fall" 19 in 20, "could see" 1 in 20.
  mark: { could: [100, 60], 'could|fall': [20, 19], 'could|see': [20, 1], may: [50, 45] },
  miss: { usually: [18, 16], 'at least': [8, 6], least: [30, 6] },
};

describe('hedge prior words', () => {
  it('splits lower-case words with curly apostrophes straightened', () => {
    expect(priorWords('The Board’s plan — 14,000 “extra” beds')).toEqual(['the', "board's", 'plan', 'extra', 'beds']);
  });

  it('finds the word after a marker, or says where there is none', () => {
    const words = priorWords('Prices could fall again, the bank said it could.');
    expect(wordAfter(words, 'could')).toBe('fall');
    expect(wordAfter(words, 'expects to')).toBe('<none>');
    expect(wordAfter(priorWords('It could.'), 'could')).toBe('<end>');
  });

  it('leaves the words and pairs inside a marker out of the unmarked grams', () => {
    const grams = unmarkedGrams(priorWords('Rents may rise at least a little'), ['may']);
    expect(grams).toContain('at least');
    expect(grams).toContain('rents');
    expect(grams).not.toContain('may');
    expect(grams).not.toContain('may rise');
  });
});

describe('hedgePriorSignals', () => {
  it('rates a marker by the word after it, backing off to the marker alone', () => {
    const fall = hedgePriorSignals(prior, 'Prices could fall next year.', ['could']).mark;
    const see = hedgePriorSignals(prior, 'The board could see 14,000 patients a year.', ['could']).mark;
    const other = hedgePriorSignals(prior, 'The dam could burst.', ['could']).mark;
    expect(fall).toBeGreaterThan(0.8);
    expect(see).toBeLessThan(0.3);
    // An unseen pair takes the marker's own rate (60 + 1) / (100 + 1.5).
    expect(other).toBeCloseTo(61 / 101.5, 6);
  });

  it('takes the weakest of several markers, and 1 when there is none', () => {
    const both = hedgePriorSignals(prior, 'It may be that prices could see a rise.', ['may', 'could']).mark;
    expect(both).toBeLessThan(0.3);
    expect(hedgePriorSignals(prior, 'The vote was held on Tuesday.', []).mark).toBe(1);
  });

  it('scores "neither" by the unmarked word a key most often marked', () => {
    const usual = hedgePriorSignals(prior, 'Buses usually run late.', []).miss;
    expect(usual).toBeCloseTo(16.1 / 20, 6);
    // "at least" as a pair outranks "least" alone; a marked word is not counted as missed.
    expect(hedgePriorSignals(prior, 'At least 40 people came.', []).miss).toBeCloseTo(6.1 / 10, 6);
    expect(hedgePriorSignals(prior, 'Buses usually run late.', ['usually']).miss).toBeCloseTo(0, 6);
    expect(hedgePriorSignals(prior, 'The vote was held on Tuesday.', []).miss).toBe(0);
  });

  it('ships a table counted on the training keys', () => {
    expect(bundledHedgePrior.format).toBe(HEDGE_PRIOR_FORMAT);
    expect(Object.keys(bundledHedgePrior.mark).length).toBeGreaterThan(100);
    // Keys mark "may" as a hedge far more often than "could" of every kind.
    const rate = (k: string) => bundledHedgePrior.mark[k][1] / bundledHedgePrior.mark[k][0];
    expect(rate('may')).toBeGreaterThan(0.5);
  });
});
