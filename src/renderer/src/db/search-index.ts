/**
 * The library's full-text index: MiniSearch (BM25 ranking, prefix matching, incremental
 * add/discard, JSON serialisation; see docs/ARCHITECTURE.md for why not FlexSearch), kept in
 * memory per database and persisted in the `searchIndex` table so start-up does not re-read
 * every text.
 *
 * Split by a term's first letter: one MiniSearch per bucket ("a"…"z", "0"…"9", "_" for the
 * rest), each holding every indexed article but only the words starting with its letter.
 * Loading one index of 10,000 articles means building millions of postings (seconds of main
 * thread); a search only needs the buckets of its words, so a bucket is read and built the
 * first time a search needs it (the buckets of a query's words are read in parallel), and the
 * rest load in the background from start-up, biggest first (WARM_ORDER): a bucket's head in
 * one idle task, the next one's row read meanwhile, then its parts a few per idle task.
 * A bucket's row holds its words' postings in parts, one per first two characters of a word
 * ("bu", "be"…), each its own JSON string beside the bucket's head (its documents and field
 * lengths), so the first search of a word after a start parses and builds only the head and
 * that one part (a prefix search for "budget" only looks at words starting with "bu"); the
 * other parts are merged in later, a few per idle task (mergeParts). A bucket is "complete"
 * once every part is in; changing it (adding, discarding) needs it complete.
 * Every bucket holds every article (some with no words there), so document counts, and so
 * BM25's inverse document frequency, are those of the whole library; a word's score comes
 * from its own bucket and the scores of a query's words add up, as in one MiniSearch.
 *
 * Staying in step with the library: article text never changes under an id (a different
 * text is a different article), so the index only has to hold the live articles. Dexie hooks
 * on `articles` mark the index stale on any write (import, delete, undo, sample restore,
 * backup restore, pack import…); the next search reconciles it from primary keys alone:
 * a deleted article only leaves the live set (its postings stay, so undo costs nothing); an
 * article that came in is read and added to every bucket; one deleted for good is discarded
 * from every bucket. Changes are saved after a quiet moment: the manifest and the buckets
 * that changed, in one transaction. A stored index of an older SEARCH_INDEX_VERSION, a
 * damaged one, or none, is rebuilt.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import Dexie from 'dexie';
import { extractSnippet, normaliseTerm, queryTerms, searchableText, tokenizeForSearch } from '../../../core/search';
import { whenIdle } from '../platform/when-idle';
import type { ArticleBodyRecord, SearchIndexRecord, ArticleSummaryRecord, FramewiseDB } from './database';

/**
 * Bump when the fields, tokeniser or folding change: a stored index of another version is
 * rebuilt. (Not bumped for the bucket rows' parts: a row without them, stored before, is read
 * whole and saved again in parts.)
 */
export const SEARCH_INDEX_VERSION = 2;
/** The manifest row: live ids, and every id the buckets hold. Bucket rows are `articles:<bucket>`. */
const MANIFEST_KEY = 'articles';
/**
 * Articles read and indexed per step when (re)building or catching up after an import: small,
 * so no step holds the main thread for long (a 900-word article takes a few milliseconds).
 */
const BUILD_PAGE = 10;
/** Quiet time before the index is written back, so a batch import saves it once. */
export const SAVE_DELAY_MS = 2_000;

/** One bucket per ASCII letter and digit; "_" takes words starting with anything else. */
export const SEARCH_BUCKETS: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz0123456789', '_'];
const OTHER_BUCKET = '_';

/**
 * The order of the background load: the biggest buckets first (in English text most words start
 * with s, c, t, p, a…; the largest buckets of the bench library are those), since they are the
 * slowest to read and build when a search needs one that is not loaded yet; then the rest.
 */
export const WARM_ORDER: readonly string[] = [...'sctpamdbrfhiewlgonuvkjyqzx', ...'0123456789', OTHER_BUCKET];

/** The bucket of a folded term. */
export function bucketOf(term: string): string {
  const first = term.charAt(0);
  return (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9') ? first : OTHER_BUCKET;
}

const bucketRowKey = (bucket: string) => `${MANIFEST_KEY}:${bucket}`;

/** The part of a bucket a folded term's postings are stored in: its first two characters. */
export const partOf = (term: string): string => term.slice(0, 2);

const FIELDS = ['title', 'byline', 'siteName', 'text'] as const;
type Field = (typeof FIELDS)[number];
/** An article as one bucket sees it: each field is its folded words of that bucket, joined by SEPARATOR. */
type BucketDocument = { id: number } & Record<Field, string>;

const BOOST = { title: 3, byline: 1.5, siteName: 1.5 };

/** Between the folded words of a bucket document: no word holds it (words are letters, marks and digits). */
const SEPARATOR = '\u0000';
// Words arrive folded and split (bucketDocuments), so a bucket only splits where they were joined.
const splitFolded = (text: string): string[] => (text.length === 0 ? [] : text.split(SEPARATOR));
const OPTIONS: Options<BucketDocument> = {
  idField: 'id',
  fields: [...FIELDS],
  tokenize: splitFolded,
  processTerm: (term) => term,
  // The prefix search of one folded query word; queries combine words themselves (searchArticles).
  searchOptions: { tokenize: (term) => [term], prefix: true, boost: BOOST },
  // Discards are rare (articles deleted for good) and applied all at once: no vacuum timers.
  autoVacuum: false,
};

/** A bucket read from storage whose postings are not all in yet: the parts still to merge, as stored. */
interface OpenBucket {
  index: MiniSearch<BucketDocument>;
  rest: Map<string, string>;
}

interface IndexState {
  /** The complete buckets (every part merged, or fresh); the others are read when first needed. */
  buckets: Map<string, MiniSearch<BucketDocument>>;
  /** Buckets read with some parts still to merge (a search merges the part of its word). */
  open: Map<string, OpenBucket>;
  /** Buckets whose stored row is missing (a fresh index): built empty instead of read. */
  fresh: boolean;
  /** Live articles the index answers for (searches return only these). */
  ids: Set<number>;
  /** Every article the buckets hold: the live ones and deleted ones not yet purged. */
  indexed: Set<number>;
  /** Buckets changed since the last save (the manifest is saved whenever anything is). */
  dirty: Set<string>;
  saveTimer?: ReturnType<typeof setTimeout>;
  /** Whether the in-memory index differs from the stored one. */
  unsaved: boolean;
  /** The reconcile in progress, which every search waits for (it yields between pages). */
  reconciling?: Promise<void>;
  /** The background load of the remaining buckets, once started. */
  warming?: Promise<void>;
  /** Buckets being read, so a search and the background load never read or build one twice. */
  loading: Map<string, Promise<void>>;
  /** Bucket rows read ahead by the background load (at most the next one). */
  rows: Map<string, Promise<SearchIndexRecord | undefined>>;
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
export function searchArticles(db: FramewiseDB, query: string): Promise<ArticleSearchHit[]> {
  return whileSearching(db, () => rankedHits(db, query));
}

async function rankedHits(db: FramewiseDB, query: string): Promise<ArticleSearchHit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const state = await readyIndex(db);
  // Every word's bucket at once: their rows are read in parallel, each word's part built as it arrives.
  const buckets = await Promise.all(terms.map((term) => bucketFor(db, state, term)));
  let scores: Map<number, number> | undefined;
  for (const [n, term] of terms.entries()) {
    const bucket = buckets[n];
    const next = new Map<number, number>();
    for (const result of bucket.search(term)) {
      const id = result.id as number;
      // Every word must match (as the hand-written search did): keep what the earlier words found.
      if (!state.ids.has(id) || (scores && !scores.has(id))) continue;
      next.set(id, (scores?.get(id) ?? 0) + result.score);
    }
    scores = next;
    if (scores.size === 0) return [];
  }
  return [...(scores ?? [])]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([id, score]) => ({ id, score, terms }));
}

/**
 * Starts reading and building the buckets of `query`'s words at once, as the learner types it,
 * ahead of the search the listing will ask for after the next render; the search then finds
 * them built or on their way (one read and one build, shared). Nothing for a query without
 * words; errors surface on the search.
 */
export function prepareSearch(db: FramewiseDB, query: string): void {
  const terms = queryTerms(query);
  if (terms.length === 0) return;
  // Held like a search: the background load builds no other bucket meanwhile.
  void whileSearching(db, async () => {
    const state = await readyIndex(db);
    await Promise.all(terms.map((term) => bucketFor(db, state, term)));
  }).catch(() => undefined);
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

/**
 * Builds every bucket not built yet (the background warm-up does the same, a bucket at a
 * time); `onBucket` hears how long each took (the bench reports the longest).
 */
export async function loadAllSearchBuckets(db: FramewiseDB, onBucket?: (bucket: string, ms: number) => void): Promise<void> {
  const state = await readyIndex(db);
  await loadBuckets(db, state, SEARCH_BUCKETS, onBucket);
}

/** How many buckets are read into memory, complete or not (for tests and the bench). */
export async function loadedSearchBuckets(db: FramewiseDB): Promise<number> {
  const pending = states.get(db);
  if (!pending) return 0;
  const state = await pending;
  return state.buckets.size + state.open.size;
}

/** The parts of the buckets read so far still to merge, by bucket (for tests). */
export async function unmergedSearchParts(db: FramewiseDB): Promise<Record<string, string[]>> {
  const pending = states.get(db);
  if (!pending) return {};
  const state = await pending;
  return Object.fromEntries([...state.open].map(([bucket, open]) => [bucket, [...open.rest.keys()].sort()]));
}

/** Searches in progress per database, and a promise settled when the last one ends. */
const searches = new WeakMap<FramewiseDB, { count: number; over: Promise<void>; end: () => void }>();

/**
 * Runs `work` (a search, and whatever the caller does with its hits, e.g. cutting passages)
 * with the background load of the index held: it builds no bucket until the last search in
 * progress ends. A search waits for IndexedDB between its steps, and an idle callback would
 * otherwise build a bucket there (tens of milliseconds for a big one at 10,000 articles),
 * which the search's next step then waits behind. Searches may overlap and nest.
 */
export async function whileSearching<T>(db: FramewiseDB, work: () => Promise<T>): Promise<T> {
  let held = searches.get(db);
  if (!held || held.count === 0) {
    let end = () => {};
    const over = new Promise<void>((resolve) => (end = resolve));
    held = { count: 0, over, end };
    searches.set(db, held);
  }
  const current = held;
  current.count++;
  try {
    return await work();
  } finally {
    if (--current.count === 0) current.end();
  }
}

/** An idle moment with no search in progress (the background load's next step waits for one). */
async function idleAndNoSearch(db: FramewiseDB): Promise<void> {
  for (;;) {
    await idle();
    const held = searches.get(db);
    if (!held || held.count === 0) return;
    await held.over;
  }
}

/** A made-up text for the rehearsal below: ~900 words, ASCII and accented, as an article might be. */
const REHEARSAL_TEXT = Array.from(
  { length: 30 },
  (_, n) => `Paragraph ${n}: the council's budget — approved on Tuesday at the Café Saint-Honoré — funds buses, schools and a new bridge over the river.`,
).join('\n');

/**
 * Runs the search's own code once on a tiny made-up index and text: MiniSearch's prefix search
 * and the passage code (a Unicode word pattern, folding) run for the first time here, at idle,
 * rather than inside the learner's first search, where compiling them and the results'
 * first passages cost tens of milliseconds. Reads and stores nothing; returns the passage
 * found (for tests).
 */
export function rehearseSearch(): { hits: number; passage: string | undefined } {
  const index = new MiniSearch<BucketDocument>(OPTIONS);
  const words = tokenizeForSearch(REHEARSAL_TEXT).flatMap((word) => normaliseTerm(word) ?? []);
  index.add({ id: 1, title: 'budget', byline: '', siteName: '', text: words.join(SEPARATOR) });
  const terms = queryTerms('budget café');
  let hits = 0;
  for (const term of terms) hits += index.search(term).length;
  const passage = extractSnippet(searchableText(REHEARSAL_TEXT, []), terms)?.text;
  return { hits, passage };
}

/** The longest the background load waits for an idle moment before its next step. */
const WARM_IDLE_TIMEOUT_MS = 300;
/** How long one idle task of the background load goes on merging parts (it stops after the part that crosses it). */
const MERGE_BUDGET_MS = 8;

const warmed = new WeakSet<FramewiseDB>();

const idle = () => new Promise<void>((resolve) => whenIdle(resolve, WARM_IDLE_TIMEOUT_MS));

/**
 * Starts loading the index in the background (once per database): at the first idle moment
 * after the library asks for its list, the manifest and the reconcile a first search would
 * otherwise do, then bucket after bucket in WARM_ORDER, each read and its head built in an idle
 * task (the next one's row read meanwhile), its parts then merged a few per idle task, so no
 * task of the warm-up holds the main thread for long and a search finds its buckets ready.
 * Before the first bucket it rehearses the search code (rehearseSearch); no step runs while
 * a search is in progress (whileSearching). Errors surface on the next search.
 */
export function warmSearchIndex(db: FramewiseDB): void {
  if (warmed.has(db)) return;
  warmed.add(db);
  void idle()
    .then(async () => {
      if (!db.isOpen()) return;
      const state = await readyIndex(db);
      const current = states.get(db);
      state.warming ??= (async () => {
        await idleAndNoSearch(db);
        rehearseSearch();
        for (const [n, bucket] of WARM_ORDER.entries()) {
          // Stop when the database closes or the index is forgotten (a restore): the next listing warms the new one.
          if (!db.isOpen() || states.get(db) !== current) return;
          if (state.buckets.has(bucket)) continue;
          readAhead(db, state, bucket);
          const next = WARM_ORDER[n + 1];
          if (next !== undefined) readAhead(db, state, next);
          await idleAndNoSearch(db);
          // The wait may have been long: the database closed, the index forgotten, or a search built this bucket meanwhile.
          if (!db.isOpen() || states.get(db) !== current) return;
          await openBucket(db, state, bucket);
          while (!state.buckets.has(bucket) && state.open.has(bucket)) {
            await idleAndNoSearch(db);
            if (!db.isOpen() || states.get(db) !== current) return;
            await mergeParts(db, state, bucket, MERGE_BUDGET_MS);
          }
        }
      })();
      await state.warming;
    })
    .catch(() => undefined);
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
  // A fresh index stores every bucket, even empty ones, so a restart can read each of them.
  if (state.fresh) {
    for (const bucket of SEARCH_BUCKETS) {
      if (!state.buckets.has(bucket)) state.buckets.set(bucket, new MiniSearch<BucketDocument>(OPTIONS));
      state.dirty.add(bucket);
    }
  }
  const dirty = [...state.dirty];
  state.dirty.clear();
  const savedAt = Date.now();
  const rows = dirty.map((bucket) => ({
    key: bucketRowKey(bucket),
    version: SEARCH_INDEX_VERSION,
    ids: [],
    ...storedBucket(state.buckets.get(bucket)!),
    savedAt,
  }));
  const manifest = {
    key: MANIFEST_KEY,
    version: SEARCH_INDEX_VERSION,
    ids: [...state.ids],
    json: JSON.stringify({ indexed: [...state.indexed] }),
    savedAt,
  };
  await db.transaction('rw', db.searchIndex, () => db.searchIndex.bulkPut([...rows, manifest]));
  state.fresh = false;
}

/** Forgets the in-memory index of `db` (tests; a closed database). The stored one stays. */
export function forgetSearchIndex(db: FramewiseDB): void {
  void states.get(db)?.then((state) => state.saveTimer !== undefined && clearTimeout(state.saveTimer));
  states.delete(db);
  warmed.delete(db);
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
    pending = loadManifest(db);
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

function emptyState(): IndexState {
  return { buckets: new Map(), open: new Map(), fresh: true, ids: new Set(), indexed: new Set(), dirty: new Set(), unsaved: true, loading: new Map(), rows: new Map() };
}

/** The manifest only: which articles the stored index holds. Buckets are read when needed. */
async function loadManifest(db: FramewiseDB): Promise<IndexState> {
  const stored = await db.searchIndex.get(MANIFEST_KEY);
  if (stored && stored.version === SEARCH_INDEX_VERSION) {
    try {
      const { indexed } = JSON.parse(stored.json) as { indexed: unknown };
      if (!Array.isArray(indexed) || !indexed.every((id) => typeof id === 'number')) throw new Error('no indexed ids');
      return {
        ...emptyState(),
        fresh: false,
        ids: new Set(stored.ids),
        indexed: new Set(indexed),
        unsaved: false,
      };
    } catch (error) {
      // A damaged index is only a cache: rebuild it from the articles.
      console.warn('Framewise: the stored search index could not be read; rebuilding it.', error);
    }
  }
  // Missing or from another version: rebuilt by the first reconcile, then saved.
  return emptyState();
}

/** Thrown when a stored bucket is missing or unreadable: the whole index is rebuilt. */
class DamagedIndexError extends Error {}

/** Starts reading a bucket's row now (IndexedDB reads off the main thread), for openBucket to build later. */
function readAhead(db: FramewiseDB, state: IndexState, bucket: string): void {
  if (state.fresh || state.buckets.has(bucket) || state.open.has(bucket) || state.loading.has(bucket) || state.rows.has(bucket)) return;
  const row = db.searchIndex.get(bucketRowKey(bucket));
  row.catch(() => undefined);
  state.rows.set(bucket, row);
}

/**
 * Reads a bucket the first time it is needed: its head built, its parts kept as stored (open),
 * or empty and complete in a fresh index. A search and the background load asking at once
 * share one read and one build.
 */
function openBucket(db: FramewiseDB, state: IndexState, bucket: string): Promise<void> {
  if (state.buckets.has(bucket) || state.open.has(bucket)) return Promise.resolve();
  let pending = state.loading.get(bucket);
  if (!pending) {
    const loading = state.loading;
    const started = readBucket(db, state, bucket);
    pending = started;
    loading.set(bucket, started);
    const done = () => loading.get(bucket) === started && loading.delete(bucket);
    void started.then(done, done);
  }
  return pending;
}

async function readBucket(db: FramewiseDB, state: IndexState, bucket: string): Promise<void> {
  if (state.fresh) {
    state.buckets.set(bucket, new MiniSearch<BucketDocument>(OPTIONS));
    return;
  }
  const ahead = state.rows.get(bucket);
  state.rows.delete(bucket);
  const row = await (ahead ?? db.searchIndex.get(bucketRowKey(bucket)));
  // Another caller may have read it while this one waited for the row.
  if (state.buckets.has(bucket) || state.open.has(bucket)) return;
  try {
    if (!row || row.version !== SEARCH_INDEX_VERSION) throw new DamagedIndexError(`bucket ${bucket} is missing`);
    if (row.parts === undefined) {
      // Stored whole (before parts): built whole, and saved again in parts.
      state.buckets.set(bucket, MiniSearch.loadJSON<BucketDocument>(row.json, OPTIONS));
      state.dirty.add(bucket);
      state.unsaved = true;
      scheduleSave(db, state);
      return;
    }
    // The head only (documents, field lengths): the postings come in part by part.
    const rest = new Map<string, unknown>(typeof row.parts === 'object' && row.parts !== null ? Object.entries(row.parts) : [['', null]]);
    if ([...rest.values()].some((part) => typeof part !== 'string')) throw new DamagedIndexError(`bucket ${bucket}: damaged parts`);
    const head = JSON.parse(row.json) as Omit<AsPlainObject, 'index'>;
    const index = MiniSearch.loadJS<BucketDocument>({ ...head, index: [] }, OPTIONS);
    if (rest.size === 0) state.buckets.set(bucket, index);
    else state.open.set(bucket, { index, rest: rest as Map<string, string> });
  } catch (error) {
    await damaged(db, state, error);
  }
}

async function damaged(db: FramewiseDB, state: IndexState, error: unknown): Promise<void> {
  console.warn('Framewise: a stored search index bucket could not be read; rebuilding the index.', error);
  await rebuild(db, state);
}

/**
 * The bucket of `term`, ready to search for it: read if need be, with the part holding every
 * word that starts with `term` merged (all of them for a one-character term).
 */
async function bucketFor(db: FramewiseDB, state: IndexState, term: string): Promise<MiniSearch<BucketDocument>> {
  const bucket = bucketOf(term);
  await openBucket(db, state, bucket);
  const open = state.open.get(bucket);
  if (!open) return state.buckets.get(bucket) ?? loadBucket(db, state, bucket);
  if (term.length < 2) return loadBucket(db, state, bucket);
  const part = partOf(term);
  if (open.rest.has(part)) {
    try {
      mergePart(state, bucket, open, part);
    } catch (error) {
      await damaged(db, state, error);
      return loadBucket(db, state, bucket);
    }
  }
  return open.index;
}

/** The bucket, complete: read if need be and every part merged (to change it, or search a one-letter word). */
async function loadBucket(db: FramewiseDB, state: IndexState, bucket: string): Promise<MiniSearch<BucketDocument>> {
  await openBucket(db, state, bucket);
  await mergeParts(db, state, bucket, Infinity);
  // After a rebuild (a damaged row) every bucket is complete.
  return state.buckets.get(bucket) ?? loadBucket(db, state, bucket);
}

/** Merges parts of an open bucket until `budgetMs` has passed (at least one). */
async function mergeParts(db: FramewiseDB, state: IndexState, bucket: string, budgetMs: number): Promise<void> {
  const open = state.open.get(bucket);
  if (!open) return;
  const started = performance.now();
  try {
    for (const part of [...open.rest.keys()]) {
      mergePart(state, bucket, open, part);
      if (performance.now() - started >= budgetMs) return;
    }
  } catch (error) {
    await damaged(db, state, error);
  }
}

/** MiniSearch's term tree (the radix tree its `loadJS` fills; not part of its public API). */
type TermTree = { set(term: string, data: Map<number, Map<number, number>>): unknown };

/**
 * Adds one stored part's postings to an open bucket, as MiniSearch's own `loadJS` adds every
 * term (same maps, same tree), so a bucket merged part by part is the bucket loaded whole
 * (tests/renderer/db/search-index.test.ts compares the two). MiniSearch has no public way to
 * add postings to a loaded index; its version is pinned exactly in package.json (7.2.0), so an
 * upgrade is a deliberate change that this test must pass.
 */
function mergePart(state: IndexState, bucket: string, open: OpenBucket, part: string): void {
  const stored = open.rest.get(part);
  if (stored === undefined) return;
  const tree = (open.index as unknown as { _index?: TermTree })._index;
  if (typeof tree?.set !== 'function') throw new Error('MiniSearch has no term tree to merge into');
  const entries = JSON.parse(stored) as AsPlainObject['index'];
  for (const [term, byField] of entries) {
    if (partOf(term) !== part) throw new DamagedIndexError(`bucket ${bucket}: "${term}" is not in part "${part}"`);
    const fields = new Map<number, Map<number, number>>();
    for (const fieldId of Object.keys(byField)) {
      const freqs = new Map<number, number>();
      const stored = byField[fieldId];
      for (const shortId of Object.keys(stored)) freqs.set(parseInt(shortId, 10), stored[shortId]);
      fields.set(parseInt(fieldId, 10), freqs);
    }
    tree.set(term, fields);
  }
  open.rest.delete(part);
  if (open.rest.size === 0) {
    state.open.delete(bucket);
    state.buckets.set(bucket, open.index);
  }
}

/** A complete bucket as stored: MiniSearch's own JSON, its postings cut into parts by their words' first two characters. */
function storedBucket(index: MiniSearch<BucketDocument>): { json: string; parts: Record<string, string> } {
  const { index: entries, ...head } = index.toJSON();
  const byPart = new Map<string, AsPlainObject['index']>();
  for (const entry of entries) {
    const part = partOf(entry[0]);
    let list = byPart.get(part);
    if (!list) byPart.set(part, (list = []));
    list.push(entry);
  }
  const parts: Record<string, string> = {};
  for (const [part, list] of byPart) parts[part] = JSON.stringify(list);
  return { json: JSON.stringify(head), parts };
}

async function loadBuckets(
  db: FramewiseDB,
  state: IndexState,
  buckets: readonly string[],
  onBucket?: (bucket: string, ms: number) => void,
): Promise<void> {
  for (const bucket of buckets) {
    if (state.buckets.has(bucket)) continue;
    const started = performance.now();
    await loadBucket(db, state, bucket);
    onBucket?.(bucket, performance.now() - started);
    // Yield between buckets so loading them all never holds the main thread for long.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Starts over from an empty index holding every live article (a damaged bucket). */
async function rebuild(db: FramewiseDB, state: IndexState): Promise<void> {
  Object.assign(state, emptyState(), { reconciling: state.reconciling });
  await addArticles(db, state, [...(await liveArticleIds(db)).live].sort((a, b) => a - b));
  scheduleSave(db, state);
}

/** Live article ids, and every article id, from keys only (the deletedAt index names the deleted ones). */
async function liveArticleIds(db: FramewiseDB): Promise<{ live: Set<number>; all: Set<number> }> {
  return db.transaction('r', db.articles, async () => {
    const all = await db.articles.toCollection().primaryKeys();
    const deleted = new Set(await db.articles.where('deletedAt').above(-Infinity).primaryKeys());
    return { live: new Set(all.filter((id) => !deleted.has(id))), all: new Set(all) };
  });
}
// (articles.ts has the same as listLiveArticleIds; not imported from there to keep the
// modules free of an import cycle: articles.ts imports this one.)

/** Makes the index answer for exactly the live articles. Returns whether anything changed. */
async function reconcile(db: FramewiseDB, state: IndexState): Promise<boolean> {
  const { live, all } = await liveArticleIds(db);
  let changed = false;
  // Deleted (still in the trash): out of the results; the postings stay for an undo.
  for (const id of state.ids) {
    if (live.has(id)) continue;
    state.ids.delete(id);
    changed = true;
  }
  // Deleted for good: out of every bucket.
  const purged = [...state.indexed].filter((id) => !all.has(id));
  if (purged.length > 0) {
    await loadBuckets(db, state, SEARCH_BUCKETS);
    for (const [bucket, index] of state.buckets) {
      for (const id of purged) if (index.has(id)) index.discard(id);
      // Drop the discarded postings now, so the stored bucket holds no trace of the text.
      await index.vacuum({ batchWait: 0 });
      state.dirty.add(bucket);
    }
    for (const id of purged) state.indexed.delete(id);
    changed = true;
  }
  // Back from the trash: its postings are still there.
  for (const id of live) {
    if (state.ids.has(id) || !state.indexed.has(id)) continue;
    state.ids.add(id);
    changed = true;
  }
  const missing = [...live].filter((id) => !state.indexed.has(id)).sort((a, b) => a - b);
  if (missing.length > 0) changed = (await addArticles(db, state, missing)) || changed;
  if (changed) state.unsaved = true;
  return changed || state.unsaved;
}

/** Reads the articles `ids` a page at a time and adds each to every bucket. Returns whether any was added. */
async function addArticles(db: FramewiseDB, state: IndexState, ids: number[]): Promise<boolean> {
  if (ids.length === 0) return false;
  await loadBuckets(db, state, SEARCH_BUCKETS);
  let added = false;
  for (let i = 0; i < ids.length; i += BUILD_PAGE) {
    const page = ids.slice(i, i + BUILD_PAGE);
    const [summaries, bodies] = await db.transaction('r', db.articles, db.articleBodies, () =>
      Promise.all([db.articles.bulkGet(page), db.articleBodies.bulkGet(page)]),
    );
    const perBucket = new Map<string, BucketDocument[]>(SEARCH_BUCKETS.map((bucket) => [bucket, []]));
    page.forEach((id, j) => {
      const summary = summaries[j];
      // Deleted or purged between the key read and now: the next reconcile sees it.
      if (!summary || summary.deletedAt != null || state.indexed.has(id)) return;
      for (const [bucket, doc] of bucketDocuments(summary, bodies[j])) perBucket.get(bucket)!.push(doc);
      state.indexed.add(id);
      state.ids.add(id);
      added = true;
    });
    for (const [bucket, docs] of perBucket) {
      // Normally built already (above); a rebuild that started meanwhile may have replaced the buckets.
      const index = state.buckets.get(bucket) ?? (await loadBucket(db, state, bucket));
      index.addAll(docs.filter((doc) => !index.has(doc.id)));
      if (docs.length > 0) state.dirty.add(bucket);
    }
    // Yield between pages so a rebuild never holds the main thread for long.
    if (i + BUILD_PAGE < ids.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (added) state.unsaved = true;
  return added;
}

/** One article split into its bucket documents: every bucket gets one (maybe empty), so all count it. */
function bucketDocuments(summary: ArticleSummaryRecord, body: ArticleBodyRecord | undefined): Map<string, BucketDocument> {
  const fields: Record<Field, string> = {
    title: summary.title,
    byline: summary.byline ?? '',
    siteName: summary.siteName ?? '',
    text: body ? searchableText(body.original, body.blocks) : '',
  };
  const words = new Map<string, Record<Field, string[]>>(
    SEARCH_BUCKETS.map((bucket) => [bucket, { title: [], byline: [], siteName: [], text: [] }]),
  );
  for (const field of FIELDS) {
    for (const token of tokenizeForSearch(fields[field])) {
      const term = normaliseTerm(token);
      if (term !== null) words.get(bucketOf(term))![field].push(term);
    }
  }
  const docs = new Map<string, BucketDocument>();
  for (const [bucket, byField] of words) {
    docs.set(bucket, {
      id: summary.id,
      title: byField.title.join(SEPARATOR),
      byline: byField.byline.join(SEPARATOR),
      siteName: byField.siteName.join(SEPARATOR),
      text: byField.text.join(SEPARATOR),
    });
  }
  return docs;
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
