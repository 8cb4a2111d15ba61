/**
 * Scores the analyser on keyed articles it was never tuned on (tests/heldout/articles):
 * graded-item agreement with the teacher's key per skill (items exactly as `npm run items`
 * prints them, judged by scripts/eval/item-agreement.ts), coverage (graded / generated),
 * sentence-label accuracy, macro-F1 and framing F1, loaded-word precision and recall (span
 * overlap), and a reliability table of item confidence. `npx tsx scripts/eval/heldout.ts [DIR]`
 * prints it alone; `npm run eval` prints it after the public-data table.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyser, type Analyser } from '../../src/core/analysis/index';
import { SKILLS, type Skill } from '../../src/core/practice/types';
import type { SentenceLabel } from '../../src/core/analysis/types';
import { itemAgreement } from './item-agreement';
import { itemLine, itemsForFile, type ItemLine } from '../items';
import { findSentence } from './matching';
import { loadKeyedArticles } from '../train-labeller';

export const HELDOUT_DIR = resolve(fileURLToPath(new URL('../../tests/heldout/articles', import.meta.url)));
export const HELDOUT2_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-2/articles', import.meta.url)));
export const HELDOUT3_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-3/articles', import.meta.url)));
export const HELDOUT4_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-4/articles', import.meta.url)));
export const HELDOUT5_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-5/articles', import.meta.url)));
export const HELDOUT6_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-6/articles', import.meta.url)));
export const HELDOUT7_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-7/articles', import.meta.url)));
export const HELDOUT8_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-8/articles', import.meta.url)));
export const HELDOUT9_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-9/articles', import.meta.url)));
export const HELDOUT10_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-10/articles', import.meta.url)));
export const HELDOUT11_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-11/articles', import.meta.url)));
export const HELDOUT12_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-12/articles', import.meta.url)));
export const HELDOUT13_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-13/articles', import.meta.url)));
export const HELDOUT14_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-14/articles', import.meta.url)));
export const HELDOUT15_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-15/articles', import.meta.url)));
export const HELDOUT16_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-16/articles', import.meta.url)));
export const HELDOUT17_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-17/articles', import.meta.url)));
export const HELDOUT18_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-18/articles', import.meta.url)));
export const HELDOUT19_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-19/articles', import.meta.url)));
export const HELDOUT20_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-20/articles', import.meta.url)));
export const HELDOUT21_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-21/articles', import.meta.url)));
export const HELDOUT22_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-22/articles', import.meta.url)));
export const HELDOUT23_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-23/articles', import.meta.url)));
export const HELDOUT24_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-24/articles', import.meta.url)));
export const HELDOUT25_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-25/articles', import.meta.url)));
export const HELDOUT26_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-26/articles', import.meta.url)));
export const HELDOUT27_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-27/articles', import.meta.url)));
export const HELDOUT28_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-28/articles', import.meta.url)));
export const HELDOUT29_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-29/articles', import.meta.url)));
export const HELDOUT30_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-30/articles', import.meta.url)));
export const HELDOUT31_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-31/articles', import.meta.url)));
export const HELDOUT32_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-32/articles', import.meta.url)));
export const HELDOUT33_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-33/articles', import.meta.url)));
export const HELDOUT34_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-34/articles', import.meta.url)));
export const HELDOUT35_DIR = resolve(fileURLToPath(new URL('../../tests/heldout-35/articles', import.meta.url)));

export interface SkillScore { generated: number; graded: number; gradedAgree: number; allAgree: number }
export interface HeldoutReport {
  articles: number;
  skills: Record<Skill, SkillScore>;
  overall: SkillScore;
  /**
   * Classify items graded on the writer's voice alone (gradedOn "voice"), how many of them the key judges
   * (the rest are on lines it leaves out) and how many of those it calls fact or framing.
   */
  voice: { graded: number; judged: number; agree: number };
  sentences: { n: number; matched: number; accuracy: number; macroF1: number; f1: Record<SentenceLabel, number> };
  loaded: { precision: number; recall: number; predicted: number; keyed: number };
  reliability: { from: number; to: number; n: number; agree: number }[];
  disagreements: { file: string; skill: Skill; graded: boolean; confidence: number; why: string; text: string }[];
}

export async function scoreHeldout(dir = HELDOUT_DIR, analyser: Analyser = createAnalyser()): Promise<HeldoutReport> {
  const articles = loadKeyedArticles(dir);
  const skills = Object.fromEntries(SKILLS.map((s) => [s, { generated: 0, graded: 0, gradedAgree: 0, allAgree: 0 }])) as Record<Skill, SkillScore>;
  const all: { line: ItemLine; agree: boolean }[] = [];
  const voice = { graded: 0, judged: 0, agree: 0 };
  const disagreements: HeldoutReport['disagreements'] = [];
  const gold: SentenceLabel[] = [];
  const pred: SentenceLabel[] = [];
  let keyedSentences = 0;
  let loadedTp = 0, loadedPred = 0, loadedKeyed = 0, loadedFound = 0;
  for (const a of articles) {
    const { items, original, analysis } = await itemsForFile(join(dir, a.key.file), analyser);
    for (const item of items) {
      // Judged in the coordinates of the imported text (no byte-order-mark shift), as the key is.
      const line = itemLine(a.key.file, item, 0);
      const v = itemAgreement(line, a.key, original);
      const s = skills[item.skill];
      s.generated++;
      if (v.agree) s.allAgree++;
      if (line.graded) {
        s.graded++;
        if (v.agree) s.gradedAgree++;
      }
      if (line.gradedOn === 'voice') {
        voice.graded++;
        if (v.voiceAgree !== undefined) voice.judged++;
        if (v.voiceAgree) voice.agree++;
      }
      all.push({ line, agree: v.agree });
      if (!v.agree) disagreements.push({ file: a.id, skill: item.skill, graded: line.graded, confidence: line.confidence, why: v.why ?? '', text: item.sentence?.text.slice(0, 120) ?? '' });
    }
    // Sentence labels and loaded words, from the analysis the items came from.
    const texts = analysis.sentences.map((s) => s.text);
    keyedSentences += a.key.sentences.length;
    for (const ks of a.key.sentences) {
      const i = findSentence(ks.text, texts);
      gold.push(ks.label);
      pred.push(i >= 0 ? analysis.sentences[i].label : ('unmatched' as SentenceLabel));
      if (i < 0) continue;
      const s = analysis.sentences[i];
      const keySpans = (ks.loaded ?? []).map((l) => {
        const at = s.text.indexOf(l.text);
        return at < 0 ? null : { start: s.start + at, end: s.start + at + l.text.length };
      }).filter((x): x is { start: number; end: number } => !!x);
      const mine = analysis.loaded.filter((l) => l.sentenceIndex === i);
      loadedPred += mine.length;
      loadedKeyed += keySpans.length;
      loadedTp += mine.filter((m) => keySpans.some((k) => m.start < k.end && k.start < m.end)).length;
      loadedFound += keySpans.filter((k) => mine.some((m) => m.start < k.end && k.start < m.end)).length;
    }
  }
  const labels: SentenceLabel[] = ['fact', 'attributed', 'framing'];
  const f1 = Object.fromEntries(labels.map((c) => {
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, i) => {
      if (pred[i] === c && g === c) tp++;
      else if (pred[i] === c) fp++;
      else if (g === c) fn++;
    });
    return [c, tp ? (2 * tp) / (2 * tp + fp + fn) : 0];
  })) as Record<SentenceLabel, number>;
  const overall = Object.values(skills).reduce((o, s) => ({
    generated: o.generated + s.generated, graded: o.graded + s.graded, gradedAgree: o.gradedAgree + s.gradedAgree, allAgree: o.allAgree + s.allAgree,
  }), { generated: 0, graded: 0, gradedAgree: 0, allAgree: 0 });
  const bins = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];
  const reliability = bins.slice(0, -1).map((from, k) => {
    const inBin = all.filter((x) => x.line.confidence >= from && x.line.confidence < bins[k + 1]);
    return { from, to: Math.min(1, bins[k + 1]), n: inBin.length, agree: inBin.filter((x) => x.agree).length };
  });
  return {
    articles: articles.length,
    skills,
    overall,
    voice,
    sentences: {
      n: keyedSentences,
      matched: pred.filter((p) => labels.includes(p)).length,
      accuracy: gold.filter((g, i) => g === pred[i]).length / Math.max(1, gold.length),
      macroF1: (f1.fact + f1.attributed + f1.framing) / 3,
      f1,
    },
    loaded: { precision: loadedTp / Math.max(1, loadedPred), recall: loadedFound / Math.max(1, loadedKeyed), predicted: loadedPred, keyed: loadedKeyed },
    reliability,
    disagreements,
  };
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)} % (${a}/${b})` : '—');

export function formatHeldout(r: HeldoutReport, title = `${r.articles} held-out articles`): string {
  const lines: string[] = [];
  lines.push(`Held-out articles, ${title}: ${r.articles} articles`);
  lines.push('');
  lines.push('| skill | items | graded (coverage) | graded items agreeing with the key | all items agreeing |');
  lines.push('|---|---|---|---|---|');
  for (const s of [...SKILLS, 'all'] as const) {
    const x = s === 'all' ? r.overall : r.skills[s];
    lines.push(`| ${s} | ${x.generated} | ${pct(x.graded, x.generated)} | ${pct(x.gradedAgree, x.graded)} | ${pct(x.allAgree, x.generated)} |`);
  }
  lines.push('');
  if (r.voice.graded) {
    // Not in the table: these items grade the writer's voice, not the label the table's rows judge.
    const c = r.skills.classify;
    const g = r.overall.graded + r.voice.graded;
    const unjudged = r.voice.graded - r.voice.judged;
    lines.push(`Classify items graded on the writer's own voice alone (the label unsure): ${pct(r.voice.graded, c.generated)} of classify items; the key calls ${pct(r.voice.agree, r.voice.judged)} of those it keys fact or framing${unjudged ? ` (${unjudged} more on lines the key leaves out)` : ''}. With them, ${pct(g, r.overall.generated)} of all items are graded, agreeing ${pct(r.overall.gradedAgree + r.voice.agree, g)} (each on what it grades; a line the key leaves out counts as a disagreement).`);
    lines.push('');
  }
  lines.push(`Sentence labels: accuracy ${r.sentences.accuracy.toFixed(3)} (${r.sentences.matched}/${r.sentences.n} key sentences matched), macro-F1 ${r.sentences.macroF1.toFixed(3)}; F1 fact ${r.sentences.f1.fact.toFixed(3)}, attributed ${r.sentences.f1.attributed.toFixed(3)}, framing ${r.sentences.f1.framing.toFixed(3)}.`);
  lines.push(`Loaded words (span overlap, any voice): precision ${r.loaded.precision.toFixed(3)} of ${r.loaded.predicted} marked, recall ${r.loaded.recall.toFixed(3)} of ${r.loaded.keyed} keyed.`);
  lines.push('');
  lines.push('Reliability of item confidence (all items, graded or not):');
  lines.push('');
  lines.push('| confidence | items | agreeing with the key |');
  lines.push('|---|---|---|');
  for (const b of r.reliability) lines.push(`| ${b.from.toFixed(2)}–${b.to.toFixed(2)} | ${b.n} | ${b.n ? (b.agree / b.n).toFixed(3) : '—'} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const dir = process.argv[2] ? resolve(process.argv[2]) : HELDOUT_DIR;
  const r = await scoreHeldout(dir);
  console.log(formatHeldout(r));
  if (process.argv.includes('--details')) {
    for (const d of r.disagreements) console.log(`  ${d.graded ? 'GRADED ' : 'discuss'} ${d.skill} ${d.confidence.toFixed(2)} ${d.file}: ${d.why} — ${d.text}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
