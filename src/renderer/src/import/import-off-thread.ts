/**
 * Runs the heavy importers in a Web Worker (import.worker.ts) so no file can stall the
 * window: mammoth and pdf.js parse for seconds on a big or hostile file, and their
 * caps only bound that time. One worker, one file at a time (imports run in sequence).
 *
 * Cancel: when the signal aborts while a file is in the worker, the worker is terminated
 * (the parse stops at once, whatever it was doing) and the import rejects with
 * `ImportCancelled`; the next file starts a fresh worker. A worker that dies (out of
 * memory) or fails to load refuses that one file as unreadable; the next file again gets a
 * fresh worker. An idle worker is ended after IMPORT_WORKER_IDLE_MS, so the memory of a big
 * import (and of mammoth, pdf.js and linkedom) is not held for the rest of the session.
 */
import { ImportError } from '../../../core/import/errors';
import type { ImportedArticle } from '../../../core/text/types';
import { ImportCancelled } from './import-cancelled';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-worker-protocol';

export interface ImportWorkerLike {
  postMessage(message: ImportWorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportWorkerResponse>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export type OffThreadImport = (file: { name: string; data: Uint8Array }, signal?: AbortSignal) => Promise<ImportedArticle>;

export interface ImportWorkerClient {
  importFile: OffThreadImport;
  /** Ends the worker (if any); a later import starts a new one. */
  dispose(): void;
}

/** How long a worker with nothing to do is kept for the next file. */
export const IMPORT_WORKER_IDLE_MS = 30_000;
/**
 * The longest one file may take in the worker. The size, page and element caps bound the work of
 * every importer we know of; this is the backstop for an input that defeats them (a parser bug, a
 * pathological page): the worker is ended and the file refused, so a batch never stalls on it.
 * A 150-page PDF or a 6,000-paragraph .docx takes 1–2 s here (docs/EVALUATION.md).
 */
export const IMPORT_FILE_TIME_LIMIT_MS = 60_000;
const TIME_LIMIT_MESSAGE = 'Reading this file took too long, so it was stopped and nothing of it was kept. Save the article as .txt and import that.';

function defaultWorker(): ImportWorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'framewise-import' }) as unknown as ImportWorkerLike;
}

/** Null where there is no Worker (jsdom tests, the CLI): the caller imports on this thread. */
export function createImportWorkerClient(
  createWorker: (() => ImportWorkerLike) | null = typeof Worker === 'undefined' ? null : defaultWorker,
  idleMs = IMPORT_WORKER_IDLE_MS,
  timeLimitMs = IMPORT_FILE_TIME_LIMIT_MS,
): ImportWorkerClient | null {
  if (!createWorker) return null;
  let worker: ImportWorkerLike | null = null;
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const end = (): void => {
    clearTimeout(idleTimer);
    worker?.terminate();
    worker = null;
  };

  const importFile: OffThreadImport = (file, signal) =>
    new Promise<ImportedArticle>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new ImportCancelled());
        return;
      }
      clearTimeout(idleTimer);
      const id = nextId++;
      const current = (worker ??= createWorker());
      let limitTimer: ReturnType<typeof setTimeout> | undefined;
      const settle = (): void => {
        clearTimeout(limitTimer);
        signal?.removeEventListener('abort', onAbort);
        current.onmessage = null;
        current.onerror = null;
        clearTimeout(idleTimer);
        idleTimer = setTimeout(end, idleMs);
      };
      const onAbort = (): void => {
        settle();
        end();
        reject(new ImportCancelled());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      limitTimer = setTimeout(() => {
        settle();
        end();
        reject(new ImportError('unreadable', TIME_LIMIT_MESSAGE, { detail: 'took-too-long', params: { seconds: Math.round(timeLimitMs / 1000) } }));
      }, timeLimitMs);
      current.onmessage = (event) => {
        if (event.data.id !== id) return;
        settle();
        const data = event.data;
        if ('article' in data) resolve(data.article);
        else reject(new ImportError(data.error.code, data.error.message, { detail: data.error.detail, params: data.error.params }));
      };
      current.onerror = (event) => {
        // The worker failed to load or died (e.g. out of memory): this file is refused, the next gets a new worker.
        settle();
        end();
        event.preventDefault?.();
        reject(new ImportError('unreadable', undefined, { cause: event }));
      };
      // The bytes move to the worker; the window keeps none of them.
      const data = file.data.byteOffset === 0 && file.data.byteLength === file.data.buffer.byteLength ? file.data : file.data.slice();
      current.postMessage({ id, name: file.name, data }, [data.buffer as ArrayBuffer]);
    });

  return { importFile, dispose: end };
}
