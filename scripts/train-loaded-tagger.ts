/**
 * npx tsx scripts/train-loaded-tagger.ts [--check]
 *
 * Trains the loaded-word token model (src/core/analysis/loaded-tagger.ts) on the loaded words of
 * our own keyed training articles (scripts/data/articles and the samples; never tests/heldout*),
 * and writes resources/models/loaded-tagger.json. Reports the out-of-fold token AUC (5 folds
 * grouped by writer, as the label model) and, per sentence, how often "no loaded word" agrees
 * with the key when the model is sure. `--check` trains and compares with the shipped file instead
 * of writing it. `fitLoadedTagger` is also used per fold by the item-confidence fit, so its
 * "no loaded word" signal is out of fold there too.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { checkOrWrite } from './lib/model-file';
import { createNlp } from '../src/core/analysis/nlp';
import { buildLexicons } from '../src/core/analysis/lexicons';
import { loadWordVectors, type SparseVector } from '../src/core/analysis/subjectivity-model';
import { createLoadedTagger, denseInputs, LOADED_TAGGER_FORMAT, LOADED_TAGGER_HASH_BITS, taggerRows, type LoadedTaggerFile, type TaggerRow } from '../src/core/analysis/loaded-tagger';
import { trainLogistic } from './train-subjectivity';
import { rankAuc, standardiser } from './lib/linear-stats';
import { FOLDS, foldOf, trainingArticles, writerGroup, type KeyedArticle } from './train-labeller';

const OUT = resolve(fileURLToPath(new URL('../resources/models/loaded-tagger.json', import.meta.url)));
const HASH_SIZE = 1 << LOADED_TAGGER_HASH_BITS;
/** Chosen out of fold on the training articles (token AUC; 1e-3 and 1e-2 were worse). */
const L2 = 3e-3;
const L2_DENSE = 1e-3;

interface Row extends TaggerRow {
  dense: number[];
  y: boolean;
  group: string;
  sentence: number;
}

/** Every content token of every keyed sentence, labelled by whether a key's loaded word covers it. */
export function taggerExamples(articles: KeyedArticle[]): Row[] {
  const nlp = createNlp();
  const lex = buildLexicons(nlp);
  const vectors = loadWordVectors();
  const rows: Row[] = [];
  let sentence = 0;
  for (const a of articles) {
    const group = writerGroup(a);
    for (const ks of a.key.sentences) {
      const text = ks.text;
      const low = text.toLowerCase();
      const toks = nlp.tokenize(text, 0);
      lex.starts.mark(toks);
      const spans: [number, number][] = [];
      for (const l of ks.loaded ?? []) {
        const t = l.text.toLowerCase();
        if (!t) continue;
        for (let at = low.indexOf(t); at >= 0; at = low.indexOf(t, at + 1)) spans.push([at, at + t.length]);
      }
      for (const r of taggerRows(toks, lex, vectors)) {
        const tok = toks[r.index];
        rows.push({ ...r, dense: denseInputs(r, vectors), y: spans.some(([s, e]) => tok.start < e && s < tok.end), group, sentence });
      }
      sentence++;
    }
  }
  return rows;
}

function sparse(r: Row, mean: number[], scale: number[]): SparseVector {
  const unique = [...new Set(r.hashed)].sort((a, b) => a - b);
  const w = 1 / Math.sqrt(r.hashed.length);
  return {
    indices: [...unique, ...r.dense.map((_, i) => HASH_SIZE + i)],
    values: [...unique.map(() => w), ...r.dense.map((v, i) => (v - mean[i]) / scale[i])],
  };
}

/** Fits the tagger on the given rows; 4-decimal weights, as shipped. */
export function fitRows(rows: Row[], meta: Pick<LoadedTaggerFile, 'metrics' | 'trainedOn' | 'createdAt'> = {}): LoadedTaggerFile {
  const { mean, scale } = standardiser(rows);
  const d = mean.length;
  const m = trainLogistic(rows.map((r) => sparse(r, mean, scale)), rows.map((r) => r.y), HASH_SIZE + d, { l2: L2, l2Dense: L2_DENSE, balanced: false, maxIter: 300 }, HASH_SIZE);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    format: LOADED_TAGGER_FORMAT,
    version: '1.0.0',
    hashBits: LOADED_TAGGER_HASH_BITS,
    denseSize: d,
    mean: mean.map(round),
    scale: scale.map(round),
    weights: Array.from(m.weights, round),
    bias: round(m.bias),
    ...meta,
  };
}

/** A tagger trained on the given articles (the item-confidence fit trains one per fold). */
export function fitLoadedTagger(articles: KeyedArticle[]): LoadedTaggerFile {
  return fitRows(taggerExamples(articles));
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const articles = trainingArticles();
  const rows = taggerExamples(articles);
  // Out of fold, grouped by writer.
  const p = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < FOLDS; f++) {
    const tagger = createLoadedTagger(fitRows(rows.filter((r) => foldOf(r.group) !== f)));
    const test = rows.map((r, i) => [r, i] as const).filter(([r]) => foldOf(r.group) === f);
    const probs = tagger.probabilities(test.map(([r]) => r));
    test.forEach(([, i], k) => (p[i] = probs[k]));
  }
  const tokenAuc = rankAuc(p, rows.map((r) => r.y));
  // Sentences: P(no loaded word) against whether the key lists none.
  const bySentence = new Map<number, { pNone: number; none: boolean }>();
  rows.forEach((r, i) => {
    const s = bySentence.get(r.sentence) ?? { pNone: 1, none: true };
    s.pNone *= 1 - p[i];
    if (r.y) s.none = false;
    bySentence.set(r.sentence, s);
  });
  const sents = [...bySentence.values()].sort((a, b) => b.pNone - a.pNone);
  let agree = 0;
  let at98 = 0;
  sents.forEach((s, k) => {
    if (s.none) agree++;
    if (k >= 100 && agree / (k + 1) >= 0.98) at98 = (k + 1) / sents.length;
  });
  const metrics = { tokens: rows.length, loadedTokens: rows.filter((r) => r.y).length, oofTokenAuc: Math.round(tokenAuc * 1e4) / 1e4, oofNoneShareAt98: Math.round(at98 * 1e4) / 1e4 };
  const file = fitRows(rows, { metrics, trainedOn: [`${articles.length} keyed training articles (scripts/data/articles, samples)`], createdAt: '' });
  const json = `${JSON.stringify(file)}\n`;
  console.log(`${articles.length} articles, ${rows.length} tokens (${metrics.loadedTokens} loaded): out-of-fold token AUC ${tokenAuc.toFixed(3)}; "no loaded word" agrees 98 % for the top ${(at98 * 100).toFixed(1)} % of sentences (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  if (checkOrWrite(OUT, json, 'npm run train:loaded')) console.log(`wrote ${OUT} (${Math.round(json.length / 1024)} KiB)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
