/**
 * Learner profiles: several learners share one machine (a classroom computer), each
 * with their own attempts, review cards and disputes. There is always at least one
 * profile, so practice always has someone to record against.
 */
import {
  DEFAULT_PROFILE_NAME,
  type AttemptRecord,
  type DisputeRecord,
  type FramewiseDB,
  type ProfileRecord,
  type ReviewCardRecord,
} from './database';
import { getSetting, setSetting } from './settings';

export const MAX_PROFILE_NAME_LENGTH = 60;

export type ProfileErrorCode = 'empty-name' | 'name-too-long' | 'duplicate-name' | 'not-found' | 'last-profile';

export const PROFILE_ERROR_MESSAGES: Readonly<Record<ProfileErrorCode, string>> = {
  'empty-name': 'Type a name for the learner.',
  'name-too-long': `Use a shorter name (at most ${MAX_PROFILE_NAME_LENGTH} characters).`,
  'duplicate-name': 'There is already a learner with this name. Choose another name.',
  'not-found': 'This learner no longer exists. Pick another learner from the list.',
  'last-profile': 'This is the only learner, so it cannot be deleted. Add another learner first, or rename this one.',
};

export class ProfileError extends Error {
  readonly code: ProfileErrorCode;

  constructor(code: ProfileErrorCode, message: string = PROFILE_ERROR_MESSAGES[code]) {
    super(message);
    this.name = 'ProfileError';
    this.code = code;
  }
}

/**
 * The form two names are compared in: "Ana", " ana " and "ANA" are the same learner,
 * so a class list never shows two entries a pupil cannot tell apart.
 */
export function profileNameKey(name: string): string {
  return cleanProfileName(name).normalize('NFC').toLocaleLowerCase();
}

/** Trims and collapses inner whitespace runs (a double space is almost always a typo). */
export function cleanProfileName(name: string): string {
  return name.trim().replace(/\s+/gu, ' ');
}

/** All learners in creation order (the first one is the fallback active learner). */
export async function listProfiles(db: FramewiseDB): Promise<ProfileRecord[]> {
  return db.profiles.orderBy(':id').toArray();
}

export async function createProfile(db: FramewiseDB, name: string, opts: { now?: number } = {}): Promise<ProfileRecord> {
  const clean = validName(name);
  return db.transaction('rw', db.profiles, async () => {
    await assertNameFree(db, clean);
    const record: Omit<ProfileRecord, 'id'> = { name: clean, createdAt: opts.now ?? Date.now() };
    const id = await db.profiles.add(record);
    return { id, ...record };
  });
}

export async function renameProfile(db: FramewiseDB, id: number, name: string): Promise<ProfileRecord> {
  const clean = validName(name);
  return db.transaction('rw', db.profiles, async () => {
    const profile = await db.profiles.get(id);
    if (!profile) throw new ProfileError('not-found');
    await assertNameFree(db, clean, id);
    await db.profiles.update(id, { name: clean });
    return { ...profile, name: clean };
  });
}

/** Everything deleteProfile removed, so the UI can offer undo (see restoreDeletedProfile). */
export interface DeletedProfile {
  profile: ProfileRecord;
  attempts: AttemptRecord[];
  reviewCards: ReviewCardRecord[];
  disputes: DisputeRecord[];
  /** Whether it was the active learner (the first remaining one became active). */
  wasActive: boolean;
}

/**
 * Deletes a learner with all their attempts, review cards and disputes in one
 * transaction. Refuses to delete the last learner. When the active learner is
 * deleted, the first remaining one becomes active.
 */
export function deleteProfile(db: FramewiseDB, id: number): Promise<DeletedProfile> {
  return db.transaction('rw', [db.profiles, db.attempts, db.reviewCards, db.disputes, db.settings], async () => {
    const profile = await db.profiles.get(id);
    if (!profile) throw new ProfileError('not-found');
    if ((await db.profiles.count()) <= 1) throw new ProfileError('last-profile');

    const attempts = await db.attempts.where('profileId').equals(id).toArray();
    const reviewCards = await db.reviewCards.where('profileId').equals(id).toArray();
    const disputes = await db.disputes.where('profileId').equals(id).toArray();
    await db.attempts.where('profileId').equals(id).delete();
    await db.reviewCards.where('profileId').equals(id).delete();
    await db.disputes.where('profileId').equals(id).delete();
    await db.profiles.delete(id);

    const active = await getSetting(db, 'activeProfileId');
    const wasActive = active === id;
    if (wasActive) {
      const first = await db.profiles.orderBy(':id').first();
      if (first) await setSetting(db, 'activeProfileId', first.id);
    }
    return { profile, attempts, reviewCards, disputes, wasActive };
  });
}

/**
 * Undo for deleteProfile: brings the learner back under the same id with their
 * progress. Fails with 'duplicate-name' if another learner took the name meanwhile.
 */
export function restoreDeletedProfile(db: FramewiseDB, deleted: DeletedProfile): Promise<ProfileRecord> {
  return db.transaction('rw', [db.profiles, db.attempts, db.reviewCards, db.disputes, db.settings], async () => {
    await assertNameFree(db, deleted.profile.name);
    // IndexedDB never hands out an auto-increment key twice, so the old ids are still free.
    await db.profiles.add(deleted.profile);
    await db.attempts.bulkAdd(deleted.attempts);
    await db.reviewCards.bulkPut(deleted.reviewCards);
    await db.disputes.bulkAdd(deleted.disputes);
    if (deleted.wasActive) await setSetting(db, 'activeProfileId', deleted.profile.id);
    return deleted.profile;
  });
}

/**
 * The learner whose practice is shown and recorded: the 'activeProfileId' setting
 * when it names an existing learner, otherwise the first learner. If (through some
 * earlier fault) there is no learner at all, the default one is created.
 */
export function getActiveProfileId(db: FramewiseDB): Promise<number> {
  return db.transaction('rw', db.profiles, db.settings, async () => {
    const stored = await getSetting(db, 'activeProfileId');
    if (typeof stored === 'number' && (await db.profiles.get(stored))) return stored;
    const first = await db.profiles.orderBy(':id').first();
    if (first) return first.id;
    return db.profiles.add({ name: DEFAULT_PROFILE_NAME, createdAt: Date.now() });
  });
}

export function setActiveProfileId(db: FramewiseDB, id: number): Promise<void> {
  return db.transaction('rw', db.profiles, db.settings, async () => {
    if (!(await db.profiles.get(id))) throw new ProfileError('not-found');
    await setSetting(db, 'activeProfileId', id);
  });
}

function validName(name: string): string {
  const clean = typeof name === 'string' ? cleanProfileName(name) : '';
  if (clean.length === 0) throw new ProfileError('empty-name');
  if ([...clean].length > MAX_PROFILE_NAME_LENGTH) throw new ProfileError('name-too-long');
  return clean;
}

async function assertNameFree(db: FramewiseDB, name: string, exceptId?: number): Promise<void> {
  const key = profileNameKey(name);
  const clash = await db.profiles.filter((p) => p.id !== exceptId && profileNameKey(p.name) === key).first();
  if (clash) throw new ProfileError('duplicate-name');
}
