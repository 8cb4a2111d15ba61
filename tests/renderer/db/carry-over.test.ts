import { afterEach, describe, expect, it } from 'vitest';
import { addArticle, listArticles } from '../../../src/renderer/src/db/articles';
import { BackupError, parseBackup } from '../../../src/renderer/src/db/backup';
import { exportForCarryOver, importCarriedOver, isEmptyLibrary } from '../../../src/renderer/src/db/carry-over';
import { createProfile, getActiveProfileId, listProfiles, setActiveProfileId } from '../../../src/renderer/src/db/profiles';
import { listAttempts, recordAttempt } from '../../../src/renderer/src/db/progress';
import { closeTrackedDatabases, isolatedIndexedDB, makeArticle, practiceAttempt, reviewCard, trackedDatabase } from './helpers';

afterEach(() => closeTrackedDatabases());

const now = new Date('2026-12-06T10:00:00.000Z');

/** An "old origin": its own IndexedDB with a library and a learner's progress in it. */
async function oldOrigin() {
  const idb = isolatedIndexedDB();
  const db = trackedDatabase('framewise', idb);
  const first = await addArticle(db, makeArticle({ title: 'Floods close the valley road', paragraphs: ['The road was shut on Monday.'] }));
  await addArticle(db, makeArticle({ title: 'Council votes on the budget', paragraphs: ['The vote passed by two.'] }));
  const ana = await createProfile(db, 'Ana');
  await setActiveProfileId(db, ana.id);
  await recordAttempt(db, practiceAttempt(ana.id, first.id, 'item-1', 1_000), reviewCard(ana.id, first.id, 'item-1', 1_000));
  return { idb, db, ana };
}

describe('exporting the old origin’s library', () => {
  it('exports the whole library as a valid backup and leaves the old database as it was', async () => {
    const { idb, db } = await oldOrigin();
    const bytes = await exportForCarryOver({ dexie: idb, now });
    const backup = parseBackup(bytes);
    expect(backup.exportedAt).toBe(now.toISOString());
    expect(backup.tables.articles.map((a) => a.title).sort()).toEqual(['Council votes on the budget', 'Floods close the valley road']);
    expect(backup.tables.profiles.map((p) => p.name).sort()).toEqual(['Ana', 'Learner']);
    expect(backup.tables.attempts).toHaveLength(1);
    expect(backup.tables.reviewCards).toHaveLength(1);
    // Still all there in the old origin.
    expect(await listArticles(db)).toHaveLength(2);
    expect(await db.attempts.count()).toBe(1);
  });

  it('does not create a database in an origin that has none, and exports an empty backup', async () => {
    const idb = isolatedIndexedDB();
    const bytes = await exportForCarryOver({ dexie: idb, now });
    const backup = parseBackup(bytes);
    expect(backup.tables.articles).toEqual([]);
    expect(backup.tables.profiles.map((p) => p.name)).toEqual(['Learner']);
    expect(await importCarriedOver(trackedDatabase('framewise'), bytes)).toEqual({ outcome: 'empty' });
    expect(await (idb.indexedDB as IDBFactory).databases()).toEqual([]);
  });
});

describe('importing what was carried over', () => {
  it('replaces into a fresh library: articles, learners, progress and the active learner come back', async () => {
    const { idb } = await oldOrigin();
    const bytes = await exportForCarryOver({ dexie: idb, now });
    const fresh = trackedDatabase('framewise');
    const result = await importCarriedOver(fresh, bytes);
    expect(result.outcome).toBe('replaced');
    expect((await listArticles(fresh)).map((a) => a.title).sort()).toEqual([
      'Council votes on the budget',
      'Floods close the valley road',
    ]);
    const profiles = await listProfiles(fresh);
    const ana = profiles.find((p) => p.name === 'Ana')!;
    expect(await getActiveProfileId(fresh)).toBe(ana.id);
    expect(await listAttempts(fresh, ana.id)).toHaveLength(1);
    expect(await fresh.reviewCards.count()).toBe(1);
  });

  it('merges into a library that already has articles, keeping them, and adds nothing twice', async () => {
    const { idb } = await oldOrigin();
    const bytes = await exportForCarryOver({ dexie: idb, now });
    const used = trackedDatabase('framewise');
    await addArticle(used, makeArticle({ title: 'Already here', paragraphs: ['Imported in the new build.'] }));
    expect((await importCarriedOver(used, bytes)).outcome).toBe('merged');
    expect((await listArticles(used)).map((a) => a.title).sort()).toEqual([
      'Already here',
      'Council votes on the budget',
      'Floods close the valley road',
    ]);
    // A second run (say the marker could not be written) changes nothing.
    expect((await importCarriedOver(used, bytes)).outcome).toBe('merged');
    expect(await listArticles(used)).toHaveLength(3);
    expect(await used.attempts.count()).toBe(1);
  });

  it('reports an old library with nothing in it as "empty" and writes nothing', async () => {
    const idb = isolatedIndexedDB();
    const oldDb = trackedDatabase('framewise', idb);
    await oldDb.open(); // the default learner only
    const bytes = await exportForCarryOver({ dexie: idb, now });
    const fresh = trackedDatabase('framewise');
    await fresh.open();
    const before = await fresh.profiles.toArray();
    expect(await importCarriedOver(fresh, bytes)).toEqual({ outcome: 'empty' });
    expect(await fresh.profiles.toArray()).toEqual(before);
  });

  it('refuses corrupt bytes with BackupError and writes nothing', async () => {
    const fresh = trackedDatabase('framewise');
    await addArticle(fresh, makeArticle({ title: 'Kept', paragraphs: ['Stays.'] }));
    for (const bytes of [new TextEncoder().encode('{"format":"framewise-backup","formatVersion":1}'), new Uint8Array([0xff, 0xfe, 0])]) {
      await expect(importCarriedOver(fresh, bytes)).rejects.toBeInstanceOf(BackupError);
    }
    expect((await listArticles(fresh)).map((a) => a.title)).toEqual(['Kept']);
  });

  it('counts a library as empty only without articles, progress or a second learner', () => {
    const none = { articles: 0, settings: 3, profiles: 1, attempts: 0, reviewCards: 0, disputes: 0, checkedKeys: 0, assignments: 0 };
    expect(isEmptyLibrary(none)).toBe(true);
    expect(isEmptyLibrary({ ...none, articles: 1 })).toBe(false);
    expect(isEmptyLibrary({ ...none, profiles: 2 })).toBe(false);
    expect(isEmptyLibrary({ ...none, attempts: 1 })).toBe(false);
    expect(isEmptyLibrary({ ...none, reviewCards: 1 })).toBe(false);
    expect(isEmptyLibrary({ ...none, disputes: 1 })).toBe(false);
  });
});
