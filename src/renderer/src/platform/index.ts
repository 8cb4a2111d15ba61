/**
 * The platform adapter: the same React app runs inside Electron (with the preload's
 * `window.framewise`) and as a plain web page (browser mode). Components talk only
 * to this module, never to `window.framewise` directly.
 */
import { PACK_EXTENSION } from '../../../core/pack/format';
import { MAX_IMPORT_BYTES, type FileRefusal, type FramewiseApi, type PickedFiles } from '../../../shared/ipc-contract';

/**
 * A file ready for the importers: its bytes (from Electron) or a browser File whose
 * bytes are read only when its turn comes, so a dropped folder never sits in memory whole.
 */
export type IncomingFile =
  | { name: string; size: number; data: Uint8Array }
  | { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

export interface IncomingFiles {
  files: IncomingFile[];
  refused: FileRefusal[];
}

export interface Platform {
  kind: 'electron' | 'browser';
  /**
   * Electron: the native open dialog. Browser mode has no such API; the app clicks its
   * hidden file input instead, so this returns null there.
   */
  pickFiles(): Promise<IncomingFiles | null>;
  /** File > Import… in the native menu (Electron only; a no-op subscription in the browser). */
  onMenuImport(listener: () => void): () => void;
  /** Files handed over by the OS ("Open with", command line); Electron only. */
  onFilesOpened(listener: (files: IncomingFiles) => void): () => void;
}

function preloadApi(): FramewiseApi | undefined {
  return typeof window === 'undefined' ? undefined : window.framewise;
}

function fromPicked(picked: PickedFiles): IncomingFiles {
  return {
    files: picked.files.map((file) => ({ name: file.name, size: file.size, data: file.data })),
    refused: picked.refused,
  };
}

/**
 * All files chosen in the native dialog. Main replies in batches of at most
 * MAX_BATCH_BYTES (one message of every file could pass Chromium's IPC limit); this
 * fetches them one after another.
 */
async function pickAllFiles(api: FramewiseApi): Promise<IncomingFiles> {
  const all: IncomingFiles = { files: [], refused: [] };
  let batch = await api.pickFiles();
  for (;;) {
    const incoming = fromPicked(batch);
    all.files.push(...incoming.files);
    all.refused.push(...incoming.refused);
    if (!batch.more) return all;
    batch = await api.nextPickedFiles();
  }
}

function electronPlatform(api: FramewiseApi): Platform {
  return {
    kind: 'electron',
    pickFiles: () => pickAllFiles(api),
    onMenuImport: (listener) => api.on('menu:import', () => listener()),
    onFilesOpened: (listener) => api.on('files:opened', (picked) => listener(fromPicked(picked))),
  };
}

const browserPlatform: Platform = {
  kind: 'browser',
  pickFiles: async () => null,
  onMenuImport: () => () => {},
  onFilesOpened: () => () => {},
};

export function getPlatform(): Platform {
  const api = preloadApi();
  return api ? electronPlatform(api) : browserPlatform;
}

/**
 * Browser `File`s (from the file input or a drop) as import input. Files over the
 * import limit are refused before any reading, so a stray video never fills memory.
 */
export function fromBrowserFiles(files: Iterable<File>): IncomingFiles {
  const result: IncomingFiles = { files: [], refused: [] };
  for (const file of files) {
    // A class pack has its own, larger cap, checked (with its own message) before it is read.
    if (file.size > MAX_IMPORT_BYTES && !file.name.toLowerCase().endsWith(PACK_EXTENSION)) result.refused.push({ name: file.name, reason: 'too-large' });
    else result.files.push(file);
  }
  return result;
}

/** The minimal shapes of the File System entries API that a drop exposes. */
interface DropEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
}
interface DropFileEntry extends DropEntry {
  file(success: (file: File) => void, failure?: (error: unknown) => void): void;
}
interface DropDirectoryEntry extends DropEntry {
  createReader(): { readEntries(success: (entries: DropEntry[]) => void, failure?: (error: unknown) => void): void };
}

async function filesFromEntry(entry: DropEntry, out: File[], refused: FileRefusal[]): Promise<void> {
  if (entry.isFile) {
    try {
      out.push(await new Promise<File>((resolve, reject) => (entry as DropFileEntry).file(resolve, reject)));
    } catch {
      refused.push({ name: entry.name, reason: 'unreadable' });
    }
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as DropDirectoryEntry).createReader();
  // readEntries returns at most ~100 entries per call; read until it returns none.
  for (;;) {
    const batch = await new Promise<DropEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (batch.length === 0) break;
    for (const child of batch) {
      if (child.name.startsWith('.')) continue;
      await filesFromEntry(child, out, refused);
    }
  }
}

/**
 * The files of a drop, walking into dropped folders where the browser allows it.
 * Falls back to `dataTransfer.files` when entries are unavailable (e.g. synthetic drops).
 */
export async function filesFromDataTransfer(dataTransfer: DataTransfer): Promise<IncomingFiles> {
  const items = Array.from(dataTransfer.items ?? []).filter((item) => item.kind === 'file');
  const entries = items.map((item) =>
    typeof item.webkitGetAsEntry === 'function' ? (item.webkitGetAsEntry() as DropEntry | null) : null,
  );
  const files: File[] = [];
  const refused: FileRefusal[] = [];
  if (entries.length > 0 && entries.every((entry) => entry !== null)) {
    for (const entry of entries) await filesFromEntry(entry as DropEntry, files, refused);
  } else {
    files.push(...Array.from(dataTransfer.files ?? []));
  }
  const read = fromBrowserFiles(files);
  return { files: read.files, refused: [...refused, ...read.refused] };
}

/** Whether a drag carries files (not text or a link being dragged around the page). */
export function dragHasFiles(dataTransfer: DataTransfer | null): boolean {
  return !!dataTransfer && Array.from(dataTransfer.types ?? []).includes('Files');
}
