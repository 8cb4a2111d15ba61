import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyser, type Analyser } from '../../../src/core/analysis/index';
import { createNlp } from '../../../src/core/analysis/nlp';
import {
  CHECKWORTHY_FEATURES, checkWorthyFeatures, checkWorthyHashed, checkWorthyModelFrom, loadCheckWorthyModel,
  type CheckWorthyModelFile,
} from '../../../src/core/analysis/checkworthy-model';

let analyser: Analyser;
let rulesOnly: Analyser;
const nlp = createNlp();

beforeAll(() => {
  analyser = createAnalyser();
  rulesOnly = createAnalyser({ checkWorthy: null });
});

const feature = (text: string, name: (typeof CHECKWORTHY_FEATURES)[number]): number => {
  const toks = nlp.tokenize(text);
  return checkWorthyFeatures({ toks, anchors: [], loaded: 0, question: text.endsWith('?') })[CHECKWORTHY_FEATURES.indexOf(name)];
};

describe('check-worthiness features', () => {
  it('sees tense, future, modality, person and opinion frames', () => {
    expect(feature('The council approved the budget.', 'past_verbs')).toBeGreaterThan(0);
    expect(feature('The council will approve the budget.', 'future')).toBe(1);
    expect(feature('We are going to build it.', 'future')).toBe(1);
    expect(feature('The council should approve the budget.', 'modal')).toBe(1);
    expect(feature('I think the council is wrong.', 'opinion_frame')).toBe(1);
    expect(feature('I do not believe that.', 'opinion_frame')).toBe(1);
    expect(feature('Our taxes are higher than theirs.', 'comparative')).toBe(1);
    expect(feature('Is that fair?', 'question')).toBe(1);
    expect(feature('Give me one more minute.', 'imperative')).toBe(1);
  });

  it('hashes lexical features deterministically and L2-normalises them', () => {
    const toks = nlp.tokenize('Unemployment fell to 4 percent.');
    const a = checkWorthyHashed(toks);
    const b = checkWorthyHashed(nlp.tokenize('Unemployment fell to 9 percent.'));
    expect([...a.entries()]).toEqual([...b.entries()]); // numbers collapse to one token, without character grams
    const norm = Math.sqrt([...a.values()].reduce((s, v) => s + v * v, 0));
    expect(norm).toBeCloseTo(1, 6);
  });
});

describe('the bundled check-worthiness model', () => {
  it('loads and matches the feature list of this code', () => {
    const m = loadCheckWorthyModel();
    expect(m).not.toBeNull();
    expect(m!.threshold).toBeGreaterThan(m!.anchorThreshold);
  });

  it('refuses a model trained on other features', () => {
    const file = JSON.parse(readFileSync(new URL('../../../resources/models/checkworthy.json', import.meta.url), 'utf8')) as CheckWorthyModelFile;
    expect(() => checkWorthyModelFrom({ ...file, features: file.features.slice(1) })).toThrow(/different features/);
    expect(() => checkWorthyModelFrom({ ...file, kind: 'x' as 'framewise-checkworthy' })).toThrow();
  });

  it('was trained only on our own sentences', () => {
    const file = JSON.parse(readFileSync(new URL('../../../resources/models/checkworthy.json', import.meta.url), 'utf8')) as CheckWorthyModelFile;
    expect(String(file.training.data)).toMatch(/Framewise team/);
    expect(JSON.stringify(file.training)).not.toMatch(/ClaimBuster.*train|BABE|CheckThat/i);
  });

  // Sentences written for this test (not from any dataset).
  it.each([
    'The county closed four of its nine libraries in 2021.',
    'Imports of steel doubled between 2015 and 2020.',
    'The senator voted against the water bill twice.',
    'Bus fares have risen faster than wages for a decade.',
  ])('flags a checkable factual claim: %s', (text) => {
    const s = analyser.analyzeSentence(text);
    expect(s.checkWorthy).toBe(true);
    expect(s.pCheckWorthy).toBeGreaterThan(0.2);
  });

  it.each([
    'I will cut your taxes by 10 percent in my first year.',
    'If we spend another billion dollars, nothing will change.',
    'I think the river plan is a mistake.',
    'How many more years do we have to wait?',
    'Thank you all for coming tonight.',
  ])('does not flag a promise, hypothetical, opinion, question or courtesy: %s', (text) => {
    expect(analyser.analyzeSentence(text).checkWorthy).toBe(false);
  });

  it('vetoes an anchor in a promise that the anchor rule alone would flag', () => {
    const text = 'I will cut your taxes by 10 percent in my first year.';
    expect(rulesOnly.analyzeSentence(text).checkWorthy).toBe(true);
    expect(analyser.analyzeSentence(text).checkWorthy).toBe(false);
  });

  it('keeps the claim object consistent with the flag', () => {
    const s = analyser.analyzeSentence('The senator voted against the water bill twice.');
    expect(s.claim).not.toBeNull();
    expect(s.claim!.anchors.every((a) => a.text === 'The senator voted against the water bill twice.'.slice(a.start, a.end))).toBe(true);
    expect(rulesOnly.analyzeSentence('Thank you.').pCheckWorthy).toBeUndefined();
  });
});
