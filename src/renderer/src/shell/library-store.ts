/**
 * The library as the shell sees it: the search, the sort (remembered), the listed
 * articles, first-start samples, and delete with undo. Every read and write goes through
 * the injected services (which wrap the db module's functions), so storage changes stay
 * in src/renderer/src/db.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ARTICLE_SORTS, type ArticleSort, type ArticleSummary, type SampleArticle } from '../db/articles';
import type { AppServices } from '../ui/services';
import { STORAGE_KEYS, useStoredPreference } from './stored-preference';

/** How long the undo toast stays after a delete. */
export const UNDO_TIMEOUT_MS = 8000;
/** Deleted articles are kept this long (undo, backups), then purged for good at start. */
export const KEEP_DELETED_MS = 30 * 24 * 60 * 60 * 1000;

export function parseSort(stored: string | null): ArticleSort {
  return (ARTICLE_SORTS as readonly string[]).includes(stored ?? '') ? (stored as ArticleSort) : 'imported-desc';
}

export interface PendingDelete {
  id: number;
  title: string;
}

export interface LibraryStoreOptions {
  /** The samples not offered before (lazy: only loaded on a start that needs them). */
  loadSamples(alreadyOffered: readonly string[]): Promise<SampleArticle[]>;
  onError(kind: 'start' | 'list', error: unknown): void;
  now?: () => number;
}

export interface LibraryStore {
  /** null until the first list is read. */
  articles: ArticleSummary[] | null;
  query: string;
  setQuery(query: string): void;
  sort: ArticleSort;
  setSort(sort: ArticleSort): void;
  /** Re-reads the list (after imports, restores…). */
  refresh(): void;
  /** The deleted article the undo toast offers back. */
  pending: PendingDelete | null;
  dismissPending(): void;
  /** Soft-deletes; resolves to the article's neighbour in the list (for focus), or null if nothing was deleted. */
  remove(id: number): Promise<{ neighbour: number | undefined } | null>;
  /** Brings back the pending article; resolves to it when it came back. */
  undo(): Promise<PendingDelete | null>;
}

export function useLibraryStore(services: AppServices, options: LibraryStoreOptions): LibraryStore {
  const [query, setQueryState] = useState('');
  const [sort, setSort] = useStoredPreference(STORAGE_KEYS.librarySort, parseSort);
  const sortRef = useRef(sort);
  sortRef.current = sort;
  /** The learner's order before the current search (null when not searching). */
  const beforeSearch = useRef<ArticleSort | null>(null);
  // A search ranks its results best first: starting one switches the order to relevance and
  // ending it puts the learner's order back. Both change in the same update as the query, so a
  // search is listed once, already ranked (switched afterwards, every search and every clearing
  // listed twice: at 10,000 articles, two searches or two full sorts at once).
  const setQuery = useCallback(
    (next: string) => {
      const searching = next.trim() !== '';
      // The index starts on the query's words now, before the render that lists it.
      if (searching) services.prepareSearch(next);
      setQueryState(next);
      if (searching && beforeSearch.current === null) {
        beforeSearch.current = sortRef.current;
        if (sortRef.current !== 'relevance') setSort('relevance');
      } else if (!searching && beforeSearch.current !== null) {
        const previous = beforeSearch.current;
        beforeSearch.current = null;
        // Only the start and end of a search switch the order; the learner's own choices stand.
        if (sortRef.current === 'relevance' && previous !== 'relevance') setSort(previous);
      }
    },
    [services, setSort],
  );
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [version, setVersion] = useState(0);
  /** False until first-run samples are stored, so the empty state never flashes before them. */
  const [started, setStarted] = useState(false);
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  // First start: the bundled samples; every start: hard-delete what was deleted long ago.
  useEffect(() => {
    let live = true;
    (async () => {
      const { loadSamples, now = Date.now } = optionsRef.current;
      const samples = await loadSamples(await services.samplesOffered());
      if (samples.length > 0) await services.ensureSamples(samples);
      await services.purgeDeleted(now() - KEEP_DELETED_MS);
    })()
      .catch((error: unknown) => live && optionsRef.current.onError('start', error))
      .finally(() => live && setStarted(true));
    return () => {
      live = false;
    };
  }, [services]);

  useEffect(() => {
    if (!started) return;
    let live = true;
    services.listArticles({ query, sort }).then(
      (list) => live && setArticles(list),
      (error: unknown) => live && optionsRef.current.onError('list', error),
    );
    return () => {
      live = false;
    };
  }, [services, query, sort, version, started]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  const articlesRef = useRef(articles);
  articlesRef.current = articles;
  const remove = useCallback(
    async (id: number) => {
      const deleted = await services.deleteArticle(id);
      if (!deleted) return null;
      const shown = articlesRef.current ?? [];
      const at = shown.findIndex((article) => article.id === id);
      const neighbour = at >= 0 ? (shown[at + 1] ?? shown[at - 1])?.id : undefined;
      setPending({ id: deleted.id, title: deleted.title });
      refresh();
      return { neighbour };
    },
    [services, refresh],
  );

  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const undo = useCallback(async () => {
    const current = pendingRef.current;
    if (!current) return null;
    setPending(null);
    if (!(await services.undoDelete(current.id))) return null;
    refresh();
    return current;
  }, [services, refresh]);

  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPending(null), UNDO_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  const dismissPending = useCallback(() => setPending(null), []);

  return { articles, query, setQuery, sort, setSort, refresh, pending, dismissPending, remove, undo };
}
