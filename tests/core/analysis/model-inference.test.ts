/**
 * The models' inference is written for speed (interleaved weights, shared features): these tests
 * recompute each score the plain way from the model file and require the same number, bit for bit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../../src/core/analysis';
import { labelFeatureVector, loadLabelModel, softmax3, type LabelModelFile } from '../../../src/core/analysis/label-model';
import { createSubjectivityModel, decodeWeights, DEFAULT_FEATURE_CONFIG, denseFeatures, hashedNgrams, lightStem, loadSubjectivityModel, ngramGroups, tokenize, type FeatureConfig, type SparseVector, type SubjectivityModelFile } from '../../../src/core/analysis/subjectivity-model';
import { createNlp } from '../../../src/core/analysis/nlp';
import { checkWorthyFeatures, checkWorthyHashed } from '../../../src/core/analysis/checkworthy-model';
import type { Token } from '../../../src/core/analysis/nlp';
import { loadSourceOwedModel, sourceOwedFeatures, sourceOwedHashed, sourceOwedModelFrom, type SourceOwedModelFile } from '../../../src/core/analysis/source-owed-model';

const analyser = createAnalyser();
const sample = readFileSync(join(process.cwd(), 'resources', 'samples', 'oped-wendmoor-four-day-week.txt'), 'utf8');

describe('label model inference', () => {
  it('gives exactly the per-class dot products of the model file', () => {
    const file = JSON.parse(readFileSync(join(process.cwd(), 'resources', 'models', 'labeller.json'), 'utf8')) as LabelModelFile;
    const W = file.weights.map((w, k) => decodeWeights(w, file.weightScale[k]));
    const model = loadLabelModel()!;
    const inputs = analyser.labelInputs(sample);
    expect(inputs.length).toBeGreaterThan(10);
    const subjectivity = loadSubjectivityModel();
    for (const { input } of inputs) {
      // Alone, and with the subjectivity model's n-grams folded in (as the analyser calls it).
      // …and with them unbuilt (ngramGroups), as the analyser passes them now.
      for (const shared of [undefined, { cfg: subjectivity.featureConfig, vector: subjectivity.ngrams(input.text) }, { cfg: subjectivity.featureConfig, vector: subjectivity.ngramGroups(input.text) }]) {
        const x = labelFeatureVector(input, file.featureConfig, file.denseMean, file.denseStd, shared);
        const z = W.map((w, k) => {
          let s = file.bias[k];
          for (let i = 0; i < x.indices.length; i++) s += w[x.indices[i]] * x.values[i];
          return s;
        });
        expect(model.predict(input, shared)).toEqual(softmax3(z, file.temperature));
      }
      const cfg = subjectivity.featureConfig;
      expect(labelFeatureVector(input, file.featureConfig, file.denseMean, file.denseStd, { cfg, vector: subjectivity.ngramGroups(input.text) }))
        .toEqual(labelFeatureVector(input, file.featureConfig, file.denseMean, file.denseStd, { cfg, vector: subjectivity.ngrams(input.text) }));
    }
  });
});

describe('subjectivity model inference', () => {
  it('scores a sentence the same whether or not its n-grams were asked for first, and whatever came before', () => {
    const file = JSON.parse(readFileSync(join(process.cwd(), 'resources', 'models', 'subjectivity.json'), 'utf8')) as SubjectivityModelFile;
    const sentences = ['Officials said the bridge would reopen on Monday.', 'This is, frankly, a disgraceful decision!', 'Officials said the bridge would reopen on Monday.'];
    const plain = sentences.map((s) => createSubjectivityModel(file).predict(s));
    const shared = createSubjectivityModel(file);
    // n-grams of one sentence, then scores of another: the remembered tokens must not leak across.
    const first = shared.ngrams(sentences[0]);
    expect(shared.predict(sentences[1])).toBe(plain[1]);
    expect(shared.predict(sentences[0], undefined, first)).toBe(plain[0]);
    sentences.forEach((s, k) => expect(shared.predict(s, undefined, shared.ngrams(s))).toBe(plain[k]));
    sentences.forEach((s, k) => expect(shared.predict(s, undefined, shared.ngramGroups(s))).toBe(plain[k]));
  });
});

describe('source-owed model inference', () => {
  it('gives the same probability with the check-worthiness cues passed in as computed itself', () => {
    const nlp = createNlp();
    const model = loadSourceOwedModel()!;
    for (const text of ['Unemployment fell to 3.4% last year, the lowest since 1969.', 'The minister will cut taxes by 10 percent.', 'Crime doubled in the city.']) {
      const toks = nlp.tokenize(text);
      const input = { toks, anchors: [], loaded: 1, question: false, hedges: 0, certainty: 1, framingCues: 0 };
      const cues = checkWorthyFeatures({ toks, anchors: [], loaded: 1, question: false });
      expect(model.probability(input, cues)).toBe(model.probability(input));
    }
  });

  it('sums the hashed weights of sourceOwedHashed in its order (the map is not built at inference)', () => {
    const nlp = createNlp();
    const file = JSON.parse(readFileSync(join(process.cwd(), 'resources', 'models', 'source-owed.json'), 'utf8')) as SourceOwedModelFile;
    const model = sourceOwedModelFrom(file);
    for (const text of ['Unemployment fell to 3.4% last year, the lowest since 1969.', 'Police said 14 people were hurt in the blast.', '']) {
      const toks = nlp.tokenize(text);
      const input = { toks, anchors: [], loaded: 0, question: false, hedges: 1, certainty: 0, framingCues: 2 };
      const f = sourceOwedFeatures(input);
      let z = file.bias;
      for (let i = 0; i < file.dense.length; i++) z += file.dense[i] * ((f[i] - file.mean[i]) / file.scale[i]);
      for (const [k, v] of sourceOwedHashed(toks)) z += file.hashed[k] * v;
      expect(model.probability(input)).toBe(1 / (1 + Math.exp(-z)));
    }
  });
});

/** checkWorthyHashed as first written: strings built and hashed whole, a Set for first-seen order. */
function referenceHashed(toks: Token[], bits: number): Map<number, number> {
  const fnv = (s: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const mask = (1 << bits) - 1;
  const keys = new Set<number>();
  const words: string[] = [];
  for (const t of toks) {
    if (t.pos === 'PUNCT' || t.pos === 'SYM') continue;
    const isNumber = t.type === 'number' || /^\d/.test(t.text);
    const w = isNumber ? '<num>' : t.lemma;
    words.push(w);
    keys.add(fnv('u:' + w) & mask);
    if (isNumber) continue;
    const padded = ' ' + t.norm + ' ';
    for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) keys.add(fnv('c:' + padded.slice(i, i + n)) & mask);
  }
  for (let i = 0; i <= words.length; i++) keys.add(fnv('b:' + (words[i - 1] ?? '<s>') + ' ' + (words[i] ?? '</s>')) & mask);
  const value = 1 / (Math.sqrt(keys.size) || 1);
  return new Map([...keys].map((k) => [k, value]));
}

describe('check-worthiness hashed features', () => {
  it('are the keys of the plain string-and-Set computation, in the same order, for both hash sizes', () => {
    const nlp = createNlp();
    const texts = [sample.slice(0, 2000), 'Unemployment fell to 3.4% in 2019.', '', '!!!', 'Crime crime CRIME doubled doubled.'];
    // Twice over: the second pass reads each word's hashes from the per-word caches.
    for (let pass = 0; pass < 2; pass++) {
      for (const text of texts) {
        const toks = nlp.tokenize(text);
        for (const bits of [16, 12, 4]) expect([...checkWorthyHashed(toks, bits)]).toEqual([...referenceHashed(toks, bits)]);
      }
    }
  });
});

/** hashedNgrams as first written: whole strings hashed, one index list per group copied in. */
function referenceNgrams(text: string, cfg: FeatureConfig): SparseVector {
  const fnv = (x: string, seed: number): number => {
    let h = (0x811c9dc5 ^ seed) >>> 0;
    for (let i = 0; i < x.length; i++) h = Math.imul(h ^ x.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const mask = (1 << cfg.hashBits) - 1;
  const out: SparseVector = { indices: [], values: [] };
  const add = (idx: number[], scale: number): void => {
    if (idx.length === 0 || scale === 0) return;
    for (const i of idx) {
      out.indices.push(i);
      out.values.push(scale / Math.sqrt(idx.length));
    }
  };
  const tokens = tokenize(text);
  const words = tokens.filter((t) => /^[\p{L}\p{N}]/u.test(t)).map((t) => (/^\d/.test(t) ? '0' : t));
  if (cfg.unigrams) add(tokens.map((t) => fnv(/^\d/.test(t) ? '0' : t, 1) & mask), cfg.groupScale.uni);
  if (cfg.bigrams) add([...words, '</s>'].map((w, i) => fnv((i ? words[i - 1] : '<s>') + ' ' + w, 2) & mask), cfg.groupScale.bi);
  if (cfg.stems) add(words.map((w) => fnv(lightStem(w), 4) & mask), cfg.groupScale.stem);
  if (cfg.charNgrams) {
    const idx: number[] = [];
    for (const w of words) {
      const padded = ' ' + w + ' ';
      for (let n = cfg.charNgrams[0]; n <= cfg.charNgrams[1]; n++) for (let k = 0; k + n <= padded.length; k++) idx.push(fnv(padded.slice(k, k + n), 3 + n) & mask);
    }
    add(idx, cfg.groupScale.char);
  }
  return out;
}

describe('subjectivity tokens', () => {
  it('are the Unicode regex\'s matches, whether the ASCII scan or the regex found them', () => {
    const reference = (text: string): string[] =>
      (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[!?"“”‘’():;—–-]/gu) ?? []).map((t) => t.replace(/’/g, "'"));
    const texts = [
      sample.slice(0, 3000), '', ' ', '—', "rock-'n'-roll isn't it’s ’tis o' a- -a -- 'quoted' “Double” ‘single’",
      'x—y, 3.4% of 1,000; (A) B: C? D! e–f', 'café naïve Ünited São Paulo', 'smile 😀 ok', 'tab\there\u00a0nbsp', "end-", "end'", 'end’',
      'ABC-DEF GHI’JKL', '12-34 5’6 7\'8',
    ];
    for (const text of texts) expect(tokenize(text)).toEqual(reference(text));
  });
});

describe('subjectivity dense cues', () => {
  it('count words and capitalised words as the regexes they were written with do', () => {
    const texts = [
      sample.slice(0, 1500), 'It’s 2024 and 3.4% of “them” said no!', '', '—', 'A',
      "O'Brien-Smith met Ülla and Éric at 10,000 ft; the U.S.-led 'Plan B' (2.5%) failed — Mr. Ng’s view.",
      '12abc Def 3x4 GHI jkl-Mno ’Pq',
    ];
    for (const text of texts) {
      const words = tokenize(text).filter((t) => /^[\p{L}\p{N}]/u.test(t)).length;
      const raw = text.match(/[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*/g) ?? [];
      const caps = raw.slice(1).filter((w) => /^[A-Z]/.test(w)).length;
      const f = denseFeatures(text);
      expect(f[25]).toBe(Math.log1p(words) / 4);
      expect(f[18]).toBe(Math.min(1, (caps / Math.max(words, 1)) * 3));
    }
  });

  it('are the same read from the tokens\' cached entries as looked up token by token', () => {
    const texts = [sample.slice(0, 1500), 'It’s 2024 and 3.4% of “them” said no!', '', '—', "We can't, and they shouldn't: it is clearly the worst."];
    const cfg = loadSubjectivityModel().featureConfig;
    // Twice over: the second pass reads each entry's cue bits remembered by the first.
    for (let pass = 0; pass < 2; pass++) {
      for (const text of texts) {
        const tokens = tokenize(text);
        expect(denseFeatures(text, tokens, ngramGroups(cfg, tokens).all)).toEqual(denseFeatures(text, tokens));
      }
    }
  });
});

describe('subjectivity hashed n-grams', () => {
  it('are the plain computation\'s indices and values, in order, for the shipped and other configs', () => {
    const configs: FeatureConfig[] = [
      loadSubjectivityModel().featureConfig,
      DEFAULT_FEATURE_CONFIG,
      { ...DEFAULT_FEATURE_CONFIG, hashBits: 10, charNgrams: [2, 4], groupScale: { ...DEFAULT_FEATURE_CONFIG.groupScale, bi: 0, stem: 0 } },
      { ...DEFAULT_FEATURE_CONFIG, unigrams: false, stems: false, charNgrams: null },
    ];
    const texts = [sample.slice(0, 1500), 'It’s 2024 and 3.4% of “them” said no!', '', '—'];
    // Twice over: the second pass reads every token's hashes from the per-token cache, which
    // must keep configs with different hash sizes and n-gram ranges apart.
    for (let pass = 0; pass < 2; pass++) {
      for (const cfg of configs) for (const text of texts) expect(hashedNgrams(text, cfg)).toEqual(referenceNgrams(text, cfg));
    }
  });
});

describe('a subjectivity model file that does not fit the code', () => {
  it('is refused rather than read with the wrong weights', () => {
    const file = JSON.parse(readFileSync(join(process.cwd(), 'resources', 'models', 'subjectivity.json'), 'utf8')) as SubjectivityModelFile;
    expect(() => createSubjectivityModel(file)).not.toThrow();
    const noVectors = { ...file, featureConfig: { ...file.featureConfig, groupScale: { ...file.featureConfig.groupScale, vec: 0 } } };
    expect(() => createSubjectivityModel(noVectors)).toThrow(/need/);
    expect(() => createSubjectivityModel({ ...file, denseFeatures: file.denseFeatures.slice(1) })).toThrow(/need/);
  });
});
