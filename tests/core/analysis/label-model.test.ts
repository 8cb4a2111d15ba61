import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../../src/core/analysis';
import { LABEL_DENSE_NAMES, loadLabelModel } from '../../../src/core/analysis/label-model';

const analyser = createAnalyser();
const sample = readFileSync(join(process.cwd(), 'resources', 'samples', 'oped-wendmoor-four-day-week.txt'), 'utf8');

describe('sentence-label model', () => {
  it('loads the bundled model, trained for the features the code computes', () => {
    expect(loadLabelModel()).not.toBeNull();
    expect(analyser.labellerLoaded).toBe(true);
    const file = JSON.parse(readFileSync(join(process.cwd(), 'resources', 'models', 'labeller.json'), 'utf8')) as { denseNames: string[] };
    expect(file.denseNames).toEqual([...LABEL_DENSE_NAMES]);
  });

  it('never lets `label` and `subjective` disagree, and its probabilities sum to 1', () => {
    const a = analyser.analyzeArticle(sample);
    for (const s of a.sentences) {
      expect(s.subjective).toBe(s.label === 'framing');
      expect(s.pSubjective).toBeCloseTo(s.probabilities.framing, 12);
      expect(s.probabilities.fact + s.probabilities.attributed + s.probabilities.framing).toBeCloseTo(1, 9);
    }
    for (const text of ['Yet again, the ministry has picked the easy option over the right one.', 'The council met on Monday.', 'Critics argue that the tax will hurt small businesses.']) {
      const s = analyser.analyzeSentence(text);
      expect(s.subjective).toBe(s.label === 'framing');
    }
  });

  it('gives every sentence of an article its place in the article as context', () => {
    const inputs = analyser.labelInputs(sample);
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs[0].input.context.first).toBe(1);
    expect(inputs[inputs.length - 1].input.context.last).toBe(1);
    expect(inputs.every((x) => x.input.context.standalone === 0)).toBe(true);
    expect(analyser.sentenceLabelInput('The council met on Monday.').context.standalone).toBe(1);
  });

  it('tells the model what the article has been so far: the writer\'s "I", reported sources, questions, quotes', () => {
    const oped = 'I have lived in Carrow for twenty years. I have never seen the council so careless.\n\nWhy should residents pay for its mistakes? The plan was approved on Monday.';
    const wire = 'The council approved the plan on Monday, officials said.\n\nThe plan was approved on Monday.';
    const last = (text: string) => analyser.labelInputs(text).at(-1)!.input.context;
    // The same closing sentence, after an op-ed's opening and after a wire report's.
    expect(last(oped).soFarFirstPerson).toBeCloseTo(2 / 4);
    expect(last(oped).soFarQuestion).toBeCloseTo(1 / 4);
    expect(last(oped).soFarAttributed).toBe(0);
    expect(last(wire).soFarFirstPerson).toBe(0);
    expect(last(wire).soFarAttributed).toBeCloseTo(1 / 2);
    // Only the article up to the end of the sentence's paragraph counts: the first paragraph does not see the second.
    const first = analyser.labelInputs(oped)[0].input.context;
    expect(first.soFarQuestion).toBe(0);
    expect(first.soFarFirstPerson).toBe(1);
    // "I" inside a quotation is the speaker's, not the writer's.
    expect(analyser.labelInputs('"I am worried," she said.')[0].input.context.soFarFirstPerson).toBe(0);
    expect(analyser.sentenceLabelInput('I think so.').context.soFarFirstPerson).toBe(0);
  });

  it('leaves a sentence without words to the rules (a plain fact), not to the model\'s bias', () => {
    expect(analyser.analyzeSentence('').label).toBe('fact');
    expect(analyser.analyzeSentence(' … ').label).toBe('fact');
  });

  it('falls back to the hand-weighted rules without the subjectivity model', () => {
    expect(createAnalyser({ subjectivity: null }).labellerLoaded).toBe(false);
  });
});

describe('sharing n-grams between the two sentence models', () => {
  it('folds the subjectivity model\'s n-grams whatever dense or word-vector blocks either model adds', async () => {
    const { foldable } = await import('../../../src/core/analysis/label-model');
    const { DEFAULT_FEATURE_CONFIG } = await import('../../../src/core/analysis/subjectivity-model');
    const subj = { ...DEFAULT_FEATURE_CONFIG, groupScale: { ...DEFAULT_FEATURE_CONFIG.groupScale, vec: 1 } };
    const label = { ...DEFAULT_FEATURE_CONFIG, hashBits: 14, groupScale: { ...DEFAULT_FEATURE_CONFIG.groupScale, vec: 8 } };
    const vector = { indices: [], values: [] };
    expect(foldable({ cfg: subj, vector }, label)).toBe(true);
    expect(foldable({ cfg: { ...subj, hashBits: 12 }, vector }, label)).toBe(false);
    expect(foldable({ cfg: { ...subj, bigrams: false }, vector }, label)).toBe(false);
  });

  it('gives the same probabilities with the shared n-grams as with its own', async () => {
    const model = loadLabelModel()!;
    const { loadSubjectivityModel } = await import('../../../src/core/analysis/subjectivity-model');
    const subj = loadSubjectivityModel();
    for (const input of analyser.labelInputs(sample).slice(0, 8).map((x) => x.input)) {
      const own = model.predict(input);
      const shared = model.predict(input, { cfg: subj.featureConfig, vector: subj.ngrams(input.text) });
      for (const k of ['fact', 'attributed', 'framing'] as const) expect(shared[k]).toBeCloseTo(own[k], 5);
    }
  });

  it('refuses a model file whose weights do not fit the code\'s features and word vectors', async () => {
    const { createLabelModel } = await import('../../../src/core/analysis/label-model');
    const file = JSON.parse(readFileSync(join(process.cwd(), 'resources', 'models', 'labeller.json'), 'utf8'));
    expect(() => createLabelModel(file)).not.toThrow();
    // The same weights read as if trained without the word-vector block.
    const noVectors = { ...file, featureConfig: { ...file.featureConfig, groupScale: { ...file.featureConfig.groupScale, vec: 0 } } };
    expect(() => createLabelModel(noVectors)).toThrow(/other word vectors/);
  });
});
