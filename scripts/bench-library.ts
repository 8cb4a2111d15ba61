/**
 * `npm run bench:library` — how the library scales: for libraries of 1,000 and 10,000
 * generated articles (~900 words each, scripts/bench/corpus.ts) stored over fake-indexeddb
 * in Node, with the app's own database module, it prints
 *   - open: a fresh connection lists the whole library as summaries, sorted (what the
 *     library screen shows first; the virtualised table then renders one screenful);
 *   - search: the first search after start-up (loading the persisted index) and warm
 *     searches (median of several queries), with snippets for the top results;
 *   - practice start: a mixed session's storage work with 100,000 attempts and due review
 *     cards (choosing articles, reading their texts, cards and attempts). Item generation
 *     (the analyser, cached by text hash in the app) is not included: the analyser has its
 *     own bench (`npm run bench`).
 * fake-indexeddb is a pure-JS IndexedDB, slower than Chromium's, so these numbers are an
 * upper bound on the same machine rather than what the app shows. It never fails on a
 * missed target (timing depends on the machine), only on a crash.
 *
 *   npm run bench:library -- --sizes 1000,10000   library sizes (default 1000,10000)
 *   npm run bench:library -- --words 900          words per article (default 900)
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { cleanText } from '../src/core/text/clean';
import { listArticles } from '../src/renderer/src/db/articles';
import { openDatabase, type ArticleBodyRecord, type ArticleSummaryRecord, type AttemptRecord, type FramewiseDB, type ReviewCardRecord } from '../src/renderer/src/db/database';
import { getActiveProfileId } from '../src/renderer/src/db/profiles';
import { forgetSearchIndex, refreshSearchIndex, saveSearchIndex } from '../src/renderer/src/db/search-index';
import { loadSession } from '../src/renderer/src/practice/session';
import { createPracticeStore } from '../src/renderer/src/practice/store';
import { generateArticle, rng } from './bench/corpus';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const SIZES = arg('--sizes', '1000,10000').split(',').map(Number);
const WORDS = Number(arg('--words', '900'));
const ATTEMPTS = Number(arg('--attempts', '100000'));
const QUERIES = ['budget', 'strike rail', 'kettle', 'Lorrenstadt ferry', 'story 4242', 'catastroph', 'meridian bank'];

const ms = (t0: number) => performance.now() - t0;
const fmt = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function fill(db: FramewiseDB, count: number): Promise<void> {
  const PAGE = 250;
  for (let start = 0; start < count; start += PAGE) {
    const summaries: ArticleSummaryRecord[] = [];
    const bodies: ArticleBodyRecord[] = [];
    for (let i = start; i < Math.min(count, start + PAGE); i++) {
      const generated = generateArticle(i, WORDS);
      const text = `Story ${i}: ${generated.text}`;
      const doc = cleanText(text);
      const id = i + 1;
      summaries.push({
        id,
        hash: createHash('sha256').update(text).digest('hex'),
        title: doc.blocks[0]?.text.slice(0, 120) ?? `Story ${i}`,
        format: 'txt',
        fileName: `story-${i}.txt`,
        wordCount: generated.words,
        importedAt: 1_700_000_000_000 + i * 60_000,
        updatedAt: 1_700_000_000_000 + i * 60_000,
        deletedAt: null,
        ...(i % 3 === 0 ? { siteName: 'Valley Post', publishedAt: `2025-0${1 + (i % 9)}-1${i % 10}` } : {}),
      });
      bodies.push({ id, original: doc.original, blocks: doc.blocks });
    }
    await db.transaction('rw', db.articles, db.articleBodies, async () => {
      await db.articles.bulkAdd(summaries);
      await db.articleBodies.bulkAdd(bodies);
    });
  }
}

async function fillProgress(db: FramewiseDB, count: number, now: number): Promise<void> {
  const profileId = await getActiveProfileId(db);
  const r = rng(42);
  const practised = Math.min(count, 3_000);
  const attempts: Omit<AttemptRecord, 'id'>[] = [];
  for (let i = 0; i < ATTEMPTS; i++) {
    const articleId = 1 + Math.floor(r() * practised);
    attempts.push({ profileId, articleId, itemId: `${articleId}:classify:${i % 40}`, skill: 'classify', answer: 'fact', correct: r() < 0.7, score: 1, graded: true, timeMs: 3_000, at: now - Math.floor(r() * 200 * 86_400_000), source: 'analyser' });
  }
  const cards: ReviewCardRecord[] = [];
  for (let articleId = 1; articleId <= practised; articleId++) {
    for (let k = 0; k < 5; k++) {
      const due = now + Math.floor((r() - 0.2) * 30 * 86_400_000);
      cards.push({ profileId, itemId: `${articleId}:classify:${k}`, articleId, skill: 'classify', due, card: { due, stability: 3, difficulty: 5, elapsed_days: 1, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2 } });
    }
  }
  for (let i = 0; i < attempts.length; i += 10_000) await db.attempts.bulkAdd(attempts.slice(i, i + 10_000) as AttemptRecord[]);
  await db.reviewCards.bulkPut(cards);
}

async function benchSize(count: number): Promise<void> {
  const name = `bench-library-${count}`;
  const now = Date.UTC(2026, 10, 28, 10);
  let t0 = performance.now();
  const setup = openDatabase(name);
  await setup.delete();
  const db0 = openDatabase(name);
  await fill(db0, count);
  await fillProgress(db0, count, now);
  const fillMs = ms(t0);

  // First start after the upgrade to version 3: no stored index yet, so it is built once.
  t0 = performance.now();
  await refreshSearchIndex(db0);
  const buildMs = ms(t0);
  t0 = performance.now();
  await saveSearchIndex(db0);
  const saveMs = ms(t0);
  const stored = await db0.searchIndex.get('articles');
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

  // The library warms the index in the background once the list is shown: load it, then search.
  t0 = performance.now();
  await refreshSearchIndex(db);
  const loadIndexMs = ms(t0);
  t0 = performance.now();
  const first = await listArticles(db, { query: QUERIES[0], sort: 'relevance' });
  const firstSearchMs = ms(t0);
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
      `  index load at start-up (stored index, in the background after the list shows)   ${fmt(loadIndexMs)}`,
      `  search, first after the index loaded                ${fmt(firstSearchMs)}   (${first.length} hits)`,
      `  search, warm, median of ${warm.length} (${QUERIES.length} queries)         ${fmt(warmSearch)}   (hits ${hits.join(', ')})   target < 100 ms`,
      `  practice start, storage side, median of 3           ${fmt(median(practice))}   target < 300 ms (item generation not included)`,
      `  index: first build ${fmt(buildMs)}, save ${fmt(saveMs)}, stored ${((stored?.json.length ?? 0) / 1e6).toFixed(1)} MB of JSON; heap ${heapMb.toFixed(0)} MB`,
    ].join('\n'),
  );
  forgetSearchIndex(db);
  db.close();
  await openDatabase(name).delete();
}

async function main(): Promise<void> {
  console.log(`Framewise library bench — fake-indexeddb in Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const size of SIZES) await benchSize(size);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
