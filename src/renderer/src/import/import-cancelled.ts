/** Cancel, as the importers report it (apart from import-off-thread.ts, which the worker must not load). */
/** The file in progress was stopped by Cancel: not a refusal of the file, and nothing was stored. */
export class ImportCancelled extends Error {
  override name = 'AbortError';
  constructor() {
    super('The import was cancelled while this file was being read.');
  }
}

export function isImportCancelled(error: unknown): error is ImportCancelled {
  return error instanceof ImportCancelled;
}
