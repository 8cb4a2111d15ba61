/**
 * The browser side of the one-time carry-over of a library kept under the old file://
 * origin (src/main/carry-over.ts): the export, run by the preload in the hidden
 * file:// window, and the import, run by the app:// page at start-up. Both reuse the
 * backup code, so the carry-over obeys the same strict format and merge rules as a
 * backup the learner saves and restores by hand.
 */
import type { DexieOptions } from 'dexie';
import {
  countBackup,
  applyRestore,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  exportBackup,
  parseBackup,
  planRestore,
  serializeBackup,
  type Backup,
  type RestoreMode,
  type RestoreSummary,
  type TableCounts,
} from './backup';
import { DEFAULT_DATABASE_NAME, DEFAULT_PROFILE_NAME, openDatabase, type FramewiseDB } from './database';
import type { CarryOverOutcome } from '../../../shared/ipc-contract';

export interface CarryOverExportOptions {
  name?: string;
  /** Tests pass fake-indexeddb here. */
  dexie?: DexieOptions;
  now?: Date;
}

/**
 * The old origin's whole library as backup bytes. When the old origin has no Framewise
 * database at all, an empty backup is returned rather than opening one (opening would
 * create a database there); the app side then records that there was nothing to carry.
 *
 * An old database of an earlier schema version is upgraded by opening it, exactly as
 * any update of the app would have done: Dexie's additive, tested upgraders, in one
 * transaction, so a failed upgrade leaves it as it was. Nothing is deleted.
 */
export async function exportForCarryOver(options: CarryOverExportOptions = {}): Promise<Uint8Array> {
  const name = options.name ?? DEFAULT_DATABASE_NAME;
  const now = options.now ?? new Date();
  if (!(await databaseExists(name, options.dexie))) return new TextEncoder().encode(serializeBackup(emptyBackup(now)));
  const db = openDatabase(name, options.dexie);
  try {
    return await exportBackup(db, { now });
  } finally {
    db.close();
  }
}

/** Asks IndexedDB for its database names, without opening (and so creating) one. */
async function databaseExists(name: string, dexie: DexieOptions | undefined): Promise<boolean> {
  const factory = (dexie?.indexedDB ?? globalThis.indexedDB) as IDBFactory;
  const databases = await factory.databases();
  return databases.some((info) => info.name === name);
}

function emptyBackup(now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    schemaVersion: 1,
    // A backup always names at least one learner: the default one a fresh database has.
    tables: {
      articles: [],
      settings: [],
      profiles: [{ id: 1, name: DEFAULT_PROFILE_NAME, createdAt: now.getTime() }],
      attempts: [],
      reviewCards: [],
      disputes: [],
      checkedKeys: [],
      assignments: [],
    },
  };
}

/** No article and no progress: the default learner alone is nothing to carry. */
export function isEmptyLibrary(counts: TableCounts): boolean {
  return counts.articles + counts.attempts + counts.reviewCards + counts.disputes === 0 && counts.profiles <= 1;
}

export interface CarryOverImportResult {
  outcome: CarryOverOutcome;
  summary?: RestoreSummary;
}

/**
 * Restores the carried bytes: 'replace' when the library here is still empty (a fresh
 * start of the new build: the old library comes back exactly, with its settings and
 * active learner), otherwise 'merge', which never overwrites anything here. Throws
 * BackupError for bytes that are not a valid backup; nothing is written then.
 */
export async function importCarriedOver(db: FramewiseDB, bytes: Uint8Array): Promise<CarryOverImportResult> {
  const backup = parseBackup(bytes);
  if (isEmptyLibrary(countBackup(backup.tables))) return { outcome: 'empty' };
  const plan = await planRestore(db, backup);
  const mode: RestoreMode = isEmptyLibrary(plan.local) ? 'replace' : 'merge';
  const summary = await applyRestore(db, backup, plan, { mode });
  return { outcome: mode === 'replace' ? 'replaced' : 'merged', summary };
}

