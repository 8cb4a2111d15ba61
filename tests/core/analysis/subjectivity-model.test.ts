import { describe, expect, it } from 'vitest';
import {
  createSubjectivityModel,
  decodeWeights,
  encodeWeights,
  extractFeatures,
  lightStem,
  loadSubjectivityModel,
  DEFAULT_FEATURE_CONFIG,
} from '../../../src/core/analysis/subjectivity-model';
import modelFile from '../../../resources/models/subjectivity.json';
import { buildModel, trainLogistic, DEFAULT_TRAIN_OPTIONS } from '../../../scripts/train-subjectivity';
import type { LabelledSentence } from '../../../scripts/eval/datasets';

// Written for this test: unmistakable opinion versus plain reporting.
const OPINIONATED = [
  'This is the most shameful betrayal of ordinary workers I have ever seen.',
  'Frankly, the mayor’s plan is a ridiculous waste of everyone’s time and money.',
  'We must stop pretending that this disastrous policy can ever work.',
  'It is obvious that the council simply does not care about its poorest residents.',
  'What a pathetic, cowardly response from a government that should know better!',
  'Surely nobody still believes these absurd promises from a hopelessly corrupt party?',
];
const FACTUAL = [
  'The council approved the budget by 7 votes to 2 on Tuesday, according to the minutes.',
  'The company reported revenue of $4.2 billion for the third quarter of 2023.',
  'Police said 14 people were arrested after the march in central Lisbon.',
  'The bridge, which opened in 1932, carries about 40,000 vehicles a day.',
  'The minister told reporters that the talks would resume in March.',
  'Census figures published in June show the population grew by 3.1 percent.',
];

describe('subjectivity model', () => {
  const model = loadSubjectivityModel();

  it('returns probabilities in [0, 1] for ordinary and odd input', () => {
    const inputs = ['', '   ', '!!!', 'A', '12345', 'Ünïcödé “quotes” — and emoji 🎉', ...OPINIONATED, ...FACTUAL, 'word '.repeat(5000)];
    for (const s of inputs) {
      const p = model.predict(s);
      expect(Number.isFinite(p)).toBe(true);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(model.predict('')).toBe(0);
  });

  it('is deterministic across calls and across fresh loads of the same file', () => {
    const fresh = createSubjectivityModel(modelFile as never);
    for (const s of [...OPINIONATED, ...FACTUAL]) {
      expect(model.predict(s)).toBe(model.predict(s));
      expect(fresh.predict(s)).toBe(model.predict(s));
    }
  });

  it('ranks clearly opinionated sentences above clearly factual ones', () => {
    const po = OPINIONATED.map((s) => model.predict(s));
    const pf = FACTUAL.map((s) => model.predict(s));
    // every opinionated sentence scores above every factual one
    expect(Math.min(...po)).toBeGreaterThan(Math.max(...pf));
    expect(OPINIONATED.filter((s) => model.isSubjective(s)).length).toBeGreaterThanOrEqual(5);
    expect(FACTUAL.filter((s) => !model.isSubjective(s)).length).toBeGreaterThanOrEqual(5);
  });

  it('ignores unknown extra features and uses none it was not trained with', () => {
    const s = OPINIONATED[0];
    expect(model.predict(s, { notAFeature: 5 })).toBe(model.predict(s));
  });

  it('ships metadata: NewsSD-ENG only, calibration, threshold, hyperparameters', () => {
    const info = model.info;
    expect(info.trainedOn.join(' ')).toMatch(/NewsSD-ENG/);
    expect(info.trainedOn.join(' ')).not.toMatch(/CheckThat|BABE|ClaimBuster/i);
    expect(info.calibration.method).toBe('platt');
    expect(info.threshold).toBeGreaterThan(0);
    expect(info.threshold).toBeLessThan(1);
    expect(Object.keys(info.hyperparameters)).toContain('l2');
    expect(info.credits).toMatch(/CC BY 4\.0/);
  });

  it('refuses a model file built with another feature version', () => {
    expect(() => createSubjectivityModel({ ...(modelFile as never as object), featureVersion: -1 } as never)).toThrow(/feature version/);
  });
});

describe('features and weights', () => {
  it('round-trips int16-quantised weights within one quantisation step', () => {
    const w = [0, 1.5, -2.25, 1e-4, -3];
    const enc = encodeWeights(w);
    const dec = decodeWeights(enc.weights, enc.weightScale);
    w.forEach((x, i) => expect(Math.abs(dec[i] - x)).toBeLessThanOrEqual(enc.weightScale));
  });

  it('hashes into the configured space and stems lightly', () => {
    const x = extractFeatures('The councils voted, “clearly” a disaster!', DEFAULT_FEATURE_CONFIG);
    const limit = (1 << DEFAULT_FEATURE_CONFIG.hashBits) + 64;
    expect(x.indices.every((i) => i >= 0 && i < limit)).toBe(true);
    expect(x.indices.length).toBe(x.values.length);
    expect(lightStem('councils')).toBe('council');
    expect(lightStem('studies')).toBe('study');
  });
});

describe('training', () => {
  const make = (n: number): LabelledSentence[] => {
    const subj = ['awful', 'shameful', 'brilliant', 'ridiculous', 'disgraceful', 'wonderful'];
    const obj = ['Tuesday', 'March', '2021', 'the ministry', 'the court', 'police'];
    const out: LabelledSentence[] = [];
    for (let i = 0; i < n; i++) {
      out.push({ id: `s${i}`, text: `I think this ${subj[i % subj.length]} decision is truly ${subj[(i + 1) % subj.length]}.`, subjective: true });
      out.push({ id: `o${i}`, text: `The decision was announced by ${obj[i % obj.length]} on ${obj[(i + 2) % obj.length]}, officials said.`, subjective: false });
    }
    return out;
  };

  it('reproduces the same model bytes from the same inputs', () => {
    const data = make(15);
    const cfg = { ...DEFAULT_FEATURE_CONFIG, hashBits: 12 };
    const opts = { ...DEFAULT_TRAIN_OPTIONS, maxIter: 50 };
    const meta = { trainedOn: ['synthetic'], createdAt: 'test' };
    const a = JSON.stringify(buildModel(data, cfg, opts, meta).file);
    const b = JSON.stringify(buildModel(data, cfg, opts, meta).file);
    expect(a).toBe(b);
    const m = createSubjectivityModel(JSON.parse(a));
    expect(m.predict('I think this awful plan is truly shameful.')).toBeGreaterThan(m.predict('The plan was announced by the court on Monday, officials said.'));
  });

  it('fits a separable toy problem', () => {
    const X = [
      { indices: [0], values: [1] },
      { indices: [1], values: [1] },
      { indices: [0], values: [1] },
      { indices: [1], values: [1] },
    ];
    const y = [true, false, true, false];
    const m = trainLogistic(X, y, 2, { ...DEFAULT_TRAIN_OPTIONS, l2: 1e-3 });
    expect(m.weights[0] + m.bias).toBeGreaterThan(1);
    expect(m.weights[1] + m.bias).toBeLessThan(-1);
  });
});
