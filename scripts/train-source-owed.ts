/**
 * `npm run train:owed` — trains the source-owed model (src/core/analysis/source-owed-model.ts)
 * on the unsourced check-worthy claims of our own keyed articles (resources/samples and
 * scripts/data/articles; each key's `sourceOwed`), and writes resources/models/source-owed.json.
 * Never reads tests/heldout*.
 *
 * Logistic regression (L2; the strength chosen by 5-fold cross-validation that holds out whole
 * writers, lowest out-of-fold log loss), deterministic, so the file is byte-identical on every run.
 * The decision threshold is 0.5 (owed when more likely than not), not fitted.
 *
 *   npm run train:owed             # write the model, print out-of-fold accuracy and AUC
 *   npm run train:owed -- --check  # exit 1 if the shipped file differs from a retrain
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOrWrite } from './lib/model-file';
import { createNlp } from '../src/core/analysis/nlp';
import { buildLexicons } from '../src/core/analysis/lexicons';
import { findAnchors } from '../src/core/analysis/claims';
import { findFramingCues, findLoaded, findMarkers } from '../src/core/analysis/spans';
import {
  SOURCE_OWED_FEATURE_VERSION, SOURCE_OWED_FEATURES, SOURCE_OWED_HASH_BITS, sourceOwedFeatures, sourceOwedHashed,
  type SourceOwedModelFile,
} from '../src/core/analysis/source-owed-model';
import type { SparseVector } from '../src/core/analysis/subjectivity-model';
import { FOLDS, foldOf, trainingArticles, writerGroup } from './train-labeller';
import { trainLogistic } from './train-subjectivity';
import { rankAuc, standardiser } from './lib/linear-stats';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_OWED_PATH = resolve(repoRoot, 'resources', 'models', 'source-owed.json');
const L2_GRID = [1e-3, 3e-3, 1e-2, 3e-2];
const L2_DENSE = 1e-3;
const THRESHOLD = 0.5;
const NOT_OWED_PRECISION = 0.9;
const MIN_BELOW = 50;

interface Row { dense: number[]; hashed: Map<number, number>; owed: boolean; fold: number }

export function buildRows(): Row[] {
  const nlp = createNlp();
  const lex = buildLexicons(nlp);
  const rows: Row[] = [];
  for (const a of trainingArticles()) {
    const fold = foldOf(writerGroup(a));
    a.key.sentences.forEach((s) => {
      if (!s.checkWorthy || s.claimSource || typeof s.sourceOwed !== 'boolean') return;
      const toks = nlp.tokenize(s.text, 0);
      const markers = findMarkers(toks, lex);
      const dense = sourceOwedFeatures({
        toks, anchors: findAnchors(toks, lex), loaded: findLoaded(toks, lex).length,
        hedges: markers.filter((m) => m.entry.kind === 'hedge').length,
        certainty: markers.filter((m) => m.entry.kind === 'certainty').length,
        framingCues: findFramingCues(toks, lex).length, question: /\?\s*$/.test(s.text),
      });
      rows.push({ dense, hashed: sourceOwedHashed(toks), owed: s.sourceOwed, fold });
    });
  }
  return rows;
}

const H = 1 << SOURCE_OWED_HASH_BITS;


function vector(r: Row, st: { mean: number[]; scale: number[] }): SparseVector {
  const keys = [...r.hashed.keys()].sort((a, b) => a - b);
  return {
    indices: [...keys, ...SOURCE_OWED_FEATURES.map((_, i) => H + i)],
    values: [...keys.map((k) => r.hashed.get(k)!), ...r.dense.map((v, i) => (v - st.mean[i]) / st.scale[i])],
  };
}

interface Fit { st: { mean: number[]; scale: number[] }; weights: Float64Array; bias: number }

function fit(rows: Row[], l2: number): Fit {
  const st = standardiser(rows, SOURCE_OWED_FEATURES.length);
  const m = trainLogistic(rows.map((r) => vector(r, st)), rows.map((r) => r.owed), H + SOURCE_OWED_FEATURES.length, { l2, l2Dense: L2_DENSE, balanced: false, maxIter: 300 } as Parameters<typeof trainLogistic>[3], H);
  return { st, weights: m.weights, bias: m.bias };
}

function prob(f: Fit, r: Row): number {
  const v = vector(r, f.st);
  let z = f.bias;
  for (let j = 0; j < v.indices.length; j++) z += f.weights[v.indices[j]] * v.values[j];
  return 1 / (1 + Math.exp(-z));
}

export interface OwedCv { nll: number; accuracy: number; auc: number; precision: number; recall: number; notOwedBelow: number; notOwedShare: number; notOwedPrecision: number }

export function crossValidate(rows: Row[], l2: number): OwedCv {
  const p = new Array<number>(rows.length);
  for (let k = 0; k < FOLDS; k++) {
    const f = fit(rows.filter((r) => r.fold !== k), l2);
    rows.forEach((r, i) => { if (r.fold === k) p[i] = prob(f, r); });
  }
  let nll = 0;
  let right = 0;
  let flagged = 0;
  let flaggedOwed = 0;
  rows.forEach((r, i) => {
    const q = Math.min(1 - 1e-9, Math.max(1e-9, p[i]));
    nll -= Math.log(r.owed ? q : 1 - q);
    if ((p[i] >= THRESHOLD) === r.owed) right++;
    if (p[i] >= THRESHOLD) {
      flagged++;
      if (r.owed) flaggedOwed++;
    }
  });
  const owedCount = rows.filter((r) => r.owed).length;
  const auc = rankAuc(p, rows.map((r) => r.owed));
  // The "no source needed" cut: the highest P(owed) below which out-of-fold claims are not owed
  // at NOT_OWED_PRECISION (at least MIN_BELOW of them); wrongly calling a statistic fine teaches
  // the wrong lesson, so this side must be sure.
  let notOwedBelow = 0;
  for (let t = 0.01; t <= THRESHOLD + 1e-9; t += 0.01) {
    const below = rows.filter((_, i) => p[i] < t);
    if (below.length >= MIN_BELOW && below.filter((r) => !r.owed).length / below.length >= NOT_OWED_PRECISION) notOwedBelow = Math.round(t * 100) / 100;
  }
  const below = rows.filter((_, i) => p[i] < notOwedBelow);
  return {
    nll: nll / rows.length, accuracy: right / rows.length, auc, precision: flaggedOwed / Math.max(1, flagged), recall: flaggedOwed / Math.max(1, owedCount),
    notOwedBelow, notOwedShare: below.length / rows.length, notOwedPrecision: below.filter((r) => !r.owed).length / Math.max(1, below.length),
  };
}

const round = (x: number, d = 5): number => Math.round(x * 10 ** d) / 10 ** d;

function main(): void {
  const rows = buildRows();
  const owed = rows.filter((r) => r.owed).length;
  console.log(`${rows.length} unsourced check-worthy claims, ${owed} owed a source (${((100 * owed) / rows.length).toFixed(1)} %)`);
  let best: OwedCv & { l2: number } = { l2: L2_GRID[0], nll: Infinity, accuracy: 0, auc: 0, precision: 0, recall: 0, notOwedBelow: 0, notOwedShare: 0, notOwedPrecision: 0 };
  for (const l2 of L2_GRID) {
    const cv = crossValidate(rows, l2);
    console.log(`l2=${l2}: out-of-fold NLL ${cv.nll.toFixed(4)}, accuracy ${cv.accuracy.toFixed(3)}, AUC ${cv.auc.toFixed(3)}, "owed" precision ${cv.precision.toFixed(3)}, recall ${cv.recall.toFixed(3)}; "not owed" below ${cv.notOwedBelow}: ${(100 * cv.notOwedShare).toFixed(1)} % of claims at precision ${cv.notOwedPrecision.toFixed(3)}`);
    if (cv.nll < best.nll) best = { l2, ...cv };
  }
  const f = fit(rows, best.l2);
  const file: SourceOwedModelFile = {
    kind: 'framewise-source-owed',
    version: `source-owed-1 (${rows.length} claims)`,
    featureVersion: SOURCE_OWED_FEATURE_VERSION,
    hashBits: SOURCE_OWED_HASH_BITS,
    features: [...SOURCE_OWED_FEATURES],
    mean: f.st.mean.map((x) => round(x, 6)),
    scale: f.st.scale.map((x) => round(x, 6)),
    dense: Array.from(f.weights.slice(H)).map((x) => round(x)),
    hashed: Array.from(f.weights.slice(0, H)).map((x) => round(x)),
    bias: round(f.bias),
    threshold: THRESHOLD,
    notOwedBelow: best.notOwedBelow,
    training: {
      data: 'unsourced check-worthy claims of resources/samples and scripts/data/articles (sourceOwed in each key)',
      claims: rows.length, owed, l2: best.l2, l2Dense: L2_DENSE,
      outOfFold: { folds: FOLDS, groupedBy: 'writer', accuracy: round(best.accuracy, 3), auc: round(best.auc, 3), owedPrecision: round(best.precision, 3), owedRecall: round(best.recall, 3), notOwedShare: round(best.notOwedShare, 3), notOwedPrecision: round(best.notOwedPrecision, 3), baseRateNotOwed: round(1 - owed / rows.length, 3) },
    },
  };
  const text = `${JSON.stringify(file)}\n`;
  if (!checkOrWrite(SOURCE_OWED_PATH, text, 'npm run train:owed')) return;
  console.log(`wrote ${SOURCE_OWED_PATH} (l2 ${best.l2}; out of fold: accuracy ${best.accuracy.toFixed(3)}, AUC ${best.auc.toFixed(3)})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
