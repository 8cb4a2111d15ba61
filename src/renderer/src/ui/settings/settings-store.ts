/**
 * What the Settings area and the learner picker need from storage, as one injectable
 * object (like AppServices), so these screens never import Dexie directly.
 */
import { liveQuery } from 'dexie';
import {
  restoreSamples,
  sampleLibraryStatus,
  type RestoreSamplesResult,
  type SampleArticle,
  type SampleLibraryStatus,
} from '../../db/articles';
import type { FramewiseDB, ProfileRecord } from '../../db/database';
import { applyRestore, exportBackup, planRestore, type Backup, type RestoreMode, type RestorePlan, type RestoreSummary } from '../../db/backup';
import {
  createProfile,
  deleteProfile,
  renameProfile,
  restoreDeletedProfile,
  setActiveProfileId,
  type DeletedProfile,
} from '../../db/profiles';
import { getSetting, setSetting } from '../../db/settings';

declare module '../../db/settings' {
  interface SettingsMap {
    /** The first-run "Who is learning?" prompt was answered or skipped. */
    welcomed: boolean;
  }
}

export interface ProfilesSnapshot {
  /** All learners in creation order. */
  profiles: ProfileRecord[];
  /** The learner whose practice is shown and recorded (see getActiveProfileId). */
  activeId: number | undefined;
}

export interface ProgressCounts {
  attempts: number;
  reviewCards: number;
  disputes: number;
}

export interface SettingsStore {
  /**
   * Calls `listener` now and whenever learners or the active learner change (from any
   * screen, a restore, or another window). Returns an unsubscribe function.
   */
  watchProfiles(listener: (snapshot: ProfilesSnapshot) => void, onError?: (error: unknown) => void): () => void;
  createProfile(name: string): Promise<ProfileRecord>;
  renameProfile(id: number, name: string): Promise<ProfileRecord>;
  deleteProfile(id: number): Promise<DeletedProfile>;
  restoreDeletedProfile(deleted: DeletedProfile): Promise<ProfileRecord>;
  setActiveProfile(id: number): Promise<void>;
  progressCounts(profileId: number): Promise<ProgressCounts>;
  isWelcomed(): Promise<boolean>;
  setWelcomed(): Promise<void>;
  exportBackup(opts: { appVersion?: string }): Promise<Uint8Array>;
  planRestore(backup: Backup): Promise<RestorePlan>;
  applyRestore(backup: Backup, plan: RestorePlan, mode: RestoreMode): Promise<RestoreSummary>;
  /** How many bundled sample articles are not live in the library. */
  sampleLibraryStatus(): Promise<SampleLibraryStatus>;
  /** Brings back every bundled sample that is not live (see restoreSamples in db/articles). */
  restoreSamples(): Promise<RestoreSamplesResult>;
}

export interface SettingsStoreOptions {
  /** Every bundled sample; defaults to building them from resources/samples (load-samples.ts). */
  loadAllSamples?(): Promise<SampleArticle[]>;
}

async function loadBundledSamples(): Promise<SampleArticle[]> {
  // A lazy chunk, as on first start: the sample texts cost nothing until Settings asks.
  const { loadAllSamples } = await import('../../samples/load-samples');
  return loadAllSamples();
}

async function readSnapshot(db: FramewiseDB): Promise<ProfilesSnapshot> {
  return db.transaction('r', db.profiles, db.settings, async () => {
    const profiles = await db.profiles.orderBy(':id').toArray();
    const stored = await getSetting(db, 'activeProfileId');
    // Same rule as getActiveProfileId, without its write (a live query must only read).
    const activeId = profiles.some((p) => p.id === stored) ? stored : profiles[0]?.id;
    return { profiles, activeId };
  });
}

export function createSettingsStore(db: FramewiseDB, options: SettingsStoreOptions = {}): SettingsStore {
  const load = options.loadAllSamples ?? loadBundledSamples;
  // The bundled samples never change while the app runs: build (and hash) them once.
  let samples: Promise<SampleArticle[]> | undefined;
  const bundledSamples = () => {
    samples ??= load().catch((error: unknown) => {
      samples = undefined;
      throw error;
    });
    return samples;
  };
  return {
    watchProfiles(listener, onError) {
      const subscription = liveQuery(() => readSnapshot(db)).subscribe({
        next: listener,
        error: (error: unknown) => onError?.(error),
      });
      return () => subscription.unsubscribe();
    },
    createProfile: (name) => createProfile(db, name),
    renameProfile: (id, name) => renameProfile(db, id, name),
    deleteProfile: (id) => deleteProfile(db, id),
    restoreDeletedProfile: (deleted) => restoreDeletedProfile(db, deleted),
    setActiveProfile: (id) => setActiveProfileId(db, id),
    progressCounts: (profileId) =>
      db.transaction('r', db.attempts, db.reviewCards, db.disputes, async () => ({
        attempts: await db.attempts.where('profileId').equals(profileId).count(),
        reviewCards: await db.reviewCards.where('profileId').equals(profileId).count(),
        disputes: await db.disputes.where('profileId').equals(profileId).count(),
      })),
    isWelcomed: async () => (await getSetting(db, 'welcomed')) === true,
    setWelcomed: () => setSetting(db, 'welcomed', true),
    exportBackup: (opts) => exportBackup(db, opts),
    planRestore: (backup) => planRestore(db, backup),
    applyRestore: (backup, plan, mode) => applyRestore(db, backup, plan, { mode }),
    sampleLibraryStatus: async () => sampleLibraryStatus(db, await bundledSamples()),
    restoreSamples: async () => restoreSamples(db, await bundledSamples()),
  };
}
