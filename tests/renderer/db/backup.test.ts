import { afterEach, describe, expect, it, vi } from 'vitest';
import { addArticle, deleteArticle } from '../../../src/renderer/src/db/articles';
import {
  applyRestore,
  BackupError,
  backupFileName,
  createBackup,
  exportBackup,
  parseBackup,
  planRestore,
  serializeBackup,
  type Backup,
} from '../../../src/renderer/src/db/backup';
import { MAX_BACKUP_BYTES, MAX_SHORT_TEXT_CHARS } from '../../../src/renderer/src/db/backup-format';
import { MAX_ARTICLE_CHARS } from '../../../src/core/import/limits';
import { MAX_PROFILE_NAME_LENGTH } from '../../../src/renderer/src/db/profiles';
import { MAX_BACKUP_BYTES as MAIN_MAX_BACKUP_BYTES } from '../../../src/shared/ipc-contract';
import type { FramewiseDB, ReviewCardRecord } from '../../../src/renderer/src/db/database';
import { createProfile, getActiveProfileId, listProfiles, setActiveProfileId } from '../../../src/renderer/src/db/profiles';
import { addDispute, recordAttempt, type NewAttempt } from '../../../src/renderer/src/db/progress';
import { getSetting, setSetting } from '../../../src/renderer/src/db/settings';
import { closeTrackedDatabases, isolatedIndexedDB, makeArticle, practiceAttempt, reviewCard, trackedDatabase } from './helpers';

/** Alternating right and wrong answers, so restored progress has both. */
function attempt(profileId: number, articleId: number, itemId: string, at: number): NewAttempt {
  const correct = at % 2 === 0;
  return practiceAttempt(profileId, articleId, itemId, at, { correct, score: correct ? 1 : 0, timeMs: 2500 });
}

function card(profileId: number, articleId: number, itemId: string, lastReview: number): ReviewCardRecord {
  return reviewCard(profileId, articleId, itemId, lastReview, { stability: 3.2, difficulty: 5.1 });
}

const open = trackedDatabase;
afterEach(() => {
  closeTrackedDatabases();
  vi.restoreAllMocks();
});

const floodsArticle = makeArticle({ title: 'River floods', paragraphs: ['The river rose “alarmingly”, officials said.'], siteName: 'Wire' });
const libraryArticle = makeArticle({ title: 'Library hours', paragraphs: ['The library will open late on Thursdays.'] });
const budgetArticle = makeArticle({ title: 'Budget row', paragraphs: ['Critics slammed the reckless budget.'] });
const localOnlyArticle = makeArticle({ title: 'Local only', paragraphs: ['Only on this machine.'] });

/** A machine with two learners, three articles (one later deleted) and some practice. */
async function populateSource(db: FramewiseDB) {
  const learner = (await listProfiles(db))[0].id;
  const ana = (await createProfile(db, 'Ana', { now: 5 })).id;
  const floods = (await addArticle(db, floodsArticle, { now: 100 })).id;
  const library = (await addArticle(db, libraryArticle, { now: 200 })).id;
  const budget = (await addArticle(db, budgetArticle, { now: 300 })).id;
  await recordAttempt(db, attempt(ana, floods, 'floods:1', 1000), card(ana, floods, 'floods:1', 1000));
  // One answer graded on the writer's voice alone: the marker survives a backup.
  await recordAttempt(db, { ...attempt(ana, floods, 'floods:2', 1100), gradedPart: 'voice' }, card(ana, floods, 'floods:2', 1100));
  await recordAttempt(db, attempt(ana, library, 'library:1', 1200), card(ana, library, 'library:1', 1200));
  await recordAttempt(db, attempt(learner, floods, 'floods:1', 1300), card(learner, floods, 'floods:1', 1300));
  await recordAttempt(db, { ...attempt(ana, library, 'library:open', 1400), correct: null, score: null, graded: false });
  await recordAttempt(db, attempt(ana, budget, 'budget:1', 1500), card(ana, budget, 'budget:1', 1500));
  await addDispute(db, { profileId: ana, articleId: floods, itemId: 'floods:2', sentenceStart: 0, sentenceEnd: 44, reason: 'Officials are named', at: 1150 });
  await addDispute(db, { profileId: ana, articleId: budget, itemId: 'budget:1', sentenceStart: 0, sentenceEnd: 10, reason: 'x', at: 1550 });
  await setSetting(db, 'samplesOffered', ['wire-varne-river-floods']);
  await setActiveProfileId(db, ana);
  await deleteArticle(db, budget, { now: 2000 });
  return { learner, ana, floods, library, budget };
}

/** The database with ids replaced by what they point at, so two databases can be compared. */
async function canonical(db: FramewiseDB) {
  const articles = await db.articles.toArray();
  const profiles = await db.profiles.toArray();
  const hashOf = new Map(articles.map((a) => [a.id, a.hash]));
  const nameOf = new Map(profiles.map((p) => [p.id, p.name]));
  const relink = <R extends { profileId: number; articleId: number; id?: number }>({ id: _id, profileId, articleId, ...rest }: R) => ({
    ...rest,
    profile: nameOf.get(profileId),
    article: hashOf.get(articleId),
  });
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort().map((s) => JSON.parse(s) as unknown);
  return {
    articles: sorted(articles.map(({ id: _id, ...a }) => a)),
    profiles: sorted(profiles.map(({ id: _id, ...p }) => p)),
    attempts: sorted((await db.attempts.toArray()).map(relink)),
    reviewCards: sorted((await db.reviewCards.toArray()).map(relink)),
    disputes: sorted((await db.disputes.toArray()).map(relink)),
  };
}

/** Every row with its ids: "unchanged" means exactly this is equal. */
async function rawDump(db: FramewiseDB) {
  return {
    articles: await db.articles.toArray(),
    settings: await db.settings.toArray(),
    profiles: await db.profiles.toArray(),
    attempts: await db.attempts.toArray(),
    reviewCards: await db.reviewCards.toArray(),
    disputes: await db.disputes.toArray(),
  };
}

function parseError(input: Uint8Array | string, opts?: { maxBytes?: number }): BackupError {
  try {
    parseBackup(input, opts);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }
  throw new Error('parseBackup accepted the input');
}

async function backupOf(db: FramewiseDB): Promise<Backup> {
  return parseBackup(await exportBackup(db, { appVersion: '0.1.0', now: new Date('2026-11-28T06:00:00Z') }));
}

describe('exportBackup', () => {
  it('writes the header and live articles only, without progress on deleted articles', async () => {
    const db = open('source');
    const ids = await populateSource(db);
    const backup = await backupOf(db);
    expect(backup).toMatchObject({
      format: 'framewise-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-11-28T06:00:00.000Z',
      schemaVersion: db.verno,
    });
    expect(backup.tables.articles.map((a) => a.title).sort()).toEqual(['Library hours', 'River floods']);
    expect(backup.tables.profiles.map((p) => p.name).sort()).toEqual(['Ana', 'Learner']);
    expect(backup.tables.attempts).toHaveLength(5);
    expect(backup.tables.attempts.some((a) => a.articleId === ids.budget)).toBe(false);
    expect(backup.tables.reviewCards).toHaveLength(4);
    expect(backup.tables.disputes).toHaveLength(1);
    expect(backup.tables.settings.map((s) => s.key).sort()).toEqual(['activeProfileId', 'samplesOffered']);
  });

  it('names the file with the date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 12))).toBe('framewise-backup-2026-01-05.framewise.json');
  });
});

describe('round trip', () => {
  it('export, wipe, import gives back the same articles, learners, attempts, cards and disputes', async () => {
    const idb = isolatedIndexedDB();
    const db = open('framewise', idb);
    await populateSource(db);
    const bytes = await exportBackup(db);
    // What a backup promises to keep: everything except the deleted article and its progress.
    await db.transaction('rw', [db.articles, db.attempts, db.reviewCards, db.disputes], async () => {
      const deleted = await db.articles.where('deletedAt').above(0).primaryKeys();
      await db.attempts.where('articleId').anyOf(deleted).delete();
      await db.reviewCards.where('articleId').anyOf(deleted).delete();
      await db.disputes.where('articleId').anyOf(deleted).delete();
      await db.articles.bulkDelete(deleted);
    });
    const expected = await canonical(db);

    await db.delete();
    const wiped = open('framewise', idb);
    expect(await wiped.articles.count()).toBe(0);

    const backup = parseBackup(bytes);
    const plan = await planRestore(wiped, backup);
    expect(plan.articles.new).toHaveLength(2);
    expect(plan.profiles).toEqual({ new: ['Ana'], existing: ['Learner'] });
    const summary = await applyRestore(wiped, backup, plan, { mode: 'merge' });
    expect(summary).toMatchObject({ mode: 'merge', articlesAdded: 2, profilesAdded: 1, attemptsAdded: 5, reviewCardsAdded: 4, disputesAdded: 1 });

    // The reopened database made its own default "Learner", which the backup's Learner merges into.
    const restored = await canonical(wiped);
    const namesOnly = (view: typeof restored) => ({ ...view, profiles: view.profiles.map((p) => (p as { name: string }).name) });
    expect(namesOnly(restored)).toEqual(namesOnly(expected));
    expect(await getSetting(wiped, 'samplesOffered')).toEqual(['wire-varne-river-floods']);
  });

  it('export, wipe, replace gives back exactly the same data', async () => {
    const idb = isolatedIndexedDB();
    const db = open('framewise', idb);
    await populateSource(db);
    const backup = await backupOf(db);
    const live = await canonical(db);
    const expected = {
      ...live,
      articles: live.articles.filter((a) => (a as { hash: string }).hash !== budgetArticle.hash),
      attempts: live.attempts.filter((a) => (a as { article: string }).article !== budgetArticle.hash),
      reviewCards: live.reviewCards.filter((a) => (a as { article: string }).article !== budgetArticle.hash),
      disputes: live.disputes.filter((a) => (a as { article: string }).article !== budgetArticle.hash),
    };
    await db.delete();
    const wiped = open('framewise', idb);
    await applyRestore(wiped, backup, await planRestore(wiped, backup), { mode: 'replace' });
    expect(await canonical(wiped)).toEqual(expected);
  });

  it('replace mode restores the backup exactly, including the active learner', async () => {
    const source = open('source');
    await populateSource(source);
    const backup = await backupOf(source);
    const target = open('target');
    await addArticle(target, localOnlyArticle);
    await createProfile(target, 'Zoe');

    const plan = await planRestore(target, backup);
    expect(plan.local).toMatchObject({ articles: 1, profiles: 2 });
    const summary = await applyRestore(target, backup, plan, { mode: 'replace' });
    expect(summary.removed).toMatchObject({ articles: 1, profiles: 2 });

    const titles = (await target.articles.toArray()).map((a) => a.title).sort();
    expect(titles).toEqual(['Library hours', 'River floods']);
    expect((await listProfiles(target)).map((p) => p.name).sort()).toEqual(['Ana', 'Learner']);
    const active = await getActiveProfileId(target);
    expect((await target.profiles.get(active))?.name).toBe('Ana');
    const sourceView = await canonical(source);
    const targetView = await canonical(target);
    expect(targetView.attempts).toEqual(sourceView.attempts.filter((a) => (a as { article: string }).article !== budgetArticle.hash));
  });
});

describe('merge with overlapping data', () => {
  async function overlappingTarget(backup: Backup) {
    const target = open('target');
    const learner = (await listProfiles(target))[0].id;
    const ana = (await createProfile(target, 'ANA')).id; // same learner, other spelling
    const floods = (await addArticle(target, floodsArticle)).id; // already here
    await addArticle(target, localOnlyArticle);
    const sourceAna = backup.tables.profiles.find((p) => p.name === 'Ana')!.id;
    const fromBackup = (itemId: string) =>
      backup.tables.attempts.find((a) => a.profileId === sourceAna && a.itemId === itemId)!;
    // The same attempt was already imported once.
    const same = fromBackup('floods:1');
    await recordAttempt(target, { ...attempt(ana, floods, 'floods:1', same.at), answer: same.answer, correct: same.correct, score: same.score });
    // floods:1 reviewed here after the backup was made: the local card is newer and must stay.
    await target.reviewCards.put(card(ana, floods, 'floods:1', 5000));
    // floods:2 has an older local card: the backup's newer one replaces it.
    await recordAttempt(target, attempt(ana, floods, 'floods:2', 900), card(ana, floods, 'floods:2', 900));
    // A local learner's own work is untouched.
    await recordAttempt(target, attempt(learner, floods, 'floods:9', 3000), card(learner, floods, 'floods:9', 3000));
    await setSetting(target, 'samplesOffered', ['local-kettlewick-library-hours']);
    return { target, ana, learner, floods };
  }

  it('plans the right counts and writes nothing', async () => {
    const source = open('source');
    await populateSource(source);
    const backup = await backupOf(source);
    const { target } = await overlappingTarget(backup);
    const before = await rawDump(target);

    const plan = await planRestore(target, backup);
    expect(plan.articles.new.map((a) => a.title)).toEqual(['Library hours']);
    expect(plan.articles.present.map((a) => a.title)).toEqual(['River floods']);
    expect(plan.articles.conflicting).toEqual([]);
    expect(plan.profiles).toEqual({ new: [], existing: ['Learner', 'ANA'] });
    expect(plan.attempts).toEqual({ new: 4, present: 1 });
    expect(plan.reviewCards).toEqual({ new: 2, replaced: 1, keptLocalNewer: 1, same: 0 });
    expect(plan.disputes).toEqual({ new: 1, present: 0 });
    // The backup's active learner is a preference of the other machine: never imported by a merge.
    expect(plan.settings).toEqual({ added: [], merged: ['samplesOffered'], kept: [] });
    expect(plan.perProfile.find((p) => p.name === 'ANA')).toMatchObject({
      status: 'existing',
      attempts: { new: 3, present: 1 },
      reviewCards: { new: 1, replaced: 1, keptLocalNewer: 1, same: 0 },
    });
    expect(plan.hasChanges).toBe(true);
    expect(await rawDump(target)).toEqual(before);
  });

  it('merges without duplicates, keeps newer local cards and takes newer backup cards', async () => {
    const source = open('source');
    await populateSource(source);
    const backup = await backupOf(source);
    const { target, ana, learner, floods } = await overlappingTarget(backup);

    const summary = await applyRestore(target, backup, await planRestore(target, backup), { mode: 'merge' });
    expect(summary).toMatchObject({
      articlesAdded: 1,
      profilesAdded: 0,
      attemptsAdded: 4,
      reviewCardsAdded: 2,
      reviewCardsReplaced: 1,
      reviewCardsKept: 1,
      disputesAdded: 1,
    });

    expect(await target.articles.count()).toBe(3);
    expect(await target.profiles.count()).toBe(2);
    const anaAttempts = await target.attempts.where('profileId').equals(ana).toArray();
    expect(anaAttempts.map((a) => `${a.itemId}@${a.at}`).sort()).toEqual(
      ['floods:1@1000', 'floods:2@900', 'floods:2@1100', 'library:1@1200', 'library:open@1400'].sort(),
    );
    expect((await target.reviewCards.get([ana, 'floods:1']))?.card.last_review).toBe(5000);
    expect((await target.reviewCards.get([ana, 'floods:2']))?.card.last_review).toBe(1100);
    expect((await target.reviewCards.get([learner, 'floods:9']))?.card.last_review).toBe(3000);
    expect((await target.reviewCards.get([learner, 'floods:1']))?.card.last_review).toBe(1300);
    // Rows from the backup point at this database's ids.
    const library = (await target.articles.where('hash').equals(libraryArticle.hash).first())!.id;
    expect((await target.reviewCards.get([ana, 'library:1']))?.articleId).toBe(library);
    expect((await target.disputes.toArray()).map((d) => [d.profileId, d.articleId])).toEqual([[ana, floods]]);
    expect((await getSetting(target, 'samplesOffered'))?.sort()).toEqual(['local-kettlewick-library-hours', 'wire-varne-river-floods']);

    // Importing the same backup again changes nothing.
    const again = await planRestore(target, backup);
    expect(again.hasChanges).toBe(false);
    expect(again.attempts).toEqual({ new: 0, present: 5 });
    const before = await rawDump(target);
    await applyRestore(target, backup, again, { mode: 'merge' });
    expect(await rawDump(target)).toEqual(before);
  });

  it('keeps the answer fingerprint a dispute was made under (a restored dispute still suspends that answer)', async () => {
    const source = open('source');
    await populateSource(source);
    const [learner] = await source.profiles.toArray();
    const [article] = await source.articles.filter((a) => a.deletedAt == null).toArray();
    await addDispute(source, { profileId: learner.id, articleId: article.id, itemId: 'x:1', sentenceStart: 0, sentenceEnd: 5, reason: 'r', at: 2000, keyFingerprint: 'a1b2c3d4' });
    const backup = await backupOf(source);
    expect(backup.tables.disputes.find((d) => d.itemId === 'x:1')?.keyFingerprint).toBe('a1b2c3d4');
    const target = open('target');
    await applyRestore(target, backup, await planRestore(target, backup), { mode: 'merge' });
    expect((await target.disputes.toArray()).find((d) => d.itemId === 'x:1')?.keyFingerprint).toBe('a1b2c3d4');
  });

  it('brings back an article that is only in the Trash here (not "already here")', async () => {
    const source = open('source');
    await populateSource(source);
    const backup = await backupOf(source);
    const target = open('target');
    const here = (await addArticle(target, libraryArticle)).id;
    await deleteArticle(target, here);
    const plan = await planRestore(target, backup);
    expect(plan.articles.restored).toEqual([{ backupId: expect.any(Number), title: 'Library hours', localId: here }]);
    expect(plan.articles.present).toEqual([]);
    expect(plan.articles.conflicting).toEqual([]);
    expect(plan.hasChanges).toBe(true);
    const summary = await applyRestore(target, backup, plan, { mode: 'merge' });
    expect(summary.articlesRestored).toBe(1);
    expect((await target.articles.get(here))?.deletedAt).toBeNull();
    // The same copy comes back (its id, so its practice history stays with it); nothing is duplicated.
    expect(await target.articles.count()).toBe(2);
    expect((await planRestore(target, backup)).articles.restored).toEqual([]);
  });

  it('refuses a plan made before the data changed, writing nothing', async () => {
    const source = open('source');
    await populateSource(source);
    const backup = await backupOf(source);
    const { target, ana } = await overlappingTarget(backup);
    const plan = await planRestore(target, backup);
    // floods:2 is reviewed again here after the plan: the backup card is no longer newer.
    const floods = (await target.articles.where('hash').equals(floodsArticle.hash).first())!.id;
    await recordAttempt(target, attempt(ana, floods, 'floods:2', 7000), card(ana, floods, 'floods:2', 7000));
    const before = await rawDump(target);
    const error = await applyRestore(target, backup, plan, { mode: 'merge' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('plan-outdated');
    expect(await rawDump(target)).toEqual(before);
  });
});

describe('failures leave the database unchanged', () => {
  it('rolls back a merge that fails part-way', async () => {
    const source = open('source');
    await populateSource(source);
    const backup = await backupOf(source);
    const target = open('target');
    await addArticle(target, localOnlyArticle);
    const before = await rawDump(target);
    const plan = await planRestore(target, backup);
    // Disputes are written last, after articles, learners, attempts and cards.
    vi.spyOn(target.disputes, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(applyRestore(target, backup, plan, { mode: 'merge' })).rejects.toThrow('disk full');
    expect(await rawDump(target)).toEqual(before);
  });

  it('rolls back a replace that fails after clearing', async () => {
    const source = open('source');
    await populateSource(source);
    const backup = await backupOf(source);
    const target = open('target');
    await addArticle(target, localOnlyArticle);
    await createProfile(target, 'Zoe');
    const before = await rawDump(target);
    const plan = await planRestore(target, backup);
    vi.spyOn(target.reviewCards, 'bulkPut').mockRejectedValue(new Error('quota exceeded'));
    await expect(applyRestore(target, backup, plan, { mode: 'replace' })).rejects.toThrow('quota exceeded');
    expect(await rawDump(target)).toEqual(before);
  });
});

describe('parseBackup rejects foreign and damaged files', () => {
  async function validJson(): Promise<Record<string, unknown>> {
    const source = open('source');
    await populateSource(source);
    return JSON.parse(serializeBackup(await createBackup(source))) as Record<string, unknown>;
  }
  const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

  it('truncated JSON, random bytes and an empty file are "not-json"', async () => {
    const text = JSON.stringify(await validJson());
    expect(parseError(encode(text.slice(0, Math.floor(text.length / 2)))).code).toBe('not-json');
    const random = new Uint8Array(4096);
    let seed = 12345;
    for (let i = 0; i < random.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      random[i] = seed >> 16;
    }
    expect(parseError(random).code).toBe('not-json');
    expect(parseError(new Uint8Array(0)).code).toBe('not-json');
  });

  it('another app’s JSON (or a dexie-export-import dump) is "not-a-backup"', () => {
    expect(parseError(encode({ name: 'other-app', version: 1, data: [] })).code).toBe('not-a-backup');
    expect(parseError(encode({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'framewise', tables: [] } })).code).toBe(
      'not-a-backup',
    );
    expect(parseError(encode([1, 2, 3])).code).toBe('not-a-backup');
    expect(parseError(encode('"framewise-backup"')).code).toBe('not-a-backup');
  });

  it('a future formatVersion is "newer-version"', async () => {
    const json = await validJson();
    json.formatVersion = 999;
    const error = parseError(encode(json));
    expect(error.code).toBe('newer-version');
    expect(error.message).toMatch(/newer version of Framewise/);
  });

  it('missing, ill-typed or dangling fields are "corrupt"', async () => {
    const damage: ((json: any) => void)[] = [
      (j) => (j.tables.attempts[0].articleId = 987654),
      (j) => (j.tables.reviewCards[0].profileId = 987654),
      (j) => (j.tables.disputes[0].articleId = 987654),
      (j) => delete j.tables.attempts,
      (j) => (j.tables.articles[0].original = 42),
      (j) => (j.tables.articles[0].format = 'exe'),
      (j) => (j.tables.articles[0].blocks[0].end = 10_000_000),
      (j) => (j.tables.articles[1].hash = j.tables.articles[0].hash),
      (j) => (j.tables.attempts[1].id = j.tables.attempts[0].id),
      (j) => (j.tables.reviewCards[0].card.state = 7),
      (j) => (j.tables.reviewCards[0].due = -1),
      (j) => (j.tables.attempts[0].at = 'yesterday'),
      (j) => (j.tables.profiles = []),
      (j) => (j.tables.profiles[0].name = '   '),
      (j) => (j.exportedAt = 'not a date'),
      (j) => (j.formatVersion = '1'),
      (j) => (j.tables = null),
    ];
    for (const [i, change] of damage.entries()) {
      const json = await validJson();
      change(json);
      const error = parseError(encode(json));
      expect({ i, code: error.code }).toEqual({ i, code: 'corrupt' });
      expect(error.detail).toBeTruthy();
    }
  });

  it('oversized fields, a forged hash and offsets outside the text are "corrupt"', async () => {
    const damage: ((json: any) => void)[] = [
      // (An over-long title or file name is shortened instead: see backup-limits.test.ts.)
      (j) => (j.tables.settings[0].key = 'k'.repeat(MAX_SHORT_TEXT_CHARS + 1)),
      (j) => (j.tables.profiles[0].name = 'n'.repeat(MAX_PROFILE_NAME_LENGTH + 1)),
      (j) => (j.tables.articles[0].original = 'a'.repeat(MAX_ARTICLE_CHARS + 1)),
      (j) => (j.tables.articles[0].blocks[0].text = 'b'.repeat(MAX_ARTICLE_CHARS + 1)),
      (j) => (j.tables.articles[0].hash = '<img src=x onerror=alert(1)>'),
      (j) => (j.tables.articles[0].hash = j.tables.articles[0].hash.toUpperCase()),
      (j) => (j.tables.articles[0].blocks[0].start = j.tables.articles[0].original.length + 1),
      (j) => {
        const article = j.tables.articles.find((a: any) => a.id === j.tables.disputes[0].articleId);
        j.tables.disputes[0].sentenceEnd = article.original.length + 1;
      },
    ];
    for (const [i, change] of damage.entries()) {
      const json = await validJson();
      change(json);
      let code: string | undefined;
      try {
        parseBackup(encode(json));
      } catch (error) {
        code = (error as BackupError).code;
      }
      expect({ i, code }).toEqual({ i, code: 'corrupt' });
    }
  });

  it('uses the same size limit as the main process, so every saved backup can be opened', () => {
    expect(MAX_BACKUP_BYTES).toBe(MAIN_MAX_BACKUP_BYTES);
  });

  it('an oversized file is "too-large"', async () => {
    const bytes = encode(await validJson());
    expect(parseError(bytes, { maxBytes: bytes.byteLength - 1 }).code).toBe('too-large');
    expect(() => parseBackup(bytes, { maxBytes: bytes.byteLength })).not.toThrow();
  });

  it('drops fields it does not know, so nothing foreign reaches the database', async () => {
    const json = (await validJson()) as any;
    json.tables.articles[0].html = '<script>alert(1)</script>';
    json.tables.profiles[0].isAdmin = true;
    const backup = parseBackup(encode(json));
    expect('html' in backup.tables.articles[0]).toBe(false);
    expect('isAdmin' in backup.tables.profiles[0]).toBe(false);
  });

  it('a rejected file leaves the database exactly as it was', async () => {
    const target = open('target');
    await addArticle(target, localOnlyArticle);
    const before = await rawDump(target);
    const json = (await validJson()) as any;
    json.tables.attempts[0].articleId = 987654;
    const attemptImport = async (bytes: Uint8Array) => {
      const backup = parseBackup(bytes);
      await applyRestore(target, backup, await planRestore(target, backup), { mode: 'replace' });
    };
    await expect(attemptImport(encode(json))).rejects.toBeInstanceOf(BackupError);
    await expect(attemptImport(encode('{"format":"framewise-backup",'))).rejects.toBeInstanceOf(BackupError);
    expect(await rawDump(target)).toEqual(before);
  });
});
