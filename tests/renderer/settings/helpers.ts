import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { FramewiseDB } from '../../../src/renderer/src/db/database';
import type { BackupFiles, OpenedBackupFile, SaveBackupResult } from '../../../src/renderer/src/platform/backup-files';
import {
  createSettingsStore,
  type SettingsStore,
  type SettingsStoreOptions,
} from '../../../src/renderer/src/ui/settings/settings-store';
import { trackedDatabase } from '../db/helpers';

export { makeArticle, practiceAttempt as attempt, reviewCard as card } from '../db/helpers';


// Dexie's liveQuery runs only when it found an indexedDB global at load time (a browser
// always has one). Each test database still gets its own private factory below.
Dexie.dependencies.indexedDB ??= new IDBFactory();
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;

/** A fresh private database and a settings store on it. */
export function freshStore(
  name = 'framewise-settings-test',
  options?: SettingsStoreOptions,
): { db: FramewiseDB; store: SettingsStore } {
  const db = trackedDatabase(name);
  return { db, store: createSettingsStore(db, options) };
}

export { closeTrackedDatabases as closeDatabases } from '../db/helpers';

/** Dialogs as a test drives them: saved files are kept, opens return queued files. */
export interface FakeBackupFiles extends BackupFiles {
  saved: { name: string; data: Uint8Array }[];
  toOpen: (OpenedBackupFile | null)[];
  opens: number;
}

export function fakeBackupFiles(kind: 'electron' | 'browser' = 'electron'): FakeBackupFiles {
  const files: FakeBackupFiles = {
    kind,
    saved: [],
    toOpen: [],
    opens: 0,
    async save(name, data): Promise<SaveBackupResult> {
      files.saved.push({ name, data });
      return kind === 'electron' ? { status: 'saved', path: `/home/ana/${name}` } : { status: 'downloaded', name };
    },
    async open() {
      files.opens++;
      return files.toOpen.shift() ?? null;
    },
    appInfo: async () => (kind === 'electron' ? { version: '0.1.0', dataPath: '/home/ana/.config/Framewise', platform: 'linux' } : null),
  };
  return files;
}

export function fileOf(name: string, data: Uint8Array | string): OpenedBackupFile {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return { name, size: bytes.byteLength, bytes: async () => bytes };
}

