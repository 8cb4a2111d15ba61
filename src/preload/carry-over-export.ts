/**
 * The hidden carry-over window's side (src/main/carry-over.ts): on the one file://
 * page loaded with the export query, the preload exports the old origin's library and
 * sends it to main. It runs in the preload rather than in the page's own scripts
 * because, with the GrantFileProtocolExtraPrivileges fuse off, a file:// page may not
 * load its module scripts (they are CORS requests from origin "null"), and the session
 * guard refuses every file: request but that page itself. The preload shares the page's
 * origin, so it sees the old IndexedDB; Electron loads it from disk, not as a request.
 */
import type { IpcRenderer } from 'electron';
import {
  CARRY_OVER_EXPORT_QUERY,
  MAX_CARRY_OVER_REASON_CHARS,
  type CarryOverExportRequest,
  type InvokeChannel,
} from '../shared/ipc-contract';

/** True only for a file: URL with exactly the export query. */
export function isCarryOverExportPage(href: string | undefined): boolean {
  if (!href) return false;
  try {
    const url = new URL(href);
    return url.protocol === 'file:' && url.search === CARRY_OVER_EXPORT_QUERY;
  } catch {
    return false;
  }
}

/** Exports and reports: 'exported' with the bytes, or 'export-failed' with the reason. */
export async function runCarryOverExport(
  ipc: Pick<IpcRenderer, 'invoke'>,
  exportLibrary: () => Promise<Uint8Array>,
): Promise<void> {
  const channel: InvokeChannel = 'library:carryOver';
  let request: CarryOverExportRequest;
  try {
    request = { step: 'exported', data: await exportLibrary() };
  } catch (error) {
    const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)) || 'unknown error';
    request = { step: 'export-failed', reason: reason.slice(0, MAX_CARRY_OVER_REASON_CHARS) };
  }
  // If even this fails, main's timeout reports the carry-over as failed.
  await ipc.invoke(channel, request).catch(() => undefined);
}
