/**
 * The sentence-label model: a three-class (fact / attributed / framing) multinomial logistic
 * regression, trained by scripts/train-labeller.ts on articles and sentences we may ship (our own
 * keyed articles and NewsSD-ENG re-labelled into three classes, CC BY 4.0). It replaces the
 * hand-set weights of scoring.ts, which remain as the fallback when the model cannot load.
 *
 * Inputs are what the analyser already computes, so a learned weight can combine them:
 *  - the rule features of the sentence (attributions, quote coverage, loaded words, framing cues,
 *    anchors, part-of-speech ratios, …: scoring.ts FEATURE_NAMES), squashed to comparable ranges;
 *  - the subjectivity model's log-odds;
 *  - the sentence's place in the article and whether its neighbours are attributed or quoted
 *    (a continued quotation, a lead, a closing prediction);
 *  - hashed word / bigram / stem / character n-grams of the sentence (subjectivity-model.ts's
 *    extractor, smaller hash space), so framing without any listed word can be learned;
 *  - the sentence's mean word vector (word-vectors.ts), so what is learned on one evaluative word
 *    carries to its neighbours in meaning.
 * Probabilities are temperature-scaled on out-of-fold predictions (grouped by article).
 */
import bundled from '../../../resources/models/labeller.json';
import { decodeWeights, hashedNgrams, sentenceVectorOf, vectorBlockSize, type FeatureConfig, type NgramGroups, type SparseVector } from './subjectivity-model';
import { FEATURE_NAMES, type FeatureVector } from './scoring';
import type { SentenceLabel } from './types';

export const LABEL_FEATURE_VERSION = 3;
export const LABELS: readonly SentenceLabel[] = ['fact', 'attributed', 'framing'];

export interface LabelContext {
  /** 1 for a sentence given alone (no article around it). */
  standalone: number;
  /** First sentence of the article body. */
  first: number;
  /** Inside the first paragraph. */
  firstParagraph: number;
  /** Position of the sentence in the article, 0 (first) … 1 (last). */
  relativePosition: number;
  /** Last sentence of the article. */
  last: number;
  prevAttributed: number;
  nextAttributed: number;
  /** Share of the previous / next sentence inside quotation marks. */
  prevQuoted: number;
  nextQuoted: number;
  /** The sentence opens inside a quotation that started in an earlier sentence. */
  continuesQuote: number;
  /**
   * The article so far (every sentence up to the end of this one's paragraph): the share of
   * sentences with the writer's own "I/we" outside quotation marks, with a reported source, ending
   * in a question mark outside quotes, and the mean share inside quotation marks. An op-ed reads
   * differently from a wire report from its first paragraph on, and a sentence with no cue of its
   * own ("His colleagues dismissed it in under ten minutes.") is framing in one and fact in the
   * other. Only what precedes is used, so the analysis stays one pass over the article.
   */
  soFarFirstPerson: number;
  soFarAttributed: number;
  soFarQuestion: number;
  soFarQuoted: number;
}

export const STANDALONE_CONTEXT: LabelContext = {
  standalone: 1, first: 0, firstParagraph: 0, relativePosition: 0.5, last: 0,
  prevAttributed: 0, nextAttributed: 0, prevQuoted: 0, nextQuoted: 0, continuesQuote: 0,
  soFarFirstPerson: 0, soFarAttributed: 0, soFarQuestion: 0, soFarQuoted: 0,
};

export interface LabelInput {
  text: string;
  features: FeatureVector;
  /** The subjectivity model's calibrated P(subjective), or null without it. */
  pSubjective: number | null;
  context: LabelContext;
}

export const CONTEXT_NAMES = Object.keys(STANDALONE_CONTEXT) as (keyof LabelContext)[];

/** Names of the dense block, in weight order. */
export const LABEL_DENSE_NAMES: readonly string[] = [
  ...FEATURE_NAMES.map((n) => `rule:${n}`),
  'subjectivity_logit',
  'has_subjectivity',
  ...CONTEXT_NAMES.map((n) => `ctx:${n}`),
];

const COUNT_FEATURES = new Set<string>([
  'n_tokens', 'report_neutral', 'report_stance', 'loaded_writer', 'loaded_source', 'hedge_writer', 'hedge_source',
  'certainty_writer', 'intensifier_writer', 'interpretation', 'motive', 'prediction', 'call_to_action', 'first_person',
  'anchors', 'numbers', 'dates', 'comparisons',
]);

function logit(p: number): number {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
}

/** The dense block before standardisation. Counts are log-squashed so one long sentence cannot dominate. */
export function denseLabelFeatures(input: LabelInput): number[] {
  const out: number[] = [];
  for (const name of FEATURE_NAMES) {
    const v = input.features[name] ?? 0;
    out.push(COUNT_FEATURES.has(name) ? Math.log1p(Math.max(0, v)) : v);
  }
  out.push(input.pSubjective === null ? 0 : logit(input.pSubjective) / 4);
  out.push(input.pSubjective === null ? 0 : 1);
  for (const n of CONTEXT_NAMES) out.push(input.context[n]);
  return out;
}

export interface LabelModelFile {
  format: 'framewise-label-mlr';
  version: string;
  featureVersion: number;
  createdAt: string;
  trainedOn: string[];
  featureConfig: FeatureConfig;
  denseNames: string[];
  denseMean: number[];
  denseStd: number[];
  /** Per class (LABELS order): little-endian int16 weights (hash space, dense, word vectors if any), base64. */
  weights: string[];
  weightScale: number[];
  bias: number[];
  /** Softmax temperature fitted on out-of-fold predictions (1 = none). */
  temperature: number;
  hyperparameters: Record<string, number | string | boolean>;
  metrics: Record<string, number>;
  credits: string;
}

export interface LabelModel {
  /** Calibrated probabilities over the three labels (they sum to 1). */
  predict(input: LabelInput, shared?: SharedNgrams): Record<SentenceLabel, number>;
  readonly version: string;
}

/**
 * Hashed n-grams another model already computed for the same sentence, and the config it used:
 * as a vector (hashedNgrams) or unbuilt (ngramGroups, what the analyser passes).
 */
export interface SharedNgrams {
  cfg: FeatureConfig;
  vector: SparseVector | NgramGroups;
}

/** ngramGroups' entries in hashedNgrams' order, indices masked by `mask` (folded into a smaller hash space). */
function eachGroupEntry(g: NgramGroups, mask: number, visit: (index: number, value: number) => void): void {
  if (g.uni !== 0) for (const e of g.all) visit(e.uni & mask, g.uni);
  if (g.bi !== 0) for (const b of g.bigrams) visit(b & mask, g.bi);
  if (g.stem !== 0) for (const e of g.words) visit(e.stem & mask, g.stem);
  if (g.char !== 0) for (const e of g.words) for (let k = 0; k < e.chars.length; k++) visit(e.chars[k] & mask, g.char);
}

/**
 * eachGroupEntry summed straight into the classes' scores `z` from class-interleaved weights (no
 * callback per entry: this is the label model's inner loop). Same products, same order.
 */
function sumGroups(z: number[], g: NgramGroups, w: Float32Array, classes: number, mask: number): void {
  const add = (index: number, v: number): void => {
    const base = (index & mask) * classes;
    for (let k = 0; k < classes; k++) z[k] += w[base + k] * v;
  };
  if (g.uni !== 0) for (const e of g.all) add(e.uni, g.uni);
  if (g.bi !== 0) for (const b of g.bigrams) add(b, g.bi);
  if (g.stem !== 0) for (const e of g.words) add(e.stem, g.stem);
  if (g.char !== 0) {
    const v = g.char;
    for (const e of g.words) {
      const chars = e.chars;
      for (let i = 0; i < chars.length; i++) {
        const base = (chars[i] & mask) * classes;
        for (let k = 0; k < classes; k++) z[k] += w[base + k] * v;
      }
    }
  }
}

/** Same extractor settings apart from a hash space at least as large: the vector can be folded. */
export function foldable(shared: SharedNgrams, cfg: FeatureConfig): boolean {
  // Asked once per sentence with the same two config objects: remember the answer per pair.
  let known = foldableCache.get(shared.cfg);
  if (!known) foldableCache.set(shared.cfg, (known = new WeakMap()));
  let answer = known.get(cfg);
  if (answer === undefined) known.set(cfg, (answer = foldableUncached(shared, cfg)));
  return answer;
}

/** Model configs are read-only once loaded, so the answer for a pair of them never changes. */
const foldableCache = new WeakMap<FeatureConfig, WeakMap<FeatureConfig, boolean>>();

function foldableUncached(shared: SharedNgrams, cfg: FeatureConfig): boolean {
  // Only the n-gram settings matter: the dense and word-vector blocks are not part of the n-grams.
  const a = { ...shared.cfg, hashBits: 0, groupScale: { ...shared.cfg.groupScale, dense: 0, vec: 0 } };
  const b = { ...cfg, hashBits: 0, groupScale: { ...cfg.groupScale, dense: 0, vec: 0 } };
  return shared.cfg.hashBits >= cfg.hashBits && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Sparse hashed n-grams, the standardised dense block at index 2^hashBits, then (with `vec`) the
 * sentence's mean word vector. The
 * n-grams are the subjectivity model's, folded into this model's smaller hash space (the same
 * hash, masked), when the caller passes them; otherwise they are computed here.
 */
export function labelFeatureVector(input: LabelInput, cfg: FeatureConfig, mean?: ArrayLike<number>, std?: ArrayLike<number>, shared?: SharedNgrams): SparseVector {
  const out: SparseVector = { indices: [], values: [] };
  eachLabelFeature(input, cfg, mean, std, shared, (index, value) => {
    out.indices.push(index);
    out.values.push(value);
  });
  return out;
}

/**
 * labelFeatureVector's entries, in its order, handed to `visit` one by one: the model sums them
 * straight into its scores instead of building the vector (two arrays of hundreds of numbers per
 * sentence), with the same products added in the same order.
 */
function eachLabelFeature(
  input: LabelInput, cfg: FeatureConfig, mean: ArrayLike<number> | undefined, std: ArrayLike<number> | undefined,
  shared: SharedNgrams | undefined, visit: (index: number, value: number) => void,
): void {
  eachNgramFeature(input, cfg, shared, visit);
  eachDenseFeature(input, cfg, mean, std, visit);
}

/** The n-gram part of eachLabelFeature. */
function eachNgramFeature(input: LabelInput, cfg: FeatureConfig, shared: SharedNgrams | undefined, visit: (index: number, value: number) => void): void {
  const size = 1 << cfg.hashBits;
  if (shared && foldable(shared, cfg)) {
    const vector = shared.vector;
    // ngramGroups' indices are all below 2^hashBits of the config they were made with.
    if ('all' in vector) return eachGroupEntry(vector, size - 1, visit);
    const wide = 1 << shared.cfg.hashBits;
    for (let i = 0; i < vector.indices.length; i++) {
      const j = vector.indices[i];
      if (j < wide) visit(j & (size - 1), vector.values[i]);
    }
  } else {
    const own = hashedNgrams(input.text, cfg);
    for (let i = 0; i < own.indices.length; i++) visit(own.indices[i], own.values[i]);
  }
}

/** The standardised dense block and the word-vector block of eachLabelFeature (after the n-grams). */
function eachDenseFeature(
  input: LabelInput, cfg: FeatureConfig, mean: ArrayLike<number> | undefined, std: ArrayLike<number> | undefined,
  visit: (index: number, value: number) => void,
): void {
  const size = 1 << cfg.hashBits;
  const dense = denseLabelFeatures(input);
  for (let k = 0; k < dense.length; k++) {
    const v = (dense[k] - (mean ? mean[k] : 0)) / ((std ? std[k] : 1) || 1);
    if (v !== 0) visit(size + k, v);
  }
  const vecScale = cfg.groupScale.vec ?? 0;
  if (vecScale !== 0) {
    const at = size + dense.length;
    const v = sentenceVectorOf(input.text);
    for (let k = 0; k < v.length; k++) if (v[k] !== 0) visit(at + k, v[k] * vecScale);
  }
}


export function softmax3(z: number[], temperature = 1): Record<SentenceLabel, number> {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp((v - m) / temperature));
  const s = e[0] + e[1] + e[2];
  return { fact: e[0] / s, attributed: e[1] / s, framing: e[2] / s };
}

export function createLabelModel(file: LabelModelFile): LabelModel {
  if (file.format !== 'framewise-label-mlr') throw new Error('Not a Framewise label model file');
  if (file.featureVersion !== LABEL_FEATURE_VERSION) throw new Error('Label model feature version mismatch: run npm run train:labeller');
  if (file.denseNames.join('|') !== LABEL_DENSE_NAMES.join('|')) throw new Error('Label model dense features differ from the code: run npm run train:labeller');
  const W = file.weights.map((w, k) => decodeWeights(w, file.weightScale[k]));
  const expected = (1 << file.featureConfig.hashBits) + LABEL_DENSE_NAMES.length + vectorBlockSize(file.featureConfig);
  if (W.some((w) => w.length !== expected)) throw new Error('Label model was trained for other word vectors: run npm run train:labeller');
  // The classes' weights interleaved (feature j of class k at j * classes + k), so one feature's
  // weights share a cache line: the sparse dot products jump around a large weight table and
  // were bound by memory reads. Each class still sums the same float32 values in the same order.
  const classes = W.length;
  const width = classes ? W[0].length : 0;
  const interleaved = new Float32Array(width * classes);
  for (let k = 0; k < classes; k++) for (let j = 0; j < width; j++) interleaved[j * classes + k] = W[k][j];
  return {
    version: file.version,
    predict(input, shared) {
      const z: number[] = file.bias.slice(0, classes);
      const cfg = file.featureConfig;
      const add = (index: number, v: number): void => {
        const base = index * classes;
        for (let k = 0; k < classes; k++) z[k] += interleaved[base + k] * v;
      };
      if (shared && 'all' in shared.vector && foldable(shared, cfg)) sumGroups(z, shared.vector, interleaved, classes, (1 << cfg.hashBits) - 1);
      else eachNgramFeature(input, cfg, shared, add);
      eachDenseFeature(input, cfg, file.denseMean, file.denseStd, add);
      return softmax3(z, file.temperature);
    },
  };
}

/** The bundled model, or null when it is missing or was trained for other features. */
export function loadLabelModel(): LabelModel | null {
  try {
    const file = bundled as unknown as LabelModelFile;
    if (!file || file.format !== 'framewise-label-mlr') return null;
    return createLabelModel(file);
  } catch {
    return null;
  }
}
