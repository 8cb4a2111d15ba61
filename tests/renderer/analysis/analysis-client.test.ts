// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ANALYSER_VERSION, createAnalyser } from '../../../src/core/analysis';
import type { ArticleAnalysis } from '../../../src/core/analysis/types';
import { generateItems } from '../../../src/core/practice';
import { cleanText } from '../../../src/core/text/clean';
import type { AnalyseRequest, WorkerRequest, WorkerResponse } from '../../../src/renderer/src/analysis/analysis-protocol';
import { createAnalysisClient, isAbortError, type WorkerLike } from '../../../src/renderer/src/analysis/analysis-client';
import { analysis as fixtureAnalysis, original, blocks } from './fixture';

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(response: WorkerResponse) {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }
  analyses(): AnalyseRequest[] {
    return this.sent.filter((message): message is AnalyseRequest => message.type === 'analyse');
  }
}

function withFakeWorker(mainThread = vi.fn(async () => fixtureAnalysis)) {
  const worker = new FakeWorker();
  const client = createAnalysisClient({ createWorker: () => worker, analyseOnMainThread: mainThread });
  return { worker, client, mainThread };
}

describe('analysis client', () => {
  it('falls back to the main thread where there is no Worker and returns the analyser’s result', async () => {
    expect(typeof Worker).toBe('undefined'); // jsdom has no Worker: the default client must still work
    const text = readFileSync(resolve(import.meta.dirname, '../../../resources/samples/wire-varne-river-floods.txt'), 'utf8');
    const doc = cleanText(text, { format: 'txt' });
    const client = createAnalysisClient();
    const result = await client.analyze(text, doc.blocks, { hash: 'varne' });
    expect(client.mode).toBe('main-thread');
    expect(result.analyserVersion).toBe(ANALYSER_VERSION);
    expect(result).toEqual(createAnalyser().analyzeArticle(text, doc.blocks));
    expect(result.sentences.length).toBeGreaterThan(5);
    expect(client.cached(text, doc.blocks, 'varne')).toBe(result);
  });

  it('sends the article to the worker once and caches the answer by hash and analyser version', async () => {
    const { worker, client } = withFakeWorker();
    const first = client.analyze(original, blocks, { hash: 'h1' });
    const again = client.analyze(original, blocks, { hash: 'h1' });
    expect(worker.analyses()).toHaveLength(1);
    const request = worker.analyses()[0];
    expect(request).toMatchObject({ type: 'analyse', original, blocks });
    worker.reply({ id: request.id, analysis: fixtureAnalysis });
    await expect(first).resolves.toBe(fixtureAnalysis);
    await expect(again).resolves.toBe(fixtureAnalysis);
    await expect(client.analyze(original, blocks, { hash: 'h1' })).resolves.toBe(fixtureAnalysis);
    expect(worker.analyses()).toHaveLength(1);
    expect(client.cached(original, blocks, 'h1')).toBe(fixtureAnalysis);
    expect(client.mode).toBe('worker');
  });

  it('does not reuse a cached analysis made by another analyser version', async () => {
    const { worker, client } = withFakeWorker();
    const first = client.analyze(original, blocks, { hash: 'old' });
    worker.reply({ id: worker.analyses()[0].id, analysis: { ...fixtureAnalysis, analyserVersion: 'v-old' } });
    await first;
    const second = client.analyze('Another text.', undefined, { hash: 'new' });
    worker.reply({ id: worker.analyses()[1].id, analysis: { ...fixtureAnalysis, analyserVersion: 'v-new' } });
    await second;
    expect(client.cached(original, blocks, 'old')).toBeUndefined();
    expect(client.cached('Another text.', undefined, 'new')?.analyserVersion).toBe('v-new');
  });

  it('cancels a stale request: rejects it, tells the worker, and ignores a late answer', async () => {
    const { worker, client } = withFakeWorker();
    const controller = new AbortController();
    const stale = client.analyze(original, blocks, { hash: 'a', signal: controller.signal });
    const id = worker.analyses()[0].id;
    controller.abort();
    await expect(stale).rejects.toSatisfy(isAbortError);
    expect(worker.sent).toContainEqual({ type: 'cancel', id });
    worker.reply({ id, analysis: fixtureAnalysis });
    expect(client.cached(original, blocks, 'a')).toBeUndefined();
  });

  it('keeps a shared request alive while another caller still waits', async () => {
    const { worker, client } = withFakeWorker();
    const controller = new AbortController();
    const leaving = client.analyze(original, blocks, { hash: 'b', signal: controller.signal });
    const staying = client.analyze(original, blocks, { hash: 'b' });
    controller.abort();
    await expect(leaving).rejects.toSatisfy(isAbortError);
    expect(worker.sent.some((message) => message.type === 'cancel')).toBe(false);
    worker.reply({ id: worker.analyses()[0].id, analysis: fixtureAnalysis });
    await expect(staying).resolves.toBe(fixtureAnalysis);
  });

  it('reports the worker’s error for that article', async () => {
    const { worker, client } = withFakeWorker();
    const pending = client.analyze(original, blocks, { hash: 'c' });
    worker.reply({ id: worker.analyses()[0].id, error: 'lexicon missing' });
    await expect(pending).rejects.toThrow('lexicon missing');
  });

  it('finishes pending work on the main thread when the worker fails to load', async () => {
    const { worker, client, mainThread } = withFakeWorker();
    const pending = client.analyze(original, blocks, { hash: 'd' });
    worker.onerror?.(new Event('error'));
    await expect(pending).resolves.toBe(fixtureAnalysis);
    expect(mainThread).toHaveBeenCalledWith(original, blocks);
    expect(worker.terminated).toBe(true);
    expect(client.mode).toBe('main-thread');
  });

  it('keys text without a hash by its content', async () => {
    const mainThread = vi.fn(async (text: string): Promise<ArticleAnalysis> => ({ ...fixtureAnalysis, segments: [{ kind: 'paragraph', start: 0, end: text.length }] }));
    const client = createAnalysisClient({ createWorker: null, analyseOnMainThread: mainThread });
    await client.analyze('First text.');
    await client.analyze('First text.');
    await client.analyze('Second text.');
    expect(mainThread).toHaveBeenCalledTimes(2);
  });
});

describe('analysis client preparation', () => {
  it('starts the worker without asking for the model, and does nothing where there is no worker', () => {
    const { worker, client } = withFakeWorker();
    client.prepare();
    expect(client.mode).toBe('worker');
    expect(worker.sent).toEqual([]);
    const mainThread = vi.fn(async () => fixtureAnalysis);
    const without = createAnalysisClient({ createWorker: null, analyseOnMainThread: mainThread });
    without.prepare();
    expect(without.mode).toBe('idle');
    expect(mainThread).not.toHaveBeenCalled();
  });
});

describe('analysis client warm-up', () => {
  it('starts the worker and asks it to load the analyser before any article', () => {
    const { worker, client } = withFakeWorker();
    client.warm();
    expect(worker.sent).toEqual([{ type: 'warm' }]);
    expect(client.mode).toBe('worker');
  });

  it('asks a worker to load the analyser once, however often it is warmed (at idle, and when an import starts)', () => {
    const { worker, client } = withFakeWorker();
    client.warm();
    client.warm();
    client.prepare();
    client.warm();
    expect(worker.sent).toEqual([{ type: 'warm' }]);
  });
});

describe('practice items from an analysis (issue 11: a session start that leaves the main thread free)', () => {
  const article = { id: 4, hash: 'fa'.repeat(32), original };

  it('asks the worker for them and hands back its answer, without generating on the main thread', async () => {
    const generateOnMainThread = vi.fn(async () => []);
    const worker = new FakeWorker();
    const client = createAnalysisClient({ createWorker: () => worker, analyseOnMainThread: vi.fn(), generateOnMainThread });
    const pending = client.generateItems(article, fixtureAnalysis);
    const request = worker.sent.find((m) => m.type === 'generate');
    expect(request).toMatchObject({ type: 'generate', article, analysis: fixtureAnalysis });
    const items = generateItems(article, fixtureAnalysis);
    expect(items.length).toBeGreaterThan(0);
    worker.reply({ type: 'items', id: (request as { id: number }).id, items });
    await expect(pending).resolves.toBe(items);
    expect(generateOnMainThread).not.toHaveBeenCalled();
  });

  it('reports the worker’s error, and finishes on the main thread when the worker fails', async () => {
    const worker = new FakeWorker();
    const client = createAnalysisClient({ createWorker: () => worker, analyseOnMainThread: vi.fn() });
    const failing = client.generateItems(article, fixtureAnalysis);
    const first = worker.sent.find((m) => m.type === 'generate') as { id: number };
    worker.reply({ type: 'items-error', id: first.id, error: 'no generator' });
    await expect(failing).rejects.toThrow('no generator');

    const pending = client.generateItems(article, fixtureAnalysis);
    worker.onerror?.(new Event('error'));
    await expect(pending).resolves.toEqual(generateItems(article, fixtureAnalysis));
  });

  it('takes the items the worker generated along with the analysis, without asking again', async () => {
    const worker = new FakeWorker();
    const client = createAnalysisClient({ createWorker: () => worker, analyseOnMainThread: vi.fn() });
    const pending = client.analyze(original, blocks, { hash: 'p1', practice: article });
    const request = worker.analyses()[0];
    expect(request.practice).toEqual(article);
    const items = generateItems(article, fixtureAnalysis);
    worker.reply({ id: request.id, analysis: fixtureAnalysis, items });
    const analysis = await pending;
    await expect(client.generateItems(article, analysis)).resolves.toBe(items);
    expect(worker.sent.filter((m) => m.type === 'generate')).toHaveLength(0);
    // Another article with the same analysis is not given those items.
    void client.generateItems({ ...article, id: 5 }, analysis);
    expect(worker.sent.filter((m) => m.type === 'generate')).toHaveLength(1);
  });

  it('generates them on the main thread where there is no worker', async () => {
    const client = createAnalysisClient({ createWorker: null, analyseOnMainThread: vi.fn() });
    await expect(client.generateItems(article, fixtureAnalysis)).resolves.toEqual(generateItems(article, fixtureAnalysis));
  });
});
