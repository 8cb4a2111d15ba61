/**
 * `npm run bench:library` — how the library scales: for libraries of 1,000 and 10,000
 * generated articles (~900 words each, scripts/bench/corpus.ts) stored over fake-indexeddb
 * in Node, with the app's own database module, it prints
 *   - open: a fresh connection lists the whole library as summaries, sorted (what the
 *     library screen shows first; the virtualised table then renders one screenful);
 *   - search: the index's start-up cost (its manifest), the first search after start-up
 *     (reading the buckets of its words: the head and the part of its word), loading every
 *     other bucket whole, one per step (the app's background warm-up merges a bucket's parts
 *     a few per idle task instead, so a whole bucket here is an upper bound for its tasks), and
 *     warm searches (median of several queries), with snippets for the top results;
 *   - practice start: a mixed session's storage work with 100,000 attempts and due review
 *     cards (choosing articles, reading their texts, cards and attempts). Item generation
 *     (the analyser, cached by text hash in the app) is not included: the analyser has its
 *     own bench (`npm run bench`);
 *   - importing 1,000 files (once, into an empty library, through the app's importBatch and
 *     addArticle, then the search index catching up): progress calls, the longest the event
 *     loop was held (perf_hooks' event-loop delay), and the heap after every 100 files (after
 *     a GC, when node runs with --expose-gc, as the npm script does).
 * fake-indexeddb is a pure-JS IndexedDB, slower than Chromium's, so these numbers are an
 * upper bound on the same machine rather than what the app shows. It never fails on a
 * missed target (timing depends on the machine), only on a crash.
 *
 *   npm run bench:library -- --sizes 1000,10000   library sizes (default 1000,10000)
 *   npm run bench:library -- --words 900          words per article (default 900)
 *   npm run bench:library -- --import 1000        files in the import run (default 1000; 0 skips it)
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { addArticle, listArticles } from '../src/renderer/src/db/articles';
import { openDatabase } from '../src/renderer/src/db/database';
import { getActiveProfileId } from '../src/renderer/src/db/profiles';
import {
  forgetSearchIndex,
  loadAllSearchBuckets,
  loadedSearchBuckets,
  refreshSearchIndex,
  saveSearchIndex,
  SEARCH_BUCKETS,
} from '../src/renderer/src/db/search-index';
import { importBatch } from '../src/renderer/src/import/import-batch';
import { loadSession } from '../src/renderer/src/practice/session';
import { createPracticeStore } from '../src/renderer/src/practice/store';
import { generateArticle } from './bench/corpus';
import { fillArticles, fillProgress } from './bench/library-fill';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const SIZES = arg('--sizes', '1000,10000').split(',').map(Number);
const WORDS = Number(arg('--words', '900'));
const ATTEMPTS = Number(arg('--attempts', '100000'));
const IMPORT_FILES = Number(arg('--import', '1000'));
const QUERIES = ['budget', 'strike rail', 'kettle', 'Lorrenstadt ferry', 'story 4242', 'catastroph', 'meridian bank'];

const ms = (t0: number) => performance.now() - t0;
const fmt = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function benchSize(count: number): Promise<void> {
  const name = `bench-library-${count}`;
  const now = Date.UTC(2026, 10, 28, 10);
  let t0 = performance.now();
  const setup = openDatabase(name);
  await setup.delete();
  const db0 = openDatabase(name);
  const range = await fillArticles(db0, { count, words: WORDS, hash: (text) => createHash('sha256').update(text).digest('hex') });
  await fillProgress(db0, range, ATTEMPTS, now);
  const fillMs = ms(t0);

  // First start after the upgrade to version 3: no stored index yet, so it is built once.
  t0 = performance.now();
  await refreshSearchIndex(db0);
  const buildMs = ms(t0);
  t0 = performance.now();
  await saveSearchIndex(db0);
  const saveMs = ms(t0);
  const storedMb = (await db0.searchIndex.toArray()).reduce((sum, row) => sum + row.json.length, 0) / 1e6;
  forgetSearchIndex(db0);
  db0.close();

  // A normal start: a fresh connection, the library list first.
  const db = openDatabase(name);
  t0 = performance.now();
  const list = await listArticles(db, { sort: 'imported-desc' });
  const openMs = ms(t0);
  t0 = performance.now();
  await listArticles(db, { sort: 'title' });
  const titleSortMs = ms(t0);

  // The index at start-up: its manifest; then the first search reads the buckets of its words.
  t0 = performance.now();
  await refreshSearchIndex(db);
  const loadIndexMs = ms(t0);
  t0 = performance.now();
  const first = await listArticles(db, { query: QUERIES[0], sort: 'relevance' });
  const firstSearchMs = ms(t0);
  const firstBuckets = await loadedSearchBuckets(db);
  // The rest, each whole (the library's background warm-up merges them a few parts per idle task).
  const bucketMs: number[] = [];
  t0 = performance.now();
  await loadAllSearchBuckets(db, (_bucket, took) => bucketMs.push(took));
  const allBucketsMs = ms(t0);
  const warm: number[] = [];
  const hits: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of QUERIES) {
      t0 = performance.now();
      const found = await listArticles(db, { query, sort: 'relevance' });
      warm.push(ms(t0));
      if (round === 0) hits.push(found.length);
    }
  }
  const warmSearch = median(warm);

  const store = createPracticeStore(db);
  const profileId = await getActiveProfileId(db);
  const practice: number[] = [];
  for (let round = 0; round < 3; round++) {
    t0 = performance.now();
    await loadSession({ store, items: { itemsFor: async () => [] }, profileId, now: now + round * 86_400_000 });
    practice.push(ms(t0));
  }
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  console.log(
    [
      `library of ${count.toLocaleString('en-US')} articles × ~${WORDS} words, ${ATTEMPTS.toLocaleString('en-US')} attempts (fill ${(fillMs / 1000).toFixed(1)} s)`,
      `  open (list all ${list.length} summaries, newest first)   ${fmt(openMs)}   (title order ${fmt(titleSortMs)})   target < 1000 ms`,
      `  index at start-up (its manifest; buckets are read when a search needs them)   ${fmt(loadIndexMs)}`,
      `  search, first after start-up ("${QUERIES[0]}": reads ${firstBuckets} of ${SEARCH_BUCKETS.length} buckets)   ${fmt(firstSearchMs)}   (${first.length} hits)`,
      `  the other buckets in the background: ${fmt(allBucketsMs)} in all, slowest bucket ${fmt(Math.max(0, ...bucketMs))}, median ${fmt(bucketMs.length ? median(bucketMs) : 0)}`,
      `  search, warm, median of ${warm.length} (${QUERIES.length} queries)         ${fmt(warmSearch)}   (hits ${hits.join(', ')})   target < 100 ms`,
      `  practice start, storage side, median of 3           ${fmt(median(practice))}   target < 300 ms (item generation not included)`,
      `  index: first build ${fmt(buildMs)}, save ${fmt(saveMs)}, stored ${storedMb.toFixed(1)} MB of JSON; heap ${heapMb.toFixed(0)} MB`,
    ].join('\n'),
  );
  forgetSearchIndex(db);
  db.close();
  await openDatabase(name).delete();
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapAfterGc = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};

/** Imports IMPORT_FILES generated text files into an empty library as the import panel does. */
async function benchImport(): Promise<void> {
  const name = 'bench-library-import';
  await openDatabase(name).delete();
  const db = openDatabase(name);
  await db.open();
  const encoder = new TextEncoder();
  // File-like objects read only when their turn comes, like dropped files.
  const files = Array.from({ length: IMPORT_FILES }, (_, i) => ({
    name: `import-${i}.txt`,
    size: 0,
    arrayBuffer: async () => encoder.encode(`Imported story ${i}\n\n${generateArticle(100_000 + i, WORDS).text}`).buffer as ArrayBuffer,
  }));
  const heap: number[] = [heapAfterGc()];
  let progressCalls = 0;
  // fake-indexeddb keeps what is stored in the V8 heap (Chromium keeps it on disk): count it apart.
  let storedChars = 0;
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const t0 = performance.now();
  const results = await importBatch(files, {
    // As the app's import service stores them (create-services.ts).
    store: async (article) => {
      storedChars += article.document.original.length + article.document.blocks.reduce((sum, block) => sum + block.text.length, 0);
      const stored = await addArticle(db, article);
      return { status: stored.status === 'duplicate' ? ('duplicate' as const) : ('imported' as const), id: stored.id, title: stored.title };
    },
    onProgress: (done) => {
      progressCalls++;
      if (done % 100 === 0) heap.push(heapAfterGc());
    },
  });
  const importMs = ms(t0);
  delay.disable();
  const importMaxBlock = delay.max / 1e6;
  // Then the search index catches up (the library's next search or background warm-up).
  delay.reset();
  delay.enable();
  const t1 = performance.now();
  await refreshSearchIndex(db);
  const catchUpMs = ms(t1);
  delay.disable();
  const imported = results.filter((r) => r.status === 'imported').length;
  console.log(
    [
      `import of ${IMPORT_FILES.toLocaleString('en-US')} files × ~${WORDS} words into an empty library (${imported} imported)`,
      `  ${(importMs / 1000).toFixed(1)} s (${fmt(importMs / IMPORT_FILES)} a file), ${progressCalls} progress reports, event loop held at most ${fmt(importMaxBlock)}   target < 100 ms`,
      `  heap${gc ? ' after GC' : ' (no --expose-gc: not collected first)'} every 100 files: ${heap.map((h) => h.toFixed(0)).join(', ')} MB` +
        ` (the stored texts alone, held in fake-indexeddb's heap: ${((storedChars * 2) / 1e6).toFixed(0)} MB as UTF-16)`,
      `  search index catching up on them: ${(catchUpMs / 1000).toFixed(1)} s, event loop held at most ${fmt(delay.max / 1e6)}`,
    ].join('\n'),
  );
  forgetSearchIndex(db);
  db.close();
  await openDatabase(name).delete();
}

async function main(): Promise<void> {
  console.log(`Framewise library bench — fake-indexeddb in Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (IMPORT_FILES > 0) await benchImport();
  for (const size of SIZES) await benchSize(size);
  console.log(`load at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
