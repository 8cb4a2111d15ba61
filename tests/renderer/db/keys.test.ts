import { afterEach, describe, expect, it } from 'vitest';
import { addArticle, deleteArticle, purgeDeleted } from '../../../src/renderer/src/db/articles';
import { checkKeyAgainstText } from '../../../src/core/samples/check-key';
import { CheckedKeyError, deleteCheckedKey, getCheckedKey, saveCheckedKey } from '../../../src/renderer/src/db/keys';
import { closeTrackedDatabases, makeArticle, trackedDatabase } from './helpers';
import { keyedSample } from '../../fixtures/keyed-sample';

afterEach(closeTrackedDatabases);

describe('checked answer keys', () => {
  it('stores a key that fits the text, bound to the article hash, and reads it back', async () => {
    const db = trackedDatabase();
    const { article, key } = await keyedSample();
    const { id } = await addArticle(db, article);
    const saved = await saveCheckedKey(db, id, key, { checkedAt: 1_000, now: 2_000, teacher: 'Ms Ortiz' });
    expect(saved).toMatchObject({ articleId: id, hash: article.hash, checkedAt: 1_000, savedAt: 2_000, teacher: 'Ms Ortiz' });
    const read = await getCheckedKey(db, id);
    expect(read?.key.sentences).toEqual(key.sentences);
    expect(read?.hash).toBe(article.hash);
  });

  it('refuses a key whose sentences are not in the article, and stores nothing', async () => {
    const db = trackedDatabase();
    const { key } = await keyedSample();
    const other = makeArticle({ title: 'Another story', paragraphs: ['Nothing in this text matches the key at all, not one sentence of it.'] });
    const { id } = await addArticle(db, other);
    const error = await saveCheckedKey(db, id, key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckedKeyError);
    expect((error as CheckedKeyError).code).toBe('key-mismatch');
    expect((error as CheckedKeyError).problems.some((p) => /not found/.test(p))).toBe(true);
    expect(await db.checkedKeys.count()).toBe(0);
  });

  it('refuses a key with a bad field type and names the field', async () => {
    const { article, key } = await keyedSample();
    const broken = { ...key, sentences: key.sentences.map((s, i) => (i === 0 ? { ...s, hedges: 'maybe' } : s)) };
    expect(checkKeyAgainstText(broken, article.document.original)).toEqual({ ok: false, problems: [expect.stringMatching(/sentences\[0\]\.hedges/)] });
    expect(checkKeyAgainstText(key, article.document.original)).toMatchObject({ ok: true });
  });

  it('refuses a key for a missing or deleted article', async () => {
    const db = trackedDatabase();
    const { article, key } = await keyedSample();
    await expect(saveCheckedKey(db, 99, key)).rejects.toMatchObject({ code: 'no-article' });
    const { id } = await addArticle(db, article);
    await deleteArticle(db, id);
    await expect(saveCheckedKey(db, id, key)).rejects.toMatchObject({ code: 'no-article' });
  });

  it('does not hand out a key bound to another text', async () => {
    const db = trackedDatabase();
    const { article, key } = await keyedSample();
    const { id } = await addArticle(db, article);
    await saveCheckedKey(db, id, key);
    await db.checkedKeys.update(id, { hash: 'f'.repeat(64) });
    expect(await getCheckedKey(db, id)).toBeUndefined();
  });

  it('deletes a key, and purging the article removes its key', async () => {
    const db = trackedDatabase();
    const { article, key } = await keyedSample();
    const { id } = await addArticle(db, article);
    await saveCheckedKey(db, id, key);
    expect(await deleteCheckedKey(db, id)).toBe(true);
    expect(await deleteCheckedKey(db, id)).toBe(false);
    expect(await getCheckedKey(db, id)).toBeUndefined();
    await saveCheckedKey(db, id, key);
    await deleteArticle(db, id, { now: 10 });
    await purgeDeleted(db, 20);
    expect(await db.checkedKeys.count()).toBe(0);
  });
});
