/**
 * npm run --silent diag:items -- SKILL   (ALL=1 prints every item, agreeing or not)
 *
 * Error analysis on the TRAINING articles only (scripts/data/articles, never tests/heldout*): the
 * shipped analyser generates each article's items and every item whose expected answer disagrees
 * with the hand key is printed with the app's answer and the judge's reason. In sample for the label
 * model, so use it to find rule errors (a wrong speaker, a wrong hedge), not to estimate accuracy —
 * `npm run train:items` gives the out-of-fold numbers. ONLY=REGEX keeps the articles whose writer
 * group matches (ONLY='batch-3[3-6]$' for batches written since the last training run). SAMPLES=N
 * draws N samples of items per article (as the confidence fit does), so that two rule versions can
 * be compared on more than the one sample the app draws.
 */
import { createAnalyser } from '../src/core/analysis/analyser';
import { buildCorpus, writerGroup } from './train-labeller';
import { judgedItems } from './train-item-confidence';

const skill = process.argv[2];
const corpus = buildCorpus();
const analyser = createAnalyser();
let n = 0;
let bad = 0;
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
for (const a of corpus.articles) {
  if (only && !only.test(writerGroup(a))) continue;
  const { judged } = await judgedItems(analyser, a, Number(process.env.SAMPLES ?? 1));
  for (const { item, line, verdict: v } of judged) {
    if (item.skill !== skill) continue;
    n++;
    if (!v.agree) bad++;
    if (process.env.ALL) console.log(`${v.agree ? 'OK' : 'NO'}\t${JSON.stringify(line.expected)}\t${item.sentence?.text.slice(0, 100)}`);
    else if (!v.agree) console.log(`✗ ${item.confidence.toFixed(2)} app=${JSON.stringify(line.expected).slice(0, 120)} | ${v.why} | ${item.sentence?.text.slice(0, 140)}`);
  }
}
console.log(`${skill}: ${n - bad}/${n} agree`);
