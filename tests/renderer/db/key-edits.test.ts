import { afterEach, describe, expect, it } from 'vitest';
import { addArticle } from '../../../src/renderer/src/db/articles';
import { getCheckedKey } from '../../../src/renderer/src/db/keys';
import { articleDisputes, resolveDispute, saveEditedKey } from '../../../src/renderer/src/db/key-edits';
import { addDispute, recordAttempt } from '../../../src/renderer/src/db/progress';
import { createProfile } from '../../../src/renderer/src/db/profiles';
import { parseBackup } from '../../../src/renderer/src/db/backup-format';
import { exportBackup } from '../../../src/renderer/src/db/backup';
import { closeTrackedDatabases, practiceAttempt, reviewCard, trackedDatabase } from './helpers';
import { keyedSample } from '../../fixtures/keyed-sample';

afterEach(closeTrackedDatabases);

async function setUp() {
  const db = trackedDatabase();
  const { article, key } = await keyedSample();
  const { id } = await addArticle(db, article);
  const ana = (await createProfile(db, 'Ana')).id;
  return { db, id, key, ana, text: article.document.original };
}

describe('saving an edited key', () => {
  it('saves a key that fits and marks earlier attempts on changed items, dropping their review cards', async () => {
    const { db, id, key, ana } = await setUp();
    await recordAttempt(db, practiceAttempt(ana, id, 'changed', 100), reviewCard(ana, id, 'changed', 100));
    await recordAttempt(db, practiceAttempt(ana, id, 'kept', 100), reviewCard(ana, id, 'kept', 100));
    const edited = { ...key, sentences: key.sentences.map((s, i) => (i === 0 ? { ...s, note: 'Checked.' } : s)) };
    const saved = await saveEditedKey(db, id, edited, { changedItemIds: ['changed'], now: 5_000 });
    expect(saved.markedAttempts).toBe(1);
    expect((await getCheckedKey(db, id))?.key.sentences[0].note).toBe('Checked.');
    const attempts = await db.attempts.toArray();
    expect(attempts.find((a) => a.itemId === 'changed')?.keyChangedAt).toBe(5_000);
    expect(attempts.find((a) => a.itemId === 'kept')?.keyChangedAt).toBeUndefined();
    expect((await db.reviewCards.toArray()).map((c) => c.itemId)).toEqual(['kept']);
  });

  it('does not mark an answer given after the change, nor one marked before', async () => {
    const { db, id, key, ana } = await setUp();
    await recordAttempt(db, practiceAttempt(ana, id, 'x', 100));
    await saveEditedKey(db, id, key, { changedItemIds: ['x'], now: 1_000 });
    await recordAttempt(db, practiceAttempt(ana, id, 'x', 2_000));
    const again = await saveEditedKey(db, id, key, { changedItemIds: ['x'], now: 1_500 });
    expect(again.markedAttempts).toBe(0);
    expect((await db.attempts.toArray()).map((a) => a.keyChangedAt)).toEqual([1_000, undefined]);
  });

  it('refuses a key that does not fit the text and writes nothing, attempts included', async () => {
    const { db, id, key, ana } = await setUp();
    await recordAttempt(db, practiceAttempt(ana, id, 'x', 100));
    const broken = { ...key, sentences: key.sentences.map((s, i) => (i === 0 ? { ...s, loaded: [{ text: 'words not in the sentence' }] } : s)) };
    await expect(saveEditedKey(db, id, broken, { changedItemIds: ['x'] })).rejects.toMatchObject({ code: 'key-mismatch' });
    expect(await db.checkedKeys.count()).toBe(0);
    expect((await db.attempts.toArray())[0].keyChangedAt).toBeUndefined();
  });
});

describe('teacher decisions on disputes', () => {
  it('accepts or rejects a dispute with a note, listed for the article', async () => {
    const { db, id, ana } = await setUp();
    const first = await addDispute(db, { profileId: ana, articleId: id, itemId: 'a', sentenceStart: 50, sentenceEnd: 90, reason: 'It is framing', at: 10 });
    const second = await addDispute(db, { profileId: ana, articleId: id, itemId: 'b', sentenceStart: 0, sentenceEnd: 40, reason: 'Wrong speaker', at: 20 });
    expect(await resolveDispute(db, first, { status: 'accepted', at: 30 })).toBe(true);
    expect(await resolveDispute(db, second, { status: 'rejected', note: '  The mayor says it, not the council.  ', at: 40 })).toBe(true);
    expect(await resolveDispute(db, 999, { status: 'accepted' })).toBe(false);
    const listed = await articleDisputes(db, id);
    expect(listed.map((d) => [d.itemId, d.resolution])).toEqual([
      ['b', { status: 'rejected', note: 'The mayor says it, not the council.', at: 40 }],
      ['a', { status: 'accepted', at: 30 }],
    ]);
  });

  it('a backup keeps the decisions and the "key changed" marks', async () => {
    const { db, id, key, ana } = await setUp();
    await recordAttempt(db, practiceAttempt(ana, id, 'x', 100));
    const disputeId = await addDispute(db, { profileId: ana, articleId: id, itemId: 'x', sentenceStart: 0, sentenceEnd: 10, reason: 'r', at: 10 });
    await resolveDispute(db, disputeId, { status: 'rejected', note: 'Kept.', at: 20 });
    await saveEditedKey(db, id, key, { changedItemIds: ['x'], now: 1_000 });
    const backup = parseBackup(await exportBackup(db));
    expect(backup.tables.attempts[0].keyChangedAt).toBe(1_000);
    expect(backup.tables.disputes[0].resolution).toEqual({ status: 'rejected', note: 'Kept.', at: 20 });
  });
});
