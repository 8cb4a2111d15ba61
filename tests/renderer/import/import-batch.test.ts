import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ImportedArticle } from '../../../src/core/text/types';
import {
  CANCELLED_MESSAGE,
  STORE_FAILED_MESSAGE,
  importBatch,
  type BatchResult,
  type StoreResult,
} from '../../../src/renderer/src/import/import-batch';
import { deps, fixture } from './helpers';

const SEED = readFileSync(join(process.cwd(), 'resources/samples/iran-pij-gaza-exchange.txt'), 'utf8');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** An in-memory store with the same duplicate rule as the database (unique hash). */
function memoryStore() {
  const byHash = new Map<string, { id: number; title: string }>();
  const stored: ImportedArticle[] = [];
  const store = vi.fn(async (article: ImportedArticle): Promise<StoreResult> => {
    const existing = byHash.get(article.hash);
    if (existing) return { status: 'duplicate', ...existing };
    const entry = { id: byHash.size + 1, title: article.title };
    byHash.set(article.hash, entry);
    stored.push(article);
    return { status: 'imported', ...entry };
  });
  return { store, stored };
}

describe('importBatch', () => {
  it('imports good files, reports duplicates and rejects bad files without affecting the others', async () => {
    const { store, stored } = memoryStore();
    const progress: Array<[number, number, BatchResult]> = [];
    const files = [
      { name: 'seed.txt', data: bytes(SEED) },
      { name: 'empty.txt', data: fixture('empty.txt') },
      { name: 'news-page.html', data: fixture('news-page.html') },
      { name: 'seed-copy-crlf.txt', data: bytes(SEED.replace(/\n/g, '\r\n')) },
      { name: 'photo.png', data: fixture('binary.bin') },
      { name: 'corrupt.docx', data: fixture('corrupt.docx') },
      // A File-like object, read only when its turn comes.
      { name: 'article.docx', arrayBuffer: async () => fixture('article.docx').slice().buffer },
      { name: 'binary.txt', data: fixture('binary.txt') },
    ];
    const results = await importBatch(files, { ...deps, store, onProgress: (done, total, result) => progress.push([done, total, result]) });

    expect(results.map((r) => [r.name, r.status, r.reason])).toEqual([
      ['seed.txt', 'imported', undefined],
      ['empty.txt', 'rejected', 'empty'],
      ['news-page.html', 'imported', undefined],
      ['seed-copy-crlf.txt', 'duplicate', undefined],
      ['photo.png', 'rejected', 'unsupported-type'],
      ['corrupt.docx', 'rejected', 'unreadable'],
      ['article.docx', 'imported', undefined],
      ['binary.txt', 'rejected', 'binary'],
    ]);
    expect(results[0].articleId).toBe(1);
    expect(results[3].articleId).toBe(1);
    expect(results[6].title).toBe('Orchard festival draws record crowd');
    for (const r of results.filter((x) => x.status === 'rejected')) expect(r.message?.length).toBeGreaterThan(40);
    expect(stored).toHaveLength(3);
    expect(store).toHaveBeenCalledTimes(4);

    expect(progress.map(([done, total]) => [done, total])).toEqual(files.map((_, i) => [i + 1, files.length]));
    expect(progress.map(([, , r]) => r)).toEqual(results);
  });

  it('yields to the event loop between files so the window stays responsive', async () => {
    const { store } = memoryStore();
    const events: string[] = [];
    const files = [
      { name: 'a.txt', data: bytes(SEED) },
      {
        name: 'b.txt',
        size: 100,
        // Read lazily, like a browser File: this marks the moment file 2 starts.
        arrayBuffer: async () => {
          events.push('file 2 starts');
          return bytes(`${SEED}\n\nA different ending makes this a different article.`).slice().buffer;
        },
      },
    ];
    // A task the UI queues as soon as file 1 is reported (e.g. a repaint) must run before
    // file 2 starts: the batch yields a macrotask between files instead of chaining microtasks.
    let timer: Promise<void> = Promise.resolve();
    await importBatch(files, {
      ...deps,
      store,
      onProgress: (done) => {
        events.push(`file ${done}`);
        if (done === 1) timer = new Promise<void>((resolve) => setTimeout(() => { events.push('timer'); resolve(); }, 0));
      },
    });
    await timer;
    expect(events).toEqual(['file 1', 'timer', 'file 2 starts', 'file 2']);
  });

  it('calls the injected yield between files only', async () => {
    const { store } = memoryStore();
    const yieldToUi = vi.fn(async () => undefined);
    await importBatch([{ name: 'a.txt', data: bytes(SEED) }, { name: 'b.txt', data: bytes('x') }, { name: 'c.txt', data: bytes('y') }], { ...deps, store, yieldToUi });
    expect(yieldToUi).toHaveBeenCalledTimes(2);
  });

  it('reports a storage failure for that file only', async () => {
    let calls = 0;
    const store = vi.fn(async (article: ImportedArticle): Promise<StoreResult> => {
      calls++;
      if (calls === 1) throw new Error('QuotaExceededError');
      return { status: 'imported', id: calls, title: article.title };
    });
    const results = await importBatch(
      [{ name: 'a.txt', data: bytes(SEED) }, { name: 'b.md', data: fixture('article.md') }],
      { ...deps, store },
    );
    expect(results[0]).toMatchObject({ name: 'a.txt', status: 'rejected', message: STORE_FAILED_MESSAGE });
    // Not a problem with the file, so no file error code (the UI shows the message).
    expect(results[0].reason).toBeUndefined();
    expect(results[1]).toMatchObject({ name: 'b.md', status: 'imported', articleId: 2 });
  });

  it('reports a File-like object that cannot be read as unreadable', async () => {
    const { store } = memoryStore();
    const results = await importBatch([{ name: 'gone.txt', arrayBuffer: () => Promise.reject(new Error('NotFoundError')) }], { ...deps, store });
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'unreadable' });
  });

  it('refuses a File-like object larger than the limit from its size, without reading it', async () => {
    const { store } = memoryStore();
    let read = false;
    const huge = {
      name: 'huge.txt',
      size: 5 * 1024 * 1024 * 1024,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    const results = await importBatch([huge, { name: 'b.md', data: fixture('article.md') }], { ...deps, store });
    expect(results[0]).toMatchObject({ name: 'huge.txt', status: 'rejected', reason: 'too-large' });
    expect(results[0].message).toMatch(/10 MB/);
    expect(read).toBe(false);
    expect(results[1]).toMatchObject({ status: 'imported' });
  });

  it('stops at the next file when aborted, reporting the rest as not imported', async () => {
    const { store } = memoryStore();
    const controller = new AbortController();
    const files = [
      { name: 'a.txt', data: bytes(SEED) },
      { name: 'b.md', data: fixture('article.md') },
      { name: 'c.html', data: fixture('news-page.html') },
    ];
    const results = await importBatch(files, {
      ...deps,
      store,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    });
    expect(results.map((r) => r.status)).toEqual(['imported', 'rejected', 'rejected']);
    expect(results[1].message).toBe(CANCELLED_MESSAGE);
    expect(store).toHaveBeenCalledTimes(1);
  });

  it('returns an empty list for no files', async () => {
    const { store } = memoryStore();
    const onProgress = vi.fn();
    expect(await importBatch([], { ...deps, store, onProgress })).toEqual([]);
    expect(onProgress).not.toHaveBeenCalled();
  });
});
