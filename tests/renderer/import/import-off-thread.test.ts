import { describe, expect, it, vi } from 'vitest';
import { ImportError } from '../../../src/core/import/errors';
import type { ImportedArticle } from '../../../src/core/text/types';
import { CANCELLED_MESSAGE, CANCELLED_WHILE_READING_MESSAGE, importBatch } from '../../../src/renderer/src/import/import-batch';
import { ImportCancelled } from '../../../src/renderer/src/import/import-cancelled';
import { createImportWorkerClient, type ImportWorkerLike } from '../../../src/renderer/src/import/import-off-thread';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../../../src/renderer/src/import/import-worker-protocol';
import { importText } from '../../../src/renderer/src/import/import-text';

/** A stand-in worker: records requests and transfers, answers only when the test says so. */
class FakeWorker implements ImportWorkerLike {
  onmessage: ((event: MessageEvent<ImportWorkerResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  requests: ImportWorkerRequest[] = [];
  transfers: Transferable[][] = [];
  terminated = false;
  postMessage(message: ImportWorkerRequest, transfer: Transferable[]): void {
    this.requests.push(message);
    this.transfers.push(transfer);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(response: ImportWorkerResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<ImportWorkerResponse>);
  }
}

const TEXT = 'Library closes\n\nThe council voted on Tuesday to close the old library on Mill Street, citing the cost of heating it.';

function setup(idleMs?: number, timeLimitMs?: number) {
  const workers: FakeWorker[] = [];
  const client = createImportWorkerClient(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    idleMs,
    timeLimitMs,
  )!;
  return { client, workers };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the import worker client', () => {
  it('hands the file to the worker (bytes transferred) and resolves with its article', async () => {
    const { client, workers } = setup();
    const article = await importText(TEXT, 'a.txt', 'txt');
    const pending = client.importFile({ name: 'a.txt', data: bytes(TEXT) });
    const [worker] = workers;
    expect(worker.requests[0].name).toBe('a.txt');
    expect(worker.transfers[0]).toEqual([worker.requests[0].data.buffer]);
    worker.answer({ id: worker.requests[0].id, article });
    await expect(pending).resolves.toEqual(article);
  });

  it("rebuilds the worker's ImportError with its code, message, detail and parameters", async () => {
    const { client, workers } = setup();
    const pending = client.importFile({ name: 'a.docx', data: bytes('x') });
    workers[0].answer({ id: workers[0].requests[0].id, error: { code: 'too-large', message: 'Too big.', detail: 'docx-too-large', params: { xmlMegabytes: 20 } } });
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'too-large', message: 'Too big.', detail: 'docx-too-large', params: { xmlMegabytes: 20 } });
  });

  it('Cancel ends the worker in the middle of a file, rejects with ImportCancelled, and the next file gets a new worker', async () => {
    const { client, workers } = setup();
    const controller = new AbortController();
    const pending = client.importFile({ name: 'big.pdf', data: bytes('%PDF') }, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(ImportCancelled);
    expect(workers[0].terminated).toBe(true);
    // A late answer from the ended worker changes nothing.
    workers[0].answer({ id: workers[0].requests[0].id, article: await importText(TEXT, 'a.txt', 'txt') });

    const next = client.importFile({ name: 'b.txt', data: bytes(TEXT) });
    expect(workers).toHaveLength(2);
    workers[1].answer({ id: workers[1].requests[0].id, article: await importText(TEXT, 'b.txt', 'txt') });
    await expect(next).resolves.toMatchObject({ fileName: 'b.txt' });
  });

  it('a worker that dies (out of memory) refuses that file as unreadable; the next file gets a new worker', async () => {
    const { client, workers } = setup();
    const pending = client.importFile({ name: 'bomb.docx', data: bytes('PK') });
    workers[0].onerror?.(new Event('error'));
    await expect(pending).rejects.toMatchObject({ code: 'unreadable' });
    expect(workers[0].terminated).toBe(true);
    void client.importFile({ name: 'b.txt', data: bytes(TEXT) });
    expect(workers).toHaveLength(2);
  });
});

describe('an idle import worker', () => {
  it('is ended after IMPORT_WORKER_IDLE_MS without work, and kept while files keep coming', async () => {
    vi.useFakeTimers();
    try {
      const { client, workers } = setup(1_000);
      const article = await importText(TEXT, 'a.txt', 'txt');
      const first = client.importFile({ name: 'a.txt', data: bytes(TEXT) });
      workers[0].answer({ id: workers[0].requests[0].id, article });
      await first;
      vi.advanceTimersByTime(900);
      const second = client.importFile({ name: 'b.txt', data: bytes(TEXT) });
      vi.advanceTimersByTime(900);
      expect(workers[0].terminated).toBe(false);
      workers[0].answer({ id: workers[0].requests[1].id, article });
      await second;
      expect(workers).toHaveLength(1);
      vi.advanceTimersByTime(1_000);
      expect(workers[0].terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a file still in the worker after the time limit, ends that worker, and the next file gets a new one', async () => {
    vi.useFakeTimers();
    try {
      const { client, workers } = setup(30_000, 5_000);
      const stuck = client.importFile({ name: 'stall.html', data: bytes('<p>x</p>') }).catch((e: unknown) => e);
      vi.advanceTimersByTime(4_999);
      expect(workers[0].terminated).toBe(false);
      vi.advanceTimersByTime(1);
      const error = await stuck;
      expect(error).toBeInstanceOf(ImportError);
      expect(error).toMatchObject({ code: 'unreadable', detail: 'took-too-long', params: { seconds: 5 } });
      expect(workers[0].terminated).toBe(true);
      const article = await importText(TEXT, 'a.txt', 'txt');
      const next = client.importFile({ name: 'a.txt', data: bytes(TEXT) });
      expect(workers).toHaveLength(2);
      workers[1].answer({ id: workers[1].requests[0].id, article });
      await expect(next).resolves.toEqual(article);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Cancel during a batch that imports in the worker', () => {
  it('stops the file in progress and the rest; nothing of them is stored', async () => {
    const { client, workers } = setup();
    const controller = new AbortController();
    const store = vi.fn(async (article: ImportedArticle) => ({ status: 'imported' as const, id: 1, title: article.title }));
    const files = [
      { name: 'big.docx', data: bytes('PK\u0003\u0004 a big document') },
      { name: 'next.txt', data: bytes(TEXT) },
    ];
    const running = importBatch(files, { store, signal: controller.signal, offThread: client.importFile, yieldToUi: async () => undefined });
    // The first file is in the worker, which has not answered: press Cancel.
    await vi.waitFor(() => expect(workers[0]?.requests).toHaveLength(1));
    controller.abort();
    const results = await running;
    expect(workers[0].terminated).toBe(true);
    expect(results.map((r) => [r.name, r.status, r.message])).toEqual([
      ['big.docx', 'rejected', CANCELLED_WHILE_READING_MESSAGE],
      ['next.txt', 'rejected', CANCELLED_MESSAGE],
    ]);
    expect(results[0].reason).toBeUndefined();
    expect(store).not.toHaveBeenCalled();
  });

  it('a file whose article arrives just as Cancel is pressed is not stored', async () => {
    const controller = new AbortController();
    const store = vi.fn(async (article: ImportedArticle) => ({ status: 'imported' as const, id: 1, title: article.title }));
    const offThread = async (file: { name: string; data: Uint8Array }) => {
      const article = await importText(TEXT, file.name, 'txt');
      controller.abort();
      return article;
    };
    const [result] = await importBatch([{ name: 'a.txt', data: bytes(TEXT) }], { store, signal: controller.signal, offThread });
    expect(result).toMatchObject({ status: 'rejected', message: CANCELLED_WHILE_READING_MESSAGE });
    expect(store).not.toHaveBeenCalled();
  });
});
