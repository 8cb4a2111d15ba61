/**
 * The import worker: reads one file at a time off the window's main thread — saved pages
 * (parsed by linkedom, Readability, our text walk), .docx (zip checks, mammoth, its HTML
 * read by linkedom), .pdf (pdf.js and our line layout) and .txt/.md (decoding, cleaning) —
 * and answers with the finished article or the ImportError's fields. There is no DOMParser
 * in a worker; linkedom is a DOM in plain JavaScript that never runs scripts or loads
 * anything, and Readability runs on it (the unit tests run every HTML importer test on it).
 * Cancel terminates this worker, so a file in progress stops at once and nothing of it
 * reaches storage.
 */
import { parseHTML } from 'linkedom';
import { ImportError } from '../../../core/import/errors';
import { importFile, type ImportDeps } from './import-file';
import type { PdfjsLike } from './import-pdf';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportWorkerResponse): void;
}

const scope = self as unknown as WorkerScope & { pdfjsWorker?: unknown };

let pdfjs: Promise<PdfjsLike> | undefined;

/**
 * pdf.js runs its parser in this worker ("fake worker"): with `globalThis.pdfjsWorker` set,
 * it takes the parser from there instead of starting a worker of its own.
 */
function loadPdfjsHere(): Promise<PdfjsLike> {
  pdfjs ??= (async () => {
    scope.pdfjsWorker = await import('pdfjs-dist/build/pdf.worker.min.mjs');
    return (await import('pdfjs-dist')) as unknown as PdfjsLike;
  })();
  return pdfjs;
}

const deps: ImportDeps = {
  // linkedom: no DOMParser in a worker.
  parseHtml: (html) => parseHTML(html).document as unknown as Document,
  loadPdfjs: loadPdfjsHere,
};

scope.onmessage = async (event) => {
  const { id, name, data } = event.data;
  try {
    const article = await importFile({ name, data }, deps);
    scope.postMessage({ id, article });
  } catch (error) {
    const e = error instanceof ImportError ? error : new ImportError('unreadable', undefined, { cause: error });
    const failure: ImportWorkerResponse = { id, error: { code: e.code, message: e.message } };
    if (e.detail) failure.error.detail = e.detail;
    if (e.params) failure.error.params = e.params;
    scope.postMessage(failure);
  }
};
