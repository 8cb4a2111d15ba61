/**
 * `npm run bench` — speed and memory of the analysis core on a generated corpus of news-like
 * articles (scripts/bench/corpus.ts, deterministic). Prints numbers with their targets; it
 * never fails on a missed target (timing is machine-dependent), only on a crash.
 *
 *   npm run bench -- --articles 1000   corpus size (default 1000, minimum 1000 for the report)
 *   npm run bench -- --json            machine-readable output
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { PerformanceObserver } from 'node:perf_hooks';
import { availableParallelism, loadavg } from 'node:os';
import { loadAnalyser, loadCleaner } from './eval/analyser';
import { generateCorpus, longDocument } from './bench/corpus';
import { tokenisers } from './bench/tokenise';

interface Metric {
  name: string;
  value: number | null;
  unit: string;
  target: string;
  pass: boolean | null;
  note?: string;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  // Timing on a shared machine is only meaningful when the machine is otherwise idle.
  const loadBefore = loadavg()[0];
  const count = Math.max(1, Math.floor(arg('--articles', 1000)));
  const metrics: Metric[] = [];
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

  // Start-up first, before anything else has loaded the analysis modules. Under tsx this
  // includes on-the-fly TypeScript transpilation, so it overstates the bundled app's start-up.
  const loaded = await loadAnalyser();
  const { analyser } = loaded;

  const tModel = performance.now();
  const { createSubjectivityModel, loadSubjectivityModel } = await import('../src/core/analysis/subjectivity-model');
  const modelImportMs = performance.now() - tModel;
  const raw = (await import('../resources/models/subjectivity.json')).default;
  const tDecode = performance.now();
  createSubjectivityModel(raw as never);
  const modelDecodeMs = performance.now() - tDecode;

  const tGen = performance.now();
  const corpus = generateCorpus(count);
  const genMs = performance.now() - tGen;
  const totalWords = corpus.reduce((n, a) => n + a.words, 0);

  const clean = await loadCleaner();
  const tClean = performance.now();
  const blocks = clean ? corpus.map((a) => clean(a.text)) : corpus.map(() => undefined);
  const cleanMs = performance.now() - tClean;

  let peakHeap = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    if (m.rss > peakRss) peakRss = m.rss;
  };

  // The subjectivity model alone, over crude sentence splits of the corpus.
  const model = loadSubjectivityModel();
  const sentences = corpus.flatMap((a) => a.text.split(/(?<=[.!?…”])\s+(?=[“A-Z])/));
  const tM = performance.now();
  let sink = 0;
  for (const s of sentences) sink += model.predict(s);
  const modelMs = performance.now() - tM;
  sample();
  const modelWps = totalWords / (modelMs / 1000);
  metrics.push({ name: 'subjectivity model alone', value: Math.round(modelWps), unit: 'words/s', target: '≥ 100,000', pass: modelWps >= 100_000, note: `${sentences.length} sentences (checksum ${sink.toFixed(1)})` });
  metrics.push({ name: 'model module import incl. JSON (≈0 when the analyser already loaded it)', value: round1(modelImportMs), unit: 'ms', target: '—', pass: null, note: `decode weights ${round1(modelDecodeMs)} ms` });

  if (!analyser) {
    for (const name of ['analyser start-up', 'whole analysis throughput', 'median per 1,000 words', 'p95 per 1,000 words']) {
      metrics.push({ name, value: null, unit: '', target: '—', pass: null, note: loaded.reason });
    }
  } else {
    const startupMs = loaded.startupMs ?? NaN;
    metrics.push({ name: 'analyser start-up (import + createAnalyser)', value: round1(startupMs), unit: 'ms', target: '< 500', pass: startupMs < 500 });
    const tCold = performance.now();
    analyser.analyzeArticle(corpus[0].text, blocks[0]);
    const coldMs = performance.now() - tCold;
    metrics.push({ name: 'first article (cold, JIT warm-up)', value: round1(coldMs), unit: 'ms', target: '—', pass: null, note: `${corpus[0].words} words` });

    const perArticle: number[] = [];
    const per1000: number[] = [];
    const bucket: number[] = [];
    let gcMs = 0;
    const gcObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) gcMs += e.duration;
    });
    gcObserver.observe({ entryTypes: ['gc'] });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < corpus.length; i++) {
      const a = corpus[i];
      const s = performance.now();
      analyser.analyzeArticle(a.text, blocks[i]);
      const ms = performance.now() - s;
      perArticle.push(ms);
      per1000.push((ms * 1000) / a.words);
      if (a.words >= 900 && a.words <= 1100) bucket.push(ms);
      if (i % 20 === 0) sample();
    }
    const totalMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    sample();
    // GC entries are delivered asynchronously: let them arrive before reading the total.
    await new Promise((r) => setTimeout(r, 50));
    gcObserver.disconnect();
    const wps = totalWords / (totalMs / 1000);
    per1000.sort((x, y) => x - y);
    bucket.sort((x, y) => x - y);
    const med = quantile(per1000, 0.5);
    metrics.push({ name: 'whole analysis throughput', value: Math.round(wps), unit: 'words/s', target: '≥ 100,000', pass: wps >= 100_000, note: `${corpus.length} articles, ${totalWords} words in ${round1(totalMs / 1000)} s` });
    const cpuS = (cpu.user + cpu.system) / 1e6;
    metrics.push({ name: 'throughput per CPU-second of this process', value: Math.round(totalWords / cpuS), unit: 'words/s', target: '—', pass: null, note: `${round1(cpuS)} CPU-s (incl. GC threads) for ${round1(totalMs / 1000)} s wall; GC pauses ${round1(gcMs / 1000)} s` });
    metrics.push({ name: 'median per 1,000 words (all articles, normalised)', value: round1(med), unit: 'ms', target: '< 25', pass: med < 25 });
    metrics.push({ name: 'p95 per 1,000 words (all articles, normalised)', value: round1(quantile(per1000, 0.95)), unit: 'ms', target: '—', pass: null });
    // Side by side: each article is tokenised bare, tokenised with the analyser's wink pipe and
    // analysed, one right after the other, so load on a shared machine hits all three alike and
    // the ratio holds even when the absolute rates do not.
    const tk = tokenisers();
    for (const a of corpus.slice(0, 20)) {
      tk.bare(a.text);
      tk.analyserPipe(a.text);
    }
    let bareMs = 0, posMs = 0, anaMs = 0;
    for (let i = 0; i < corpus.length; i++) {
      const t = corpus[i].text;
      const s0 = performance.now();
      tk.bare(t);
      const s1 = performance.now();
      tk.analyserPipe(t);
      const s2 = performance.now();
      analyser.analyzeArticle(t, blocks[i]);
      const s3 = performance.now();
      bareMs += s1 - s0;
      posMs += s2 - s1;
      anaMs += s3 - s2;
    }
    const ratio = bareMs / anaMs;
    metrics.push({ name: 'bare wink-nlp tokenisation, same texts, interleaved (empty pipe)', value: Math.round(totalWords / (bareMs / 1000)), unit: 'words/s', target: '—', pass: null, note: `wink with the analyser's pipe (pos, sentiment) ${Math.round(totalWords / (posMs / 1000)).toLocaleString('en-US')} words/s; whole analysis in the same pass ${Math.round(totalWords / (anaMs / 1000)).toLocaleString('en-US')} words/s` });
    metrics.push({ name: 'whole analysis ÷ bare tokenisation (interleaved, same texts)', value: Math.round(ratio * 1000) / 10, unit: '%', target: '≥ 50', pass: ratio >= 0.5, note: `÷ wink with pos+sentiment ${(100 * posMs / anaMs).toFixed(1)} %: the analysis costs ${(anaMs / bareMs).toFixed(1)}× bare tokenisation and ${(anaMs / posMs).toFixed(1)}× wink's POS-tagging pipe` });

    // One long document made of the first articles, against the same articles apart: apart,
    // long, apart, long, apart (so load drifts hit both), comparing the medians.
    const long = longDocument(corpus);
    const longBlocks = clean ? clean(long.text) : undefined;
    const longRuns: number[] = [];
    const partRuns: number[] = [];
    let sentencesInLong = 0;
    const runParts = () => {
      const t = performance.now();
      for (let i = 0; i < long.parts.length; i++) analyser.analyzeArticle(long.parts[i].text, blocks[i]);
      partRuns.push(performance.now() - t);
    };
    runParts();
    for (let k = 0; k < 2; k++) {
      const t = performance.now();
      sentencesInLong = analyser.analyzeArticle(long.text, longBlocks).sentences.length;
      longRuns.push(performance.now() - t);
      sample();
      runParts();
    }
    const medianOf = (xs: number[]) => quantile([...xs].sort((x, y) => x - y), 0.5);
    const longWps = long.words / (medianOf(longRuns) / 1000);
    const partsWps = long.words / (medianOf(partRuns) / 1000);
    metrics.push({ name: `one ${long.words.toLocaleString('en-US')}-word document`, value: Math.round(longWps), unit: 'words/s', target: '≥ 0.8 × separate', pass: longWps >= 0.8 * partsWps, note: `median of 2 runs, ${round1(medianOf(longRuns) / 1000)} s, ${sentencesInLong} sentences; the same ${long.parts.length} articles apart (median of 3 runs): ${Math.round(partsWps).toLocaleString('en-US')} words/s (long ÷ separate ${(longWps / partsWps).toFixed(2)})` });
    if (bucket.length) {
      const bm = quantile(bucket, 0.5);
      metrics.push({ name: 'median, 900–1,100-word articles', value: round1(bm), unit: 'ms', target: '< 25', pass: bm < 25, note: `${bucket.length} articles` });
      metrics.push({ name: 'p95, 900–1,100-word articles', value: round1(quantile(bucket, 0.95)), unit: 'ms', target: '—', pass: null });
    }
  }

  const heap = getHeapStatistics();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  metrics.push({ name: 'peak RSS (OS maxRSS)', value: mb(Math.max(maxRss, peakRss)), unit: 'MiB', target: '—', pass: null, note: 'whole process incl. tsx, corpus and results' });
  metrics.push({ name: 'peak heap used (sampled)', value: mb(peakHeap), unit: 'MiB', target: '—', pass: null, note: `v8 total heap ${mb(heap.total_heap_size)} MiB, malloced peak ${mb(heap.peak_malloced_memory)} MiB` });
  if (clean) {
    metrics.push({ name: 'cleanText (import step, not in analysis timing)', value: Math.round(totalWords / (cleanMs / 1000)), unit: 'words/s', target: '—', pass: null });
  }

  const header = {
    articles: corpus.length,
    words: totalWords,
    lengths: `${Math.min(...corpus.map((a) => a.words))}–${Math.max(...corpus.map((a) => a.words))} words`,
    corpusGenerationMs: Math.round(genMs),
    node: process.version,
    cores: availableParallelism(),
    loadAverage1m: { before: Math.round(loadBefore * 100) / 100, after: Math.round(loadavg()[0] * 100) / 100 },
  };
  if (json) {
    console.log(JSON.stringify({ ...header, metrics }, null, 2));
    return;
  }
  const lines: string[] = [];
  lines.push(`Framewise bench — ${header.articles} generated articles, ${header.words} words (${header.lengths}), node ${header.node}`);
  lines.push(`machine: ${header.cores} cores, 1-min load average ${header.loadAverage1m.before} before / ${header.loadAverage1m.after} after`);
  if (Math.max(header.loadAverage1m.before, header.loadAverage1m.after) > header.cores) {
    lines.push('WARNING: the machine was busy with other work during this run; timings are pessimistic.');
  }
  lines.push('');
  lines.push('| measure | value | target | result |');
  lines.push('|---|---|---|---|');
  for (const m of metrics) {
    const v = m.value === null ? '—' : `${m.value.toLocaleString('en-US')} ${m.unit}`;
    const res = m.pass === null ? (m.value === null ? 'analyser not ready' : '') : m.pass ? 'pass' : 'MISS';
    lines.push(`| ${m.name} | ${v} | ${m.target} | ${res} |`);
  }
  const notes = metrics.filter((m) => m.note);
  if (notes.length) {
    lines.push('');
    for (const m of notes) lines.push(`- ${m.name}: ${m.note}`);
  }
  console.log(lines.join('\n'));
  if (process.argv.includes('--update-docs')) {
    const docPath = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'EVALUATION.md');
    const doc = readFileSync(docPath, 'utf8');
    const start = '<!-- bench-table:start -->';
    const end = '<!-- bench-table:end -->';
    const i = doc.indexOf(start);
    const j = doc.indexOf(end);
    if (i < 0 || j < i) throw new Error('docs/EVALUATION.md has no bench-table markers');
    const stamp = `Generated by \`npm run bench -- --update-docs\` on ${new Date().toISOString().slice(0, 10)}.`;
    writeFileSync(docPath, `${doc.slice(0, i + start.length)}\n${stamp}\n\n${lines.join('\n')}\n${doc.slice(j)}`);
    console.log(`\nupdated ${docPath}`);
  }
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

main().catch((err) => {
  console.error(`bench failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
