/**
 * `npm run eval` — scores the analysis core on the public data in ../shared/data (override with
 * FRAMEWISE_DATA_DIR) and on the sample library, and prints one table with published anchors.
 * `--json` prints the same results as JSON. See docs/EVALUATION.md for what each row means.
 *
 * The evaluation-only sets (CheckThat!, BABE, ClaimBuster) are read in place and never copied.
 */
import { createAnalyser } from '../src/core/analysis/analyser';
import { formatHeldout, HELDOUT2_DIR, HELDOUT3_DIR, HELDOUT4_DIR, HELDOUT5_DIR, HELDOUT6_DIR, HELDOUT7_DIR, HELDOUT8_DIR, HELDOUT9_DIR, HELDOUT10_DIR, HELDOUT11_DIR, HELDOUT12_DIR, HELDOUT13_DIR, HELDOUT14_DIR, HELDOUT15_DIR, HELDOUT16_DIR, HELDOUT17_DIR, HELDOUT18_DIR, HELDOUT19_DIR, HELDOUT20_DIR, HELDOUT21_DIR, HELDOUT22_DIR, HELDOUT23_DIR, HELDOUT24_DIR, HELDOUT25_DIR, HELDOUT26_DIR, HELDOUT27_DIR, HELDOUT28_DIR, HELDOUT29_DIR, HELDOUT30_DIR, HELDOUT31_DIR, HELDOUT32_DIR, HELDOUT33_DIR, HELDOUT34_DIR, HELDOUT35_DIR, HELDOUT_DIR, scoreHeldout } from './eval/heldout';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSubjectivityModel } from '../src/core/analysis/subjectivity-model';
import type { SentenceLabel } from '../src/core/analysis/types';
import type { AnswerKey } from '../src/core/samples/answer-key';
import { loadAnalyser, loadCleaner, type AnalyserLike } from './eval/analyser';
import {
  dataAvailable,
  dataDir,
  loadBabe,
  loadCheckThat,
  loadClaimBuster,
  loadNewsSd,
  seedPaths,
  type LabelledSentence,
} from './eval/datasets';
import { halfOf, type Half } from './eval/split';
import { scoreVoices } from './eval/voices';
import { biasedTokenCounts, findSentence, matchesAbbreviated, parseSeedGold } from './eval/matching';
import { accuracy, bootstrapInterval, calibration, f1Score, macroF1, perClassF1, precisionRecallF1 } from './eval/metrics';

export interface EvalRow {
  id: string;
  task: string;
  metric: string;
  /** null when the row could not be computed (see status). */
  value: number | null;
  n: number;
  target: number | null;
  anchor: string;
  status: 'meets target' | 'below target' | 'reported' | 'analyser not ready' | 'error';
  note?: string;
  seconds?: number;
}

export interface SampleResult {
  id: string;
  kind: string;
  sentences: number;
  matched: number;
  accuracy: number;
}

export interface EvalReport {
  dataDir: string;
  skipped?: string;
  model: { version: string; createdAt: string; threshold: number; reproducible?: boolean };
  /** The check-worthiness model (trained on our own sentences) and whether a retrain reproduces it. */
  checkWorthyModel?: { version: string; threshold: number; anchorThreshold: number; reproducible: boolean };
  analyser: string;
  rows: EvalRow[];
  samples?: {
    perSample: SampleResult[];
    perClass: Record<SentenceLabel, { precision: number; recall: number; f1: number; support: number }>;
  };
}

const LABELS: readonly SentenceLabel[] = ['fact', 'attributed', 'framing'];
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function status(value: number, target: number | null): EvalRow['status'] {
  if (target === null) return 'reported';
  return value >= target ? 'meets target' : 'below target';
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, (performance.now() - t0) / 1000];
}

function notReady(id: string, task: string, metric: string, n: number, target: number | null, anchor: string, reason: string): EvalRow {
  return { id, task, metric, value: null, n, target, anchor, status: 'analyser not ready', note: reason };
}

function errorRow(id: string, task: string, metric: string, n: number, target: number | null, anchor: string, err: unknown): EvalRow {
  return { id, task, metric, value: null, n, target, anchor, status: 'error', note: (err as Error).message.split('\n')[0] };
}

function ci(gold: boolean[], pred: boolean[], metric = macroF1): string {
  const [lo, hi] = bootstrapInterval(gold, pred, metric);
  return `[${lo.toFixed(3)}, ${hi.toFixed(3)}]`;
}

function subjectivityRows(
  key: string,
  task: string,
  data: LabelledSentence[],
  target: number,
  anchor: string,
  analyser: AnalyserLike | null,
  reason: string,
): EvalRow[] {
  const gold = data.map((d) => d.subjective);
  const model = loadSubjectivityModel();
  const [probs, secs] = timed(() => data.map((d) => model.predict(d.text)));
  const pred = probs.map((p) => p >= model.threshold);
  const mf = macroF1(gold, pred);
  const cal = calibration(probs, gold);
  const rows: EvalRow[] = [
    {
      id: `${key}-model`,
      task: `${task}: subjectivity model alone`,
      metric: 'macro-F1 SUBJ/OBJ',
      value: mf,
      n: data.length,
      target,
      anchor,
      status: status(mf, target),
      note: `95% CI ${ci(gold, pred)}; SUBJ F1 ${f1Score(gold, pred).toFixed(3)}; calibration ECE ${cal.ece.toFixed(3)}, Brier ${cal.brier.toFixed(3)} (SUBJ share ${(gold.filter(Boolean).length / gold.length).toFixed(2)} here vs 0.36 in training)`,
      seconds: secs,
    },
  ];
  const id = `${key}-analyser`;
  const t = `${task}: analyser 'subjective'`;
  if (!analyser) rows.push(notReady(id, t, 'macro-F1 SUBJ/OBJ', data.length, target, anchor, reason));
  else {
    try {
      const [ap, s2] = timed(() => data.map((d) => analyser.analyzeSentence(d.text).subjective));
      const v = macroF1(gold, ap);
      rows.push({ id, task: t, metric: 'macro-F1 SUBJ/OBJ', value: v, n: data.length, target, anchor, status: status(v, target), note: `95% CI ${ci(gold, ap)}; SUBJ F1 ${f1Score(gold, ap).toFixed(3)}`, seconds: s2 });
    } catch (err) {
      rows.push(errorRow(id, t, 'macro-F1 SUBJ/OBJ', data.length, target, anchor, err));
    }
  }
  return rows;
}

function babeRows(analyser: AnalyserLike | null, reason: string): EvalRow[] {
  const data = loadBabe();
  const sentAnchor = 'best 0.804 (BERT-family)';
  const wordAnchor = 'neg.-sentiment lexicon 0.40; XGBoost 0.32';
  const sentTask = 'BABE SG2 dev: sentence biased vs non-biased (biased = loaded span or framing label)';
  const wordTask = 'BABE SG2 dev: biased words (our loaded spans vs biased_words, token level)';
  if (!analyser) {
    return [
      notReady('babe-sentence', sentTask, 'macro-F1', data.length, null, sentAnchor, reason),
      notReady('babe-words', wordTask, 'token F1', data.length, 0.45, wordAnchor, reason),
    ];
  }
  try {
    const t0 = performance.now();
    const gold: boolean[] = [];
    const pred: boolean[] = [];
    const predLoadedOnly: boolean[] = [];
    const predFramingOnly: boolean[] = [];
    const predModel: boolean[] = [];
    const model = loadSubjectivityModel();
    const counts: Record<Half | 'all', { tp: number; fp: number; fn: number }> = {
      dev: { tp: 0, fp: 0, fn: 0 },
      test: { tp: 0, fp: 0, fn: 0 },
      all: { tp: 0, fp: 0, fn: 0 },
    };
    for (const row of data) {
      const a = analyser.analyzeSentence(row.text);
      const loaded = a.loaded ?? [];
      gold.push(row.biased);
      pred.push(loaded.length > 0 || a.label === 'framing');
      predLoadedOnly.push(loaded.length > 0);
      predFramingOnly.push(a.label === 'framing');
      predModel.push(model.isSubjective(row.text));
      const c = biasedTokenCounts(row.text, row.biasedWords, loaded);
      for (const k of [halfOf(row.text), 'all'] as const) {
        counts[k].tp += c.tp;
        counts[k].fp += c.fp;
        counts[k].fn += c.fn;
      }
    }
    const secs = (performance.now() - t0) / 1000;
    const sent = macroF1(gold, pred);
    const wordRow = (k: Half | 'all'): EvalRow => {
      const c = counts[k];
      const m = precisionRecallF1(c);
      const half = k === 'all' ? 'whole set' : k === 'dev' ? 'DEV half (used for development)' : 'TEST half (held out)';
      return {
        id: k === 'all' ? 'babe-words' : `babe-words-${k}`,
        task: `${wordTask}, ${half}`,
        metric: 'token F1',
        value: m.f1,
        n: c.tp + c.fn,
        target: 0.45,
        anchor: wordAnchor,
        status: status(m.f1, 0.45),
        note: `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}; n = gold biased tokens; predicted tokens ${c.tp + c.fp}`,
      };
    };
    return [
      {
        id: 'babe-sentence',
        task: sentTask,
        metric: 'macro-F1',
        value: sent,
        n: data.length,
        target: null,
        anchor: sentAnchor,
        status: 'reported',
        note: `95% CI ${ci(gold, pred)}; diagnostics, same data: loaded span only ${macroF1(gold, predLoadedOnly).toFixed(3)}, framing label only ${macroF1(gold, predFramingOnly).toFixed(3)}, subjectivity model alone ${macroF1(gold, predModel).toFixed(3)}`,
        seconds: secs,
      },
      wordRow('dev'),
      wordRow('test'),
      wordRow('all'),
    ];
  } catch (err) {
    return [
      errorRow('babe-sentence', sentTask, 'macro-F1', data.length, null, sentAnchor, err),
      errorRow('babe-words', wordTask, 'token F1', data.length, 0.45, wordAnchor, err),
    ];
  }
}

function claimBusterRows(analyser: AnalyserLike | null, reason: string): EvalRow[] {
  const data = loadClaimBuster();
  const task = 'ClaimBuster (train.json): analyser checkWorthy vs label 1';
  const anchor = 'none given in data README';
  const halves: [Half | 'all', string][] = [['dev', 'DEV half (used for development)'], ['test', 'TEST half (held out)'], ['all', 'whole set']];
  const idOf = (k: Half | 'all'): string => (k === 'all' ? 'claimbuster' : `claimbuster-${k}`);
  if (!analyser) return halves.map(([k, h]) => notReady(idOf(k), `${task}, ${h}`, 'F1 (check-worthy)', data.length, 0.7, anchor, reason));
  try {
    const [predAll, secs] = timed(() => data.map((d) => analyser.analyzeSentence(d.text).checkWorthy));
    return halves.map(([k, h]) => {
      const idx = data.map((_, i) => i).filter((i) => k === 'all' || halfOf(data[i].id) === k);
      const gold = idx.map((i) => data[i].checkWorthy);
      const pred = idx.map((i) => predAll[i]);
      const c = precisionRecallF1({
        tp: pred.filter((p, i) => p && gold[i]).length,
        fp: pred.filter((p, i) => p && !gold[i]).length,
        fn: pred.filter((p, i) => !p && gold[i]).length,
      });
      return {
        id: idOf(k),
        task: `${task}, ${h}`,
        metric: 'F1 (check-worthy)',
        value: c.f1,
        n: idx.length,
        target: 0.7,
        anchor,
        status: status(c.f1, 0.7),
        note: `95% CI ${ci(gold, pred, f1Score)}; P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)}`,
        seconds: k === 'all' ? secs : undefined,
      };
    });
  } catch (err) {
    return halves.map(([k, h]) => errorRow(idOf(k), `${task}, ${h}`, 'F1 (check-worthy)', data.length, 0.7, anchor, err));
  }
}

/** Voices (heard / not heard) against the sample keys' voice lists: reported, not a target. */
async function voiceRows(analyser: AnalyserLike | null, reason: string): Promise<EvalRow[]> {
  const keys = loadKeys().filter((k) => k.key.voices);
  const task = `Sample library (${keys.length} keyed articles): voices, lenient name match (scripts/eval/voices.ts)`;
  const nHeard = keys.reduce((n, k) => n + k.key.voices.heard.length, 0);
  const nNot = keys.reduce((n, k) => n + k.key.voices.notHeard.length, 0);
  if (!analyser) return [notReady('voices-heard', task, 'heard F1', nHeard, null, '—', reason), notReady('voices-not-heard', task, 'not-heard F1', nNot, null, '—', reason)];
  try {
    const clean = await loadCleaner();
    const articles = keys.map(({ key, text }) => ({
      id: key.id,
      key: key.voices,
      voices: (clean ? analyser.analyzeArticle(text, clean(text)) : analyser.analyzeArticle(text)).voices,
    }));
    const v = scoreVoices(articles);
    const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
    return [
      { id: 'voices-heard', task, metric: 'heard F1', value: f1(v.heardPrecision, v.heardRecall), n: nHeard, target: null, anchor: '—', status: 'reported',
        note: `heard P ${v.heardPrecision.toFixed(2)} (${v.heardCorrect}/${v.heardPredicted}) R ${v.heardRecall.toFixed(2)} (${v.heardFound}/${v.heardKeyed})` },
      { id: 'voices-not-heard', task, metric: 'not-heard F1', value: f1(v.notHeardPrecision, v.notHeardRecall), n: nNot, target: null, anchor: '—', status: 'reported',
        note: `not heard P ${v.notHeardPrecision.toFixed(2)} (${v.notHeardCorrect}/${v.notHeardKeyedPredicted} keyed) R ${v.notHeardRecall.toFixed(2)} (${v.notHeardFound}/${v.notHeardKeyed}); ${v.unkeyed} not-heard voices match no key entry (places, passers-by or non-names)` },
    ];
  } catch (err) {
    return [errorRow('voices-heard', task, 'heard F1', nHeard, null, '—', err)];
  }
}

async function articleSentences(analyser: AnalyserLike, original: string) {
  const clean = await loadCleaner();
  const analysis = clean ? analyser.analyzeArticle(original, clean(original)) : analyser.analyzeArticle(original);
  return analysis.sentences.map((s) => ({ text: original.slice(s.start, s.end), label: s.label }));
}

async function seedRow(analyser: AnalyserLike | null, reason: string): Promise<EvalRow> {
  const paths = seedPaths();
  const gold = parseSeedGold(readFileSync(paths.gold, 'utf8'));
  const task = 'Seed article vs seed-gold.md (training data of the label model: in-sample): sentence label (fact/attributed/framing)';
  if (!analyser) return notReady('seed', task, 'accuracy', gold.length, null, '—', reason);
  try {
    const original = readFileSync(paths.article, 'utf8');
    const sents = await articleSentences(analyser, original);
    let correct = 0;
    let unmatched = 0;
    const wrong: string[] = [];
    for (const g of gold) {
      const hit = sents.find((s) => matchesAbbreviated(s.text, g.text));
      if (!hit) unmatched++;
      else if (hit.label === g.label) correct++;
      else wrong.push(`#${g.index} ${g.label}→${hit.label}`);
    }
    const acc = correct / gold.length;
    return {
      id: 'seed',
      task,
      metric: 'accuracy',
      value: acc,
      n: gold.length,
      target: null,
      anchor: '—',
      status: 'reported',
      note: `${unmatched} unmatched${wrong.length ? `; wrong: ${wrong.join(', ')}` : ''}`,
    };
  } catch (err) {
    return errorRow('seed', task, 'accuracy', gold.length, null, '—', err);
  }
}

function loadKeys(): { key: AnswerKey; text: string }[] {
  const dir = resolve(repoRoot, 'resources', 'samples');
  if (!existsSync(dir)) return [];
  const out: { key: AnswerKey; text: string }[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.key.json')).sort()) {
    const key = JSON.parse(readFileSync(join(dir, f), 'utf8')) as AnswerKey;
    const txt = join(dir, key.file);
    if (existsSync(txt)) out.push({ key, text: readFileSync(txt, 'utf8') });
  }
  return out;
}

async function sampleRows(analyser: AnalyserLike | null, reason: string): Promise<{ rows: EvalRow[]; samples?: EvalReport['samples'] }> {
  const keys = loadKeys();
  const total = keys.reduce((n, k) => n + k.key.sentences.length, 0);
  const task = `Sample library (${keys.length} keyed articles, training data of the label model: in-sample): sentence label`;
  if (!analyser) {
    return { rows: [notReady('samples', task, 'accuracy', total, null, '—', reason), notReady('samples-macro', task, 'macro-F1 (3 labels)', total, null, '—', reason)] };
  }
  try {
    const gold: SentenceLabel[] = [];
    const pred: (SentenceLabel | 'unmatched')[] = [];
    const perSample: SampleResult[] = [];
    for (const { key, text } of keys) {
      const sents = await articleSentences(analyser, text);
      const sTexts = sents.map((s) => s.text);
      let ok = 0;
      let matched = 0;
      for (const ks of key.sentences) {
        const i = findSentence(ks.text, sTexts);
        const p = i >= 0 ? sents[i].label : 'unmatched';
        if (i >= 0) matched++;
        if (p === ks.label) ok++;
        gold.push(ks.label);
        pred.push(p);
      }
      perSample.push({ id: key.id, kind: key.kind, sentences: key.sentences.length, matched, accuracy: ok / Math.max(1, key.sentences.length) });
    }
    const perClass = perClassF1<SentenceLabel>(gold, pred as SentenceLabel[], LABELS);
    const acc = accuracy<string>(gold, pred);
    const macro = LABELS.reduce((s, k) => s + perClass[k].f1, 0) / LABELS.length;
    const unmatched = pred.filter((p) => p === 'unmatched').length;
    const classNote = LABELS.map((k) => `${k} F1 ${perClass[k].f1.toFixed(2)} (n=${perClass[k].support})`).join(', ');
    return {
      rows: [
        { id: 'samples', task, metric: 'accuracy', value: acc, n: gold.length, target: null, anchor: '—', status: 'reported', note: `${unmatched} key sentences unmatched` },
        { id: 'samples-macro', task, metric: 'macro-F1 (3 labels)', value: macro, n: gold.length, target: null, anchor: '—', status: 'reported', note: classNote },
      ],
      samples: { perSample, perClass },
    };
  } catch (err) {
    return { rows: [errorRow('samples', task, 'accuracy', total, null, '—', err)] };
  }
}

export async function runEval(): Promise<EvalReport> {
  const dir = dataDir();
  const model = loadSubjectivityModel();
  const modelInfo: EvalReport['model'] = { version: model.info.version, createdAt: model.info.createdAt, threshold: model.threshold };
  if (!dataAvailable(dir)) {
    return { dataDir: dir, skipped: 'skipped: data not found', model: modelInfo, analyser: 'not loaded', rows: [] };
  }
  // The shipped weights must be what the training script produces from NewsSD-ENG today.
  const { trainShippedModel, MODEL_PATH } = await import('./train-subjectivity');
  modelInfo.reproducible = readFileSync(MODEL_PATH, 'utf8') === trainShippedModel().text;
  const cw = await import('./train-checkworthy');
  const cwFile = cw.trainCheckWorthy();
  const checkWorthyModel = {
    version: cwFile.file.version,
    threshold: cwFile.file.threshold,
    anchorThreshold: cwFile.file.anchorThreshold,
    reproducible: existsSync(cw.CHECKWORTHY_MODEL_PATH) && readFileSync(cw.CHECKWORTHY_MODEL_PATH, 'utf8') === cwFile.text,
  };
  const { analyser, reason = '', startupMs } = await loadAnalyser();
  const rows: EvalRow[] = [];
  rows.push(
    ...subjectivityRows('checkthat-dev', 'CheckThat! 2025 EN dev', loadCheckThat('dev'), 0.7, 'CT24 test best 0.744; SBERT+LR 0.63', analyser, reason),
  );
  rows.push(
    ...subjectivityRows('newssd-test', 'NewsSD-ENG test', loadNewsSd('test'), 0.7, 'TF-IDF+LR 0.55; SBERT+LR 0.69; mBERT 0.76', analyser, reason),
  );
  rows.push(...babeRows(analyser, reason));
  rows.push(...claimBusterRows(analyser, reason));
  rows.push(await seedRow(analyser, reason));
  const s = await sampleRows(analyser, reason);
  rows.push(...s.rows);
  rows.push(...(await voiceRows(analyser, reason)));
  return {
    dataDir: dir,
    model: modelInfo,
    checkWorthyModel,
    analyser: analyser ? `createAnalyser() loaded in ${startupMs?.toFixed(0)} ms` : reason,
    rows,
    samples: s.samples,
  };
}

function checkWorthyLine(report: EvalReport): string {
  const c = report.checkWorthyModel;
  if (!c) return 'check-worthiness model: not checked';
  return `check-worthiness model ${c.version}, thresholds ${c.threshold} / ${c.anchorThreshold} with an anchor${c.reproducible ? '; retraining reproduces the shipped file byte for byte' : '; WARNING: the shipped file differs from a fresh retrain (run npm run train:checkworthy)'}`;
}

function fmt(v: number | null): string {
  return v === null ? '—' : v.toFixed(3);
}

export function formatTable(report: EvalReport): string {
  const lines: string[] = [];
  lines.push(`Framewise evaluation — data: ${report.dataDir}`);
  const repro =
    report.model.reproducible === undefined ? '' : report.model.reproducible ? '; retraining reproduces the shipped file byte for byte' : '; WARNING: the shipped file differs from a fresh retrain (run npm run train)';
  lines.push(`subjectivity model ${report.model.version} (${report.model.createdAt}), threshold ${report.model.threshold}${repro}`);
  lines.push(`analyser: ${report.analyser}`);
  lines.push(checkWorthyLine(report));
  lines.push('');
  const header = ['task', 'metric', 'ours', 'n', 'target', 'published anchor', 'status'];
  const body = report.rows.map((r) => [r.task, r.metric, fmt(r.value), String(r.n), r.target === null ? '—' : `≥ ${r.target.toFixed(2)}`, r.anchor, r.status]);
  lines.push(`| ${header.join(' | ')} |`);
  lines.push(`|${header.map(() => '---').join('|')}|`);
  for (const b of body) lines.push(`| ${b.join(' | ')} |`);
  const notes = report.rows.filter((r) => r.note);
  if (notes.length) {
    lines.push('');
    for (const r of notes) lines.push(`- ${r.id}: ${r.note}${r.seconds !== undefined ? ` (${r.seconds.toFixed(1)} s)` : ''}`);
  }
  if (report.samples) {
    lines.push('');
    lines.push('| sample | kind | key sentences | matched | accuracy |');
    lines.push('|---|---|---|---|---|');
    for (const s of report.samples.perSample) lines.push(`| ${s.id} | ${s.kind} | ${s.sentences} | ${s.matched} | ${s.accuracy.toFixed(3)} |`);
  }
  return lines.join('\n');
}

const DOC_PATH = resolve(repoRoot, 'docs', 'EVALUATION.md');

/** Replaces the table between the eval-table markers in docs/EVALUATION.md. */
export function updateDoc(doc: string, report: EvalReport, date: string): string {
  const start = '<!-- eval-table:start -->';
  const end = '<!-- eval-table:end -->';
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error('docs/EVALUATION.md has no eval-table markers');
  const body = formatTable(report).split('\n').slice(5).join('\n');
  const repro = report.model.reproducible === undefined ? '' : report.model.reproducible ? ' (retraining reproduces it byte for byte)' : ' (WARNING: differs from a fresh retrain)';
  const stamp = `Generated by \`npm run eval -- --update-docs\` on ${date}; subjectivity model ${report.model.version}${repro}, threshold ${report.model.threshold}; ${checkWorthyLine(report)}; analyser: ${report.analyser}.`;
  return `${doc.slice(0, a + start.length)}\n${stamp}\n\n${body}\n${doc.slice(b)}`;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const report = await runEval();
  if (report.skipped) {
    const msg = `${report.skipped} (looked for ${join(report.dataDir, 'newssd-eng', 'train.csv')}; put shared/ beside the repository or set FRAMEWISE_DATA_DIR)`;
    if (json) console.log(JSON.stringify({ ...report, skipped: msg }));
    else console.log(msg);
    return;
  }
  // Our own held-out articles: items exactly as `npm run items` prints them.
  // Only the sets whose markers are in docs/EVALUATION.md are written there; all are printed.
  const sets = [
    { dir: HELDOUT35_DIR, marker: 'rev35-heldout35-table', title: 'thirty-fifth set, tests/heldout-35/articles (never tuned on)' },
    { dir: HELDOUT34_DIR, marker: 'rev35-heldout34-table', title: 'thirty-fourth set, tests/heldout-34/articles (scored once at the thirty-fourth revision; aggregates seen since)' },
    { dir: HELDOUT33_DIR, marker: 'rev35-heldout33-table', title: 'thirty-third set, tests/heldout-33/articles (seen)' },
    { dir: HELDOUT32_DIR, marker: 'rev35-heldout32-table', title: 'thirty-second set, tests/heldout-32/articles (seen)' },
    { dir: HELDOUT31_DIR, marker: 'rev35-heldout31-table', title: 'thirty-first set, tests/heldout-31/articles (seen)' },
    { dir: HELDOUT30_DIR, marker: 'rev35-heldout30-table', title: 'thirtieth set, tests/heldout-30/articles (seen)' },
    { dir: HELDOUT29_DIR, marker: 'rev35-heldout29-table', title: 'twenty-ninth set, tests/heldout-29/articles (seen)' },
    { dir: HELDOUT28_DIR, marker: 'rev35-heldout28-table', title: 'twenty-eighth set, tests/heldout-28/articles (seen)' },
    { dir: HELDOUT27_DIR, marker: 'rev35-heldout27-table', title: 'twenty-seventh set, tests/heldout-27/articles (seen)' },
    { dir: HELDOUT26_DIR, marker: 'rev35-heldout26-table', title: 'twenty-sixth set, tests/heldout-26/articles (seen)' },
    { dir: HELDOUT25_DIR, marker: 'rev35-heldout25-table', title: 'twenty-fifth set, tests/heldout-25/articles (seen)' },
    { dir: HELDOUT24_DIR, marker: 'rev35-heldout24-table', title: 'twenty-fourth set, tests/heldout-24/articles (seen)' },
    { dir: HELDOUT23_DIR, marker: 'rev35-heldout23-table', title: 'twenty-third set, tests/heldout-23/articles (seen)' },
    { dir: HELDOUT22_DIR, marker: 'rev35-heldout22-table', title: 'twenty-second set, tests/heldout-22/articles (seen)' },
    { dir: HELDOUT21_DIR, marker: 'rev35-heldout21-table', title: 'twenty-first set, tests/heldout-21/articles (seen)' },
    { dir: HELDOUT20_DIR, marker: 'rev35-heldout20-table', title: 'twentieth set, tests/heldout-20/articles (seen)' },
    { dir: HELDOUT19_DIR, marker: 'rev35-heldout19-table', title: 'nineteenth set, tests/heldout-19/articles (seen)' },
    { dir: HELDOUT18_DIR, marker: 'rev35-heldout18-table', title: 'eighteenth set, tests/heldout-18/articles (seen)' },
    { dir: HELDOUT17_DIR, marker: 'rev35-heldout17-table', title: 'seventeenth set, tests/heldout-17/articles (seen)' },
    { dir: HELDOUT16_DIR, marker: 'rev35-heldout16-table', title: 'sixteenth set, tests/heldout-16/articles (seen)' },
    { dir: HELDOUT15_DIR, marker: 'rev35-heldout15-table', title: 'fifteenth set, tests/heldout-15/articles (seen)' },
    { dir: HELDOUT14_DIR, marker: 'rev35-heldout14-table', title: 'fourteenth set, tests/heldout-14/articles (seen)' },
    { dir: HELDOUT13_DIR, marker: 'rev35-heldout13-table', title: 'thirteenth set, tests/heldout-13/articles (seen)' },
    { dir: HELDOUT12_DIR, marker: 'rev35-heldout12-table', title: 'twelfth set, tests/heldout-12/articles (seen)' },
    { dir: HELDOUT11_DIR, marker: 'rev35-heldout11-table', title: 'eleventh set, tests/heldout-11/articles (seen)' },
    { dir: HELDOUT10_DIR, marker: 'rev35-heldout10-table', title: 'tenth set, tests/heldout-10/articles (seen)' },
    { dir: HELDOUT9_DIR, marker: 'rev35-heldout9-table', title: 'ninth set, tests/heldout-9/articles (seen)' },
    { dir: HELDOUT8_DIR, marker: 'rev35-heldout8-table', title: 'eighth set, tests/heldout-8/articles (seen)' },
    { dir: HELDOUT7_DIR, marker: 'rev35-heldout7-table', title: 'seventh set, tests/heldout-7/articles (seen)' },
    { dir: HELDOUT6_DIR, marker: 'rev35-heldout6-table', title: 'sixth set, tests/heldout-6/articles (seen)' },
    { dir: HELDOUT5_DIR, marker: 'rev35-heldout5-table', title: 'fifth set, tests/heldout-5/articles (seen)' },
    { dir: HELDOUT4_DIR, marker: 'rev35-heldout4-table', title: 'fourth set, tests/heldout-4/articles (seen)' },
    { dir: HELDOUT3_DIR, marker: 'rev35-heldout3-table', title: 'third set, tests/heldout-3/articles (seen)' },
    { dir: HELDOUT2_DIR, marker: 'rev35-heldout2-table', title: 'second set, tests/heldout-2/articles (seen)' },
    { dir: HELDOUT_DIR, marker: 'rev35-heldout-table', title: 'first set, tests/heldout/articles (seen)' },
  ];
  const scored = [];
  // One analyser for every set: wink's model loader grows a structure it serialises on each load, and
  // building the analyser afresh for each of nineteen sets made that JSON.stringify overflow V8's
  // string limit ("Invalid string length").
  const analyser = createAnalyser();
  for (const set of sets) scored.push({ ...set, report: await scoreHeldout(set.dir, analyser) });
  if (json) {
    console.log(JSON.stringify({ ...report, heldout: scored.map(({ report: { disagreements: _d, ...r }, title }) => ({ title, ...r })) }, null, 2));
  } else {
    console.log(formatTable(report));
    for (const s of scored) console.log(`\n${formatHeldout(s.report, s.title)}`);
  }
  if (process.argv.includes('--update-docs')) {
    const date = new Date().toISOString().slice(0, 10);
    let doc = updateDoc(readFileSync(DOC_PATH, 'utf8'), report, date);
    for (const s of scored) {
      const hs = `<!-- ${s.marker}:start -->`;
      const he = `<!-- ${s.marker}:end -->`;
      const a = doc.indexOf(hs);
      const b = doc.indexOf(he);
      if (a >= 0 && b > a) doc = `${doc.slice(0, a + hs.length)}\nGenerated by \`npm run eval -- --update-docs\` on ${date}.\n\n${formatHeldout(s.report, s.title)}\n${doc.slice(b)}`;
    }
    writeFileSync(DOC_PATH, doc);
    if (!json) console.log(`\nupdated ${DOC_PATH}`);
  }
  if (report.rows.some((r) => r.status === 'error')) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`eval failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
