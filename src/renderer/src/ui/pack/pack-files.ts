/**
 * Class pack files in the renderer: recognising one among incoming files, reading its bytes
 * (after a size check, so an oversized file is refused unread) and handing a new pack to the
 * learner as a download.
 */
import { MAX_PACK_BYTES, PACK_EXTENSION, PackError } from '../../../../core/pack';
import type { IncomingFile, IncomingFiles } from '../../platform';
import { browserBackupFiles } from '../../platform/backup-files';

export function isPackFileName(name: string): boolean {
  return name.toLowerCase().endsWith(PACK_EXTENSION);
}

/** Incoming files split into class packs and everything else (articles for the importer). */
export function splitPacks(incoming: IncomingFiles): { packs: IncomingFile[]; rest: IncomingFiles } {
  const packs = incoming.files.filter((file) => isPackFileName(file.name));
  return { packs, rest: { files: incoming.files.filter((file) => !isPackFileName(file.name)), refused: incoming.refused } };
}

export async function packBytes(file: IncomingFile): Promise<Uint8Array> {
  if (file.size > MAX_PACK_BYTES) throw new PackError('too-large', `${file.size} bytes`);
  return 'data' in file ? file.data : new Uint8Array(await file.arrayBuffer());
}

/** "Floods: what the council said" → "Floods what the council said.framewise-pack". */
export function packFileName(title: string): string {
  const stem = title.replace(/[^\p{L}\p{N} _()-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80).trim();
  return `${stem || 'Class pack'}${PACK_EXTENSION}`;
}

/**
 * Saves the pack: Electron's save dialog (false when the teacher cancels it), or a download
 * in browser mode.
 */
export async function downloadPack(name: string, bytes: Uint8Array): Promise<boolean> {
  const api = typeof window === 'undefined' ? undefined : window.framewise;
  if (api) return (await api.savePack({ suggestedName: name, data: bytes })).saved;
  await browserBackupFiles().save(name, bytes);
  return true;
}
