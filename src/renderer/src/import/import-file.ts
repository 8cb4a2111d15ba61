/**
 * One file in, one cleaned article out (or an ImportError that tells the learner what to do).
 */
import { ImportError } from '../../../core/import/errors';
import type { ImportedArticle } from '../../../core/text/types';
import { MAX_IMPORT_BYTES } from '../../../shared/ipc-contract';
import { detectFormat } from './detect-format';
import type { MammothLike } from './import-docx';
import type { PdfjsLoader } from './import-pdf';
import { importTextFile } from './import-text';
import { browserHtmlParser, type HtmlParser } from './html-text';
import { ImportCancelled, isImportCancelled } from './import-cancelled';
import type { OffThreadImport } from './import-off-thread';

export interface ImportDeps {
  /** Inert HTML parser; default: the browser's DOMParser. */
  parseHtml?: HtmlParser;
  /** pdf.js loader; default: the renderer's bundled pdf.js with its worker. */
  loadPdfjs?: PdfjsLoader;
  /** mammoth (for tests that want to fake it); default: the real library. */
  mammoth?: MammothLike;
  /**
   * Imports the file elsewhere (the app: the import worker) once its format is known;
   * without it, it is read on this thread (tests, the CLI, the worker itself).
   */
  offThread?: OffThreadImport;
  /** Stops the file in progress: the import rejects with `ImportCancelled` and nothing is returned. */
  signal?: AbortSignal;
}

export interface FileInput {
  name: string;
  data: Uint8Array;
}

const defaultPdfjs: PdfjsLoader = async () => (await import('./pdf-loader')).loadBrowserPdfjs();

export const TOO_LARGE_MESSAGE = `This file is too large to import (the limit is ${Math.round(MAX_IMPORT_BYTES / (1024 * 1024))} MB). Save only the article text, for example as a .txt file, and import that.`;

/**
 * Imports one file.
 * @throws ImportError with a code and a learner-facing message, or ImportCancelled when
 *   `deps.signal` aborted; never anything else.
 */
export async function importFile(file: FileInput, deps: ImportDeps = {}): Promise<ImportedArticle> {
  try {
    if (file.data.byteLength > MAX_IMPORT_BYTES) throw new ImportError('too-large', TOO_LARGE_MESSAGE);
    if (file.data.byteLength === 0) {
      // Still reject unsupported types first, so "photo.png (0 bytes)" says the useful thing.
      detectFormat(file.name, file.data);
      throw new ImportError('empty');
    }
    const format = detectFormat(file.name, file.data);
    if (deps.signal?.aborted) throw new ImportCancelled();
    if (deps.offThread) return await deps.offThread(file, deps.signal);
    switch (format) {
      case 'txt':
      case 'md':
        return await importTextFile(file.data, file.name, format);
      // Loaded on first use: the window, which hands these to the import worker, never loads them.
      case 'html':
        return await (await import('./import-html')).importHtml(file.data, file.name, deps.parseHtml ?? browserHtmlParser(), deps.signal);
      case 'docx':
        return await (await import('./import-docx')).importDocx(file.data, file.name, deps.parseHtml ?? browserHtmlParser(), deps.mammoth);
      case 'pdf':
        return await (await import('./import-pdf')).importPdf(file.data, file.name, deps.loadPdfjs ?? defaultPdfjs);
    }
  } catch (error) {
    if (error instanceof ImportError || isImportCancelled(error)) throw error;
    throw new ImportError('unreadable', undefined, { cause: error });
  }
}
