import { afterEach, describe, expect, it } from 'vitest';
import { readPack } from '../../../src/core/pack';
import { addArticle, deleteArticle, listArticles } from '../../../src/renderer/src/db/articles';
import { applyPackImport, exportClassPack, previewPackImport } from '../../../src/renderer/src/db/class-pack';
import { getCheckedKey, saveCheckedKey } from '../../../src/renderer/src/db/keys';
import { recordAttempt } from '../../../src/renderer/src/db/progress';
import { closeTrackedDatabases, makeArticle, practiceAttempt, trackedDatabase } from './helpers';
import { keyedSample, KEYED_SAMPLE_IDS } from '../../fixtures/keyed-sample';

afterEach(closeTrackedDatabases);

/** A teacher's library: two keyed articles (one checked, one a sample with its hand key) and one without a key. */
async function teacherPack(opts: { checkedAt?: number } = {}) {
  const teacher = trackedDatabase('teacher');
  const first = await keyedSample(KEYED_SAMPLE_IDS[0]);
  const second = await keyedSample(KEYED_SAMPLE_IDS[1]);
  const plain = makeArticle({ title: 'Harbour notes', paragraphs: ['The harbour reopened on Monday after three weeks of repairs to the east wall.'] });
  const a = await addArticle(teacher, first.article);
  const b = await addArticle(teacher, second.article, { sampleId: KEYED_SAMPLE_IDS[1] });
  const c = await addArticle(teacher, plain);
  await saveCheckedKey(teacher, a.id, first.key, { checkedAt: opts.checkedAt ?? 5_000 });
  const bytes = await exportClassPack(teacher, [a.id, b.id, c.id], {
    sampleKeyFor: (id) => (id === KEYED_SAMPLE_IDS[1] ? second.key : undefined),
    assignment: { title: 'Floods week', due: '2027-03-12', teacher: 'Ms Ortiz' },
    now: 6_000,
  });
  return { bytes, first, second, plain };
}

describe('class pack export and import', () => {
  it('exports chosen articles with their keys, previews without writing, then imports them searchable', async () => {
    const { bytes, first } = await teacherPack();
    const pack = await readPack(bytes);
    expect(pack.articles.map((a) => [a.article.title, a.key?.checkedAt])).toEqual([
      [first.article.title, 5_000],
      [expect.any(String), 6_000],
      ['Harbour notes', undefined],
    ]);

    const learner = trackedDatabase('learner');
    const plan = await previewPackImport(learner, pack);
    expect(plan).toMatchObject({ total: { articles: 3, keys: 2 }, added: 3, alreadyPresent: 0, keysTaken: 2 });
    expect(await learner.articles.count()).toBe(0);

    const result = await applyPackImport(learner, pack, { now: 7_000 });
    expect(result.articleIds).toHaveLength(3);
    expect(await learner.articles.count()).toBe(3);
    const key = await getCheckedKey(learner, result.articleIds[0]);
    expect(key).toMatchObject({ checkedAt: 5_000, savedAt: 7_000, teacher: 'Ms Ortiz', hash: first.article.hash });
    expect(await getCheckedKey(learner, result.articleIds[2])).toBeUndefined();
    expect((await listArticles(learner, { query: 'harbour' })).map((a) => a.id)).toEqual([result.articleIds[2]]);
  });

  it('keeps the learner progress on an article already present, takes a newer key and keeps a newer local one', async () => {
    const { bytes, first, second } = await teacherPack({ checkedAt: 5_000 });
    const pack = await readPack(bytes);
    const learner = trackedDatabase('learner');
    const here = await addArticle(learner, first.article);
    const other = await addArticle(learner, second.article);
    await saveCheckedKey(learner, here.id, first.key, { checkedAt: 1_000 });
    await saveCheckedKey(learner, other.id, second.key, { checkedAt: 9_000 });
    const profileId = (await learner.profiles.toCollection().first())!.id;
    await recordAttempt(learner, practiceAttempt(profileId, here.id, 'item-1', 100));

    const plan = await previewPackImport(learner, pack);
    expect(plan.articles.map((a) => [a.action, a.key])).toEqual([
      ['present', 'take'],
      ['present', 'keep-local'],
      ['add', 'none'],
    ]);
    const result = await applyPackImport(learner, pack);
    expect(result.articleIds.slice(0, 2)).toEqual([here.id, other.id]);
    expect(await learner.attempts.where('articleId').equals(here.id).count()).toBe(1);
    expect((await getCheckedKey(learner, here.id))?.checkedAt).toBe(5_000);
    expect((await getCheckedKey(learner, other.id))?.checkedAt).toBe(9_000);
    expect(await learner.articles.count()).toBe(3);
  });

  it('shares a sample without its hand key when that key no longer fits the text', async () => {
    const teacher = trackedDatabase('teacher');
    const { article, key } = await keyedSample(KEYED_SAMPLE_IDS[1]);
    const { id } = await addArticle(teacher, article, { sampleId: 'edited-sample' });
    const stale = { ...key, sentences: key.sentences.map((s, i) => (i === 1 ? { ...s, text: `${s.text} Not in the text.` } : s)) };
    const pack = await readPack(await exportClassPack(teacher, [id], { sampleKeyFor: () => stale }));
    expect(pack.articles).toHaveLength(1);
    expect(pack.articles[0].key).toBeUndefined();
  });

  it('brings back an article the learner had deleted, under the same id', async () => {
    const { bytes, first } = await teacherPack();
    const learner = trackedDatabase('learner');
    const here = await addArticle(learner, first.article);
    await deleteArticle(learner, here.id);
    const pack = await readPack(bytes);
    expect((await previewPackImport(learner, pack)).articles[0].action).toBe('restore');
    const result = await applyPackImport(learner, pack);
    expect(result.articleIds[0]).toBe(here.id);
    expect((await learner.articles.get(here.id))?.deletedAt).toBeNull();
  });

  it('does not take a key that fits the pack text but not the library copy of the same article', async () => {
    const { bytes, first } = await teacherPack();
    const pack = await readPack(bytes);
    const learner = trackedDatabase('learner');
    // Same cleaned text (same hash), but the raw text kept an advertisement line the cleaner dropped,
    // which the key does not list as debris.
    const original = first.article.document.original;
    const at = original.indexOf('\n\n') + 2;
    const withAd = `${original.slice(0, at)}Advertisement: subscribe for 1 euro a week\n\n${original.slice(at)}`;
    const here = await learner.transaction('rw', learner.articles, learner.articleBodies, async () => {
      const added = await addArticle(learner, first.article);
      await learner.articleBodies.update(added.id, { original: withAd });
      return added;
    });
    const result = await applyPackImport(learner, pack);
    expect(result.keysNotFitting).toBe(1);
    expect(await getCheckedKey(learner, here.id)).toBeUndefined();
  });
});
