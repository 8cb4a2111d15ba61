/**
 * Imports many files one at a time, yielding to the event loop between files so the
 * window keeps painting the progress bar and answering clicks. One bad file never stops
 * or spoils the others; each gets its own result line.
 */
import { ImportError, type ImportErrorCode, type ImportErrorDetail, type ImportErrorParams } from '../../../core/import/errors';
import type { ImportedArticle } from '../../../core/text/types';
import { MAX_IMPORT_BYTES } from '../../../shared/ipc-contract';
import { isImportCancelled } from './import-cancelled';
import { importFile, TOO_LARGE_MESSAGE, type ImportDeps } from './import-file';

/** Bytes, or a File/Blob-like object (read only when its turn comes, to keep memory low). */
export type BatchFile =
  | { name: string; data: Uint8Array }
  | { name: string; size?: number; arrayBuffer(): Promise<ArrayBuffer> };

export interface StoreResult {
  status: 'imported' | 'duplicate';
  id: number | string;
  title: string;
}

export interface BatchResult {
  name: string;
  status: 'imported' | 'duplicate' | 'rejected';
  articleId?: number | string;
  title?: string;
  /** Why the file was refused; absent for a cancelled file or a storage failure (see `message`). */
  reason?: ImportErrorCode;
  message?: string;
  /** The specific case, for the UI's catalogue (see ImportErrorDetail). */
  detail?: ImportErrorDetail;
  params?: ImportErrorParams;
}

export interface BatchOptions extends ImportDeps {
  store: (article: ImportedArticle) => Promise<StoreResult>;
  /** Called after each file with how many are done, the total, and that file's result. */
  onProgress?: (done: number, total: number, result: BatchResult) => void;
  /**
   * Aborting stops the file in progress (the worker is ended, a saved page stops at its next
   * step) and every file after it; none of them is stored, each is reported as not imported.
   */
  signal?: AbortSignal;
  /** Lets tests or the UI replace the between-files yield. */
  yieldToUi?: () => Promise<void>;
}

export const CANCELLED_MESSAGE = 'Import was cancelled before this file was read. Import it again if you still want it.';
export const CANCELLED_WHILE_READING_MESSAGE =
  'Import was cancelled while this file was being read; nothing of it was saved. Import it again if you still want it.';
export const STORE_FAILED_MESSAGE =
  'The article was read but could not be saved. Check that the disk is not full, then import the file again. Articles already saved are safe.';

const defaultYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function bytesOf(file: BatchFile): Promise<Uint8Array> {
  if ('data' in file) return file.data;
  // A dropped multi-gigabyte file is refused from its stated size, before it is read into memory.
  if (typeof file.size === 'number' && file.size > MAX_IMPORT_BYTES) throw new ImportError('too-large', TOO_LARGE_MESSAGE);
  return new Uint8Array(await file.arrayBuffer());
}

async function importOne(file: BatchFile, options: BatchOptions): Promise<BatchResult> {
  let article: ImportedArticle;
  try {
    const data = await bytesOf(file);
    article = await importFile({ name: file.name, data }, options);
  } catch (error) {
    if (isImportCancelled(error)) return { name: file.name, status: 'rejected', message: CANCELLED_WHILE_READING_MESSAGE };
    const importError = error instanceof ImportError ? error : new ImportError('unreadable', undefined, { cause: error });
    const result: BatchResult = { name: file.name, status: 'rejected', reason: importError.code, message: importError.message };
    if (importError.detail) result.detail = importError.detail;
    if (importError.params) result.params = importError.params;
    return result;
  }
  // Cancel pressed as the file finished: it is not stored (Cancel means nothing more is added).
  if (options.signal?.aborted) return { name: file.name, status: 'rejected', message: CANCELLED_WHILE_READING_MESSAGE };
  try {
    const stored = await options.store(article);
    return { name: file.name, status: stored.status, articleId: stored.id, title: stored.title };
  } catch {
    // Not the file's fault: no ImportErrorCode, only the message.
    return { name: file.name, status: 'rejected', message: STORE_FAILED_MESSAGE, title: article.title };
  }
}

export async function importBatch(files: readonly BatchFile[], options: BatchOptions): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  const total = files.length;
  const pause = options.yieldToUi ?? defaultYield;
  for (const file of files) {
    let result: BatchResult;
    if (options.signal?.aborted) {
      result = { name: file.name, status: 'rejected', message: CANCELLED_MESSAGE };
    } else {
      result = await importOne(file, options);
    }
    results.push(result);
    options.onProgress?.(results.length, total, result);
    if (results.length < total) await pause();
  }
  return results;
}
