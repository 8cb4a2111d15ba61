/**
 * npx tsx scripts/train-hedge-prior.ts [--check]
 *
 * Counts, on the keyed training articles (scripts/data/articles and the samples; never
 * tests/heldout*), how often the keys agree with the hedge and certainty markers the analyser finds,
 * word by word, and which unmarked words they mark (src/core/practice/hedge-prior.ts), and writes
 * resources/models/hedge-prior.json. The markers are rules, so one analyser pass serves every fold:
 * `articleHedgeCounts` is kept per article and `mergeHedgeCounts` sums any subset of them, which is
 * how the item-confidence fit gets an out-of-fold table per fold.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOrWrite } from './lib/model-file';
import { createAnalyser, type Analyser } from '../src/core/analysis/analyser';
import { cleanText } from '../src/core/text/clean';
import { HEDGE_PRIOR_FORMAT, priorWords, unmarkedGrams, wordAfter, type HedgePriorFile } from '../src/core/practice/hedge-prior';
import { findSentence } from './eval/matching';
import { trainingArticles, type KeyedArticle } from './train-labeller';

const OUT = resolve(fileURLToPath(new URL('../resources/models/hedge-prior.json', import.meta.url)));

export interface HedgeCounts { mark: Map<string, [number, number]>; miss: Map<string, [number, number]> }

const bump = (m: Map<string, [number, number]>, k: string, hit: boolean): void => {
  const e = m.get(k) ?? [0, 0];
  e[0]++;
  if (hit) e[1]++;
  m.set(k, e);
};

/** " a b " contains " g " — word-boundary containment of word sequences. */
const within = (outer: string, inner: string): boolean => ` ${outer} `.includes(` ${inner} `);

/** One keyed article's counts: each key sentence matched to the analyser's sentences once. */
export function articleHedgeCounts(analyser: Analyser, article: KeyedArticle): HedgeCounts {
  const out: HedgeCounts = { mark: new Map(), miss: new Map() };
  const analysis = analyser.analyzeArticle(article.text, cleanText(article.text, { format: 'txt' }).blocks);
  const texts = analysis.sentences.map((s) => s.text);
  const used = new Set<number>();
  for (const ks of article.key.sentences) {
    const i = findSentence(ks.text, texts);
    if (i < 0 || used.has(i)) continue;
    used.add(i);
    const keyed = [...(ks.hedges ?? []), ...(ks.certainty ?? [])].map((k) => priorWords(typeof k === 'string' ? k : (k as { text: string }).text).join(' ')).filter(Boolean);
    const markers = analysis.markers.filter((m) => m.sentenceIndex === i && (m.kind === 'hedge' || m.kind === 'certainty')).map((m) => m.text);
    const words = priorWords(texts[i]);
    for (const text of markers) {
      const m = priorWords(text).join(' ');
      if (!m) continue;
      const hit = keyed.some((k) => within(k, m) || within(m, k));
      bump(out.mark, m, hit);
      bump(out.mark, `${m}|${wordAfter(words, text)}`, hit);
    }
    for (const g of unmarkedGrams(words, markers)) bump(out.miss, g, keyed.some((k) => within(k, g)));
  }
  return out;
}

/** The prior file of a set of articles' counts (word pairs never keyed are left out of `miss`). */
export function mergeHedgeCounts(counts: readonly HedgeCounts[], trainedOn = ''): HedgePriorFile {
  const mark = new Map<string, [number, number]>();
  const miss = new Map<string, [number, number]>();
  for (const c of counts) {
    for (const [k, [n, h]] of c.mark) { const e = mark.get(k) ?? [0, 0]; mark.set(k, [e[0] + n, e[1] + h]); }
    for (const [k, [n, h]] of c.miss) { const e = miss.get(k) ?? [0, 0]; miss.set(k, [e[0] + n, e[1] + h]); }
  }
  // Code-unit order so the file is byte-reproducible.
  const sorted = (m: Map<string, [number, number]>, keep: (e: [number, number]) => boolean) =>
    Object.fromEntries([...m].filter(([, e]) => keep(e)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { format: HEDGE_PRIOR_FORMAT, version: 'hedge-prior-1.0.0', mark: sorted(mark, () => true), miss: sorted(miss, (e) => e[1] > 0), trainedOn };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const analyser = createAnalyser();
  const articles = trainingArticles();
  const file = mergeHedgeCounts(articles.map((a) => articleHedgeCounts(analyser, a)), `${articles.length} keyed training articles`);
  console.log(`hedge prior: ${Object.keys(file.mark).length} marker entries, ${Object.keys(file.miss).length} unmarked words and pairs a key marked`);
  if (checkOrWrite(OUT, JSON.stringify(file) + '\n', 'npx tsx scripts/train-hedge-prior.ts')) console.log(`wrote ${OUT}`);
}
