import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_PROFILE_NAME,
  FramewiseDB,
  openDatabase,
  type ArticleRecord,
} from '../../../src/renderer/src/db/database';
import { getArticle, listArticles } from '../../../src/renderer/src/db/articles';
import { deleteSetting, getSetting, setSetting } from '../../../src/renderer/src/db/settings';
import { freshDatabase, isolatedIndexedDB, makeArticle } from './helpers';

const opened: Dexie[] = [];
function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A version-1 article as the first release stored it: no updatedAt yet. */
function v1Article(title: string, importedAt: number, extra: Partial<ArticleRecord> = {}) {
  const imported = makeArticle({ title, paragraphs: [`${title} body text.`] });
  return {
    hash: imported.hash,
    title,
    format: imported.format,
    fileName: imported.fileName,
    original: imported.document.original,
    blocks: imported.document.blocks,
    wordCount: imported.wordCount,
    importedAt,
    ...extra,
  };
}

describe('FramewiseDB schema', () => {
  it('creates a fresh database at version 7 with every table and one default learner', async () => {
    const db = track(freshDatabase());
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['analysisCache', 'articleBodies', 'articles', 'assignments', 'attempts', 'checkedKeys', 'classResults', 'disputes', 'profiles', 'reviewCards', 'searchIndex', 'settings', 'sharedPacks'].sort(),
    );
    const profiles = await db.profiles.toArray();
    expect(profiles).toHaveLength(1);
    expect(profiles[0].name).toBe(DEFAULT_PROFILE_NAME);
    expect(typeof profiles[0].createdAt).toBe('number');
  });

  it('declares the indexes the repositories query by', () => {
    const db = track(freshDatabase());
    const indexNames = (table: string) => db.table(table).schema.indexes.map((i) => i.name).sort();
    expect(db.articles.schema.primKey.name).toBe('id');
    expect(indexNames('articles')).toEqual(['deletedAt', 'hash', 'importedAt', 'sampleId', 'title']);
    expect(db.articles.schema.idxByName.hash.unique).toBe(true);
    expect(db.reviewCards.schema.primKey.name).toBe('[profileId+itemId]');
    expect(indexNames('reviewCards')).toEqual(['[profileId+articleId]', '[profileId+due]', 'articleId', 'due', 'profileId']);
    expect(indexNames('attempts')).toEqual(['[profileId+articleId]', '[profileId+at]', 'articleId', 'at', 'itemId', 'profileId', 'skill']);
    expect(db.articleBodies.schema.primKey.name).toBe('id');
    expect(indexNames('disputes')).toEqual(['articleId', 'at', 'itemId', 'profileId']);
  });

  it('does not add a second learner when an existing version-2 database is reopened', async () => {
    const idb = isolatedIndexedDB();
    const first = track(openDatabase('reopen', idb));
    await first.profiles.add({ name: 'Second learner', createdAt: 1 });
    first.close();

    const again = track(openDatabase('reopen', idb));
    expect((await again.profiles.toArray()).map((p) => p.name).sort()).toEqual(
      [DEFAULT_PROFILE_NAME, 'Second learner'].sort(),
    );
  });

  it('keys review cards by profile and item, one card per learner and item', async () => {
    const db = track(freshDatabase());
    const card = {
      due: 1000,
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
    };
    await db.reviewCards.put({ profileId: 1, itemId: 'a:1', articleId: 7, skill: 'label', card, due: 1000 });
    await db.reviewCards.put({ profileId: 1, itemId: 'a:1', articleId: 7, skill: 'label', card, due: 5000 });
    await db.reviewCards.put({ profileId: 2, itemId: 'a:1', articleId: 7, skill: 'label', card, due: 2000 });
    expect(await db.reviewCards.count()).toBe(2);
    expect((await db.reviewCards.get([1, 'a:1']))?.due).toBe(5000);
    expect(await db.reviewCards.where('due').below(3000).primaryKeys()).toEqual([[2, 'a:1']]);
  });
});

describe('upgrade from a version-1 database', () => {
  it('keeps articles and settings, backfills updatedAt and adds the default learner', async () => {
    const idb = isolatedIndexedDB();

    // The first release's schema, declared on its own, exactly as it shipped.
    const v1 = track(new Dexie('framewise', idb));
    v1.version(1).stores({
      articles: '++id, &hash, title, importedAt, deletedAt, sampleId',
      settings: '&key',
    });
    const liveId = await v1.table('articles').add(v1Article('Council votes on budget', 1_000));
    const deletedId = await v1.table('articles').add(v1Article('Old story', 2_000, { deletedAt: 3_000 }));
    await v1.table('settings').put({ key: 'samplesOffered', value: ['seed'] });
    expect(v1.verno).toBe(1);
    v1.close();

    const db = track(openDatabase('framewise', idb));
    await db.open();
    expect(db.verno).toBe(7);

    const articles = await db.articles.orderBy('id').toArray();
    expect(articles.map((a) => [a.id, a.title])).toEqual([
      [liveId, 'Council votes on budget'],
      [deletedId, 'Old story'],
    ]);
    expect(articles.map((a) => a.updatedAt)).toEqual([1_000, 2_000]);
    // Through version 3 too: the text moved to articleBodies.
    expect(articles[0]).not.toHaveProperty('original');
    expect((await db.articleBodies.get(liveId as number))?.original).toBe('Council votes on budget\n\nCouncil votes on budget body text.');
    expect(articles[1].deletedAt).toBe(3_000);

    expect(await getSetting(db, 'samplesOffered')).toEqual(['seed']);
    const profiles = await db.profiles.toArray();
    expect(profiles.map((p) => p.name)).toEqual([DEFAULT_PROFILE_NAME]);

    // The unique hash index still holds after the upgrade.
    await expect(db.articles.add({ ...articles[0], id: undefined } as never)).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    // The new practice tables work.
    const attemptId = await db.attempts.add({
      profileId: profiles[0].id,
      articleId: liveId as number,
      itemId: 'label:0',
      skill: 'label',
      answer: 'fact',
      correct: true,
      score: 1,
      graded: true,
      timeMs: 1200,
      at: 5_000,
      source: 'analyser',
    });
    expect(await db.attempts.get(attemptId)).toMatchObject({ itemId: 'label:0', correct: true });
  });

  it('creates the default learner even when the version-1 database held no articles', async () => {
    const idb = isolatedIndexedDB();
    const v1 = track(new Dexie('empty-v1', idb));
    v1.version(1).stores({
      articles: '++id, &hash, title, importedAt, deletedAt, sampleId',
      settings: '&key',
    });
    await v1.open();
    v1.close();

    const db = track(new FramewiseDB('empty-v1', idb));
    expect((await db.profiles.toArray()).map((p) => p.name)).toEqual([DEFAULT_PROFILE_NAME]);
    expect(await db.articles.count()).toBe(0);
  });
});

const card = { due: 50, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 };

/** The version-2 schema exactly as it shipped, declared on its own. */
function openVersion2(name: string, idb: ReturnType<typeof isolatedIndexedDB>): Dexie {
  const v2 = new Dexie(name, idb);
  v2.version(1).stores({
    articles: '++id, &hash, title, importedAt, deletedAt, sampleId',
    settings: '&key',
  });
  v2.version(2).stores({
    profiles: '++id, name',
    attempts: '++id, profileId, articleId, itemId, skill, at',
    reviewCards: '[profileId+itemId], profileId, articleId, due',
    disputes: '++id, profileId, articleId, itemId, at',
  });
  return track(v2);
}

describe('upgrade from a version-2 database', () => {
  it('moves every text to articleBodies, keeps the summaries, and the new indexes answer', async () => {
    const idb = isolatedIndexedDB();
    const v2 = openVersion2('framewise', idb);
    const profileId = (await v2.table('profiles').add({ name: 'Ana', createdAt: 1 })) as number;
    // More than one upgrade page (200), to exercise the paging.
    const ids: number[] = [];
    for (let i = 0; i < 205; i++) {
      ids.push(
        (await v2.table('articles').add({
          ...v1Article(`Story ${i}`, 1_000 + i, i === 3 ? { deletedAt: 9_000 } : {}),
          updatedAt: 1_000 + i,
          ...(i === 0 ? { sampleId: 'seed', byline: 'Ana Pérez' } : {}),
        })) as number,
      );
    }
    const before = await v2.table('articles').get(ids[0]);
    for (let i = 0; i < 6; i++) {
      await v2.table('attempts').add({ profileId, articleId: ids[i % 2], itemId: `i${i}`, skill: 'classify', answer: 'fact', correct: true, score: 1, graded: true, timeMs: 1, at: 100 * i, source: 'analyser' });
    }
    await v2.table('reviewCards').bulkAdd([
      { profileId, itemId: 'i0', articleId: ids[0], skill: 'classify', card, due: 50 },
      { profileId, itemId: 'i1', articleId: ids[1], skill: 'classify', card, due: 500 },
    ]);
    v2.close();

    const db = track(openDatabase('framewise', idb));
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.articles.count()).toBe(205);
    expect(await db.articleBodies.count()).toBe(205);
    const summary = await db.articles.get(ids[0]);
    const { original, blocks, ...rest } = before;
    expect(summary).toEqual(rest);
    expect(await db.articleBodies.get(ids[0])).toEqual({ id: ids[0], original, blocks });
    expect(await getArticle(db, ids[0])).toEqual(before);
    // Every summary lost its text; the deleted one is still deleted.
    expect((await db.articles.toArray()).some((a) => 'original' in a || 'blocks' in a)).toBe(false);
    expect(await getArticle(db, ids[3])).toBeUndefined();
    expect((await listArticles(db)).length).toBe(204);
    expect((await listArticles(db, { query: 'story 204' })).map((a) => a.id)).toEqual([ids[204]]);
    // The hash index still holds.
    await expect(db.articles.add({ ...summary!, id: undefined } as never)).rejects.toMatchObject({ name: 'ConstraintError' });

    // The compound indexes added in version 3 cover the old rows.
    expect(await db.attempts.where('[profileId+articleId]').equals([profileId, ids[1]]).count()).toBe(3);
    expect(await db.attempts.where('[profileId+at]').between([profileId, 150], [profileId, 450]).count()).toBe(3);
    expect(await db.reviewCards.where('[profileId+due]').between([profileId, -Infinity], [profileId, 100], true, true).primaryKeys()).toEqual([[profileId, 'i0']]);
  });

  it('upgrades an empty version-2 database', async () => {
    const idb = isolatedIndexedDB();
    const v2 = openVersion2('empty-v2', idb);
    await v2.open();
    v2.close();
    const db = track(new FramewiseDB('empty-v2', idb));
    expect(await db.articles.count()).toBe(0);
    expect(await db.articleBodies.count()).toBe(0);
    expect(await listArticles(db, { query: 'anything' })).toEqual([]);
  });
});

describe('settings', () => {
  it('reads undefined for an unset key, then round-trips typed values', async () => {
    const db = track(freshDatabase());
    expect(await getSetting(db, 'activeProfileId')).toBeUndefined();
    await setSetting(db, 'activeProfileId', 3);
    await setSetting(db, 'samplesOffered', ['a', 'b']);
    expect(await getSetting(db, 'activeProfileId')).toBe(3);
    expect(await getSetting(db, 'samplesOffered')).toEqual(['a', 'b']);
    await setSetting(db, 'activeProfileId', 4);
    expect(await getSetting(db, 'activeProfileId')).toBe(4);
    expect(await db.settings.count()).toBe(2);
    await deleteSetting(db, 'activeProfileId');
    expect(await getSetting(db, 'activeProfileId')).toBeUndefined();
  });
});

/** The version-3 schema exactly as it shipped, declared on its own. */
function openVersion3(name: string, idb: ReturnType<typeof isolatedIndexedDB>): Dexie {
  const v3 = openVersion2(name, idb);
  v3.version(3).stores({
    articleBodies: 'id',
    searchIndex: '&key',
    attempts: '++id, profileId, articleId, itemId, skill, at, [profileId+articleId], [profileId+at]',
    reviewCards: '[profileId+itemId], profileId, articleId, due, [profileId+due], [profileId+articleId]',
  });
  return v3;
}

describe('upgrade from a version-3 database', () => {
  it('keeps articles, bodies, learners, attempts and cards, and adds an empty checkedKeys table that answers by hash', async () => {
    const idb = isolatedIndexedDB();
    const v3 = openVersion3('framewise-v3', idb);
    const profileId = (await v3.table('profiles').add({ name: 'Ana', createdAt: 1 })) as number;
    const { original, blocks, ...summary } = { ...v1Article('Story', 1_000), updatedAt: 1_000 };
    const articleId = (await v3.table('articles').add(summary)) as number;
    await v3.table('articleBodies').add({ id: articleId, original, blocks });
    await v3.table('attempts').add({ profileId, articleId, itemId: 'i0', skill: 'classify', answer: 'fact', correct: true, score: 1, graded: true, timeMs: 1, at: 5, source: 'analyser' });
    await v3.table('reviewCards').add({ profileId, itemId: 'i0', articleId, skill: 'classify', card, due: 50 });
    await v3.table('settings').add({ key: 'activeProfileId', value: profileId });
    v3.close();

    const db = track(openDatabase('framewise-v3', idb));
    await db.open();
    expect(db.verno).toBe(7);
    expect(await getArticle(db, articleId)).toMatchObject({ title: 'Story', original, blocks });
    expect(await db.attempts.where('[profileId+articleId]').equals([profileId, articleId]).count()).toBe(1);
    expect(await db.reviewCards.where('[profileId+due]').equals([profileId, 50]).count()).toBe(1);
    expect(await getSetting(db, 'activeProfileId')).toBe(profileId);
    expect(await db.checkedKeys.count()).toBe(0);
    await db.checkedKeys.put({ articleId, hash: summary.hash, key: {} as never, checkedAt: 1, savedAt: 1 });
    expect(await db.checkedKeys.where('hash').equals(summary.hash).primaryKeys()).toEqual([articleId]);
  });
});

/** The version-4 schema exactly as it shipped, declared on its own. */
function openVersion4(name: string, idb: ReturnType<typeof isolatedIndexedDB>): Dexie {
  const v4 = openVersion3(name, idb);
  v4.version(4).stores({ checkedKeys: 'articleId, hash' });
  return v4;
}

describe('upgrade from a version-4 database', () => {
  it('keeps articles, learners, attempts and checked keys, and adds an empty assignments table', async () => {
    const idb = isolatedIndexedDB();
    const v4 = openVersion4('framewise-v4', idb);
    const profileId = (await v4.table('profiles').add({ name: 'Ana', createdAt: 1 })) as number;
    const { original, blocks, ...summary } = { ...v1Article('Story', 1_000), updatedAt: 1_000 };
    const articleId = (await v4.table('articles').add(summary)) as number;
    await v4.table('articleBodies').add({ id: articleId, original, blocks });
    await v4.table('attempts').add({ profileId, articleId, itemId: 'i0', skill: 'classify', answer: 'fact', correct: true, score: 1, graded: true, timeMs: 1, at: 5, source: 'analyser' });
    await v4.table('checkedKeys').add({ articleId, hash: summary.hash, key: { title: 'Story' }, checkedAt: 2, savedAt: 3 });
    v4.close();

    const db = track(openDatabase('framewise-v4', idb));
    await db.open();
    expect(db.verno).toBe(7);
    expect(await getArticle(db, articleId)).toMatchObject({ title: 'Story', original, blocks });
    expect(await db.attempts.where('[profileId+articleId]').equals([profileId, articleId]).count()).toBe(1);
    expect(await db.checkedKeys.get(articleId)).toMatchObject({ hash: summary.hash, checkedAt: 2 });
    expect(await db.assignments.count()).toBe(0);
    const id = await db.assignments.add({ title: 'Week 1', articleHashes: [summary.hash], packCreatedAt: 1, importedAt: 9 } as never);
    expect(await db.assignments.orderBy('importedAt').primaryKeys()).toEqual([id]);
  });
});

/** The version-5 schema exactly as it shipped, declared on its own. */
function openVersion5(name: string, idb: ReturnType<typeof isolatedIndexedDB>): Dexie {
  const v5 = openVersion4(name, idb);
  v5.version(5).stores({ assignments: '++id, importedAt' });
  return v5;
}

describe('upgrade from a version-5 database', () => {
  it('keeps articles, attempts, disputes, checked keys and assignments, and adds empty class-results, shared-pack and analysis-cache tables', async () => {
    const idb = isolatedIndexedDB();
    const v5 = openVersion5('framewise-v5', idb);
    const profileId = (await v5.table('profiles').add({ name: 'Ana', createdAt: 1 })) as number;
    const { original, blocks, ...summary } = { ...v1Article('Story', 1_000), updatedAt: 1_000 };
    const articleId = (await v5.table('articles').add(summary)) as number;
    await v5.table('articleBodies').add({ id: articleId, original, blocks });
    await v5.table('attempts').add({ profileId, articleId, itemId: 'i0', skill: 'classify', answer: 'fact', correct: true, score: 1, graded: true, timeMs: 1, at: 5, source: 'key' });
    await v5.table('disputes').add({ profileId, articleId, itemId: 'i0', sentenceStart: 0, sentenceEnd: 5, reason: 'why', at: 6 });
    await v5.table('checkedKeys').add({ articleId, hash: summary.hash, key: { title: 'Story' }, checkedAt: 2, savedAt: 3 });
    const assignmentId = (await v5.table('assignments').add({ title: 'Week 1', articleHashes: [summary.hash], packCreatedAt: 1, importedAt: 9 })) as number;
    v5.close();

    const db = track(openDatabase('framewise-v5', idb));
    await db.open();
    expect(db.verno).toBe(7);
    expect(await getArticle(db, articleId)).toMatchObject({ title: 'Story', original, blocks });
    expect(await db.attempts.where('[profileId+articleId]').equals([profileId, articleId]).count()).toBe(1);
    expect(await db.disputes.where('articleId').equals(articleId).count()).toBe(1);
    expect(await db.checkedKeys.get(articleId)).toMatchObject({ hash: summary.hash, checkedAt: 2 });
    expect(await db.assignments.get(assignmentId)).toMatchObject({ title: 'Week 1', articleHashes: [summary.hash] });
    expect(await db.classResults.count()).toBe(0);
    expect(await db.sharedPacks.count()).toBe(0);
    await db.classResults.put({ packId: 'p1', learnerKey: 'ana', results: {} as never, fileName: 'a.framewise-results', importedAt: 1 });
    expect(await db.classResults.where('packId').equals('p1').count()).toBe(1);
    await db.sharedPacks.put({ id: 'p1', title: 'Week 1', createdAt: 1, articleHashes: [summary.hash], sharedAt: 2 });
    expect(await db.sharedPacks.orderBy('sharedAt').primaryKeys()).toEqual(['p1']);
    expect(await db.analysisCache.count()).toBe(0);
    expect(db.analysisCache.schema.primKey.name).toBe('hash');
    await db.analysisCache.put({ hash: summary.hash, analyserVersion: 'v1', analysis: { analyserVersion: 'v1' } as never, savedAt: 1 });
    expect(await db.analysisCache.get(summary.hash)).toMatchObject({ analyserVersion: 'v1' });
  });
});

function openVersion6(name: string, idb: ReturnType<typeof isolatedIndexedDB>): Dexie {
  const v6 = openVersion5(name, idb);
  v6.version(6).stores({ classResults: '[packId+learnerKey], packId', sharedPacks: 'id, sharedAt' });
  return v6;
}

describe('upgrade from a version-6 database', () => {
  it('keeps class results and shared packs, and adds an empty analysis cache', async () => {
    const idb = isolatedIndexedDB();
    const v6 = openVersion6('framewise-v6', idb);
    const { original, blocks, ...summary } = { ...v1Article('Story', 1_000), updatedAt: 1_000 };
    const articleId = (await v6.table('articles').add(summary)) as number;
    await v6.table('articleBodies').add({ id: articleId, original, blocks });
    await v6.table('classResults').put({ packId: 'p1', learnerKey: 'ana', results: {}, fileName: 'a.framewise-results', importedAt: 1 });
    await v6.table('sharedPacks').put({ id: 'p1', title: 'Week 1', createdAt: 1, articleHashes: [summary.hash], sharedAt: 2 });
    v6.close();

    const db = track(openDatabase('framewise-v6', idb));
    await db.open();
    expect(db.verno).toBe(7);
    expect(await getArticle(db, articleId)).toMatchObject({ title: 'Story', original, blocks });
    expect(await db.classResults.where('packId').equals('p1').count()).toBe(1);
    expect(await db.sharedPacks.get('p1')).toMatchObject({ title: 'Week 1', articleHashes: [summary.hash] });
    expect(await db.analysisCache.count()).toBe(0);
  });
});
