import { afterEach, describe, expect, it, vi } from 'vitest';
import { addArticle } from '../../../src/renderer/src/db/articles';
import { DEFAULT_PROFILE_NAME, type FramewiseDB, type ReviewCardRecord } from '../../../src/renderer/src/db/database';
import {
  createProfile,
  deleteProfile,
  getActiveProfileId,
  listProfiles,
  MAX_PROFILE_NAME_LENGTH,
  ProfileError,
  renameProfile,
  restoreDeletedProfile,
  setActiveProfileId,
} from '../../../src/renderer/src/db/profiles';
import { getSetting, setSetting } from '../../../src/renderer/src/db/settings';
import { closeTrackedDatabases, makeArticle, trackedDatabase } from './helpers';

const fresh = (): FramewiseDB => trackedDatabase();
afterEach(closeTrackedDatabases);

async function expectProfileError(promise: Promise<unknown>, code: ProfileError['code']): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProfileError);
  expect((error as ProfileError).code).toBe(code);
  expect((error as ProfileError).message.length).toBeGreaterThan(10);
}

function card(profileId: number, itemId: string, articleId: number): ReviewCardRecord {
  return {
    profileId,
    itemId,
    articleId,
    skill: 'fact-or-framing',
    due: 5000,
    card: {
      due: 5000,
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 1,
      last_review: 1000,
    },
  };
}

async function seedProgress(db: FramewiseDB, profileId: number, articleId: number, tag: string) {
  await db.attempts.add({
    profileId,
    articleId,
    itemId: `item-${tag}`,
    skill: 'fact-or-framing',
    answer: 'fact',
    correct: true,
    score: 1,
    graded: true,
    timeMs: 1200,
    at: 1000,
    source: 'key',
  });
  await db.reviewCards.put(card(profileId, `item-${tag}`, articleId));
  await db.disputes.add({
    profileId,
    articleId,
    itemId: `item-${tag}`,
    sentenceStart: 0,
    sentenceEnd: 10,
    reason: 'I think it is attributed',
    at: 2000,
  });
}

describe('profiles', () => {
  it('lists the default learner of a fresh database', async () => {
    const db = fresh();
    const profiles = await listProfiles(db);
    expect(profiles.map((p) => p.name)).toEqual([DEFAULT_PROFILE_NAME]);
  });

  it('creates learners with trimmed names, in creation order', async () => {
    const db = fresh();
    const ana = await createProfile(db, '  Ana   Lima ', { now: 42 });
    expect(ana).toEqual({ id: expect.any(Number), name: 'Ana Lima', createdAt: 42 });
    await createProfile(db, 'Ben');
    expect((await listProfiles(db)).map((p) => p.name)).toEqual([DEFAULT_PROFILE_NAME, 'Ana Lima', 'Ben']);
  });

  it('refuses empty, too long and case-insensitively duplicate names', async () => {
    const db = fresh();
    await createProfile(db, 'Ana');
    await expectProfileError(createProfile(db, '   '), 'empty-name');
    await expectProfileError(createProfile(db, 'x'.repeat(MAX_PROFILE_NAME_LENGTH + 1)), 'name-too-long');
    await expectProfileError(createProfile(db, ' ANA '), 'duplicate-name');
    await expectProfileError(createProfile(db, DEFAULT_PROFILE_NAME.toLowerCase()), 'duplicate-name');
    expect(await db.profiles.count()).toBe(2);
  });

  it('renames, allowing a change of case of the same name but not another learner’s name', async () => {
    const db = fresh();
    const ana = await createProfile(db, 'ana');
    await createProfile(db, 'Ben');
    expect((await renameProfile(db, ana.id, 'Ana')).name).toBe('Ana');
    await expectProfileError(renameProfile(db, ana.id, 'ben'), 'duplicate-name');
    await expectProfileError(renameProfile(db, ana.id, ''), 'empty-name');
    await expectProfileError(renameProfile(db, 999, 'Zed'), 'not-found');
    expect((await db.profiles.get(ana.id))?.name).toBe('Ana');
  });

  it('deletes a learner with their attempts, cards and disputes, leaving other learners alone', async () => {
    const db = fresh();
    const { id: articleId } = await addArticle(db, makeArticle({ title: 'Floods', paragraphs: ['Rain fell.'] }));
    const [learner] = await listProfiles(db);
    const ana = await createProfile(db, 'Ana');
    await seedProgress(db, learner.id, articleId, 'l');
    await seedProgress(db, ana.id, articleId, 'a');

    const deleted = await deleteProfile(db, ana.id);
    expect(deleted.profile.name).toBe('Ana');
    expect([deleted.attempts.length, deleted.reviewCards.length, deleted.disputes.length]).toEqual([1, 1, 1]);
    expect(await db.profiles.get(ana.id)).toBeUndefined();
    expect(await db.attempts.where('profileId').equals(ana.id).count()).toBe(0);
    expect(await db.reviewCards.where('profileId').equals(ana.id).count()).toBe(0);
    expect(await db.disputes.where('profileId').equals(ana.id).count()).toBe(0);
    expect(await db.attempts.where('profileId').equals(learner.id).count()).toBe(1);
    expect(await db.reviewCards.where('profileId').equals(learner.id).count()).toBe(1);
    expect(await db.disputes.where('profileId').equals(learner.id).count()).toBe(1);
  });

  it('undoes a delete with the same id and progress, and re-activates the learner', async () => {
    const db = fresh();
    const { id: articleId } = await addArticle(db, makeArticle({ title: 'Floods', paragraphs: ['Rain fell.'] }));
    const ana = await createProfile(db, 'Ana');
    await seedProgress(db, ana.id, articleId, 'a');
    await setActiveProfileId(db, ana.id);

    const deleted = await deleteProfile(db, ana.id);
    expect(deleted.wasActive).toBe(true);
    expect(await getActiveProfileId(db)).not.toBe(ana.id);

    await restoreDeletedProfile(db, deleted);
    expect(await db.profiles.get(ana.id)).toEqual(ana);
    expect(await db.attempts.where('profileId').equals(ana.id).count()).toBe(1);
    expect(await db.reviewCards.get([ana.id, 'item-a'])).toEqual(card(ana.id, 'item-a', articleId));
    expect(await db.disputes.where('profileId').equals(ana.id).count()).toBe(1);
    expect(await getActiveProfileId(db)).toBe(ana.id);
  });

  it('never deletes the last learner', async () => {
    const db = fresh();
    const [only] = await listProfiles(db);
    await expectProfileError(deleteProfile(db, only.id), 'last-profile');
    expect(await db.profiles.count()).toBe(1);
    await expectProfileError(deleteProfile(db, 12345), 'not-found');
  });

  it('rolls the whole delete back when one step fails', async () => {
    const db = fresh();
    const { id: articleId } = await addArticle(db, makeArticle({ title: 'Floods', paragraphs: ['Rain fell.'] }));
    const ana = await createProfile(db, 'Ana');
    await seedProgress(db, ana.id, articleId, 'a');
    // The profile row is deleted last, after its attempts, cards and disputes.
    const spy = vi.spyOn(db.profiles, 'delete').mockRejectedValue(new Error('disk full'));
    await expect(deleteProfile(db, ana.id)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.profiles.get(ana.id)).toBeDefined();
    expect(await db.attempts.where('profileId').equals(ana.id).count()).toBe(1);
    expect(await db.reviewCards.where('profileId').equals(ana.id).count()).toBe(1);
    expect(await db.disputes.where('profileId').equals(ana.id).count()).toBe(1);
  });

  describe('active learner', () => {
    it('falls back to the first learner when nothing (or a missing learner) is stored', async () => {
      const db = fresh();
      const [first] = await listProfiles(db);
      await createProfile(db, 'Ana');
      expect(await getActiveProfileId(db)).toBe(first.id);
      await setSetting(db, 'activeProfileId', 9999);
      expect(await getActiveProfileId(db)).toBe(first.id);
    });

    it('stores the chosen learner and refuses an unknown one', async () => {
      const db = fresh();
      const ana = await createProfile(db, 'Ana');
      await setActiveProfileId(db, ana.id);
      expect(await getActiveProfileId(db)).toBe(ana.id);
      expect(await getSetting(db, 'activeProfileId')).toBe(ana.id);
      await expectProfileError(setActiveProfileId(db, 777), 'not-found');
      expect(await getActiveProfileId(db)).toBe(ana.id);
    });

    it('moves to the first remaining learner when the active one is deleted', async () => {
      const db = fresh();
      const [first] = await listProfiles(db);
      const ana = await createProfile(db, 'Ana');
      await setActiveProfileId(db, ana.id);
      await deleteProfile(db, ana.id);
      expect(await getSetting(db, 'activeProfileId')).toBe(first.id);
    });

    it('recreates the default learner if every learner is somehow gone', async () => {
      const db = fresh();
      await db.profiles.clear();
      const id = await getActiveProfileId(db);
      expect((await db.profiles.get(id))?.name).toBe(DEFAULT_PROFILE_NAME);
    });
  });
});
