/**
 * `npm run bench:longdoc:chromium` — a 30,000-word article, imported and read, in real Chromium
 * (Debian's /usr/bin/chromium through Playwright, as the e2e tests drive it; never a downloaded
 * browser), on the browser-mode build, the way a learner does it:
 *   1. builds the browser-mode app (vite.web.config.mts) and serves it with `vite preview`;
 *   2. per run, in a fresh browser profile: starts the app, waits for the sample library and for
 *      the analysis worker to have loaded the analyser (the app does that once the window is idle
 *      after start-up; `--no-wait-worker` imports at once instead), then picks a generated
 *      30,000-word `.txt` in the import file input, as a learner does; the app imports it and
 *      opens it in the reader, which analyses it (nothing cached: a new text);
 *   3. then reopens it: back to the library and the article again (its analysis in memory), and
 *      after a reload (its analysis read from the persisted cache, by text hash and analyser
 *      version).
 * Each time is taken in the page: from the file input's change event (or the click on the
 * article's title) to the frame that shows "Analysis ready" (a MutationObserver, then the next
 * animation frame, then a message after that frame, so the frame's layout and paint are in). The
 * parts come from the app's User Timing marks (src/renderer/src/platform/timing.ts), read from the
 * page and from the analysis worker (whose timeline is converted through `performance.timeOrigin`),
 * and the longest main-thread task from PerformanceObserver('longtask'): every task over 50 ms.
 * Timing depends on the machine and its load (printed before and after); it never fails on a
 * missed target, only on a crash.
 *
 *   npm run bench:longdoc:chromium -- --runs 3          fresh profiles measured (default 3; medians printed)
 *   npm run bench:longdoc:chromium -- --words 30000     the article's length (default 30,000)
 *   npm run bench:longdoc:chromium -- --port 4196       the preview server's port (default 4196)
 *   npm run bench:longdoc:chromium -- --no-build        serve the existing out/web build
 *   npm run bench:longdoc:chromium -- --no-wait-worker  import as soon as the library shows
 *   npm run bench:longdoc:chromium -- --profile         an unminified build and the V8 sampling profiler
 *      over the first open (main thread): the functions with the most self time are printed, the
 *      profile written to out/bench-profiles/ (open it in Chromium's DevTools, Performance panel)
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers';
import { profiled } from './bench/chromium-profile';
import { generateArticle } from './bench/corpus';
import { LONGEST_TASK_METHOD, OBSERVE_TASKS_AND_CLICKS } from './bench/chromium-probe';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(arg('--runs', '3'));
const WORDS = Number(arg('--words', '30000'));
const PORT = Number(arg('--port', '4196'));
const BUILD = !process.argv.includes('--no-build');
const WAIT_WORKER = !process.argv.includes('--no-wait-worker');
const PROFILE = process.argv.includes('--profile');
const PROFILE_DIR = join(ROOT, 'out/bench-profiles');
const WEB_CONFIG = join(ROOT, 'vite.web.config.mts');
const TITLE = 'Long report on the ferry contract';
const READY = '.fw-an-reader__status--ready';
const ALL_DRAWN = '.fw-an-article--on[data-drawn="all"]';
const PREFIX = 'framewise:';

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`);
const median = (xs: number[]) => {
  const sorted = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * Runs in every page before its own scripts: records long tasks and the timestamps of the last
 * file pick and click, and offers `arm(selector)`: a promise of `{ frame, shown }`, the start of
 * the first animation frame after an element matching `selector` is in the document, and the time
 * of a message posted from that frame (after its layout and paint).
 */
// Plain JavaScript in a string: tsx would wrap named functions in a helper the page lacks.
const PROBE = `(() => {
  const when = (selector) => new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const frame = performance.now();
        const count = (selector) => document.querySelectorAll(selector).length;
        const elements = { page: count('*'), text: count('.fw-an-reader__text *'), voices: count('.fw-an-voices *'), claims: count('.fw-an-reader__side *') - count('.fw-an-voices *') - count('.fw-an-reader__why *') };
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ frame, shown: performance.now(), elements });
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'data-drawn'] });
    check();
  });
  const probe = {
    tasks: [],
    lastChange: 0,
    lastClick: 0,
    ready: null,
    drawn: null,
    arm() { probe.ready = when(${JSON.stringify(READY)}); probe.drawn = when(${JSON.stringify(ALL_DRAWN)}); },
    ${LONGEST_TASK_METHOD}
  };
  window.__longdoc = probe;
  ${OBSERVE_TASKS_AND_CLICKS}
  document.addEventListener('change', (event) => { if (event.target && event.target.type === 'file') probe.lastChange = event.timeStamp; }, true);
})();`;

/** One open, in the page's time (ms since its time origin). */
interface Open {
  from: number;
  frame: number;
  shown: number;
  allDrawn: number;
  longest: number;
  /** Elements in the page at the frame that shows "Analysis ready": all, the article's text, the Voices panel, the other side panels. */
  elements: { page: number; text: number; voices: number; claims: number };
  /** The last mark of each name at or after `from`, page and worker alike. */
  marks: Map<string, number>;
}

async function marksSince(page: Page, from: number): Promise<Map<string, number>> {
  const read = () =>
    ({
      origin: performance.timeOrigin,
      marks: performance.getEntriesByType('mark').map((entry) => [entry.name, entry.startTime] as [string, number]),
    });
  const own = await page.evaluate(read);
  const out = new Map<string, number>();
  const add = (list: [string, number][], shift: number) => {
    for (const [name, at] of list) {
      const time = at + shift;
      if (name.startsWith(PREFIX) && time >= from - 0.5) out.set(name.slice(PREFIX.length), time);
    }
  };
  add(own.marks, 0);
  for (const worker of page.workers()) {
    if (!worker.url().includes('analysis')) continue;
    const theirs = await worker.evaluate(read);
    add(theirs.marks, theirs.origin - own.origin);
  }
  return out;
}

const probeOf = 'window.__longdoc';

async function finishOpen(page: Page, start: 'lastChange' | 'lastClick'): Promise<Open> {
  const timing = (await page.evaluate(`(async () => {
    const probe = ${probeOf};
    const ready = await probe.ready;
    const drawn = await probe.drawn;
    const from = probe.${start};
    return { from, frame: ready.frame, shown: ready.shown, elements: ready.elements, allDrawn: drawn.shown, longest: probe.longest(from, ready.shown) };
  })()`)) as Omit<Open, 'marks'>;
  return { ...timing, marks: await marksSince(page, timing.from) };
}

const arm = (page: Page) => page.evaluate(`${probeOf}.arm()`);

/** Waits until the analysis worker says it has loaded the analyser (platform/timing.ts 'worker:warmed'). */
async function workerWarmed(page: Page): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    for (const worker of page.workers()) {
      if (!worker.url().includes('analysis')) continue;
      const warmed = await worker.evaluate(() => performance.getEntriesByName('framewise:worker:warmed').length > 0).catch(() => false);
      if (warmed) return Date.now() - started;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('the analysis worker never loaded the analyser');
}


interface Run {
  warmWaitMs: number;
  first: Open;
  memory: Open;
  cache: Open;
  problems: string[];
  top: string[];
  sentences: number;
}

async function oneRun(url: string, file: string): Promise<Run> {
  const profileDir = await mkdtemp(join(tmpdir(), 'framewise-longdoc-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 860 },
    });
    await context.addInitScript({ content: PROBE });
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

    await page.goto(url);
    await page.getByRole('button', { name: /^Iran and PIJ leaders/ }).waitFor({ timeout: 120_000 });
    const warmWaitMs = WAIT_WORKER ? await workerWarmed(page) : NaN;

    // First open: the learner picks the file; the app imports it and opens the reader.
    await arm(page);
    const { result: first, top } = await profiled(page, 'longdoc-first-open', { enabled: PROFILE, dir: PROFILE_DIR, top: 25 }, async () => {
      await page.getByTestId('import-input').setInputFiles(file);
      return finishOpen(page, 'lastChange');
    });
    const status = (await page.locator(READY).textContent()) ?? '';
    const sentences = Number(status.replace(/[^\d]/g, ''));

    // Reopened in the same session: the analysis is in the client's memory.
    await page.getByRole('button', { name: 'Back to library' }).click();
    await page.getByRole('button', { name: TITLE }).first().waitFor();
    await arm(page);
    await page.getByRole('button', { name: TITLE }).first().click();
    const memory = await finishOpen(page, 'lastClick');

    // Reopened after a reload: the analysis comes from the persisted cache.
    await page.getByRole('button', { name: 'Back to library' }).click();
    await page.reload();
    await page.getByRole('button', { name: TITLE }).first().waitFor({ timeout: 120_000 });
    if (WAIT_WORKER) await workerWarmed(page);
    await arm(page);
    await page.getByRole('button', { name: TITLE }).first().click();
    const cache = await finishOpen(page, 'lastClick');
    return { warmWaitMs, first, memory, cache, problems, top, sentences };
  } finally {
    await context?.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}

/** A part of an open: from mark `a` to mark `b` (either may be 'from', 'frame' or 'shown'). */
type Point = string;
function at(open: Open, point: Point): number {
  if (point === 'from') return open.from;
  if (point === 'frame') return open.frame;
  if (point === 'shown') return open.shown;
  if (point === 'allDrawn') return open.allDrawn;
  return open.marks.get(point) ?? NaN;
}
const span = (open: Open, a: Point, b: Point) => at(open, b) - at(open, a);

interface Part {
  label: string;
  a: Point;
  b: Point;
}

/**
 * The first open's parts. The analysis starts as soon as the import worker hands back the cleaned
 * article (the import asks for it ahead of the reader); meanwhile the window stores the article and
 * opens the reader, which joins that analysis. The two tracks run side by side, so only the import,
 * the analysis track and the last steps add up to the total.
 */
const FIRST_PARTS: Part[] = [
  { label: 'import: file read and cleaned in the import worker', a: 'from', b: 'import:read' },
  { label: '  window track: stored in IndexedDB', a: 'import:read', b: 'import:stored' },
  { label: '  window track: import done → reader starts loading', a: 'import:stored', b: 'reader:open' },
  { label: '  window track: article read back, first screens drawn', a: 'reader:open', b: 'reader:article' },
  { label: '  analysis track: asked for, cache looked up (a miss)', a: 'import:read', b: 'analysis:dispatch' },
  { label: '  analysis track: request delivered to the worker', a: 'analysis:dispatch', b: 'worker:analyse' },
  { label: '  analysis track: the analysis itself (worker)', a: 'worker:analyse', b: 'worker:analysed' },
  { label: '  analysis track: result serialised (postMessage)', a: 'worker:analysed', b: 'worker:posted' },
  { label: '  analysis track: result delivered to the window', a: 'worker:posted', b: 'analysis:received' },
  { label: '  analysis track: result deserialised', a: 'analysis:received', b: 'analysis:decoded' },
  { label: '  analysis track: handed to the reader', a: 'analysis:decoded', b: 'analysis:settled' },
  { label: 'reader: React render and commit of "Analysis ready"', a: 'analysis:settled', b: 'reader:ready' },
  { label: 'reader: to the next frame (effects, other tasks)', a: 'reader:ready', b: 'frame' },
  { label: "reader: that frame's style, layout and paint", a: 'frame', b: 'shown' },
];

/** A reopen's first and last parts: the click to the article read back, and "ready" to the screen. */
const REOPEN_START: Part[] = [
  { label: 'click → reader starts loading the article', a: 'from', b: 'reader:open' },
  { label: 'reader: article read back from IndexedDB', a: 'reader:open', b: 'reader:article' },
];
const REOPEN_END: Part[] = [
  { label: 'reader: to the next frame', a: 'reader:ready', b: 'frame' },
  { label: 'reader: that frame\'s style, layout and paint', a: 'frame', b: 'shown' },
];

const REOPEN_PARTS: Part[] = [
  ...REOPEN_START,
  { label: 'reader: rendered with the analysis, committed', a: 'reader:article', b: 'reader:ready' },
  ...REOPEN_END,
];

const CACHE_PARTS: Part[] = [
  ...REOPEN_START,
  { label: 'reader: article drawn, analysis asked for', a: 'reader:article', b: 'analysis:request' },
  { label: 'analysis: read from the cache (hit)', a: 'analysis:request', b: 'analysis:cache-hit' },
  { label: 'reader: React render and commit of "Analysis ready"', a: 'analysis:cache-hit', b: 'reader:ready' },
  ...REOPEN_END,
];

function table(title: string, opens: Open[], parts: Part[], totals: Part[]): string[] {
  const cell = (f: (o: Open) => number) => {
    const values = opens.map(f);
    return `${fmt(median(values)).padStart(8)}   (${values.map((v) => fmt(v)).join(', ')})`;
  };
  return [
    title,
    ...totals.map((p) => `  ${p.label.padEnd(62)} ${cell((o) => span(o, p.a, p.b))}`),
    `  ${'longest main-thread task meanwhile'.padEnd(62)} ${cell((o) => o.longest)}`,
    `  ${'… until the whole text is drawn (from the same start)'.padEnd(62)} ${cell((o) => o.allDrawn - o.from)}`,
    `  elements in the page at that frame: ${opens.map((o) => `${o.elements.page.toLocaleString('en-US')} (text ${o.elements.text.toLocaleString('en-US')}, Voices ${o.elements.voices.toLocaleString('en-US')}, other side panels ${o.elements.claims.toLocaleString('en-US')})`).join('; ')}`,
    '  parts (median):',
    ...parts.map((p) => `    ${p.label.padEnd(60)} ${cell((o) => span(o, p.a, p.b))}`),
  ];
}

async function main(): Promise<void> {
  console.log(`Framewise long-article bench — Chromium (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}), browser-mode build, load ${load()}`);
  if (BUILD || !existsSync(join(ROOT, 'out/web/index.html'))) await build({ configFile: WEB_CONFIG, logLevel: 'warn', ...(PROFILE ? { build: { minify: false } } : {}) });
  const dir = await mkdtemp(join(tmpdir(), 'framewise-longdoc-file-'));
  const long = generateArticle(WORDS, WORDS);
  const file = join(dir, 'long-report.txt');
  await writeFile(file, `${TITLE}\n\n${long.text}`);
  const server = await preview({ configFile: WEB_CONFIG, logLevel: 'warn', preview: { port: PORT, strictPort: true } });
  const url = `http://127.0.0.1:${PORT}/`;
  const runs: Run[] = [];
  try {
    console.log(`built and served at ${url}; a ${long.words.toLocaleString('en-US')}-word .txt (${(long.text.length / 1024).toFixed(0)} KB); load ${load()}`);
    for (let i = 0; i < RUNS; i++) {
      const run = await oneRun(url, file);
      runs.push(run);
      console.log(
        `run ${i + 1}: first open ${fmt(run.first.shown - run.first.from)} (reader open → ready ${fmt(span(run.first, 'reader:open', 'shown'))}), ` +
          `reopen from memory ${fmt(run.memory.shown - run.memory.from)}, from the cache ${fmt(run.cache.shown - run.cache.from)}; ` +
          `${run.sentences.toLocaleString('en-US')} sentences; worker warmed ${fmt(run.warmWaitMs)} after the library showed; load ${load()}`,
      );
    }
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const lines = [
    '',
    `${runs.length} run(s), each in a fresh profile; medians, then each run's value${WAIT_WORKER ? '' : ' (imported without waiting for the worker to load the analyser)'}`,
    ...table(
      `first open of the freshly imported ${long.words.toLocaleString('en-US')}-word article (analysis not cached)`,
      runs.map((r) => r.first),
      FIRST_PARTS,
      [
        { label: 'reader opens → "Analysis ready" shown   target < 1 s', a: 'reader:open', b: 'shown' },
        { label: 'file picked → "Analysis ready" shown (import included)', a: 'from', b: 'shown' },
      ],
    ),
    ...table('reopened in the same session (analysis in memory)', runs.map((r) => r.memory), REOPEN_PARTS, [{ label: 'click → "Analysis ready" shown', a: 'from', b: 'shown' }]),
    ...table('reopened after a reload (analysis from the persisted cache)', runs.map((r) => r.cache), CACHE_PARTS, [{ label: 'click → "Analysis ready" shown', a: 'from', b: 'shown' }]),
    ...runs.flatMap((r, i) => (r.problems.length > 0 ? [`run ${i + 1} page problems: ${r.problems.slice(0, 5).join(' | ')}`] : [])),
    ...runs.flatMap((r) => (r.top.length > 0 ? ['profile of the first open, main thread (self time):', ...r.top.map((line) => `  ${line}`)] : [])),
    `load at the end ${load()}`,
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
