/**
 * npm run --silent diag:items -- SKILL   (ALL=1 prints every item, agreeing or not)
 *
 * Error analysis on the TRAINING articles only (scripts/data/articles, never tests/heldout*): the
 * shipped analyser generates each article's items and every item whose expected answer disagrees
 * with the hand key is printed with the app's answer and the judge's reason. In sample for the label
 * model, so use it to find rule errors (a wrong speaker, a wrong hedge), not to estimate accuracy —
 * `npm run train:items` gives the out-of-fold numbers.
 */
import { createAnalyser } from '../src/core/analysis/analyser';
import { generateItems } from '../src/core/practice/generate';
import { cleanText } from '../src/core/text/clean';
import { hashDocument } from '../src/core/text/hash';
import { itemAgreement } from './eval/item-agreement';
import { itemLine } from './items';
import { buildCorpus } from './train-labeller';
const skill = process.argv[2];
const corpus = buildCorpus();
const analyser = createAnalyser();
let n = 0, bad = 0;
for (const a of corpus.articles) {
  const doc = cleanText(a.text, { format: 'txt' });
  const hash = await hashDocument(doc);
  const analysis = analyser.analyzeArticle(a.text, doc.blocks);
  const items = generateItems({ id: null, hash, original: a.text }, analysis, null, { rawConfidence: true });
  const texts = { texts: a.key.sentences.map((s) => s.text), spans: [] };
  for (const item of items) {
    if (item.skill !== skill) continue;
    n++;
    const line = itemLine(a.id, item);
    const v = itemAgreement(line, a.key, a.text, texts);
    if (process.env.ALL) console.log(`${v.agree ? "OK" : "NO"}\t${JSON.stringify((line.expected as any[]).map?.((m: any) => m.text.toLowerCase() + ":" + m.kind) ?? [])}\t${item.sentence?.text.slice(0, 100)}`);
    if (!v.agree) { bad++; if (!process.env.ALL) console.log(`✗ ${item.confidence.toFixed(2)} app=${JSON.stringify(line.expected).slice(0, 120)} | ${v.why} | ${item.sentence?.text.slice(0, 140)}`); }
  }
}
console.log(`${skill}: ${n - bad}/${n} agree`);
