/**
 * Saving and opening a backup file. In Electron the native save/open dialogs of the
 * preload bridge; in browser mode a download and a file input. Components use this
 * module, never `window.framewise` directly.
 */
import type { AppInfo, FramewiseApi } from '../../../shared/ipc-contract';

export type SaveBackupResult =
  /** Electron: written where the learner chose; `path` when main reports it. */
  | { status: 'saved'; path?: string }
  /** Browser mode: handed to the browser as a download named `name`. */
  | { status: 'downloaded'; name: string }
  /** The learner closed the save dialog. */
  | { status: 'cancelled' };

/**
 * A backup file the learner picked. The bytes are read only on demand, so a file far
 * too large to be a backup can be refused from its size without loading it.
 */
export interface OpenedBackupFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export interface BackupFiles {
  kind: 'electron' | 'browser';
  save(suggestedName: string, data: Uint8Array): Promise<SaveBackupResult>;
  /**
   * Lets the learner pick a backup; null when they cancel. In browser mode call it
   * straight from a click handler (before any await): browsers only open a file
   * chooser during a user gesture.
   */
  open(): Promise<OpenedBackupFile | null>;
  /** Version and data folder: Electron only; null in browser mode. */
  appInfo(): Promise<AppInfo | null>;
}

export const BACKUP_ACCEPT = '.json,.framewise.json,application/json';

function preloadApi(): FramewiseApi | undefined {
  return typeof window === 'undefined' ? undefined : window.framewise;
}

export function electronBackupFiles(api: FramewiseApi): BackupFiles {
  return {
    kind: 'electron',
    async save(suggestedName, data) {
      const result = await api.saveBackup({ suggestedName, data });
      if (!result.saved) return { status: 'cancelled' };
      return result.path ? { status: 'saved', path: result.path } : { status: 'saved' };
    },
    async open() {
      const file = await api.openBackup();
      if (!file) return null;
      return { name: file.name, size: file.size, bytes: async () => file.data };
    },
    appInfo: () => api.appInfo(),
  };
}

/** How long the object URL of a download lives: long enough for every browser to start it. */
const REVOKE_AFTER_MS = 60_000;

export function browserBackupFiles(doc: Document = document): BackupFiles {
  return {
    kind: 'browser',
    async save(suggestedName, data) {
      // Copy into a fresh ArrayBuffer-backed view: Blob rejects views over a SharedArrayBuffer.
      const blob = new Blob([new Uint8Array(data)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.rel = 'noopener';
      link.style.display = 'none';
      doc.body.append(link);
      try {
        link.click();
      } finally {
        link.remove();
        // Revoking at once can cancel the download in some browsers; later is safe.
        setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
      }
      return { status: 'downloaded', name: suggestedName };
    },
    open() {
      return new Promise<OpenedBackupFile | null>((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = BACKUP_ACCEPT;
        input.hidden = true;
        input.tabIndex = -1;
        input.setAttribute('aria-hidden', 'true');
        input.dataset.testid = 'backup-file-input';
        let settled = false;
        const finish = (value: OpenedBackupFile | null) => {
          if (settled) return;
          settled = true;
          input.remove();
          resolve(value);
        };
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          finish(
            file
              ? { name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) }
              : null,
          );
        });
        // Chromium and Firefox fire 'cancel' when the chooser is closed without a file.
        input.addEventListener('cancel', () => finish(null));
        doc.body.append(input);
        input.click();
      });
    },
    appInfo: async () => null,
  };
}

export function getBackupFiles(): BackupFiles {
  const api = preloadApi();
  return api ? electronBackupFiles(api) : browserBackupFiles();
}
