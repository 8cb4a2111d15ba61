import { afterEach, describe, expect, it } from 'vitest';
import type { FramewiseDB } from '../../../src/renderer/src/db/database';
import {
  addArticle,
  deleteArticle,
  ensureSamples,
  getArticle,
  listArticles,
  listDeletedArticles,
  purgeArticle,
  purgeDeleted,
  restoreSamples,
  sampleLibraryStatus,
  undoDelete,
  type ListArticlesOptions,
  type SampleArticle,
} from '../../../src/renderer/src/db/articles';
import { getSetting } from '../../../src/renderer/src/db/settings';
import { closeTrackedDatabases, makeArticle, trackedDatabase } from './helpers';

const newDb = (): FramewiseDB => trackedDatabase();
afterEach(closeTrackedDatabases);

const council = makeArticle({
  title: 'Council approves new budget',
  paragraphs: ['The city council approved a budget of $4.2 million on Tuesday.', 'Critics called it reckless.'],
  debris: ['Advertisement: subscribe to our newsletter'],
  byline: 'Ana Pérez',
  siteName: 'Riverside Gazette',
  publishedAt: '2026-03-02',
});
const heatwave = makeArticle({
  title: 'Heatwave expected this week',
  paragraphs: ['Forecasters said temperatures could reach 38 degrees in the Café district.'],
  siteName: 'Weather Daily',
  publishedAt: '2026-07-14T08:00:00Z',
});
const zoo = makeArticle({
  title: 'zoo welcomes twin pandas',
  paragraphs: ['The zoo said the pandas were healthy. Visitors will wait until spring to see the pandas.'],
});

describe('addArticle', () => {
  it('stores the text, structure and metadata, and getArticle returns it', async () => {
    const db = newDb();
    const result = await addArticle(db, council, { now: 1_000 });
    expect(result).toEqual({ status: 'imported', id: expect.any(Number), title: council.title });

    const stored = await getArticle(db, result.id);
    expect(stored).toMatchObject({
      id: result.id,
      hash: council.hash,
      title: council.title,
      byline: 'Ana Pérez',
      siteName: 'Riverside Gazette',
      publishedAt: '2026-03-02',
      format: 'txt',
      fileName: council.fileName,
      encoding: 'UTF-8',
      original: council.document.original,
      blocks: council.document.blocks,
      wordCount: council.wordCount,
      importedAt: 1_000,
      updatedAt: 1_000,
      deletedAt: null,
    });
    expect(stored).not.toHaveProperty('sampleId');
  });

  it('stores the same text once: a second add reports the first article as a duplicate', async () => {
    const db = newDb();
    const first = await addArticle(db, council);
    const renamed = { ...council, title: 'Same text, other file', fileName: 'copy.txt' };
    const second = await addArticle(db, renamed);
    expect(second).toEqual({ status: 'duplicate', id: first.id, title: council.title });
    expect(await db.articles.count()).toBe(1);
  });

  it('dedupes concurrent imports of the same text inside the transaction', async () => {
    const db = newDb();
    const results = await Promise.all([addArticle(db, zoo), addArticle(db, zoo), addArticle(db, zoo)]);
    expect(results.map((r) => r.status).sort()).toEqual(['duplicate', 'duplicate', 'imported']);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.articles.count()).toBe(1);
  });

  it('leaves no row when the write fails inside its transaction', async () => {
    const db = newDb();
    const failWrite = () => {
      throw new Error('disk full');
    };
    db.articles.hook('creating', failWrite);
    await expect(addArticle(db, council)).rejects.toThrow('disk full');
    expect(await db.articles.count()).toBe(0);

    db.articles.hook('creating').unsubscribe(failWrite);
    expect((await addArticle(db, council)).status).toBe('imported');
    expect(await db.articles.count()).toBe(1);
  });

  it('joins an outer transaction, so a failure later in the same unit of work rolls the article back', async () => {
    const db = newDb();
    await expect(
      db.transaction('rw', db.articles, db.articleBodies, async () => {
        const added = await addArticle(db, heatwave);
        expect(added.status).toBe('imported');
        expect(await db.articles.count()).toBe(1);
        throw new Error('a later step failed');
      }),
    ).rejects.toThrow('a later step failed');
    expect(await db.articles.count()).toBe(0);
    expect(await db.articleBodies.count()).toBe(0);
  });

  it('rejects an article without a hash with a clear message and stores nothing', async () => {
    const db = newDb();
    await expect(addArticle(db, { ...zoo, hash: '' })).rejects.toThrow(/content hash/);
    expect(await db.articles.count()).toBe(0);
  });

  it('falls back to the file name when the title is blank', async () => {
    const db = newDb();
    const result = await addArticle(db, { ...zoo, title: '   ', fileName: 'pandas.txt' });
    expect(result.title).toBe('pandas.txt');
    expect((await getArticle(db, result.id))?.title).toBe('pandas.txt');
  });
});

describe('delete, undo and restore', () => {
  it('soft-deletes, hides the article everywhere, and undo brings it back', async () => {
    const db = newDb();
    const { id } = await addArticle(db, council, { now: 1_000 });
    await addArticle(db, zoo, { now: 2_000 });

    const deleted = await deleteArticle(db, id, { now: 5_000 });
    expect(deleted).toEqual({ id, title: council.title, deletedAt: 5_000 });
    expect(await getArticle(db, id)).toBeUndefined();
    expect((await listArticles(db)).map((a) => a.title)).toEqual([zoo.title]);
    expect(await listDeletedArticles(db)).toEqual([expect.objectContaining({ id, deletedAt: 5_000 })]);
    // The row is still there until purged.
    expect(await db.articles.count()).toBe(2);

    expect(await undoDelete(db, id)).toBe(true);
    expect((await getArticle(db, id))?.deletedAt).toBeNull();
    expect((await listArticles(db)).map((a) => a.title).sort()).toEqual([council.title, zoo.title].sort());
    expect(await listDeletedArticles(db)).toEqual([]);
  });

  it('reports nothing to do for unknown, already deleted or not deleted articles', async () => {
    const db = newDb();
    const { id } = await addArticle(db, zoo);
    expect(await deleteArticle(db, 999)).toBeUndefined();
    expect(await undoDelete(db, id)).toBe(false);
    expect(await deleteArticle(db, id)).toBeDefined();
    expect(await deleteArticle(db, id)).toBeUndefined();
    expect(await undoDelete(db, 999)).toBe(false);
  });

  it('re-importing a deleted article restores it with the same id', async () => {
    const db = newDb();
    const { id } = await addArticle(db, heatwave, { now: 1_000 });
    await deleteArticle(db, id, { now: 2_000 });
    const again = await addArticle(db, heatwave, { now: 3_000 });
    expect(again).toEqual({ status: 'restored', id, title: heatwave.title });
    const restored = await getArticle(db, id);
    expect(restored).toMatchObject({ deletedAt: null, importedAt: 1_000, updatedAt: 3_000 });
    expect(await db.articles.count()).toBe(1);
  });

  it('leaves a deleted article deleted when restoring it fails', async () => {
    const db = newDb();
    const { id } = await addArticle(db, heatwave);
    await deleteArticle(db, id, { now: 2_000 });
    const failUpdate = () => {
      throw new Error('write failed');
    };
    db.articles.hook('updating', failUpdate);
    await expect(addArticle(db, heatwave)).rejects.toThrow('write failed');
    db.articles.hook('updating').unsubscribe(failUpdate);
    expect((await db.articles.get(id))?.deletedAt).toBe(2_000);
  });
});

async function addPracticeRows(db: FramewiseDB, articleId: number, profileId: number, tag: string) {
  await db.attempts.bulkAdd(
    [1, 2].map((n) => ({
      profileId,
      articleId,
      itemId: `${tag}:${n}`,
      skill: 'label',
      answer: 'fact',
      correct: n === 1,
      score: n === 1 ? 1 : 0,
      graded: true,
      timeMs: 900,
      at: 10_000 + n,
      source: 'analyser' as const,
    })),
  );
  const card = {
    due: 20_000,
    stability: 2,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 1,
    last_review: 10_000,
  };
  await db.reviewCards.put({ profileId, itemId: `${tag}:1`, articleId, skill: 'label', card, due: card.due });
  await db.disputes.add({
    profileId,
    articleId,
    itemId: `${tag}:2`,
    sentenceStart: 0,
    sentenceEnd: 20,
    reason: 'I think this is a claim',
    at: 11_000,
  });
}

describe('purgeDeleted', () => {
  it('hard-deletes articles deleted before the cutoff together with their practice rows', async () => {
    const db = newDb();
    const profileId = (await db.profiles.toCollection().first())!.id;
    const old = await addArticle(db, council);
    const recent = await addArticle(db, heatwave);
    const live = await addArticle(db, zoo);
    await addPracticeRows(db, old.id, profileId, 'old');
    await addPracticeRows(db, recent.id, profileId, 'recent');
    await addPracticeRows(db, live.id, profileId, 'live');
    await deleteArticle(db, old.id, { now: 1_000 });
    await deleteArticle(db, recent.id, { now: 5_000 });

    const result = await purgeDeleted(db, 3_000);
    expect(result).toEqual({ articles: 1, attempts: 2, reviewCards: 1, disputes: 1 });

    expect(await db.articles.get(old.id)).toBeUndefined();
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual([recent.id, live.id].sort());
    expect(await db.attempts.where('articleId').equals(old.id).count()).toBe(0);
    expect(await db.reviewCards.where('articleId').equals(old.id).count()).toBe(0);
    expect(await db.disputes.where('articleId').equals(old.id).count()).toBe(0);
    for (const kept of [recent.id, live.id]) {
      expect(await db.attempts.where('articleId').equals(kept).count()).toBe(2);
      expect(await db.reviewCards.where('articleId').equals(kept).count()).toBe(1);
      expect(await db.disputes.where('articleId').equals(kept).count()).toBe(1);
    }
    // The still-recoverable article can be undone.
    expect(await undoDelete(db, recent.id)).toBe(true);
  });

  it('returns zero counts when nothing is old enough', async () => {
    const db = newDb();
    const { id } = await addArticle(db, zoo);
    await deleteArticle(db, id, { now: 9_000 });
    expect(await purgeDeleted(db, 9_000)).toEqual({ articles: 0, attempts: 0, reviewCards: 0, disputes: 0 });
    expect(await db.articles.count()).toBe(1);
  });

  it('removes nothing at all when one of the deletes fails', async () => {
    const db = newDb();
    const profileId = (await db.profiles.toCollection().first())!.id;
    const { id } = await addArticle(db, council);
    await addPracticeRows(db, id, profileId, 'x');
    await deleteArticle(db, id, { now: 1_000 });
    const failDelete = () => {
      throw new Error('cannot delete disputes');
    };
    db.disputes.hook('deleting', failDelete);
    await expect(purgeDeleted(db, 2_000)).rejects.toThrow('cannot delete disputes');
    db.disputes.hook('deleting').unsubscribe(failDelete);

    expect(await db.articles.count()).toBe(1);
    expect(await db.attempts.count()).toBe(2);
    expect(await db.reviewCards.count()).toBe(1);
    expect(await db.disputes.count()).toBe(1);
  });
});

describe('listArticles', () => {
  async function library(db: FramewiseDB) {
    const ids = {
      council: (await addArticle(db, council, { now: 3_000 })).id,
      heatwave: (await addArticle(db, heatwave, { now: 1_000 })).id,
      zoo: (await addArticle(db, zoo, { now: 2_000 })).id,
    };
    return ids;
  }

  it('returns light summaries without text or blocks, newest import first by default', async () => {
    const db = newDb();
    const ids = await library(db);
    const list = await listArticles(db);
    expect(list.map((a) => a.id)).toEqual([ids.council, ids.zoo, ids.heatwave]);
    expect(list[0]).toEqual({
      id: ids.council,
      title: council.title,
      byline: 'Ana Pérez',
      siteName: 'Riverside Gazette',
      publishedAt: '2026-03-02',
      wordCount: council.wordCount,
      importedAt: 3_000,
      format: 'txt',
    });
    for (const summary of list) {
      expect(summary).not.toHaveProperty('original');
      expect(summary).not.toHaveProperty('blocks');
    }
  });

  it('sorts by each supported order', async () => {
    const db = newDb();
    const ids = await library(db);
    const order = async (sort: ListArticlesOptions) =>
      (await listArticles(db, sort)).map((a) => a.id);

    expect(await order({ sort: 'imported-desc' })).toEqual([ids.council, ids.zoo, ids.heatwave]);
    expect(await order({ sort: 'imported-asc' })).toEqual([ids.heatwave, ids.zoo, ids.council]);
    // Case-insensitive: "zoo …" sorts after "Heatwave …".
    expect(await order({ sort: 'title' })).toEqual([ids.council, ids.heatwave, ids.zoo]);
    // Dated articles newest first; the undated one last.
    expect(await order({ sort: 'published-desc' })).toEqual([ids.heatwave, ids.council, ids.zoo]);
    const words = [council, heatwave, zoo].map((a) => a.wordCount);
    expect(new Set(words).size).toBe(3);
    const byWords = [
      [ids.council, council.wordCount],
      [ids.heatwave, heatwave.wordCount],
      [ids.zoo, zoo.wordCount],
    ]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => id);
    expect(await order({ sort: 'words-desc' })).toEqual(byWords);
  });

  it('matches every query word in title or text, ignoring case and accents', async () => {
    const db = newDb();
    const ids = await library(db);
    const search = async (query: string) => (await listArticles(db, { query, sort: 'title' })).map((a) => a.id);

    expect(await search('BUDGET')).toEqual([ids.council]);
    // Words from the body, not the title.
    expect(await search('reckless')).toEqual([ids.council]);
    expect(await search('pandas spring')).toEqual([ids.zoo]);
    // All words must match: "pandas" and "budget" are never in one article.
    expect(await search('pandas budget')).toEqual([]);
    // Accent-insensitive both ways.
    expect(await search('cafe')).toEqual([ids.heatwave]);
    expect(await search('PÉREZ')).toEqual([ids.council]);
    // Words present in two articles.
    expect(await search('the said')).toEqual([ids.heatwave, ids.zoo]);
    // Blank query lists everything.
    expect(await search('   ')).toHaveLength(3);
  });

  it('does not match text the cleaner dropped as debris, nor deleted articles', async () => {
    const db = newDb();
    const ids = await library(db);
    expect(council.document.original).toContain('newsletter');
    expect(await listArticles(db, { query: 'newsletter' })).toEqual([]);

    await deleteArticle(db, ids.zoo);
    expect(await listArticles(db, { query: 'pandas' })).toEqual([]);
    expect((await listArticles(db)).map((a) => a.id).sort()).toEqual([ids.council, ids.heatwave].sort());
  });

  it('returns an empty list for an empty library', async () => {
    const db = newDb();
    expect(await listArticles(db)).toEqual([]);
    expect(await listArticles(db, { query: 'anything' })).toEqual([]);
  });
});

describe('ensureSamples', () => {
  const sample = (sampleId: string, title: string, body: string): SampleArticle => ({
    ...makeArticle({ title, paragraphs: [body] }),
    format: 'sample',
    sampleId,
  });
  const seed = sample('seed', 'Seed article', 'The mayor said the plan would work.');
  const opEd = sample('op-ed-1', 'Why the plan fails', 'This disastrous plan must be stopped.');

  it('adds the samples on first run only, and remembers them', async () => {
    const db = newDb();
    const first = await ensureSamples(db, [seed, opEd]);
    expect(first.offered.map((r) => [r.sampleId, r.status])).toEqual([
      ['seed', 'imported'],
      ['op-ed-1', 'imported'],
    ]);
    expect(await getSetting(db, 'samplesOffered')).toEqual(['seed', 'op-ed-1']);
    const stored = await db.articles.orderBy('id').toArray();
    expect(stored.map((a) => [a.sampleId, a.format])).toEqual([
      ['seed', 'sample'],
      ['op-ed-1', 'sample'],
    ]);

    expect(await ensureSamples(db, [seed, opEd])).toEqual({ offered: [] });
    expect(await db.articles.count()).toBe(2);
  });

  it('does not bring back a sample the learner deleted, even after it was purged', async () => {
    const db = newDb();
    const { offered } = await ensureSamples(db, [seed, opEd]);
    const seedId = offered[0].id;
    await deleteArticle(db, seedId, { now: 1_000 });

    await ensureSamples(db, [seed, opEd]);
    expect(await getArticle(db, seedId)).toBeUndefined();

    await purgeDeleted(db, 2_000);
    await ensureSamples(db, [seed, opEd]);
    expect((await listArticles(db)).map((a) => a.sampleId)).toEqual(['op-ed-1']);
    expect(await db.articles.count()).toBe(1);
  });

  it('offers a sample added by a later release exactly once', async () => {
    const db = newDb();
    await ensureSamples(db, [seed]);
    const later = await ensureSamples(db, [seed, opEd]);
    expect(later.offered.map((r) => r.sampleId)).toEqual(['op-ed-1']);
    expect(await getSetting(db, 'samplesOffered')).toEqual(['seed', 'op-ed-1']);
    expect((await ensureSamples(db, [seed, opEd])).offered).toEqual([]);
  });

  it('reports a sample whose text the learner already imported as a duplicate', async () => {
    const db = newDb();
    const mine = await addArticle(db, { ...seed, format: 'txt', title: 'My copy' });
    const { offered } = await ensureSamples(db, [seed]);
    expect(offered).toEqual([{ status: 'duplicate', id: mine.id, title: 'My copy', sampleId: 'seed' }]);
    expect(await db.articles.count()).toBe(1);
  });

  it('stores no sample and no flag when one sample fails to store', async () => {
    const db = newDb();
    const failOnOpEd = (_key: unknown, obj: { sampleId?: string }) => {
      if (obj.sampleId === 'op-ed-1') throw new Error('quota exceeded');
    };
    db.articles.hook('creating', failOnOpEd);
    await expect(ensureSamples(db, [seed, opEd])).rejects.toThrow('quota exceeded');
    db.articles.hook('creating').unsubscribe(failOnOpEd);

    expect(await db.articles.count()).toBe(0);
    expect(await getSetting(db, 'samplesOffered')).toBeUndefined();
    // The next start tries again and succeeds.
    expect((await ensureSamples(db, [seed, opEd])).offered).toHaveLength(2);
  });
});

describe('restoreSamples', () => {
  const sample = (sampleId: string, title: string, body: string): SampleArticle => ({
    ...makeArticle({ title, paragraphs: [body] }),
    format: 'sample',
    sampleId,
  });
  const seed = sample('seed', 'Seed article', 'The mayor said the plan would work.');
  const opEd = sample('op-ed-1', 'Why the plan fails', 'This disastrous plan must be stopped.');
  const report = sample('report-1', 'Rail line reopens', 'The rail line reopened on Monday, the operator said.');
  const bundled = [seed, opEd, report];

  async function firstRun(db: FramewiseDB): Promise<Record<string, number>> {
    const { offered } = await ensureSamples(db, bundled);
    return Object.fromEntries(offered.map((r) => [r.sampleId, r.id]));
  }

  it('undeletes a soft-deleted sample under the same id, keeping its practice history', async () => {
    const db = newDb();
    const profileId = (await db.profiles.toCollection().first())!.id;
    const ids = await firstRun(db);
    await addPracticeRows(db, ids.seed, profileId, 'seed');
    await deleteArticle(db, ids.seed, { now: 1_000 });
    expect(await sampleLibraryStatus(db, bundled)).toEqual({ total: 3, missing: 1 });

    expect(await restoreSamples(db, bundled, { now: 5_000 })).toEqual({ restored: 1, readded: 0 });

    expect(await getArticle(db, ids.seed)).toMatchObject({ id: ids.seed, sampleId: 'seed', deletedAt: null, updatedAt: 5_000 });
    expect(await db.attempts.where('articleId').equals(ids.seed).count()).toBe(2);
    expect(await db.reviewCards.where('articleId').equals(ids.seed).count()).toBe(1);
    expect(await db.disputes.where('articleId').equals(ids.seed).count()).toBe(1);
    expect(await db.articles.count()).toBe(3);
    expect(await sampleLibraryStatus(db, bundled)).toEqual({ total: 3, missing: 0 });
  });

  it('stores a purged sample again from the bundled text', async () => {
    const db = newDb();
    const ids = await firstRun(db);
    await deleteArticle(db, ids['op-ed-1'], { now: 1_000 });
    await purgeDeleted(db, 2_000);
    expect(await sampleLibraryStatus(db, bundled)).toEqual({ total: 3, missing: 1 });

    expect(await restoreSamples(db, bundled, { now: 5_000 })).toEqual({ restored: 0, readded: 1 });

    const back = await db.articles.where('sampleId').equals('op-ed-1').toArray();
    expect(back).toHaveLength(1);
    expect(await getArticle(db, back[0].id)).toMatchObject({
      hash: opEd.hash,
      title: opEd.title,
      format: 'sample',
      original: opEd.document.original,
      importedAt: 5_000,
      deletedAt: null,
    });
    expect(back[0].id).not.toBe(ids['op-ed-1']);
    expect((await listArticles(db, { sort: 'title' })).map((a) => a.sampleId)).toEqual(['report-1', 'seed', 'op-ed-1']);
  });

  it('restores deleted and purged samples together and leaves live ones untouched', async () => {
    const db = newDb();
    const ids = await firstRun(db);
    await deleteArticle(db, ids['op-ed-1'], { now: 1_000 });
    await purgeDeleted(db, 2_000);
    await deleteArticle(db, ids.seed, { now: 3_000 });
    const liveBefore = await db.articles.get(ids['report-1']);

    expect(await restoreSamples(db, bundled, { now: 5_000 })).toEqual({ restored: 1, readded: 1 });

    expect(await db.articles.get(ids['report-1'])).toEqual(liveBefore);
    expect(await db.articles.count()).toBe(3);
    expect((await listArticles(db)).map((a) => a.sampleId).sort()).toEqual(['op-ed-1', 'report-1', 'seed']);
    // A second restore finds nothing missing and writes nothing.
    expect(await restoreSamples(db, bundled, { now: 9_000 })).toEqual({ restored: 0, readded: 0 });
    expect((await db.articles.toArray()).map((a) => a.updatedAt).sort()).toEqual(
      [liveBefore!.updatedAt, 5_000, 5_000].sort(),
    );
  });

  it('leaves deleted articles that are not samples deleted', async () => {
    const db = newDb();
    const ids = await firstRun(db);
    const mine = await addArticle(db, council);
    await deleteArticle(db, mine.id, { now: 1_000 });
    await deleteArticle(db, ids.seed, { now: 1_000 });

    expect(await restoreSamples(db, bundled, { now: 5_000 })).toEqual({ restored: 1, readded: 0 });

    expect(await getArticle(db, mine.id)).toBeUndefined();
    expect(await db.articles.get(mine.id)).toMatchObject({ deletedAt: 1_000, updatedAt: 1_000 });
    expect((await listDeletedArticles(db)).map((a) => a.id)).toEqual([mine.id]);
  });

  it('does not add a sample whose text is already live as the learner\'s own import', async () => {
    const db = newDb();
    const mine = await addArticle(db, { ...seed, format: 'txt', title: 'My copy' });
    expect(await sampleLibraryStatus(db, bundled)).toEqual({ total: 3, missing: 2 });

    expect(await restoreSamples(db, bundled, { now: 5_000 })).toEqual({ restored: 0, readded: 2 });

    expect(await db.articles.count()).toBe(3);
    expect(await db.articles.get(mine.id)).toMatchObject({ title: 'My copy', format: 'txt' });
    expect(await db.articles.get(mine.id)).not.toHaveProperty('sampleId');
  });

  it('brings back a deleted copy of a sample\'s text instead of storing the text twice', async () => {
    const db = newDb();
    const mine = await addArticle(db, { ...seed, format: 'txt', title: 'My copy' });
    await ensureSamples(db, bundled);
    await deleteArticle(db, mine.id, { now: 1_000 });

    expect(await restoreSamples(db, bundled, { now: 5_000 })).toEqual({ restored: 1, readded: 0 });
    expect(await getArticle(db, mine.id)).toMatchObject({ title: 'My copy', sampleId: 'seed', deletedAt: null });
    expect(await db.articles.count()).toBe(3);
  });

  it('counts a sample whose text a later release changed as present while its old copy is live', async () => {
    const db = newDb();
    await firstRun(db);
    const revised = sample('seed', 'Seed article', 'The mayor said the revised plan would work.');
    const next = [revised, opEd, report];
    expect(await sampleLibraryStatus(db, next)).toEqual({ total: 3, missing: 0 });
    expect(await restoreSamples(db, next)).toEqual({ restored: 0, readded: 0 });
    expect(await db.articles.count()).toBe(3);
  });

  it('marks every sample as offered, so the next start offers none of them again', async () => {
    const db = newDb();
    await ensureSamples(db, [seed]);
    expect(await restoreSamples(db, bundled, { now: 5_000 })).toEqual({ restored: 0, readded: 2 });
    expect((await getSetting(db, 'samplesOffered'))?.sort()).toEqual(['op-ed-1', 'report-1', 'seed']);
    expect((await ensureSamples(db, bundled)).offered).toEqual([]);
    expect(await db.articles.count()).toBe(3);
  });

  it('changes nothing when one sample cannot be stored', async () => {
    const db = newDb();
    const ids = await firstRun(db);
    await deleteArticle(db, ids.seed, { now: 1_000 });
    await deleteArticle(db, ids['report-1'], { now: 1_000 });
    await purgeDeleted(db, 2_000);
    await deleteArticle(db, ids['op-ed-1'], { now: 3_000 });
    const failOnReport = (_key: unknown, obj: { sampleId?: string }) => {
      if (obj.sampleId === 'report-1') throw new Error('quota exceeded');
    };
    db.articles.hook('creating', failOnReport);
    await expect(restoreSamples(db, bundled, { now: 5_000 })).rejects.toThrow('quota exceeded');
    db.articles.hook('creating').unsubscribe(failOnReport);

    expect(await listArticles(db)).toEqual([]);
    expect(await db.articles.get(ids['op-ed-1'])).toMatchObject({ deletedAt: 3_000 });
    expect(await sampleLibraryStatus(db, bundled)).toEqual({ total: 3, missing: 3 });
    expect(await restoreSamples(db, bundled, { now: 6_000 })).toEqual({ restored: 1, readded: 2 });
  });
});

describe('purgeArticle (Trash: delete for good)', () => {
  it('removes one article in the trash with its practice rows, and leaves live articles and others alone', async () => {
    const db = newDb();
    const profileId = (await db.profiles.toCollection().first())!.id;
    const gone = await addArticle(db, council);
    const other = await addArticle(db, heatwave);
    const live = await addArticle(db, zoo);
    for (const [id, tag] of [[gone.id, 'gone'], [other.id, 'other'], [live.id, 'live']] as const) await addPracticeRows(db, id, profileId, tag);
    await deleteArticle(db, gone.id);
    await deleteArticle(db, other.id);

    expect(await purgeArticle(db, live.id)).toBe(false);
    expect(await getArticle(db, live.id)).toBeDefined();
    expect(await purgeArticle(db, gone.id)).toBe(true);
    expect(await db.articles.get(gone.id)).toBeUndefined();
    expect(await db.attempts.where('articleId').equals(gone.id).count()).toBe(0);
    expect(await db.reviewCards.where('articleId').equals(gone.id).count()).toBe(0);
    expect(await db.disputes.where('articleId').equals(gone.id).count()).toBe(0);
    expect((await listDeletedArticles(db)).map((a) => a.id)).toEqual([other.id]);
    expect(await db.attempts.where('articleId').equals(other.id).count()).toBe(2);
    expect(await purgeArticle(db, gone.id)).toBe(false);
  });

  it('empties the whole trash with purgeDeleted(Infinity), whatever the delete time', async () => {
    const db = newDb();
    const a = await addArticle(db, council);
    const b = await addArticle(db, heatwave);
    const live = await addArticle(db, zoo);
    await deleteArticle(db, a.id, { now: Date.now() + 60_000 });
    await deleteArticle(db, b.id);
    expect((await purgeDeleted(db, Number.POSITIVE_INFINITY)).articles).toBe(2);
    expect((await db.articles.toCollection().primaryKeys())).toEqual([live.id]);
  });
});

describe('summary rows kept between listings', () => {
  it('reads the summaries once for repeated listings, and again after any write, even one outside the repository', async () => {
    const db = trackedDatabase('summary-cache');
    {
      await addArticle(db, makeArticle({ title: 'First', paragraphs: ['One.'] }), { now: 1 });
      let reads = 0;
      db.articles.hook('reading', (row) => {
        reads++;
        return row;
      });
      expect((await listArticles(db)).map((a) => a.title)).toEqual(['First']);
      const afterFirst = reads;
      expect(afterFirst).toBe(1);
      expect((await listArticles(db, { sort: 'title' })).map((a) => a.title)).toEqual(['First']);
      expect(reads).toBe(afterFirst);
      // A write straight to the table (as a backup restore or pack import does) is seen.
      const second = makeArticle({ title: 'Second', paragraphs: ['Two.'] });
      const { document: _document, ...summary } = second;
      await db.articles.add({ ...summary, importedAt: 2, updatedAt: 2, deletedAt: null } as never);
      expect((await listArticles(db)).map((a) => a.title)).toEqual(['Second', 'First']);
      const [first] = await listArticles(db, { sort: 'title' });
      await deleteArticle(db, first.id);
      expect((await listArticles(db)).map((a) => a.title)).toEqual(['Second']);
    }
  });
});

