/** Messages between the window and the import worker (import.worker.ts). */
import type { ImportErrorCode, ImportErrorDetail, ImportErrorParams } from '../../../core/import/errors';
import type { ImportedArticle } from '../../../core/text/types';

export interface ImportWorkerRequest {
  id: number;
  name: string;
  /** The file's bytes, transferred (the window keeps no copy). */
  data: Uint8Array;
}

export interface ImportWorkerFailure {
  code: ImportErrorCode;
  message: string;
  detail?: ImportErrorDetail;
  params?: ImportErrorParams;
}

export type ImportWorkerResponse = { id: number; article: ImportedArticle } | { id: number; error: ImportWorkerFailure };
