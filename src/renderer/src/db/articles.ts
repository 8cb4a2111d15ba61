/**
 * The article repository: storing imported articles once (by content hash), listing
 * and searching them, soft delete with undo, purging, and the bundled samples.
 * `updatedAt` is set on every write to a record, including delete and undo.
 */
import { extractSnippet, queryTerms, searchableText, type Snippet } from '../../../core/search';
import { cleanShortText, truncateText } from '../../../core/text/short-text';
import type { ImportedArticle } from '../../../core/text/types';
import type { ArticleRecord, ArticleSummaryRecord, FramewiseDB } from './database';
import { searchArticles, warmSearchIndex, whileSearching } from './search-index';
import { getSetting, setSetting } from './settings';

export type AddArticleStatus = 'imported' | 'duplicate' | 'restored';

export interface AddArticleResult {
  status: AddArticleStatus;
  id: number;
  title: string;
}

export interface AddArticleOptions {
  sampleId?: string;
  /** Clock override (epoch ms), for tests and batch imports that share one timestamp. */
  now?: number;
}

/** 'relevance' ranks search results best first; without a query it lists newest import first. */
export type ArticleSort = 'imported-desc' | 'imported-asc' | 'title' | 'published-desc' | 'words-desc' | 'relevance';

export const ARTICLE_SORTS: readonly ArticleSort[] = [
  'imported-desc',
  'imported-asc',
  'title',
  'published-desc',
  'words-desc',
  'relevance',
];

export interface ListArticlesOptions {
  /**
   * Words to look for in title, byline, site name and text (full-text index): all must
   * match, each as the start of a word, case and accents ignored.
   */
  query?: string;
  sort?: ArticleSort;
  /** How many results (from the top of the list) get their matching passage (default 40). */
  snippets?: number;
}

/** Results past this many in a search list come without a passage (loading it costs a body read). */
export const DEFAULT_SNIPPET_COUNT = 40;

/** What a library list needs: no text or structure, so long lists stay light. */
export interface ArticleSummary {
  id: number;
  title: string;
  siteName?: string;
  byline?: string;
  publishedAt?: string;
  wordCount: number;
  importedAt: number;
  format: ArticleRecord['format'];
  sampleId?: string;
  /** Search results only: the passage of the text where the query matched (absent if only title or byline did). */
  snippet?: Snippet;
}

export interface DeletedArticleSummary extends ArticleSummary {
  deletedAt: number;
}

/** Returned by deleteArticle; pass `id` to undoDelete to bring the article back. */
export interface DeletedArticle {
  id: number;
  title: string;
  deletedAt: number;
}

export interface PurgeResult {
  articles: number;
  attempts: number;
  reviewCards: number;
  disputes: number;
}

export type SampleArticle = ImportedArticle & { sampleId: string };

export interface EnsureSamplesResult {
  /** Results for the samples offered this time (already-offered ones are not touched). */
  offered: (AddArticleResult & { sampleId: string })[];
}

/**
 * Stores an imported article unless the same text is already there. A soft-deleted
 * article with the same text is brought back instead ('restored'). The lookup and
 * the write share one read-write transaction, so two concurrent imports of the same
 * file cannot both add it and a failure leaves nothing behind.
 */
export async function addArticle(
  db: FramewiseDB,
  imported: ImportedArticle,
  opts: AddArticleOptions = {},
): Promise<AddArticleResult> {
  assertImportable(imported);
  return db.transaction('rw', db.articles, db.articleBodies, () => addInTransaction(db, imported, opts, true));
}

async function addInTransaction(
  db: FramewiseDB,
  imported: ImportedArticle,
  opts: AddArticleOptions,
  restoreDeleted: boolean,
): Promise<AddArticleResult> {
  const now = opts.now ?? Date.now();
  const existing = await db.articles.where('hash').equals(imported.hash).first();
  if (existing) {
    if (existing.deletedAt == null || !restoreDeleted) {
      return { status: 'duplicate', id: existing.id, title: existing.title };
    }
    const changes: Partial<ArticleSummaryRecord> = { deletedAt: null, updatedAt: now };
    if (opts.sampleId && !existing.sampleId) changes.sampleId = opts.sampleId;
    await db.articles.update(existing.id, changes);
    return { status: 'restored', id: existing.id, title: existing.title };
  }

  // Short fields are capped here too, whoever built the article: the backup reader
  // accepts no longer ones, and every backup the app writes must be restorable.
  const fileName = truncateText(imported.fileName);
  const record: Omit<ArticleSummaryRecord, 'id'> = {
    hash: imported.hash,
    title: cleanShortText(imported.title) ?? (cleanShortText(fileName) || fileName),
    format: imported.format,
    fileName,
    wordCount: imported.wordCount,
    importedAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  // Leave absent fields out rather than storing explicit undefined.
  const byline = cleanShortText(imported.byline);
  const siteName = cleanShortText(imported.siteName);
  const publishedAt = cleanShortText(imported.publishedAt);
  const encoding = cleanShortText(imported.encoding);
  if (byline) record.byline = byline;
  if (siteName) record.siteName = siteName;
  if (publishedAt) record.publishedAt = publishedAt;
  if (encoding) record.encoding = encoding;
  if (opts.sampleId) record.sampleId = opts.sampleId;

  const id = await db.articles.add(record);
  await db.articleBodies.put({ id, original: imported.document.original, blocks: imported.document.blocks });
  return { status: 'imported', id, title: record.title };
}

function assertImportable(imported: ImportedArticle): void {
  if (typeof imported?.hash !== 'string' || imported.hash.length === 0) {
    throw new TypeError('Cannot store an article without a content hash.');
  }
  if (typeof imported.document?.original !== 'string' || !Array.isArray(imported.document.blocks)) {
    throw new TypeError('Cannot store an article without its text and blocks.');
  }
}

/**
 * Live (not deleted) articles as light summaries, filtered by `query` through the full-text
 * index and sorted (by relevance when asked). Reads summary rows only; with a query, the
 * bodies of the first `snippets` results are read for their matching passage.
 */
export async function listArticles(db: FramewiseDB, opts: ListArticlesOptions = {}): Promise<ArticleSummary[]> {
  const sort = opts.sort ?? 'imported-desc';
  const query = opts.query ?? '';
  if (queryTerms(query).length === 0) {
    const rows = [...(await allSummaryRows(db)).values()].filter((article) => article.deletedAt == null);
    // The library is on screen: load the search index now, so the first search does not wait for it.
    warmSearchIndex(db);
    return rows.map(toSummary).sort(COMPARATORS[sort === 'relevance' ? 'imported-desc' : sort]);
  }

  // The index's background load waits until the passages are cut too (it would build a bucket while the bodies are read).
  return whileSearching(db, async () => {
    const hits = await searchArticles(db, query);
    if (hits.length === 0) return [];
    const rows = await summaryRows(db, hits.map((hit) => hit.id));
    const summaries = rows
      .filter((row): row is ArticleSummaryRecord => !!row && row.deletedAt == null)
      .map(toSummary);
    // bulkGet keeps the hits' order, which is best first.
    if (sort !== 'relevance') summaries.sort(COMPARATORS[sort]);
    await addSnippets(db, summaries.slice(0, opts.snippets ?? DEFAULT_SNIPPET_COUNT), hits[0].terms);
    return summaries;
  });
}

/** Ids of the live articles, from keys alone (all ids minus those in the deletedAt index). */
export function listLiveArticleIds(db: FramewiseDB): Promise<number[]> {
  return db.transaction('r', db.articles, async () => {
    const all = await db.articles.toCollection().primaryKeys();
    const deleted = new Set(await db.articles.where('deletedAt').above(-Infinity).primaryKeys());
    return all.filter((id) => !deleted.has(id));
  });
}

/** Sorts summaries in place as listArticles would (relevance: newest import first). */
export function sortArticleSummaries(summaries: ArticleSummary[], sort: ArticleSort): ArticleSummary[] {
  return summaries.sort(COMPARATORS[sort]);
}

/** Above this many ids, one getAll() of every summary beats a get() per id. */
const BULK_GET_LIMIT = 500;

/** The summary rows of `ids`, in that order (undefined where missing). */
async function summaryRows(db: FramewiseDB, ids: number[]): Promise<(ArticleSummaryRecord | undefined)[]> {
  const cached = summaryCaches.get(db)?.rows;
  if (ids.length <= BULK_GET_LIMIT && !cached) return db.articles.bulkGet(ids);
  const byId = await allSummaryRows(db);
  return ids.map((id) => byId.get(id));
}

interface SummaryCache {
  /** Every summary row by id, as last read; dropped on any write to `articles`. */
  rows?: Promise<Map<number, ArticleSummaryRecord>>;
  /** Bumped by every write, so a read that overlapped one is not kept. */
  generation: number;
}

const summaryCaches = new WeakMap<FramewiseDB, SummaryCache>();

/**
 * Every summary row, kept in memory between listings: the library list, each search with
 * many hits and each re-sort would otherwise read all 10,000 rows again. Dexie hooks on
 * `articles` drop it on any write (import, delete, undo, restore…), from any module.
 */
function allSummaryRows(db: FramewiseDB): Promise<Map<number, ArticleSummaryRecord>> {
  let cache = summaryCaches.get(db);
  if (!cache) {
    const created: SummaryCache = { generation: 0 };
    cache = created;
    summaryCaches.set(db, created);
    const drop = () => {
      created.generation++;
      created.rows = undefined;
    };
    db.articles.hook('creating', drop);
    db.articles.hook('updating', drop);
    db.articles.hook('deleting', drop);
    // A new connection (a restore that reopened the database) starts from storage.
    db.on('close', drop);
  }
  if (cache.rows) return cache.rows;
  const current = cache;
  const generation = current.generation;
  // toArray() without a filter reads all rows in one getAll(); a Dexie filter walks a cursor row by row.
  const rows = db.articles.toArray().then((all) => new Map(all.map((row) => [row.id, row])));
  current.rows = rows;
  rows.then(
    () => {
      // Written to while reading: the rows may predate the write, so read again next time.
      if (current.generation !== generation && current.rows === rows) current.rows = undefined;
    },
    () => {
      if (current.rows === rows) current.rows = undefined;
    },
  );
  return rows;
}

/** Counts live articles from keys alone. */
export async function countArticles(db: FramewiseDB): Promise<number> {
  return db.transaction('r', db.articles, async () => (await db.articles.count()) - (await db.articles.where('deletedAt').above(-Infinity).count()));
}

async function addSnippets(db: FramewiseDB, summaries: ArticleSummary[], terms: string[]): Promise<void> {
  if (summaries.length === 0) return;
  const bodies = await db.articleBodies.bulkGet(summaries.map((s) => s.id));
  summaries.forEach((summary, i) => {
    const body = bodies[i];
    if (!body) return;
    const snippet = extractSnippet(searchableText(body.original, body.blocks), terms);
    if (snippet) summary.snippet = snippet;
  });
}

/** Soft-deleted articles, most recently deleted first (for a "recently deleted" view). */
export async function listDeletedArticles(db: FramewiseDB): Promise<DeletedArticleSummary[]> {
  const deleted = await db.articles.where('deletedAt').above(-Infinity).toArray();
  return deleted
    .map((article) => ({ ...toSummary(article), deletedAt: article.deletedAt as number }))
    .sort((a, b) => b.deletedAt - a.deletedAt || b.id - a.id);
}

/** A live article with its text (summary and body read in one transaction). */
export async function getArticle(db: FramewiseDB, id: number): Promise<ArticleRecord | undefined> {
  return db.transaction('r', db.articles, db.articleBodies, async () => {
    const article = await db.articles.get(id);
    if (!article || article.deletedAt != null) return undefined;
    const body = await db.articleBodies.get(id);
    return { ...article, original: body?.original ?? '', blocks: body?.blocks ?? [] };
  });
}

/** Summaries of the given live articles, in the order asked (missing or deleted ones left out); no bodies read. */
export async function getArticleSummaries(db: FramewiseDB, ids: readonly number[]): Promise<ArticleSummary[]> {
  const rows = await db.articles.bulkGet([...ids]);
  return rows.filter((row): row is ArticleSummaryRecord => !!row && row.deletedAt == null).map(toSummary);
}

/** Soft delete. Returns undefined when there is no live article with that id. */
export function deleteArticle(
  db: FramewiseDB,
  id: number,
  opts: { now?: number } = {},
): Promise<DeletedArticle | undefined> {
  return db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(id);
    if (!article || article.deletedAt != null) return undefined;
    const deletedAt = opts.now ?? Date.now();
    await db.articles.update(id, { deletedAt, updatedAt: deletedAt });
    return { id, title: article.title, deletedAt };
  });
}

/** Brings a soft-deleted article back. Returns false when there was nothing to undo. */
export function undoDelete(db: FramewiseDB, id: number): Promise<boolean> {
  return db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(id);
    if (!article || article.deletedAt == null) return false;
    await db.articles.update(id, { deletedAt: null, updatedAt: Date.now() });
    return true;
  });
}

/**
 * Hard-deletes articles soft-deleted before `cutoffMs` (an epoch-ms timestamp, e.g.
 * `Date.now() - 30 * DAY`) together with their attempts, review cards, disputes, checked
 * keys and cached analyses, all in one transaction.
 */
export function purgeDeleted(db: FramewiseDB, cutoffMs: number): Promise<PurgeResult> {
  const tables = [db.articles, db.articleBodies, db.attempts, db.reviewCards, db.disputes, db.checkedKeys, db.analysisCache];
  return db.transaction('rw', tables, async () => {
    const purged = await db.articles.where('deletedAt').below(cutoffMs).toArray();
    const ids = purged.map((article) => article.id);
    if (ids.length === 0) return { articles: 0, attempts: 0, reviewCards: 0, disputes: 0 };
    const attempts = await db.attempts.where('articleId').anyOf(ids).delete();
    const reviewCards = await db.reviewCards.where('articleId').anyOf(ids).delete();
    const disputes = await db.disputes.where('articleId').anyOf(ids).delete();
    await db.checkedKeys.bulkDelete(ids);
    // The analysis is cached by content hash, and the hash index is unique: no other article shares it.
    await db.analysisCache.bulkDelete(purged.map((article) => article.hash));
    await db.articles.bulkDelete(ids);
    await db.articleBodies.bulkDelete(ids);
    return { articles: ids.length, attempts, reviewCards, disputes };
  });
}

/** deletedAt of an article chosen for "Delete for good": below every real time, so purgeDeleted(db, 0) takes exactly these. */
const PURGE_NOW = -1;

/**
 * Deletes one article in the trash for good ("Delete for good"). It is marked, then removed
 * by purgeDeleted, so one code path clears everything a hard delete must (attempts, review
 * cards, disputes, and any table added to purgeDeleted later). Were the app closed between
 * the two steps, the start-up purge finishes the job. A live article is left alone.
 * Returns whether the article was in the trash.
 */
export async function purgeArticle(db: FramewiseDB, id: number): Promise<boolean> {
  const marked = await db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(id);
    if (!article || article.deletedAt == null) return false;
    await db.articles.update(id, { deletedAt: PURGE_NOW });
    return true;
  });
  if (marked) await purgeDeleted(db, PURGE_NOW + 1);
  return marked;
}

/**
 * Adds each bundled sample the first time it is offered, and remembers that in the
 * 'samplesOffered' setting, so a sample the learner deleted stays deleted on the next
 * start while samples shipped by a later release still arrive once. A sample whose
 * text the learner deliberately deleted is not brought back.
 */
export function ensureSamples(db: FramewiseDB, samples: readonly SampleArticle[]): Promise<EnsureSamplesResult> {
  return db.transaction('rw', db.articles, db.articleBodies, db.settings, async () => {
    const alreadyOffered = new Set(await getSetting(db, 'samplesOffered'));
    const offered: EnsureSamplesResult['offered'] = [];
    for (const sample of samples) {
      if (alreadyOffered.has(sample.sampleId)) continue;
      assertImportable(sample);
      const result = await addInTransaction(db, sample, { sampleId: sample.sampleId }, false);
      offered.push({ ...result, sampleId: sample.sampleId });
      alreadyOffered.add(sample.sampleId);
    }
    if (offered.length > 0) await setSetting(db, 'samplesOffered', [...alreadyOffered]);
    return { offered };
  });
}

export interface RestoreSamplesResult {
  /** Soft-deleted samples brought back as they were (same id, practice history kept). */
  restored: number;
  /** Purged samples stored again from the bundled text (a new id; their history was purged with them). */
  readded: number;
}

export interface SampleLibraryStatus {
  /** Bundled samples. */
  total: number;
  /** Bundled samples with no live copy in the library (deleted, or purged for good). */
  missing: number;
}

type SampleState =
  | { kind: 'live' }
  | { kind: 'deleted'; record: ArticleSummaryRecord }
  | { kind: 'absent' };

/**
 * Where a bundled sample stands. It is live when a live article carries its sampleId
 * (even if a later release changed its text) or its exact text (e.g. the learner had
 * imported that text before the samples were offered). A deleted copy is preferred by
 * sampleId, then by text; the hash index is unique, so a deleted article with the same
 * text is the only place the sample can come back to.
 */
async function sampleState(db: FramewiseDB, sample: SampleArticle): Promise<SampleState> {
  const tagged = await db.articles.where('sampleId').equals(sample.sampleId).toArray();
  const sameText = await db.articles.where('hash').equals(sample.hash).first();
  if (tagged.some((a) => a.deletedAt == null) || (sameText && sameText.deletedAt == null)) return { kind: 'live' };
  const deletedTagged = tagged
    .filter((a) => a.deletedAt != null)
    .sort((a, b) => Number(b.hash === sample.hash) - Number(a.hash === sample.hash) || (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
  const record = deletedTagged[0] ?? sameText;
  return record ? { kind: 'deleted', record } : { kind: 'absent' };
}

/** How many bundled samples are missing from the library (for Settings → Sample library). */
export function sampleLibraryStatus(db: FramewiseDB, samples: readonly SampleArticle[]): Promise<SampleLibraryStatus> {
  return db.transaction('r', db.articles, async () => {
    let missing = 0;
    for (const sample of samples) {
      if ((await sampleState(db, sample)).kind !== 'live') missing++;
    }
    return { total: samples.length, missing };
  });
}

/**
 * Brings back every bundled sample that is not live, on the learner's request: a
 * soft-deleted one is undeleted (same id, so its answers and review cards still count),
 * a purged one is stored again. Samples already in the library are left alone, and no
 * other article is touched. All in one transaction, which also marks every sample as
 * offered so the next start does not offer them again.
 */
export function restoreSamples(
  db: FramewiseDB,
  samples: readonly SampleArticle[],
  opts: { now?: number } = {},
): Promise<RestoreSamplesResult> {
  for (const sample of samples) assertImportable(sample);
  return db.transaction('rw', db.articles, db.articleBodies, db.settings, async () => {
    const now = opts.now ?? Date.now();
    let restored = 0;
    let readded = 0;
    for (const sample of samples) {
      const state = await sampleState(db, sample);
      if (state.kind === 'live') continue;
      if (state.kind === 'deleted') {
        const changes: Partial<ArticleSummaryRecord> = { deletedAt: null, updatedAt: now };
        if (!state.record.sampleId) changes.sampleId = sample.sampleId;
        await db.articles.update(state.record.id, changes);
        restored++;
      } else {
        await addInTransaction(db, sample, { sampleId: sample.sampleId, now }, false);
        readded++;
      }
    }
    const offered = new Set(await getSetting(db, 'samplesOffered'));
    const before = offered.size;
    for (const sample of samples) offered.add(sample.sampleId);
    if (offered.size !== before) await setSetting(db, 'samplesOffered', [...offered]);
    return { restored, readded };
  });
}

function toSummary(article: ArticleSummaryRecord): ArticleSummary {
  const summary: ArticleSummary = {
    id: article.id,
    title: article.title,
    wordCount: article.wordCount,
    importedAt: article.importedAt,
    format: article.format,
  };
  if (article.siteName !== undefined) summary.siteName = article.siteName;
  if (article.byline !== undefined) summary.byline = article.byline;
  if (article.publishedAt !== undefined) summary.publishedAt = article.publishedAt;
  if (article.sampleId !== undefined) summary.sampleId = article.sampleId;
  return summary;
}

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function publishedMs(summary: ArticleSummary): number | undefined {
  if (!summary.publishedAt) return undefined;
  const ms = Date.parse(summary.publishedAt);
  return Number.isNaN(ms) ? undefined : ms;
}

const newestImportFirst = (a: ArticleSummary, b: ArticleSummary): number =>
  b.importedAt - a.importedAt || b.id - a.id;

const COMPARATORS: Record<ArticleSort, (a: ArticleSummary, b: ArticleSummary) => number> = {
  'imported-desc': newestImportFirst,
  'imported-asc': (a, b) => a.importedAt - b.importedAt || a.id - b.id,
  title: (a, b) => titleCollator.compare(a.title, b.title) || a.id - b.id,
  // Articles without a (parseable) date go last, newest import first among them.
  'published-desc': (a, b) => {
    const pa = publishedMs(a);
    const pb = publishedMs(b);
    if (pa === undefined && pb === undefined) return newestImportFirst(a, b);
    if (pa === undefined) return 1;
    if (pb === undefined) return -1;
    return pb - pa || newestImportFirst(a, b);
  },
  'words-desc': (a, b) => b.wordCount - a.wordCount || titleCollator.compare(a.title, b.title) || a.id - b.id,
  // Only meaningful for search results (listArticles keeps the index's order); newest first otherwise.
  relevance: newestImportFirst,
};
