/**
 * Runs the analyser off the main thread. One module worker per client, created on the
 * first request; where Worker does not exist (jsdom tests) or the worker fails to load
 * (e.g. a module worker from file:// in an old shell), the analyser runs on the main
 * thread instead, loaded lazily so it never weighs on the app's start.
 *
 * Results are cached by article (content hash, or a hash of the text) and analyser
 * version: the version comes from the results themselves, so the client never imports
 * the analyser (and its NLP model) into the main bundle. Equal requests in flight share
 * one analysis; an aborted request is dropped from the worker's queue when nobody else
 * waits for it.
 *
 * With a `store` (the app's is the `analysisCache` table, db/analysis-cache.ts), analyses of
 * articles with a content hash also persist across sessions: a stored analysis is used when
 * its analyser version equals the running analyser's (core/analysis/version.ts, read without
 * loading the analyser); an older one is analysed again and replaced.
 *
 * The worker also generates practice items from an analysis (`generateItems`), so starting a
 * session does not hold the main thread for each article's items; without a worker they are
 * generated on the main thread.
 */
import type { ArticleAnalysis } from '../../../core/analysis/types';
import { generateItems, type PracticeArticle, type PracticeItem } from '../../../core/practice';
import type { TextBlock } from '../../../core/text/types';
import type { WorkerRequest, WorkerResponse } from './analysis-protocol';
import { analysisStore, type AnalysisStore } from '../db/analysis-cache';
import { getDatabase } from '../db/database';
import { ANALYSER_VERSION } from '../../../core/analysis/version';
import { mark } from '../platform/timing';
import { whenIdle } from '../platform/when-idle';

/** The longest a store write waits for an idle moment after the analysis was handed over. */
export const STORE_WRITE_TIMEOUT_MS = 2_000;

export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export type MainThreadAnalyse = (original: string, blocks?: TextBlock[]) => Promise<ArticleAnalysis>;
export type MainThreadGenerate = (article: PracticeArticle, analysis: ArticleAnalysis) => Promise<PracticeItem[]>;

export interface AnalysisClientOptions {
  /** Makes the worker; null means "no worker here". Defaults to the bundled module worker when Worker exists. */
  createWorker?: (() => WorkerLike) | null;
  /** The main-thread fallback. Defaults to a lazily imported createAnalyser(). */
  analyseOnMainThread?: MainThreadAnalyse;
  /** Item generation where there is no worker. Defaults to core generateItems. */
  generateOnMainThread?: MainThreadGenerate;
  /** How many articles' analyses to keep in memory. */
  cacheSize?: number;
  /** Keeps analyses of articles with a content hash between sessions (default: none). */
  store?: AnalysisStore;
  /**
   * The running analyser's version, to judge a stored analysis by. Defaults to the build's
   * ANALYSER_VERSION (core/analysis/version.ts), the same the worker runs.
   */
  analyserVersion?: () => Promise<string>;
  /** How long a stored analysis waits for the running version before the article is analysed anyway (default 5 s). */
  versionTimeoutMs?: number;
  /**
   * Runs a store write. Default: once the window is idle (STORE_WRITE_TIMEOUT_MS at the latest),
   * after the analysis was handed to whoever waits for it: IndexedDB copies the whole analysis
   * (2.5 MB as JSON for a 30,000-word article) on this thread as the write starts, ~40 ms that
   * otherwise came before the reader could draw it (`npm run bench:longdoc:chromium`).
   */
  deferStoreWrite?(write: () => void): void;
}

export interface AnalyseOptions {
  /** Identifies the article for the cache: the stored content hash. Without it a hash of the text is used. */
  hash?: string;
  signal?: AbortSignal;
  /**
   * The article whose practice items will be asked for next (`generateItems`): a worker that
   * analyses it generates them in the same turn, and `generateItems` then answers at once.
   */
  practice?: PracticeArticle;
}

export interface AnalysisClient {
  analyze(original: string, blocks?: TextBlock[], options?: AnalyseOptions): Promise<ArticleAnalysis>;
  /** The article's practice items from its analysis, generated in the worker (or on the main thread without one). */
  generateItems(article: PracticeArticle, analysis: ArticleAnalysis): Promise<PracticeItem[]>;
  /** The analysis already cached for this article, if any (no work started). */
  cached(original: string, blocks?: TextBlock[], hash?: string): ArticleAnalysis | undefined;
  /**
   * Starts the worker and loads the analyser now, so the first article is analysed without the load
   * delay. Once per worker: the app asks at idle after start-up and again when an import starts.
   */
  warm(): void;
  /**
   * Starts the worker only (no model load), so its bundle is loading by the time an article
   * opens and needs analysing. Nothing where there is no worker.
   */
  prepare(): void;
  /** 'worker' once a worker is in use, 'main-thread' after falling back, 'idle' before the first request. */
  readonly mode: 'idle' | 'worker' | 'main-thread';
  dispose(): void;
}

interface InFlight {
  id: number;
  original: string;
  blocks?: TextBlock[];
  promise: Promise<ArticleAnalysis>;
  resolve(analysis: ArticleAnalysis): void;
  reject(error: Error): void;
  waiters: number;
  /** Set once the main-thread fallback took the request over. */
  onMainThread: boolean;
  /** Sent to the worker or the main thread (not answered from the store). */
  dispatched: boolean;
  /** The content hash, when the result goes to the store. */
  storeHash?: string;
  /** The article to generate practice items for along with the analysis (AnalyseOptions.practice). */
  practice?: PracticeArticle;
}

export function abortError(): Error {
  const error = new Error('The analysis was cancelled.');
  error.name = 'AbortError';
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** FNV-1a over the text: a cheap cache key for text without a stored hash. */
function textKey(original: string, blocks?: TextBlock[]): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < original.length; i++) {
    h ^= original.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const shape = blocks ? blocks.map((b) => `${b.kind[0]}${b.start}-${b.end}`).join(',') : 'auto';
  let s = 0x811c9dc5;
  for (let i = 0; i < shape.length; i++) {
    s ^= shape.charCodeAt(i);
    s = Math.imul(s, 0x01000193);
  }
  return `text:${original.length}:${(h >>> 0).toString(16)}:${(s >>> 0).toString(16)}`;
}

function defaultWorkerFactory(): (() => WorkerLike) | null {
  if (typeof Worker === 'undefined') return null;
  return () =>
    new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'framewise-analysis' }) as unknown as WorkerLike;
}

function defaultGenerate(): MainThreadGenerate {
  // The practice core is in the main bundle anyway (sessions, grading); only the analyser is kept out of it.
  return async (article, analysis) => generateItems(article, analysis);
}

interface Generating {
  article: PracticeArticle;
  analysis: ArticleAnalysis;
  resolve(items: PracticeItem[]): void;
  reject(error: Error): void;
}

function defaultMainThread(): MainThreadAnalyse {
  let analyser: Promise<{ analyzeArticle(original: string, blocks?: TextBlock[]): ArticleAnalysis }> | null = null;
  return async (original, blocks) => {
    analyser ??= import('../../../core/analysis').then((core) => core.createAnalyser());
    const ready = await analyser;
    // Give the page a frame to paint "Analysing…" before the synchronous work.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return ready.analyzeArticle(original, blocks);
  };
}

export function createAnalysisClient(options: AnalysisClientOptions = {}): AnalysisClient {
  const makeWorker = options.createWorker === undefined ? defaultWorkerFactory() : options.createWorker;
  const mainThread = options.analyseOnMainThread ?? defaultMainThread();
  const generateOnMainThread = options.generateOnMainThread ?? defaultGenerate();
  /** Item generations sent to the worker and not answered yet. */
  const generating = new Map<number, Generating>();
  /** Items the worker generated along with an analysis, by the analysis and the article, until asked for. */
  const generatedWith = new WeakMap<ArticleAnalysis, Map<string, PracticeItem[]>>();
  const practiceKey = (article: PracticeArticle) => `${article.id ?? ''}|${article.hash}`;
  const cacheSize = Math.max(1, options.cacheSize ?? 12);
  const store = options.store;
  const deferStoreWrite = options.deferStoreWrite ?? ((write: () => void) => void whenIdle(write, STORE_WRITE_TIMEOUT_MS));

  const cache = new Map<string, ArticleAnalysis>();
  const inFlight = new Map<string, InFlight>();
  const byId = new Map<number, string>();
  let version: string | undefined;
  let worker: WorkerLike | null = null;
  /** The worker already asked to load the analyser (warm), so it is asked once. */
  let warmed: WorkerLike | null = null;
  let workerBroken = makeWorker === null;
  let mode: AnalysisClient['mode'] = 'idle';
  let nextId = 1;

  function articleKey(original: string, blocks?: TextBlock[], hash?: string): string {
    return hash ? `hash:${hash}` : textKey(original, blocks);
  }

  function remember(key: string, analysis: ArticleAnalysis): void {
    version = analysis.analyserVersion;
    const full = `${version}\u0000${key}`;
    cache.delete(full);
    cache.set(full, analysis);
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
  }

  function lookup(key: string): ArticleAnalysis | undefined {
    if (version === undefined) return undefined;
    const full = `${version}\u0000${key}`;
    const hit = cache.get(full);
    if (hit) {
      cache.delete(full);
      cache.set(full, hit);
    }
    return hit;
  }

  /**
   * The running analyser's version. It comes from the same build as the worker, so the window reads it
   * from a tiny module (core/analysis/version.ts) instead of waiting for the worker to load its large
   * bundle and announce it: a cached analysis is found at once after a reload. Asking still starts
   * the worker, so the analyser loads while the cache is read.
   */
  function currentVersion(): Promise<string> {
    if (options.analyserVersion) return options.analyserVersion();
    ensureWorker();
    return Promise.resolve(ANALYSER_VERSION);
  }

  function settle(key: string, outcome: { analysis: ArticleAnalysis } | { error: Error }): void {
    const job = inFlight.get(key);
    if (!job) return;
    inFlight.delete(key);
    byId.delete(job.id);
    if ('analysis' in outcome) {
      remember(key, outcome.analysis);
      const storeHash = job.storeHash;
      if (job.dispatched && storeHash !== undefined && store) deferStoreWrite(() => void store.put(storeHash, outcome.analysis));
      mark('analysis:settled');
      job.resolve(outcome.analysis);
    } else {
      job.reject(outcome.error);
    }
  }

  function runOnMainThread(key: string, job: InFlight): void {
    job.onMainThread = true;
    mode = 'main-thread';
    mainThread(job.original, job.blocks).then(
      (analysis) => settle(key, { analysis }),
      (error: unknown) => settle(key, { error: error instanceof Error ? error : new Error(String(error)) }),
    );
  }

  function fallBackToMainThread(): void {
    workerBroken = true;
    worker?.terminate();
    worker = null;
    for (const [key, job] of inFlight) if (job.dispatched && !job.onMainThread) runOnMainThread(key, job);
    for (const [id, job] of generating) {
      generating.delete(id);
      generateOnMainThread(job.article, job.analysis).then(job.resolve, job.reject);
    }
  }

  function dispatch(key: string, job: InFlight): void {
    job.dispatched = true;
    mark('analysis:dispatch');
    const target = ensureWorker();
    if (target) target.postMessage({ type: 'analyse', id: job.id, original: job.original, blocks: job.blocks, practice: job.practice });
    else runOnMainThread(key, job);
  }

  /** Answers `job` from the store when it holds this text's analysis by the running analyser, else analyses it. */
  async function fromStoreOrDispatch(key: string, job: InFlight, hash: string, activeStore: AnalysisStore): Promise<void> {
    try {
      // The build's version is known at once; an injected `analyserVersion` that never answers must
      // not leave the reader waiting for ever.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), options.versionTimeoutMs ?? 5_000);
      });
      const [stored, version] = await Promise.all([activeStore.get(hash), Promise.race([currentVersion(), timeout])]);
      clearTimeout(timer);
      if (inFlight.get(key) !== job) return; // cancelled meanwhile
      if (stored && version !== undefined && stored.analyserVersion === version) {
        mark('analysis:cache-hit');
        settle(key, { analysis: stored });
        return;
      }
    } catch {
      // The store is only a cache: analyse as if it were empty.
    }
    if (inFlight.get(key) === job) dispatch(key, job);
  }

  function ensureWorker(): WorkerLike | null {
    if (workerBroken || !makeWorker) return null;
    if (worker) return worker;
    try {
      worker = makeWorker();
    } catch {
      workerBroken = true;
      return null;
    }
    mode = 'worker';
    worker.onmessage = (event) => {
      mark('analysis:received');
      const data = event.data;
      mark('analysis:decoded');
      if ('type' in data) {
        // The worker still says its version as it starts (analysis-worker.test.ts); the window reads
        // the same build's constant (currentVersion), so there is nothing to wait for here.
        if (data.type === 'version') return;
        if (data.type === 'items' || data.type === 'items-error') {
          const job = generating.get(data.id);
          generating.delete(data.id);
          if (data.type === 'items') job?.resolve(data.items);
          else job?.reject(new Error(data.error));
        }
        return;
      }
      const key = byId.get(data.id);
      if (key === undefined) return; // cancelled meanwhile
      if ('analysis' in data) {
        const job = inFlight.get(key);
        if (data.items && job?.practice) generatedWith.set(data.analysis, new Map([[practiceKey(job.practice), data.items]]));
        settle(key, { analysis: data.analysis });
      }
      else settle(key, { error: new Error(data.error) });
    };
    // A load failure (bad chunk, blocked module worker) leaves requests unanswered: finish them here.
    worker.onerror = (event) => {
      event.preventDefault?.();
      fallBackToMainThread();
    };
    return worker;
  }

  function release(key: string, job: InFlight): void {
    job.waiters -= 1;
    if (job.waiters > 0) return;
    inFlight.delete(key);
    byId.delete(job.id);
    if (job.dispatched && !job.onMainThread) worker?.postMessage({ type: 'cancel', id: job.id });
    job.reject(abortError());
  }

  return {
    get mode() {
      return mode;
    },

    warm() {
      const target = ensureWorker();
      if (!target || target === warmed) return;
      warmed = target;
      target.postMessage({ type: 'warm' });
    },

    prepare() {
      ensureWorker();
    },

    generateItems(article, analysis) {
      const ready = generatedWith.get(analysis)?.get(practiceKey(article));
      if (ready) {
        generatedWith.get(analysis)!.delete(practiceKey(article));
        return Promise.resolve(ready);
      }
      const target = ensureWorker();
      if (!target) return generateOnMainThread(article, analysis);
      return new Promise<PracticeItem[]>((resolve, reject) => {
        const id = nextId++;
        generating.set(id, { article, analysis, resolve, reject });
        target.postMessage({ type: 'generate', id, article, analysis });
      });
    },

    cached(original, blocks, hash) {
      return lookup(articleKey(original, blocks, hash));
    },

    analyze(original, blocks, opts = {}) {
      const { signal } = opts;
      if (signal?.aborted) return Promise.reject(abortError());
      const key = articleKey(original, blocks, opts.hash);
      const hit = lookup(key);
      if (hit) return Promise.resolve(hit);

      let job = inFlight.get(key);
      if (!job) {
        let resolve!: (analysis: ArticleAnalysis) => void;
        let reject!: (error: Error) => void;
        const promise = new Promise<ArticleAnalysis>((res, rej) => {
          resolve = res;
          reject = rej;
        });
        // Each waiter observes its own promise; the shared one must never be reported unhandled.
        promise.catch(() => undefined);
        const created: InFlight = {
          id: nextId++,
          original,
          blocks,
          promise,
          resolve,
          reject,
          waiters: 0,
          onMainThread: false,
          dispatched: false,
          practice: opts.practice,
        };
        job = created;
        mark('analysis:request');
        inFlight.set(key, created);
        byId.set(created.id, key);
        if (store && opts.hash) {
          created.storeHash = opts.hash;
          void fromStoreOrDispatch(key, created, opts.hash, store);
        } else {
          dispatch(key, created);
        }
      }
      const current = job;
      current.waiters += 1;
      if (!signal) return current.promise;

      return new Promise<ArticleAnalysis>((resolve, reject) => {
        const onAbort = () => {
          if (inFlight.get(key) === current) release(key, current);
          reject(abortError());
        };
        signal.addEventListener('abort', onAbort, { once: true });
        current.promise.then(
          (analysis) => {
            signal.removeEventListener('abort', onAbort);
            resolve(analysis);
          },
          (error: Error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
          },
        );
      });
    },

    dispose() {
      worker?.terminate();
      worker = null;
      for (const [key, job] of inFlight) {
        inFlight.delete(key);
        job.reject(abortError());
      }
      for (const [id, job] of generating) {
        generating.delete(id);
        job.reject(abortError());
      }
      byId.clear();
      cache.clear();
    },
  };
}

let shared: AnalysisClient | null = null;

/** The app-wide client (one worker for the whole renderer), keeping analyses in the app database. */
export function getAnalysisClient(): AnalysisClient {
  shared ??= createAnalysisClient({ store: analysisStore(getDatabase()) });
  return shared;
}

/** Analyses an article in the shared worker (or on the main thread where there is none). */
export function analyzeInWorker(original: string, blocks?: TextBlock[], options?: AnalyseOptions): Promise<ArticleAnalysis> {
  return getAnalysisClient().analyze(original, blocks, options);
}
