/**
 * Saving a results file or the class CSV: Electron's save dialog (false when cancelled),
 * or a download in browser mode. Reading results files: a size check before the bytes.
 */
import { MAX_RESULTS_BYTES, RESULTS_EXTENSION } from '../../../../core/results';
import type { IncomingFile } from '../../platform';
import { browserBackupFiles } from '../../platform/backup-files';

export type ExportKind = 'results' | 'csv';

export async function saveExportFile(kind: ExportKind, name: string, bytes: Uint8Array): Promise<boolean> {
  const api = typeof window === 'undefined' ? undefined : window.framewise;
  if (api) return (await api.saveExport({ kind, suggestedName: name, data: bytes })).saved;
  await browserBackupFiles().save(name, bytes);
  return true;
}

export function isResultsFileName(name: string): boolean {
  return name.toLowerCase().endsWith(RESULTS_EXTENSION);
}

/** The bytes of a results file, or null when it is too large to be one (refused unread). */
export async function resultsBytes(file: IncomingFile): Promise<Uint8Array | null> {
  if (file.size > MAX_RESULTS_BYTES) return null;
  return 'data' in file ? file.data : new Uint8Array(await file.arrayBuffer());
}

/** "Ada Lovelace", "Floods week" → "Ada Lovelace - Floods week.framewise-results". */
export function resultsFileName(learner: string, title: string): string {
  const clean = (s: string) => s.replace(/[^\p{L}\p{N} _()-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 60).trim();
  return `${[clean(learner), clean(title)].filter(Boolean).join(' - ') || 'Results'}${RESULTS_EXTENSION}`;
}

/** The class table as a CSV file: UTF-8 with a byte-order mark, so Excel reads accents right. */
export function csvBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${csv}`);
}
