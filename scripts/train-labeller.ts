/**
 * npm run train:labeller [-- --cv] [-- --check]
 *
 * Trains the sentence-label model (src/core/analysis/label-model.ts) and writes
 * resources/models/labeller.json. Training data, all of it shippable:
 *  - our keyed articles: resources/samples/*.key.json and scripts/data/articles/<batch>/*.key.json
 *    (written by the Framewise team, MIT), each sentence analysed in its article as the app does;
 *  - NewsSD-ENG train + val re-labelled into the three labels by our team
 *    (scripts/data/newssd-eng-3label.tsv; the sentences themselves are read from ../shared/data,
 *    CC BY 4.0, credited in resources/models/CREDITS.md). NewsSD-ENG test is never used.
 * The subjectivity model was itself trained on NewsSD-ENG train + val, so for those rows its
 * probability is replaced by a 5-fold out-of-fold estimate (otherwise the label model would learn
 * to over-trust an input that is in-sample only here).
 *
 * Regularisation is chosen by 5-fold cross-validation grouped by WRITER (each batch of articles was
 * written by one person, so its articles share a style; a fold holds out whole batches, which is how
 * a new user's article differs from the training set); the softmax temperature
 * is fitted on the out-of-fold scores of the chosen setting. No held-out article
 * (tests/heldout) and no evaluation-only dataset is read. Output is byte-reproducible.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyser, type Analyser } from '../src/core/analysis/analyser';
import {
  LABEL_DENSE_NAMES, LABEL_FEATURE_VERSION, LABELS, denseLabelFeatures, labelFeatureVector,
  type LabelInput, type LabelModelFile,
} from '../src/core/analysis/label-model';
import { DEFAULT_FEATURE_CONFIG, encodeWeights, vectorBlockSize, type FeatureConfig } from '../src/core/analysis/subjectivity-model';
import type { SentenceLabel } from '../src/core/analysis/types';
import type { AnswerKey } from '../src/core/samples/answer-key';
import { cleanText } from '../src/core/text/clean';
import { dataAvailable, loadNewsSd } from './eval/datasets';
import { findSentence } from './eval/matching';
import { fitTemperature, softmaxScores, trainSoftmax, type SoftmaxModel, type SoftmaxOptions } from './lib/softmax-regression';
import { outOfFoldScores, SHIPPED_FEATURE_CONFIG as SUBJ_CONFIG, SHIPPED_TRAIN_OPTIONS as SUBJ_OPTIONS } from './train-subjectivity';
import subjectivityFile from '../resources/models/subjectivity.json';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const LABELLER_PATH = resolve(repoRoot, 'resources', 'models', 'labeller.json');
export const ARTICLES_DIR = resolve(repoRoot, 'scripts', 'data', 'articles');
export const SAMPLES_DIR = resolve(repoRoot, 'resources', 'samples');
export const NEWSSD_3LABEL_PATH = resolve(repoRoot, 'scripts', 'data', 'newssd-eng-3label.tsv');
/** Bumped by hand when the model is deliberately retrained (the clock would break reproducibility). */
export const LABELLER_DATE = '2026-12-06';

/**
 * The sentence's mean word vector enters at scale 8: chosen by out-of-fold log loss over 0, 1, 2, 4,
 * 8, 16, 32 (0.3156 without, 0.3022 at 8, 0.3333 at 32; accuracy 0.882 → 0.892; docs/EVALUATION.md).
 */
export const LABELLER_FEATURE_CONFIG: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, hashBits: 14, groupScale: { ...DEFAULT_FEATURE_CONFIG.groupScale, vec: 8 } };
export const LABELLER_OPTIONS: SoftmaxOptions = { l2: 3e-5, l2Dense: 1e-3, balanced: true, maxIter: 250 };
const L2_GRID = [1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3];
export const FOLDS = 5;

export interface KeyedArticle {
  id: string;
  /** Who wrote it: the batch folder under scripts/data/articles, or "samples". */
  writer: string;
  kind: string;
  text: string;
  key: AnswerKey;
}

export interface Example {
  input: LabelInput;
  y: number;
  /** CV group: the article id, or a block of NewsSD rows. */
  group: string;
  origin: 'article' | 'newssd';
}

/** Every <id>.key.json (with its .txt) in a folder and its sub-folders, sorted by id. */
export function loadKeyedArticles(dir: string): KeyedArticle[] {
  if (!existsSync(dir)) return [];
  const out: KeyedArticle[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, name.name);
      if (name.isDirectory()) walk(p);
      else if (name.name.endsWith('.key.json')) {
        const key = JSON.parse(readFileSync(p, 'utf8')) as AnswerKey;
        const textPath = join(d, key.file);
        if (!existsSync(textPath)) continue;
        const rel = d.slice(dir.length).split(/[\\/]/).filter(Boolean);
        out.push({ id: key.id, writer: rel[0] ?? (dir.split(/[\\/]/).filter(Boolean).pop() ?? ''), kind: key.kind, text: readFileSync(textPath, 'utf8'), key });
      }
    }
  };
  walk(dir);
  // Code-unit order, not the locale's, so training is byte-reproducible on every machine.
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function trainingArticles(): KeyedArticle[] {
  return [...loadKeyedArticles(SAMPLES_DIR), ...loadKeyedArticles(ARTICLES_DIR)];
}

/** Key sentences matched to the analyser's sentences of the article, with the label model's inputs. */
export function articleExamples(analyser: Analyser, article: KeyedArticle): Example[] {
  const blocks = cleanText(article.text).blocks;
  const inputs = analyser.labelInputs(article.text, blocks);
  const texts = inputs.map((s) => article.text.slice(s.start, s.end));
  const out: Example[] = [];
  const used = new Set<number>();
  for (const ks of article.key.sentences) {
    const i = findSentence(ks.text, texts);
    if (i < 0 || used.has(i)) continue;
    used.add(i);
    out.push({ input: inputs[i].input, y: LABELS.indexOf(ks.label), group: writerGroup(article), origin: 'article' });
  }
  return out;
}

interface NewsSdRelabel { split: 'train' | 'val'; row: number; label: SentenceLabel }

export function loadNewsSdRelabels(path = NEWSSD_3LABEL_PATH): NewsSdRelabel[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  if (!lines.length) return [];
  const header = lines[0].split('\t');
  const iSplit = header.indexOf('split');
  const iRow = header.indexOf('row');
  const iLabel = header.indexOf('label');
  return lines.slice(1).map((l) => l.split('\t')).filter((c) => LABELS.includes(c[iLabel] as SentenceLabel))
    .map((c) => ({ split: c[iSplit] as 'train' | 'val', row: Number(c[iRow]), label: c[iLabel] as SentenceLabel }));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** NewsSD-ENG rows with our three-way labels; the subjectivity input is out-of-fold (see the header). */
export function newsSdExamples(analyser: Analyser): Example[] {
  const relabels = loadNewsSdRelabels();
  if (!relabels.length || !dataAvailable()) return [];
  const train = loadNewsSd('train');
  const val = loadNewsSd('val');
  const pool = [...train, ...val];
  const oof = outOfFoldScores(pool, SUBJ_CONFIG, SUBJ_OPTIONS);
  const { a, b } = (subjectivityFile as unknown as { calibration: { a: number; b: number } }).calibration;
  const out: Example[] = [];
  for (const r of relabels) {
    const idx = r.split === 'train' ? r.row : train.length + r.row;
    const sentence = pool[idx];
    if (!sentence) continue;
    const input = analyser.sentenceLabelInput(sentence.text);
    input.pSubjective = sigmoid(a * oof[idx] + b);
    out.push({ input, y: LABELS.indexOf(r.label), group: `newssd-${r.split}-${Math.floor(r.row / 25)}`, origin: 'newssd' });
  }
  return out;
}

/** The CV group of an article: its writer. */
export function writerGroup(a: Pick<KeyedArticle, 'writer'>): string {
  return `writer:${a.writer}`;
}

/**
 * The fold of a CV group. Writers are spread evenly by hand (batch-n → (n − 1) mod 5; the
 * samples with batch 1 and 6); other groups (blocks of NewsSD-ENG rows) by hash.
 */
export function foldOf(group: string, k = FOLDS): number {
  const batch = /^writer:batch-(\d+)$/.exec(group);
  if (batch) return (Number(batch[1]) - 1) % k;
  if (group.startsWith('writer:')) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) {
    h ^= group.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % k;
}

function standardise(examples: Example[]): { mean: number[]; std: number[] } {
  const rows = examples.map((e) => denseLabelFeatures(e.input));
  const d = LABEL_DENSE_NAMES.length;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const r of rows) for (let k = 0; k < d; k++) mean[k] += r[k] / rows.length;
  for (const r of rows) for (let k = 0; k < d; k++) std[k] += (r[k] - mean[k]) ** 2 / rows.length;
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { mean: mean.map(round), std: std.map((s) => round(Math.sqrt(s)) || 1) };
}

export interface Fitted {
  file: LabelModelFile;
}

/** Trains one model file on the given examples (temperature supplied by the caller). */
/** A trained model before it is written out: its standardisation and raw weights. */
export interface RawFit {
  mean: number[];
  std: number[];
  model: SoftmaxModel;
}

export function fitRaw(examples: Example[], opts: SoftmaxOptions): RawFit {
  const cfg = LABELLER_FEATURE_CONFIG;
  const { mean, std } = standardise(examples);
  const X = examples.map((e) => labelFeatureVector(e.input, cfg, mean, std));
  const dim = (1 << cfg.hashBits) + LABEL_DENSE_NAMES.length + vectorBlockSize(cfg);
  return { mean, std, model: trainSoftmax(X, examples.map((e) => e.y), 3, dim, opts, 1 << cfg.hashBits) };
}

/** The model file of a fit (weights quantised as shipped; temperature supplied by the caller). */
export function toFile(fit: RawFit, opts: SoftmaxOptions, temperature: number, meta: { trainedOn: string[]; createdAt: string; metrics: Record<string, number> }): LabelModelFile {
  const cfg = LABELLER_FEATURE_CONFIG;
  const enc = fit.model.weights.map((w) => encodeWeights(w));
  return {
    format: 'framewise-label-mlr',
    version: `labeller-1.0.0`,
    featureVersion: LABEL_FEATURE_VERSION,
    createdAt: meta.createdAt,
    trainedOn: meta.trainedOn,
    featureConfig: cfg,
    denseNames: [...LABEL_DENSE_NAMES],
    denseMean: fit.mean,
    denseStd: fit.std,
    weights: enc.map((e) => e.weights),
    weightScale: enc.map((e) => e.weightScale),
    bias: fit.model.bias.map((b) => Math.round(b * 1e6) / 1e6),
    temperature: Math.round(temperature * 1e4) / 1e4,
    hyperparameters: { ...opts, hashBits: cfg.hashBits, folds: FOLDS },
    metrics: meta.metrics,
    credits: 'Trained on articles written by the Framewise team (MIT) and on NewsSD-ENG (Antici et al., LREC-COLING 2024, CC BY 4.0) re-labelled into three classes by the Framewise team.',
  };
}

/** Trains one model file on the given examples (temperature supplied by the caller). */
export function fitModel(examples: Example[], opts: SoftmaxOptions, temperature: number, meta: { trainedOn: string[]; createdAt: string; metrics: Record<string, number> }): LabelModelFile {
  return toFile(fitRaw(examples, opts), opts, temperature, meta);
}

export interface CvResult {
  opts: SoftmaxOptions;
  /** Out-of-fold raw scores per example. */
  scores: number[][];
  temperature: number;
  nll: number;
  accuracy: number;
  macroF1: number;
  framingF1: number;
  articleAccuracy: number;
  /** The fit of each fold (trained without that fold), for out-of-fold use elsewhere. */
  folds: RawFit[];
}

function metricsOf(y: number[], pred: number[]): { accuracy: number; macroF1: number; f1: number[] } {
  const f1 = [0, 1, 2].map((c) => {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < y.length; i++) {
      if (pred[i] === c && y[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (y[i] === c) fn++;
    }
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  const accuracy = y.filter((v, i) => v === pred[i]).length / Math.max(1, y.length);
  return { accuracy, macroF1: (f1[0] + f1[1] + f1[2]) / 3, f1 };
}

const argmax = (z: number[]): number => z.indexOf(Math.max(...z));

export function crossValidate(examples: Example[], opts: SoftmaxOptions): CvResult {
  const cfg = LABELLER_FEATURE_CONFIG;
  const scores: number[][] = examples.map(() => [0, 0, 0]);
  const folds: RawFit[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const tr = examples.filter((e) => foldOf(e.group) !== f);
    const fit = fitRaw(tr, opts);
    folds.push(fit);
    examples.forEach((e, i) => {
      if (foldOf(e.group) === f) scores[i] = softmaxScores(fit.model, labelFeatureVector(e.input, cfg, fit.mean, fit.std));
    });
  }
  const y = examples.map((e) => e.y);
  const temperature = fitTemperature(scores, y);
  let nll = 0;
  for (let i = 0; i < scores.length; i++) {
    const z = scores[i].map((v) => v / temperature);
    const mx = Math.max(...z);
    const lse = mx + Math.log(z.reduce((s, v) => s + Math.exp(v - mx), 0));
    nll += (lse - z[y[i]]) / scores.length;
  }
  const pred = scores.map(argmax);
  const all = metricsOf(y, pred);
  const art = examples.map((e, i) => [e, i] as const).filter(([e]) => e.origin === 'article');
  const artAcc = art.filter(([e, i]) => pred[i] === e.y).length / Math.max(1, art.length);
  return { opts, scores, temperature, nll, accuracy: all.accuracy, macroF1: all.macroF1, framingF1: all.f1[2], articleAccuracy: artAcc, folds };
}

export interface Corpus {
  articles: KeyedArticle[];
  examples: Example[];
  newssd: number;
}

export function buildCorpus(analyser = createAnalyser({ labeller: null })): Corpus {
  const articles = trainingArticles();
  const examples = articles.flatMap((a) => articleExamples(analyser, a));
  const ns = newsSdExamples(analyser);
  return { articles, examples: [...examples, ...ns], newssd: ns.length };
}

export function trainShippedLabeller(corpus: Corpus, grid = L2_GRID, log: (s: string) => void = () => {}): { text: string; cv: CvResult } {
  let best: CvResult | null = null;
  for (const l2 of grid) {
    const cv = crossValidate(corpus.examples, { ...LABELLER_OPTIONS, l2 });
    log(`l2=${l2}: out-of-fold NLL ${cv.nll.toFixed(4)}, accuracy ${cv.accuracy.toFixed(3)}, macro-F1 ${cv.macroF1.toFixed(3)}, framing F1 ${cv.framingF1.toFixed(3)}, article sentences accuracy ${cv.articleAccuracy.toFixed(3)}, T ${cv.temperature.toFixed(2)}`);
    if (!best || cv.nll < best.nll) best = cv;
  }
  const cv = best!;
  const digest = createHash('sha256')
    .update(JSON.stringify([LABEL_FEATURE_VERSION, corpus.examples.map((e) => [e.input, e.y, e.group]), cv.opts, LABELLER_FEATURE_CONFIG]))
    .digest('hex')
    .slice(0, 16);
  const articleCount = corpus.articles.length;
  const file = fitModel(corpus.examples, cv.opts, cv.temperature, {
    trainedOn: [
      `${articleCount} keyed articles written by the Framewise team (resources/samples, scripts/data/articles): ${corpus.examples.length - corpus.newssd} sentences`,
      ...(corpus.newssd ? [`NewsSD-ENG train + val re-labelled into three classes (${corpus.newssd} sentences, CC BY 4.0)`] : []),
    ],
    createdAt: `${LABELLER_DATE} (inputs sha256 ${digest})`,
    metrics: {
      cvNll: round4(cv.nll), cvAccuracy: round4(cv.accuracy), cvMacroF1: round4(cv.macroF1), cvFramingF1: round4(cv.framingF1),
      cvArticleAccuracy: round4(cv.articleAccuracy),
    },
  });
  return { text: JSON.stringify(file) + '\n', cv };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function main(): void {
  const args = process.argv.slice(2);
  const t0 = performance.now();
  const corpus = buildCorpus();
  const counts = [0, 0, 0];
  for (const e of corpus.examples) counts[e.y]++;
  console.log(`${corpus.articles.length} articles, ${corpus.examples.length} sentences (${corpus.newssd} from NewsSD-ENG): fact ${counts[0]}, attributed ${counts[1]}, framing ${counts[2]} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  if (args.includes('--cv')) {
    // The grid that chose LABELLER_OPTIONS.l2 (lowest out-of-fold log loss); printed, not applied.
    for (const l2 of L2_GRID.filter((x) => x !== LABELLER_OPTIONS.l2)) {
      const cv = crossValidate(corpus.examples, { ...LABELLER_OPTIONS, l2 });
      console.log(`l2=${l2}: out-of-fold NLL ${cv.nll.toFixed(4)}, accuracy ${cv.accuracy.toFixed(3)}, macro-F1 ${cv.macroF1.toFixed(3)}, framing F1 ${cv.framingF1.toFixed(3)}, article sentences accuracy ${cv.articleAccuracy.toFixed(3)}`);
    }
  }
  const run = trainShippedLabeller(corpus, [LABELLER_OPTIONS.l2], (s) => console.log(s));
  if (args.includes('--check')) {
    const same = existsSync(LABELLER_PATH) && readFileSync(LABELLER_PATH, 'utf8') === run.text;
    console.log(same ? `${LABELLER_PATH} is reproducible: retrained bytes match` : `${LABELLER_PATH} differs from a fresh retrain: run npm run train:labeller`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(LABELLER_PATH, run.text);
  console.log(`wrote ${LABELLER_PATH} (${(run.text.length / 1024).toFixed(0)} KiB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
