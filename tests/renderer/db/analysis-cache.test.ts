import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleAnalysis } from '../../../src/core/analysis/types';
import type { WorkerRequest, WorkerResponse } from '../../../src/renderer/src/analysis/analysis-protocol';
import { createAnalysisClient, type WorkerLike } from '../../../src/renderer/src/analysis/analysis-client';
import { analysisStore, getCachedAnalysis, putCachedAnalysis } from '../../../src/renderer/src/db/analysis-cache';
import { addArticle, deleteArticle, purgeArticle } from '../../../src/renderer/src/db/articles';
import { createBackup } from '../../../src/renderer/src/db/backup';
import type { FramewiseDB } from '../../../src/renderer/src/db/database';
import { analysis as fixtureAnalysis, blocks, original } from '../analysis/fixture';
import { freshDatabase, makeArticle } from './helpers';

/** A worker that announces `version` on creation, as analysis.worker.ts does, and records what it is asked. */
class AnnouncingWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(private readonly version: string) {
    queueMicrotask(() => this.reply({ type: 'version', version: this.version }));
  }
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
  }
  terminate() {}
  reply(response: WorkerResponse) {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }
  analyses() {
    return this.sent.filter((message) => message.type === 'analyse');
  }
}

const opened: FramewiseDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function database(): FramewiseDB {
  const db = freshDatabase();
  opened.push(db);
  return db;
}

/**
 * A client as the app makes one at start-up: a new worker, the database's analysis store, and the
 * build's analyser version (in the app, core/analysis/version.ts; here the fixture's).
 */
function startClient(db: FramewiseDB, version: string) {
  const worker = new AnnouncingWorker(version);
  const mainThread = vi.fn(async () => fixtureAnalysis);
  const client = createAnalysisClient({ createWorker: () => worker, analyseOnMainThread: mainThread, store: analysisStore(db), analyserVersion: async () => version });
  return { worker, client, mainThread };
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('persisted analysis cache', () => {
  it('keeps an analysis across a restart: the next session answers from the store without analysing', async () => {
    const db = database();
    const first = startClient(db, fixtureAnalysis.analyserVersion);
    const pending = first.client.analyze(original, blocks, { hash: 'article-hash' });
    await until(async () => first.worker.analyses().length === 1);
    const request = first.worker.analyses()[0] as { id: number };
    first.worker.reply({ id: request.id, analysis: fixtureAnalysis });
    await expect(pending).resolves.toBe(fixtureAnalysis);
    await until(async () => (await db.analysisCache.count()) === 1);
    expect(await db.analysisCache.get('article-hash')).toMatchObject({ hash: 'article-hash', analyserVersion: 'fixture-1' });

    const second = startClient(db, fixtureAnalysis.analyserVersion);
    await expect(second.client.analyze(original, blocks, { hash: 'article-hash' })).resolves.toEqual(fixtureAnalysis);
    expect(second.worker.analyses()).toHaveLength(0);
    expect(second.mainThread).not.toHaveBeenCalled();
    // And it is in the memory cache from then on, for the reader's synchronous check.
    expect(second.client.cached(original, blocks, 'article-hash')).toEqual(fixtureAnalysis);
  });

  it('hands the analysis over before writing it to the store (the write waits for an idle moment)', async () => {
    const puts: string[] = [];
    const store = {
      get: async () => undefined,
      put: async (hash: string) => {
        puts.push(hash);
      },
    };
    const worker = new AnnouncingWorker(fixtureAnalysis.analyserVersion);
    const client = createAnalysisClient({ createWorker: () => worker, store });
    const pending = client.analyze(original, blocks, { hash: 'article-hash' });
    await until(async () => worker.analyses().length === 1);
    worker.reply({ id: (worker.analyses()[0] as { id: number }).id, analysis: fixtureAnalysis });
    // What the reader sees when its analysis arrives: nothing written yet.
    const writtenWhenHandedOver = await pending.then(() => puts.length);
    expect(writtenWhenHandedOver).toBe(0);
    await until(async () => puts.length === 1);
    expect(puts).toEqual(['article-hash']);
  });

  it('runs the store write through deferStoreWrite', async () => {
    const writes: (() => void)[] = [];
    const puts: string[] = [];
    const store = { get: async () => undefined, put: async (hash: string) => void puts.push(hash) };
    const worker = new AnnouncingWorker(fixtureAnalysis.analyserVersion);
    const client = createAnalysisClient({ createWorker: () => worker, store, deferStoreWrite: (write) => writes.push(write) });
    const pending = client.analyze(original, blocks, { hash: 'article-hash' });
    await until(async () => worker.analyses().length === 1);
    worker.reply({ id: (worker.analyses()[0] as { id: number }).id, analysis: fixtureAnalysis });
    await pending;
    expect(writes).toHaveLength(1);
    expect(puts).toEqual([]);
    writes[0]();
    expect(puts).toEqual(['article-hash']);
  });

  it('analyses again when the stored analysis is from another analyser version, and replaces it', async () => {
    const db = database();
    await putCachedAnalysis(db, 'article-hash', { ...fixtureAnalysis, analyserVersion: 'older-version' });
    const { worker, client } = startClient(db, 'newer-version');
    const pending = client.analyze(original, blocks, { hash: 'article-hash' });
    await until(async () => worker.analyses().length === 1);
    expect(worker.analyses()).toHaveLength(1);
    const fresh: ArticleAnalysis = { ...fixtureAnalysis, analyserVersion: 'newer-version' };
    worker.reply({ id: (worker.analyses()[0] as { id: number }).id, analysis: fresh });
    await expect(pending).resolves.toBe(fresh);
    await until(async () => (await getCachedAnalysis(db, 'article-hash'))?.analyserVersion === 'newer-version');
    expect(await db.analysisCache.get('article-hash')).toMatchObject({ analyserVersion: 'newer-version' });
    expect(await db.analysisCache.count()).toBe(1);
  });

  it('analyses anyway when the running version is not known in time', async () => {
    const db = database();
    await putCachedAnalysis(db, 'article-hash', fixtureAnalysis);
    const silent: WorkerLike & { sent: WorkerRequest[]; reply(response: WorkerResponse): void } = {
      sent: [],
      onmessage: null,
      onerror: null,
      postMessage(message) {
        this.sent.push(message);
      },
      terminate() {},
      reply(response) {
        this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
      },
    };
    const client = createAnalysisClient({ createWorker: () => silent, store: analysisStore(db), versionTimeoutMs: 20 });
    const pending = client.analyze(original, blocks, { hash: 'article-hash' });
    await until(async () => silent.sent.length === 1);
    const request = silent.sent[0] as { type: string; id: number };
    expect(request.type).toBe('analyse');
    silent.reply({ id: request.id, analysis: fixtureAnalysis });
    await expect(pending).resolves.toBe(fixtureAnalysis);
  });

  it('stores nothing for text without a content hash', async () => {
    const db = database();
    const { worker, client } = startClient(db, fixtureAnalysis.analyserVersion);
    const pending = client.analyze(original, blocks);
    expect(worker.analyses()).toHaveLength(1);
    worker.reply({ id: (worker.analyses()[0] as { id: number }).id, analysis: fixtureAnalysis });
    await pending;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.analysisCache.count()).toBe(0);
  });

  it('analyses as usual when the store fails', async () => {
    const worker = new AnnouncingWorker(fixtureAnalysis.analyserVersion);
    const broken = { get: vi.fn(async () => Promise.reject(new Error('disk gone'))), put: vi.fn(async () => undefined) };
    const client = createAnalysisClient({ createWorker: () => worker, store: broken });
    const pending = client.analyze(original, blocks, { hash: 'h' });
    await until(async () => worker.analyses().length === 1);
    worker.reply({ id: (worker.analyses()[0] as { id: number }).id, analysis: fixtureAnalysis });
    await expect(pending).resolves.toBe(fixtureAnalysis);
    // The write comes once the window is idle, after the analysis was handed over.
    await until(async () => broken.put.mock.calls.length > 0);
    expect(broken.put).toHaveBeenCalledWith('h', fixtureAnalysis);
  });

  it('keeps the analysis of an article in the trash and clears it when the article is deleted for good', async () => {
    const db = database();
    const kept = makeArticle({ title: 'Kept', paragraphs: ['Kept text.'] });
    const gone = makeArticle({ title: 'Gone', paragraphs: ['Gone text.'] });
    await addArticle(db, kept);
    const { id: goneId } = await addArticle(db, gone);
    await putCachedAnalysis(db, kept.hash, fixtureAnalysis);
    await putCachedAnalysis(db, gone.hash, fixtureAnalysis);

    await deleteArticle(db, goneId);
    expect(await getCachedAnalysis(db, gone.hash)).toEqual(fixtureAnalysis);
    expect(await purgeArticle(db, goneId)).toBe(true);
    expect(await getCachedAnalysis(db, gone.hash)).toBeUndefined();
    expect(await getCachedAnalysis(db, kept.hash)).toEqual(fixtureAnalysis);
  });

  it('is not part of a backup (it is derivable from the text)', async () => {
    const db = database();
    const article = makeArticle({ title: 'Backed up', paragraphs: ['Some text.'] });
    await addArticle(db, article);
    await putCachedAnalysis(db, article.hash, fixtureAnalysis);
    const backup = await createBackup(db);
    expect(Object.keys(backup.tables)).not.toContain('analysisCache');
    expect(JSON.stringify(backup)).not.toContain(fixtureAnalysis.analyserVersion);
  });
});

describe('the running analyser version', () => {
  it('is the build\'s own, known before the worker has loaded or said anything', async () => {
    const { ANALYSER_VERSION } = await import('../../../src/core/analysis/version');
    const db = database();
    const stored = { ...fixtureAnalysis, analyserVersion: ANALYSER_VERSION };
    await putCachedAnalysis(db, 'article-hash', stored);
    // A worker that is still loading its bundle: it never answers.
    const silent: WorkerLike = { postMessage: vi.fn(), terminate() {}, onmessage: null, onerror: null };
    const client = createAnalysisClient({ createWorker: () => silent, store: analysisStore(db), versionTimeoutMs: 60_000 });
    await expect(client.analyze(original, blocks, { hash: 'article-hash' })).resolves.toEqual(stored);
    expect(silent.postMessage).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'analyse' }));
  });
});
