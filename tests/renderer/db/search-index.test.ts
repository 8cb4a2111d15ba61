import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addArticle,
  ARTICLE_SORTS,
  countArticles,
  getArticleSummaries,
  deleteArticle,
  listArticles,
  purgeDeleted,
  undoDelete,
} from '../../../src/renderer/src/db/articles';
import { applyRestore, createBackup, planRestore } from '../../../src/renderer/src/db/backup';
import type { FramewiseDB } from '../../../src/renderer/src/db/database';
import {
  forgetSearchIndex,
  loadAllSearchBuckets,
  loadedSearchBuckets,
  prepareSearch,
  refreshSearchIndex,
  rehearseSearch,
  SEARCH_BUCKETS,
  saveSearchIndex,
  searchArticles,
  SEARCH_INDEX_VERSION,
  unmergedSearchParts,
  WARM_ORDER,
  warmSearchIndex,
} from '../../../src/renderer/src/db/search-index';
import { closeTrackedDatabases, isolatedIndexedDB, makeArticle, trackedDatabase } from './helpers';

afterEach(closeTrackedDatabases);

const budget = makeArticle({
  title: 'Council approves new budget',
  paragraphs: ['The city council approved the spending plan on Tuesday.', 'Critics called the budget reckless and the vote rushed.'],
  byline: 'Ana Pérez',
});
const mentions = makeArticle({
  title: 'Week in review',
  paragraphs: ['Among other news, a budget was passed.', 'The zoo also reopened its reptile house.'],
});
const cafe = makeArticle({
  title: 'Heatwave expected',
  paragraphs: ['Queues outside every Café on the Rue Saint-Honoré as forecasters warned of 38 degrees.'],
});

/** Counts body rows read, to prove what start-up and searches do not read. */
function countBodyReads(db: FramewiseDB): { count: number } {
  const reads = { count: 0 };
  db.articleBodies.hook('reading', (body) => {
    reads.count++;
    return body;
  });
  return reads;
}

async function library(db: FramewiseDB) {
  return {
    budget: (await addArticle(db, budget, { now: 1_000 })).id,
    mentions: (await addArticle(db, mentions, { now: 2_000 })).id,
    cafe: (await addArticle(db, cafe, { now: 3_000 })).id,
  };
}

const ids = async (db: FramewiseDB, query: string) => (await searchArticles(db, query)).map((hit) => hit.id);

describe('lists without bodies', () => {
  it('lists, sorts and counts without reading a single body', async () => {
    const db = trackedDatabase();
    const a = await library(db);
    await deleteArticle(db, a.cafe);
    // Listing warms the search index in the background; have it loaded before counting.
    await refreshSearchIndex(db);
    const reads = countBodyReads(db);
    for (const sort of ARTICLE_SORTS) expect(await listArticles(db, { sort })).toHaveLength(2);
    expect(await countArticles(db)).toBe(2);
    expect(await getArticleSummaries(db, [a.cafe, a.budget])).toMatchObject([{ id: a.budget, title: budget.title }]);
    expect(reads.count).toBe(0);
  });
});

describe('full-text search', () => {
  it('matches word prefixes, ignoring case and accents both ways, and needs every word', async () => {
    const db = trackedDatabase();
    const a = await library(db);
    expect(await ids(db, 'budg')).toHaveLength(2);
    expect(await ids(db, 'reptil')).toEqual([a.mentions]);
    expect(await ids(db, 'cafe honore')).toEqual([a.cafe]);
    expect(await ids(db, 'CAFÉ')).toEqual([a.cafe]);
    expect(await ids(db, 'perez')).toEqual([a.budget]);
    expect(await ids(db, 'budget zoo')).toEqual([a.mentions]);
    expect(await ids(db, 'budget heatwave')).toEqual([]);
    // Not a substring search: "udget" starts no word.
    expect(await ids(db, 'udget')).toEqual([]);
    expect(await ids(db, ' ... ')).toEqual([]);
  });

  it('finds a compound as written, not every article with its parts', async () => {
    const db = trackedDatabase();
    const town = (i: number) =>
      makeArticle({ title: `Jarrowford-${i} opens a library wing`, paragraphs: [`The wing cost ${100 + i} thousand.`] });
    const n99 = (await addArticle(db, town(99))).id;
    const n199 = (await addArticle(db, town(199))).id;
    expect(await ids(db, 'Jarrowford-199')).toEqual([n199]);
    expect(new Set(await ids(db, 'jarrowford 199'))).toEqual(new Set([n99, n199]));
    expect(new Set(await ids(db, 'jarrow'))).toEqual(new Set([n99, n199]));
  });

  it('ranks a title match above a passing mention, and shows the matching passage', async () => {
    const db = trackedDatabase();
    const a = await library(db);
    const ranked = await listArticles(db, { query: 'budget', sort: 'relevance' });
    expect(ranked.map((r) => r.id)).toEqual([a.budget, a.mentions]);
    const snippet = ranked[0].snippet!;
    expect(snippet.text).toContain('Critics called the budget reckless');
    // The heading (the title) and the paragraph both say it, within one passage.
    expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['budget', 'budget']);
    // Another sort keeps the same results in that order.
    expect((await listArticles(db, { query: 'budget', sort: 'imported-desc' })).map((r) => r.id)).toEqual([a.mentions, a.budget]);
    // Without a query there are no snippets and 'relevance' means newest first.
    const all = await listArticles(db, { sort: 'relevance' });
    expect(all.map((r) => r.id)).toEqual([a.cafe, a.mentions, a.budget]);
    expect(all.some((r) => 'snippet' in r)).toBe(false);
  });

  it('follows delete, undo, import and purge, reading only the bodies of articles that came in', async () => {
    const db = trackedDatabase();
    const a = await library(db);
    expect(await ids(db, 'reptile')).toEqual([a.mentions]);
    const reads = countBodyReads(db);

    await deleteArticle(db, a.mentions, { now: 5_000 });
    expect(await ids(db, 'reptile')).toEqual([]);
    // An undo reads nothing: a deleted article's words stay indexed until it is deleted for good.
    await undoDelete(db, a.mentions);
    expect(await ids(db, 'reptile')).toEqual([a.mentions]);
    expect(reads.count).toBe(0);

    const late = (await addArticle(db, makeArticle({ title: 'Reptile keepers strike', paragraphs: ['Keepers walked out.'] }))).id;
    expect(new Set(await ids(db, 'reptile'))).toEqual(new Set([a.mentions, late]));
    expect(reads.count).toBe(1);

    await deleteArticle(db, late, { now: 5_000 });
    await purgeDeleted(db, 6_000);
    expect(await ids(db, 'reptile')).toEqual([a.mentions]);
    expect(await ids(db, 'keepers')).toEqual([]);
    expect(reads.count).toBe(1);
    // Gone from the stored buckets too, not only from the results.
    await saveSearchIndex(db);
    const k = (await db.searchIndex.get('articles:k'))!;
    expect(JSON.stringify(k)).not.toContain('keepers');
    expect(JSON.parse(k.json).documentCount).toBe(3);
  });

  it('reads only the buckets of the searched words after a restart, and the rest in the background', async () => {
    const idb = isolatedIndexedDB();
    const first = trackedDatabase('lazy', idb);
    const a = await library(first);
    await refreshSearchIndex(first);
    await saveSearchIndex(first);
    forgetSearchIndex(first);
    first.close();

    const second = trackedDatabase('lazy', idb);
    const rowsRead: string[] = [];
    second.searchIndex.hook('reading', (row) => {
      rowsRead.push(row.key);
      return row;
    });
    expect(await ids(second, 'reptile zoo')).toEqual([a.mentions]);
    expect(rowsRead.sort()).toEqual(['articles', 'articles:r', 'articles:z']);
    expect(await loadedSearchBuckets(second)).toBe(2);
    await loadAllSearchBuckets(second);
    expect(await loadedSearchBuckets(second)).toBe(SEARCH_BUCKETS.length);
    expect(await ids(second, 'cafe honore')).toEqual([a.cafe]);
  });

  it('ranks as one index would: a word’s score counts every article, whatever its bucket', async () => {
    const db = trackedDatabase();
    const a = await library(db);
    // "budget" is in two articles of three; "reptile" in one: the rarer word weighs more.
    const [budgetHit] = await searchArticles(db, 'budget');
    const [reptileHit] = await searchArticles(db, 'reptile');
    expect(reptileHit.id).toBe(a.mentions);
    expect(reptileHit.score).toBeGreaterThan(0);
    expect(budgetHit.score).toBeGreaterThan(0);
    // A two-word query scores the sum of its words.
    const [both] = await searchArticles(db, 'budget reptile');
    const budgetInMentions = (await searchArticles(db, 'budget')).find((hit) => hit.id === a.mentions)!;
    expect(both.score).toBeCloseTo(budgetInMentions.score + reptileHit.score, 6);
  });

  it('a search arriving while the index catches up waits for it', async () => {
    const db = trackedDatabase();
    await library(db);
    await refreshSearchIndex(db);
    // More than one build page (10), so the catch-up yields in the middle.
    for (let i = 0; i < 150; i++) await addArticle(db, makeArticle({ title: `Ferry ${i}`, paragraphs: [`Crossing number ${i}.`] }));
    const [first, second] = await Promise.all([ids(db, 'ferry'), ids(db, 'ferry')]);
    expect(first).toHaveLength(150);
    expect(second).toHaveLength(150);
  });

  it('lists a search with hundreds of hits (read in one pass) in rank order, without deleted ones', async () => {
    const db = trackedDatabase();
    const added: number[] = [];
    for (let i = 0; i < 520; i++) {
      const title = i === 7 ? 'Harbour harbour harbour news' : `Item ${i}`;
      added.push((await addArticle(db, makeArticle({ title, paragraphs: [`A harbour story, number ${i}.`] }), { now: 1_000 + i })).id);
    }
    await deleteArticle(db, added[9]);
    const ranked = await listArticles(db, { query: 'harbour', sort: 'relevance' });
    expect(ranked).toHaveLength(519);
    expect(ranked[0].id).toBe(added[7]);
    expect(ranked.map((r) => r.id)).not.toContain(added[9]);
    const newest = await listArticles(db, { query: 'harbour', sort: 'imported-desc' });
    expect(newest[0].id).toBe(added[519]);
    // Passages for the first 40 only.
    expect(newest.filter((r) => r.snippet).length).toBe(40);
  });

  it('persists the index, so a restart searches without reading any text', async () => {
    const idb = isolatedIndexedDB();
    const first = trackedDatabase('persist', idb);
    const a = await library(first);
    expect(await refreshSearchIndex(first)).toEqual({ documents: 3 });
    await saveSearchIndex(first);
    const stored = await first.searchIndex.get('articles');
    expect(stored).toMatchObject({ version: SEARCH_INDEX_VERSION });
    expect(stored!.ids.sort()).toEqual([a.budget, a.mentions, a.cafe].sort());
    forgetSearchIndex(first);
    first.close();

    const second = trackedDatabase('persist', idb);
    const reads = countBodyReads(second);
    expect(await ids(second, 'reptile')).toEqual([a.mentions]);
    expect(reads.count).toBe(0);
  });

  it('catches up on a restart with changes made after the last save', async () => {
    const idb = isolatedIndexedDB();
    const first = trackedDatabase('catch-up', idb);
    const a = await library(first);
    await refreshSearchIndex(first);
    await saveSearchIndex(first);
    await deleteArticle(first, a.cafe);
    const added = (await addArticle(first, makeArticle({ title: 'Ferry timetable', paragraphs: ['Boats every hour.'] }))).id;
    forgetSearchIndex(first);
    first.close();

    const second = trackedDatabase('catch-up', idb);
    const reads = countBodyReads(second);
    expect(await ids(second, 'cafe')).toEqual([]);
    expect(await ids(second, 'ferry')).toEqual([added]);
    expect(reads.count).toBe(1);
  });

  it('rebuilds an index stored by an older version, or a damaged one', async () => {
    for (const damage of [
      (json: string) => ({ version: SEARCH_INDEX_VERSION - 1, json }),
      () => ({ version: SEARCH_INDEX_VERSION, json: '{"not":"an index"' }),
    ]) {
      const idb = isolatedIndexedDB();
      const first = trackedDatabase('rebuild', idb);
      const a = await library(first);
      await refreshSearchIndex(first);
      await saveSearchIndex(first);
      const stored = (await first.searchIndex.get('articles'))!;
      // The stored index claims only one article: trusting it would miss the others.
      await first.searchIndex.put({ ...stored, ids: [a.budget], ...damage(stored.json) });
      forgetSearchIndex(first);
      first.close();

      const second = trackedDatabase('rebuild', idb);
      expect(await ids(second, 'reptile')).toEqual([a.mentions]);
      await saveSearchIndex(second);
      expect((await second.searchIndex.get('articles'))!.version).toBe(SEARCH_INDEX_VERSION);
    }
  });

  it('rebuilds the index when one stored bucket is damaged', async () => {
    const idb = isolatedIndexedDB();
    const first = trackedDatabase('bucket', idb);
    const a = await library(first);
    await refreshSearchIndex(first);
    await saveSearchIndex(first);
    await first.searchIndex.update('articles:r', { json: '{"not":"a bucket"' });
    forgetSearchIndex(first);
    first.close();

    const second = trackedDatabase('bucket', idb);
    expect(await ids(second, 'reptile')).toEqual([a.mentions]);
    expect(await ids(second, 'cafe')).toEqual([a.cafe]);
    await saveSearchIndex(second);
    expect(JSON.parse((await second.searchIndex.get('articles:r'))!.json).documentCount).toBe(3);
  });

  it('sees articles written by a backup restore (no repository call involved)', async () => {
    const source = trackedDatabase('source');
    await addArticle(source, makeArticle({ title: 'Lighthouse repairs', paragraphs: ['The lighthouse reopens in May.'] }));
    const backup = await createBackup(source);

    const db = trackedDatabase('target');
    await library(db);
    expect(await ids(db, 'lighthouse')).toEqual([]);
    await applyRestore(db, backup, await planRestore(db, backup), { mode: 'replace' });
    expect(await ids(db, 'lighthouse')).toHaveLength(1);
    expect(await ids(db, 'reptile')).toEqual([]);
  });
});

/** Rewrites every stored bucket as an index saved before parts stored it: one MiniSearch JSON, read whole. */
async function storeWhole(db: FramewiseDB): Promise<void> {
  for (const row of await db.searchIndex.toArray()) {
    if (!row.parts) continue;
    const index = Object.values(row.parts).flatMap((part) => JSON.parse(part) as unknown[]);
    await db.searchIndex.put({ key: row.key, version: row.version, ids: row.ids, savedAt: row.savedAt, json: JSON.stringify({ ...JSON.parse(row.json), index }) });
  }
}

describe('the first search after a start (issue 11)', () => {
  /** A library whose index is saved, opened again as after a restart, with its index rows read counted. */
  async function restarted(name: string, options: { whole?: boolean } = {}) {
    const idb = isolatedIndexedDB();
    const first = trackedDatabase(name, idb);
    const a = await library(first);
    await refreshSearchIndex(first);
    await saveSearchIndex(first);
    if (options.whole) await storeWhole(first);
    forgetSearchIndex(first);
    first.close();
    const db = trackedDatabase(name, idb);
    const rowsRead: string[] = [];
    db.searchIndex.hook('reading', (row) => {
      rowsRead.push(row.key);
      return row;
    });
    return { db, a, rowsRead };
  }

  it('reads the buckets of all the query’s words at once, not one after the other', async () => {
    const { db, a } = await restarted('parallel');
    const events: string[] = [];
    const table = db.searchIndex;
    const get = table.get.bind(table) as (key: string) => Promise<unknown>;
    (table as unknown as { get: (key: string) => Promise<unknown> }).get = async (key: string) => {
      events.push(`start ${key}`);
      const row = await get(key);
      await new Promise((resolve) => setTimeout(resolve, 5));
      events.push(`end ${key}`);
      return row;
    };
    expect(await ids(db, 'reptile zoo')).toEqual([a.mentions]);
    const buckets = events.filter((e) => e !== 'start articles' && e !== 'end articles');
    expect(buckets.slice(0, 2).sort()).toEqual(['start articles:r', 'start articles:z']);
  });

  it('a search and the background load asking for the same bucket read it once', async () => {
    const { db, a, rowsRead } = await restarted('shared');
    const [, hits] = await Promise.all([loadAllSearchBuckets(db), ids(db, 'among')]);
    expect(hits).toEqual([a.mentions]);
    expect(rowsRead.filter((key) => key === 'articles:a')).toHaveLength(1);
    expect(rowsRead.filter((key) => key !== 'articles')).toHaveLength(SEARCH_BUCKETS.length);
  });

  it('loads the index in the background from the library’s first listing, biggest buckets first', async () => {
    expect([...WARM_ORDER].sort()).toEqual([...SEARCH_BUCKETS].sort());
    expect(WARM_ORDER.slice(0, 3)).toEqual(['s', 'c', 't']);
    const { db, a, rowsRead } = await restarted('warm');
    // The library's first listing starts it (warmSearchIndex), with no search asked for.
    expect(await listArticles(db)).toHaveLength(3);
    warmSearchIndex(db);
    await vi.waitFor(async () => expect(await loadedSearchBuckets(db)).toBe(SEARCH_BUCKETS.length));
    // Every part of every bucket merged, a few per idle task.
    await vi.waitFor(async () => expect(await unmergedSearchParts(db)).toEqual({}));
    expect(rowsRead.filter((key) => key !== 'articles')).toEqual(WARM_ORDER.map((bucket) => `articles:${bucket}`));
    const before = rowsRead.length;
    expect(await ids(db, 'budget')).toEqual([a.budget, a.mentions]);
    // Everything was loaded already: the search reads nothing.
    expect(rowsRead).toHaveLength(before);

    // An index forgotten (a backup restore does that) is warmed again by the next listing.
    forgetSearchIndex(db);
    expect(await loadedSearchBuckets(db)).toBe(0);
    await listArticles(db);
    await vi.waitFor(async () => expect(await loadedSearchBuckets(db)).toBe(SEARCH_BUCKETS.length));
  });
  it('builds no bucket in the background while a search is in progress, passages included', async () => {
    const { db, a } = await restarted('hold');
    // The passages' bodies arrive slowly: the moment an idle callback would build other buckets.
    const table = db.articleBodies;
    const bulkGet = table.bulkGet.bind(table) as (keys: number[]) => Promise<unknown[]>;
    const during: number[] = [];
    (table as unknown as { bulkGet: (keys: number[]) => Promise<unknown[]> }).bulkGet = async (keys: number[]) => {
      during.push(await loadedSearchBuckets(db));
      for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setTimeout(resolve, 5));
      during.push(await loadedSearchBuckets(db));
      return bulkGet(keys);
    };
    // As the library's first listing does: the database is open, then the background load starts.
    await db.open();
    warmSearchIndex(db);
    const found = await listArticles(db, { query: 'budget', sort: 'relevance' });
    expect(found.map((article) => article.id)).toEqual([a.budget, a.mentions]);
    expect(found[0].snippet?.text).toContain('budget');
    // Only the search's own bucket ("b") was built while it ran.
    expect(during).toEqual([1, 1]);
    // Once it is over, the background load goes on to every bucket.
    await vi.waitFor(async () => expect(await loadedSearchBuckets(db)).toBe(SEARCH_BUCKETS.length));
  });

  it('starts on the buckets of a query as it is typed; the search then reads nothing more', async () => {
    const { db, a, rowsRead } = await restarted('prepare');
    prepareSearch(db, 'reptile zoo');
    prepareSearch(db, '  ');
    await vi.waitFor(async () => expect(await loadedSearchBuckets(db)).toBe(2));
    expect(rowsRead.filter((key) => key !== 'articles').sort()).toEqual(['articles:r', 'articles:z']);
    const before = rowsRead.length;
    expect(await ids(db, 'reptile zoo')).toEqual([a.mentions]);
    expect(rowsRead).toHaveLength(before);
  });

  it('rehearses the search code on a made-up text, reading and storing nothing', async () => {
    const { db, rowsRead } = await restarted('rehearse');
    const bodies = countBodyReads(db);
    const { hits, passage } = rehearseSearch();
    expect(hits).toBe(2);
    expect(passage).toMatch(/budget.*Café/);
    expect(rowsRead).toEqual([]);
    expect(bodies.count).toBe(0);
    expect(await loadedSearchBuckets(db)).toBe(0);
  });

  it('builds only the part of the searched word’s bucket that holds the words it may match', async () => {
    const { db, a, rowsRead } = await restarted('parts');
    // Stored in parts by the words' first two characters: "reptile", "reopened", "review"… under "re", "rue", "rushed" under "ru".
    const stored = (await db.searchIndex.get('articles:r'))!;
    expect(Object.keys(stored.parts ?? {}).sort()).toEqual(['re', 'ru']);
    expect(JSON.parse(stored.json)).not.toHaveProperty('index');
    rowsRead.length = 0;

    expect(await ids(db, 'reptile')).toEqual([a.mentions]);
    expect(rowsRead).toEqual(['articles', 'articles:r']);
    // "re" merged for the search, "ru" still as stored.
    expect(await unmergedSearchParts(db)).toEqual({ r: ['ru'] });
    expect(await ids(db, 'rushed')).toEqual([a.budget]);
    expect(await unmergedSearchParts(db)).toEqual({});
    // A one-letter word may match any word of its bucket: every part is merged for it.
    const second = await restarted('parts-one-letter');
    expect(await ids(second.db, 'r')).toEqual(await ids(db, 'r'));
    expect(await unmergedSearchParts(second.db)).toEqual({});
  });

  it('ranks exactly as before: a bucket built part by part as one loaded whole (as stored before parts)', async () => {
    const queries = ['re', 'reptile', 'rue', 'budget critics', 'c', 'council', 'ana perez', 'the', 'tu', '38', 'honore queues'];
    const hitsOf = async (db: FramewiseDB, query: string) => (await searchArticles(db, query)).map(({ id, score }) => ({ id, score }));
    // Before parts: every bucket's row was MiniSearch's whole JSON, read and built whole.
    const { db: whole } = await restarted('ranks-before', { whole: true });
    const expected = await Promise.all(queries.map((query) => hitsOf(whole, query)));
    expect(expected.filter((hits) => hits.length > 0)).toHaveLength(queries.length);
    // The same articles in the same order; scores equal but for the last bits of rounding (a prefix's words summed in another order).
    const sameRanking = (hits: { id: number; score: number }[], n: number) => {
      expect(hits.map((hit) => hit.id)).toEqual(expected[n].map((hit) => hit.id));
      hits.forEach((hit, i) => expect(hit.score).toBeCloseTo(expected[n][i].score, 12));
    };
    // Never stored (built in memory from the articles), as before parts.
    const fresh = trackedDatabase('fresh');
    await library(fresh);
    for (const [n, query] of queries.entries()) sameRanking(await hitsOf(fresh, query), n);

    // After a restart, each query on its own (only its words' parts merged): exactly the same.
    for (const [n, query] of queries.entries()) {
      const { db } = await restarted(`ranks-${n}`);
      expect(await hitsOf(db, query)).toEqual(expected[n]);
    }
    // Every part merged in the order stored (the background load, loadAllSearchBuckets): exactly the same.
    const { db } = await restarted('ranks-all');
    await loadAllSearchBuckets(db);
    expect(await unmergedSearchParts(db)).toEqual({});
    for (const [n, query] of queries.entries()) expect(await hitsOf(db, query)).toEqual(expected[n]);
    // Parts merged in another order ("co" for "council" before the rest of "c" for "c"): a one-letter word's matches sum in another order.
    const { db: shuffled } = await restarted('ranks-shuffled');
    for (const [n, query] of [...queries.entries()].reverse()) sameRanking(await hitsOf(shuffled, query), n);
  });

  it('reads a bucket stored whole (before parts) and stores it again in parts', async () => {
    const idb = isolatedIndexedDB();
    const first = trackedDatabase('whole', idb);
    const a = await library(first);
    await refreshSearchIndex(first);
    await saveSearchIndex(first);
    await storeWhole(first);
    expect((await first.searchIndex.get('articles:r'))!.parts).toBeUndefined();
    forgetSearchIndex(first);
    first.close();

    const second = trackedDatabase('whole', idb);
    const reads = countBodyReads(second);
    expect(await ids(second, 'reptile')).toEqual([a.mentions]);
    expect(await ids(second, 'budget cafe')).toEqual([]);
    expect(await ids(second, 'cafe')).toEqual([a.cafe]);
    expect(reads.count).toBe(0);
    await saveSearchIndex(second);
    const again = (await second.searchIndex.get('articles:r'))!;
    expect(Object.keys(again.parts ?? {}).sort()).toEqual(['re', 'ru']);
    expect(JSON.parse(again.json).documentCount).toBe(3);
  });
});
