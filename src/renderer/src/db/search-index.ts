/**
 * The library's full-text index: MiniSearch (BM25 ranking, prefix matching, incremental
 * add/discard, JSON serialisation; see docs/ARCHITECTURE.md for why not FlexSearch), kept in
 * memory per database and persisted in the `searchIndex` table so start-up does not re-read
 * every text.
 *
 * Staying in step with the library: article text never changes under an id (a different
 * text is a different article), so the index only has to hold exactly the live articles.
 * Dexie hooks on `articles` mark the index stale on any write (import, delete, undo,
 * sample restore, backup restore, pack import…); the next search reconciles it from
 * primary keys alone (reading only the bodies of articles that came in) and schedules a
 * save. A persisted index from an older SEARCH_INDEX_VERSION, or none, is rebuilt.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import Dexie from 'dexie';
import { normaliseTerm, queryTerms, searchableText, tokenizeForSearch, tokenizeQuery } from '../../../core/search';
import type { ArticleBodyRecord, ArticleSummaryRecord, FramewiseDB } from './database';

/** Bump when the fields, tokeniser or folding change: a stored index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;
const INDEX_KEY = 'articles';
/** Articles read per step when (re)building, so memory stays flat on a big library. */
const BUILD_PAGE = 100;
/** Quiet time before the index is written back, so a batch import saves it once. */
export const SAVE_DELAY_MS = 2_000;

interface IndexedArticle {
  id: number;
  title: string;
  byline: string;
  siteName: string;
  text: string;
}

const OPTIONS: Options<IndexedArticle> = {
  idField: 'id',
  fields: ['title', 'byline', 'siteName', 'text'],
  tokenize: tokenizeForSearch,
  processTerm: normaliseTerm,
  searchOptions: {
    tokenize: tokenizeQuery,
    // Every word must match (as the hand-written search did), each as a prefix of an indexed word.
    combineWith: 'AND',
    prefix: true,
    boost: { title: 3, byline: 1.5, siteName: 1.5 },
  },
};

interface IndexState {
  index: MiniSearch<IndexedArticle>;
  ids: Set<number>;
  /** Set by the table hooks: the library changed since the last reconcile. */
  stale: boolean;
  saveTimer?: ReturnType<typeof setTimeout>;
  /** Whether the in-memory index differs from the stored one. */
  unsaved: boolean;
  /** The reconcile in progress, which every search waits for (it yields between pages). */
  reconciling?: Promise<void>;
}

const states = new WeakMap<FramewiseDB, Promise<IndexState>>();
const staleFlags = new WeakMap<FramewiseDB, { stale: boolean }>();

export interface ArticleSearchHit {
  id: number;
  score: number;
  /** The query's terms as folded for matching (for snippets). */
  terms: string[];
}

/**
 * Ranked matches for `query` among live articles (best first); every query word must
 * match a word of the title, byline, site name or text as a prefix, case and accents
 * ignored. An empty list for a query without words.
 */
export async function searchArticles(db: FramewiseDB, query: string): Promise<ArticleSearchHit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const state = await readyIndex(db);
  return state.index
    .search(query)
    .filter((result: SearchResult) => state.ids.has(result.id as number))
    .map((result) => ({ id: result.id as number, score: result.score, terms }));
}

/**
 * The index for `db`, loaded (or built) on first use and brought up to date with the
 * library. Call it after writing articles outside the repositories (e.g. importing a pack)
 * to have the index current before the next search; the hooks make that optional.
 */
export async function refreshSearchIndex(db: FramewiseDB): Promise<{ documents: number }> {
  const state = await readyIndex(db);
  return { documents: state.ids.size };
}

/** Delay before a background load of the index, so the list the learner asked for draws first. */
const WARM_DELAY_MS = 300;

/**
 * Starts loading (or building) the index in the background if it is not loaded yet, so a
 * search soon after start-up does not wait for it. Errors surface on the next search.
 */
export function warmSearchIndex(db: FramewiseDB): void {
  if (states.has(db)) return;
  const timer = setTimeout(() => {
    if (!states.has(db) && db.isOpen()) readyIndex(db).catch(() => undefined);
  }, WARM_DELAY_MS);
  (timer as { unref?: () => void }).unref?.();
}

/** Writes the index now if it has unsaved changes (e.g. before the window closes, or in tests). */
export async function saveSearchIndex(db: FramewiseDB): Promise<void> {
  const pending = states.get(db);
  if (!pending) return;
  const state = await pending;
  if (state.saveTimer !== undefined) clearTimeout(state.saveTimer);
  state.saveTimer = undefined;
  if (!state.unsaved) return;
  state.unsaved = false;
  await db.searchIndex.put({
    key: INDEX_KEY,
    version: SEARCH_INDEX_VERSION,
    ids: [...state.ids],
    json: JSON.stringify(state.index),
    savedAt: Date.now(),
  });
}

/** Forgets the in-memory index of `db` (tests; a closed database). The stored one stays. */
export function forgetSearchIndex(db: FramewiseDB): void {
  void states.get(db)?.then((state) => state.saveTimer !== undefined && clearTimeout(state.saveTimer));
  states.delete(db);
}

/** The marks the hooks set, created (and the hooks registered) once per database object. */
function staleFlag(db: FramewiseDB): { stale: boolean } {
  let flag = staleFlags.get(db);
  if (!flag) {
    const mark = { stale: false };
    flag = mark;
    staleFlags.set(db, mark);
    const touch = () => {
      mark.stale = true;
    };
    db.articles.hook('creating', touch);
    db.articles.hook('updating', touch);
    db.articles.hook('deleting', touch);
  }
  return flag;
}

async function readyIndex(db: FramewiseDB): Promise<IndexState> {
  const flag = staleFlag(db);
  let pending = states.get(db);
  if (!pending) {
    pending = loadIndex(db);
    states.set(db, pending);
    pending.catch(() => states.delete(db));
    flag.stale = true;
  }
  const state = await pending;
  // A search that arrives while another reconciles must wait for it, not search a half-updated index.
  for (;;) {
    if (state.reconciling) {
      await state.reconciling;
      continue;
    }
    if (!flag.stale) return state;
    flag.stale = false;
    state.reconciling = reconcile(db, state)
      .then((changed) => {
        if (changed) scheduleSave(db, state);
      })
      .finally(() => {
        state.reconciling = undefined;
      });
  }
}

async function loadIndex(db: FramewiseDB): Promise<IndexState> {
  const stored = await db.searchIndex.get(INDEX_KEY);
  if (stored && stored.version === SEARCH_INDEX_VERSION) {
    try {
      const index = await MiniSearch.loadJSONAsync<IndexedArticle>(stored.json, OPTIONS);
      return { index, ids: new Set(stored.ids), stale: false, unsaved: false };
    } catch (error) {
      // A damaged index is only a cache: rebuild it from the articles.
      console.warn('Framewise: the stored search index could not be read; rebuilding it.', error);
    }
  }
  // Missing or from another version: rebuilt by the first reconcile, then saved.
  return { index: new MiniSearch<IndexedArticle>(OPTIONS), ids: new Set(), stale: true, unsaved: true };
}

/** Live article ids from keys only: all ids minus those in the deletedAt index. */
async function liveArticleIds(db: FramewiseDB): Promise<Set<number>> {
  return db.transaction('r', db.articles, async () => {
    const all = await db.articles.toCollection().primaryKeys();
    const deleted = new Set(await db.articles.where('deletedAt').above(-Infinity).primaryKeys());
    return new Set(all.filter((id) => !deleted.has(id)));
  });
}
// (articles.ts has the same as listLiveArticleIds; not imported from there to keep the
// modules free of an import cycle: articles.ts imports this one.)

/** Makes the index hold exactly the live articles. Returns whether anything changed. */
async function reconcile(db: FramewiseDB, state: IndexState): Promise<boolean> {
  const live = await liveArticleIds(db);
  let changed = false;
  for (const id of state.ids) {
    if (live.has(id)) continue;
    state.index.discard(id);
    state.ids.delete(id);
    changed = true;
  }
  const missing = [...live].filter((id) => !state.ids.has(id)).sort((a, b) => a - b);
  for (let i = 0; i < missing.length; i += BUILD_PAGE) {
    const page = missing.slice(i, i + BUILD_PAGE);
    const [summaries, bodies] = await db.transaction('r', db.articles, db.articleBodies, () =>
      Promise.all([db.articles.bulkGet(page), db.articleBodies.bulkGet(page)]),
    );
    const docs: IndexedArticle[] = [];
    page.forEach((id, j) => {
      const summary = summaries[j];
      // Deleted or purged between the key read and now: the next reconcile sees it.
      if (!summary || summary.deletedAt != null || state.ids.has(id)) return;
      docs.push(toIndexed(summary, bodies[j]));
      state.ids.add(id);
    });
    state.index.addAll(docs);
    changed ||= docs.length > 0;
    // Yield between pages so a rebuild never holds the main thread for long.
    if (i + BUILD_PAGE < missing.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (changed) state.unsaved = true;
  return changed || state.unsaved;
}

function toIndexed(summary: ArticleSummaryRecord, body: ArticleBodyRecord | undefined): IndexedArticle {
  return {
    id: summary.id,
    title: summary.title,
    byline: summary.byline ?? '',
    siteName: summary.siteName ?? '',
    text: body ? searchableText(body.original, body.blocks) : '',
  };
}

function scheduleSave(db: FramewiseDB, state: IndexState): void {
  if (state.saveTimer !== undefined) clearTimeout(state.saveTimer);
  const timer = setTimeout(() => {
    state.saveTimer = undefined;
    saveSearchIndex(db).catch((error: unknown) => {
      if (!(error instanceof Dexie.DatabaseClosedError)) console.warn('Framewise: could not save the search index.', error);
    });
  }, SAVE_DELAY_MS);
  // In Node (tests, the bench) a pending save must not keep the process alive.
  (timer as { unref?: () => void }).unref?.();
  state.saveTimer = timer;
}
