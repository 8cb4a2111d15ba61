/**
 * `npm run bench:library:chromium` — the library at 1,000 and 10,000 articles in real
 * Chromium (Debian's /usr/bin/chromium through Playwright, as the e2e tests drive it; never a
 * downloaded browser), with the app's own code in the page:
 *   1. builds the browser-mode app (vite.web.config.mts, as playwright.config.ts does) and a
 *      seeding bundle (scripts/bench/chromium-seed.ts: the app's database module and search
 *      index, the same generated library as `npm run bench:library`), and serves the build
 *      with `vite preview`;
 *   2. per size, in a fresh browser profile: starts the app once (first-start samples), then,
 *      with the app closed, opens a blank page on the app's origin that loads the seeding
 *      bundle and stores the articles (~900 words each), 100,000 attempts and 15,000 review
 *      cards, and builds and saves the search index;
 *   3. measures, each in the page (performance.now(), events' timestamps, a MutationObserver
 *      and the next animation frame):
 *      - start: navigation start → the library table's first rows drawn (the first start after
 *        seeding, then reloads);
 *      - search: the search box's input event (Playwright fills the query, one input event) →
 *        the results drawn (a marked passage in the table), first right after a start (the
 *        index's buckets not loaded yet), then warm (after the background warm-up);
 *      - practice start: the click on "Practise" → the first item drawn (a mixed session),
 *        first with the analyser cold, again in the same session, and after a reload;
 *      and the longest main-thread task during each (PerformanceObserver, 'longtask': every
 *      task over 50 ms; 0 = none).
 * Timing depends on the machine and its load (printed before and after); it never fails on a
 * missed target, only on a crash.
 *
 *   npm run bench:library:chromium -- --sizes 1000,10000   library sizes (default 1000,10000)
 *   npm run bench:library:chromium -- --words 900          words per article (default 900)
 *   npm run bench:library:chromium -- --attempts 100000    attempts (default 100000)
 *   npm run bench:library:chromium -- --reloads 3          reloads measured after the first start (default 3)
 *   npm run bench:library:chromium -- --port 4199          the preview server's port (default 4199)
 *   npm run bench:library:chromium -- --no-build           serve the existing out/web build
 *   npm run bench:library:chromium -- --profile            an unminified build, and the V8 sampling
 *      profiler (Chrome DevTools protocol) over the first search and the cold practice start: the
 *      functions with the most self time are printed, the profiles written to out/bench-profiles/
 *      (open them in Chromium's DevTools, Performance panel)
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers';
import { profiled } from './bench/chromium-profile';
import { LONGEST_TASK_METHOD, OBSERVE_TASKS_AND_CLICKS } from './bench/chromium-probe';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = arg('--sizes', '1000,10000').split(',').map(Number);
const WORDS = Number(arg('--words', '900'));
const ATTEMPTS = Number(arg('--attempts', '100000'));
const RELOADS = Number(arg('--reloads', '3'));
const PORT = Number(arg('--port', '4199'));
const BUILD = !process.argv.includes('--no-build');
const PROFILE = process.argv.includes('--profile');
const PROFILE_DIR = join(ROOT, 'out/bench-profiles');
const QUERIES = ['budget', 'strike rail', 'kettle', 'Lorrenstadt ferry', 'story 4242', 'catastroph', 'meridian bank'];
/** Time after a start for the background warm-up of the search index (one bucket per task). */
const SETTLE_MS = 6_000;
const WEB_CONFIG = join(ROOT, 'vite.web.config.mts');
const SEED_DIR = join(ROOT, 'out/bench-seed');
const BENCH_PATH = '__bench';

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const fmt = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A measured step: how long it took in the page and the longest main-thread task meanwhile. */
interface Step {
  ms: number;
  longest: number;
}
const step = (s: Step) => `${fmt(s.ms)} (longest task ${fmt(s.longest)})`;

const TABLE_ROW = 'table.library-table tbody tr:not(.library-table__spacer)';
const SEARCH_RESULTS = 'table.library-table tbody mark, .library .empty-state';
const PRACTICE_READY = '[data-testid="practice-view"] article.pr-item, [data-testid="practice-empty"], [data-testid="practice-view"] [role="alert"]';

/**
 * Runs in every page before its own scripts: records long tasks, the timestamps of the last
 * input and click events, and offers `arm(selector)`: a promise of the time of the first
 * animation frame after an element matching `selector` is in the document. A start arms it for
 * the library's first rows at once.
 */
// Plain JavaScript in a string: tsx would wrap named functions in a helper the page lacks.
const PROBE = (firstRowSelector: string) => `(() => {
  const when = (selector) => new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    check();
  });
  const probe = {
    tasks: [],
    lastInput: 0,
    lastClick: 0,
    firstRows: when(${JSON.stringify(firstRowSelector)}),
    done: null,
    arm(selector) { probe.done = when(selector); },
    ${LONGEST_TASK_METHOD}
  };
  window.__bench = probe;
  ${OBSERVE_TASKS_AND_CLICKS}
  document.addEventListener('input', (event) => { probe.lastInput = event.timeStamp; }, true);
})();`;

/** Start → first rows of the library, for the page just navigated. */
async function measureStart(page: Page): Promise<Step> {
  await page.locator(TABLE_ROW).first().waitFor({ timeout: 120_000 });
  return page.evaluate(async () => {
    const probe = (window as unknown as { __bench: { firstRows: Promise<number>; longest(a: number, b: number): number } }).__bench;
    const at = await probe.firstRows;
    return { ms: at, longest: probe.longest(0, at) };
  });
}

const arm = (page: Page, selector: string) => page.evaluate((s) => (window as unknown as { __bench: { arm(s: string): void } }).__bench.arm(s), selector);

/** The time from the last `event` ('input' or 'click') to the armed element's frame. */
async function finish(page: Page, event: 'lastInput' | 'lastClick'): Promise<Step> {
  return page.evaluate(async (key) => {
    const probe = (window as unknown as { __bench: { done: Promise<number>; lastInput: number; lastClick: number; longest(a: number, b: number): number } }).__bench;
    const at = await probe.done;
    const from = probe[key];
    return { ms: at - from, longest: probe.longest(from, at) };
  }, event);
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the library' });

async function search(page: Page, query: string): Promise<Step> {
  await arm(page, SEARCH_RESULTS);
  await searchBox(page).fill(query);
  return finish(page, 'lastInput');
}

async function clearSearch(page: Page): Promise<void> {
  await searchBox(page).fill('');
  await page.waitForFunction(() => !document.querySelector('table.library-table tbody mark') && !!document.querySelector('table.library-table tbody tr'));
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

async function startPractice(page: Page): Promise<Step & { outcome: string }> {
  await arm(page, PRACTICE_READY);
  await nav(page, 'Practise').click();
  const result = await finish(page, 'lastClick');
  const outcome = (await page.locator('[data-testid="practice-view"] article.pr-item').count()) > 0 ? 'item' : ((await page.locator(PRACTICE_READY).first().textContent()) ?? '?').trim().slice(0, 80);
  return { ...result, outcome };
}

async function backToLibrary(page: Page): Promise<void> {
  await nav(page, 'Library').click();
  await page.locator(TABLE_ROW).first().waitFor();
}

/** The longest task in the page over the last `ms` milliseconds. */
const longestLately = (page: Page, ms: number) =>
  page.evaluate((span) => {
    const probe = (window as unknown as { __bench: { longest(a: number, b: number): number } }).__bench;
    return probe.longest(performance.now() - span, performance.now());
  }, ms);

interface SizeResult {
  count: number;
  articles: number;
  seedMs: number;
  indexMs: number;
  firstStart: Step;
  reloads: Step[];
  firstSearch: Step;
  warmUpLongest: number;
  warm: Step[];
  practice: { label: string; step: Step & { outcome: string } }[];
  problems: string[];
  /** With --profile: the functions with the most self time, per profiled step. */
  profiles: { label: string; top: string[] }[];
}


async function benchSize(url: string, seedBundle: string, count: number): Promise<SizeResult> {
  const profileDir = await mkdtemp(join(tmpdir(), 'framewise-bench-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 860 },
    });
    // The seeding page and bundle, on the app's origin (so it writes the app's database); never in the build.
    await context.route(`**/${BENCH_PATH}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path.endsWith('/seed.js')) return route.fulfill({ contentType: 'text/javascript', body: seedBundle });
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' });
    });
    await context.addInitScript({ content: PROBE(TABLE_ROW) });
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

    // The first start: the learner, the samples.
    await page.goto(url);
    await page.getByRole('button', { name: /^Iran and PIJ leaders/ }).waitFor({ timeout: 120_000 });

    // With the app closed, the library is stored by the app's own db module.
    await page.goto(`${url}${BENCH_PATH}/seed.html`);
    const t0 = performance.now();
    const now = Date.now();
    const seeded = await page.evaluate(
      `import('/${BENCH_PATH}/seed.js').then((m) => m.seedLibrary(${JSON.stringify({ count, words: WORDS, attempts: ATTEMPTS, now })}))`,
    ) as { articles: number; fillMs: number; indexMs: number };
    const seedMs = performance.now() - t0;

    await page.goto(url);
    const firstStart = await measureStart(page);
    const reloads: Step[] = [];
    for (let i = 0; i < RELOADS; i++) {
      await page.reload();
      reloads.push(await measureStart(page));
    }
    // A search right after a start: the buckets of its words are read then.
    const firstSearchRun = await profiled(page, `first-search-${count}`, { enabled: PROFILE, dir: PROFILE_DIR, top: 15 }, () => search(page, QUERIES[0]));
    const firstSearch = firstSearchRun.result;
    const profiles: SizeResult['profiles'] = [{ label: 'first search', top: firstSearchRun.top }];
    await clearSearch(page);
    // The background warm-up loads the other buckets, one per task.
    await page.waitForTimeout(SETTLE_MS);
    const warmUpLongest = await longestLately(page, SETTLE_MS + 2_000);
    const warm: Step[] = [];
    for (let round = 0; round < 2; round++) {
      for (const query of QUERIES) {
        warm.push(await search(page, query));
        await clearSearch(page);
      }
    }

    const practice: SizeResult['practice'] = [];
    const coldRun = await profiled(page, `practice-cold-${count}`, { enabled: PROFILE, dir: PROFILE_DIR, top: 15 }, () => startPractice(page));
    profiles.push({ label: 'practice start, analyser cold', top: coldRun.top });
    practice.push({ label: 'first (analyser cold)', step: coldRun.result });
    await backToLibrary(page);
    practice.push({ label: 'again, same session', step: await startPractice(page) });
    await page.goto(url);
    await measureStart(page);
    // The analysis worker starts a second after start-up (its version decides whether cached analyses count).
    await page.waitForTimeout(3_000);
    practice.push({ label: 'after a reload', step: await startPractice(page) });
    return { count, articles: seeded.articles, seedMs, indexMs: seeded.indexMs, firstStart, reloads, firstSearch, warmUpLongest, warm, practice, problems, profiles };
  } finally {
    await context?.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}

function report(r: SizeResult): string {
  const warmMedian = median(r.warm.map((s) => s.ms));
  const warmMax = Math.max(...r.warm.map((s) => s.ms));
  const warmLongest = Math.max(...r.warm.map((s) => s.longest));
  return [
    `library of ${r.count.toLocaleString('en-US')} articles × ~${WORDS} words (${r.articles.toLocaleString('en-US')} with the samples), ${ATTEMPTS.toLocaleString('en-US')} attempts (seeded in ${(r.seedMs / 1000).toFixed(1)} s, of which the search index ${(r.indexMs / 1000).toFixed(1)} s)`,
    `  start → first rows, first start after seeding        ${step(r.firstStart)}   target < 1 s`,
    `  start → first rows, ${r.reloads.length} reloads                        ${r.reloads.map(step).join(', ')}`,
    `  search, first after a start ("${QUERIES[0]}")            ${step(r.firstSearch)}   target < 100 ms`,
    `  background warm-up of the index (${SETTLE_MS / 1000} s after it)     longest task ${fmt(r.warmUpLongest)}`,
    `  search, warm, ${r.warm.length} (${QUERIES.length} queries × 2)           median ${fmt(warmMedian)}, slowest ${fmt(warmMax)}, longest task ${fmt(warmLongest)}   target < 100 ms`,
    ...r.practice.map((p) => `  practice start → first item, ${p.label.padEnd(22)} ${step(p.step)}${p.step.outcome === 'item' ? '' : ` [${p.step.outcome}]`}   target < 300 ms`),
    ...r.profiles.filter((p) => p.top.length > 0).flatMap((p) => [`  profile, ${p.label} (self time):`, ...p.top.map((line) => `    ${line}`)]),
    ...(r.problems.length > 0 ? [`  page problems: ${r.problems.slice(0, 5).join(' | ')}`] : []),
  ].join('\n');
}

async function main(): Promise<void> {
  console.log(`Framewise library bench — Chromium (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}), browser-mode build, load ${load()}`);
  if (BUILD || !existsSync(join(ROOT, 'out/web/index.html'))) await build({ configFile: WEB_CONFIG, logLevel: 'warn', ...(PROFILE ? { build: { minify: false } } : {}) });
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      lib: { entry: join(ROOT, 'scripts/bench/chromium-seed.ts'), formats: ['es'], fileName: () => 'seed.js' },
      outDir: SEED_DIR,
      emptyOutDir: true,
      minify: false,
    },
  });
  const seedBundle = await readFile(join(SEED_DIR, 'seed.js'), 'utf8');
  const server = await preview({ configFile: WEB_CONFIG, logLevel: 'warn', preview: { port: PORT, strictPort: true } });
  const url = `http://127.0.0.1:${PORT}/`;
  try {
    console.log(`built and served at ${url}; load ${load()}`);
    for (const size of SIZES) console.log(report(await benchSize(url, seedBundle, size)));
  } finally {
    await server.close();
  }
  console.log(`load at the end ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
