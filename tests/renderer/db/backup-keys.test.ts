import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addArticle, listArticles } from '../../../src/renderer/src/db/articles';
import { applyRestore, BackupError, createBackup, exportBackup, parseBackup, planRestore, serializeBackup } from '../../../src/renderer/src/db/backup';
import { exportForCarryOver, importCarriedOver } from '../../../src/renderer/src/db/carry-over';
import { getCheckedKey, saveCheckedKey } from '../../../src/renderer/src/db/keys';
import { listAttempts } from '../../../src/renderer/src/db/progress';
import { listProfiles } from '../../../src/renderer/src/db/profiles';
import { KEYED_SAMPLE_IDS, keyedSample } from '../../fixtures/keyed-sample';
import { closeTrackedDatabases, isolatedIndexedDB, makeArticle, trackedDatabase } from './helpers';

afterEach(closeTrackedDatabases);

/** A library with two articles, each with a teacher's checked key, and one article without a key. */
async function teacherLibrary(db = trackedDatabase()) {
  const floods = await keyedSample(KEYED_SAMPLE_IDS[0]);
  const hours = await keyedSample(KEYED_SAMPLE_IDS[1]);
  const floodsId = (await addArticle(db, floods.article, { now: 100 })).id;
  const hoursId = (await addArticle(db, hours.article, { now: 200 })).id;
  await addArticle(db, makeArticle({ title: 'No key', paragraphs: ['Nobody checked this one.'] }), { now: 300 });
  await saveCheckedKey(db, floodsId, floods.key, { checkedAt: 1_000, teacher: 'Ms Ortiz' });
  await saveCheckedKey(db, hoursId, hours.key, { checkedAt: 2_000 });
  return { db, floods, hours, floodsId, hoursId };
}

async function restoreInto(target: ReturnType<typeof trackedDatabase>, bytes: Uint8Array, mode: 'merge' | 'replace' = 'merge') {
  const backup = parseBackup(bytes);
  const plan = await planRestore(target, backup);
  const summary = await applyRestore(target, backup, plan, { mode });
  return { backup, plan, summary };
}

async function idByTitle(db: ReturnType<typeof trackedDatabase>, title: string): Promise<number> {
  const found = (await listArticles(db)).find((a) => a.title === title);
  if (!found) throw new Error(`no article “${title}”`);
  return found.id;
}

describe('checked keys in a backup', () => {
  it('exports the keys bound to live articles, and not a key bound to another text', async () => {
    const { db, floodsId, hoursId, floods } = await teacherLibrary();
    await db.checkedKeys.update(hoursId, { hash: 'f'.repeat(64) });
    const backup = await createBackup(db);
    expect(backup.tables.checkedKeys).toHaveLength(1);
    expect(backup.tables.checkedKeys[0]).toMatchObject({ articleId: floodsId, checkedAt: 1_000, teacher: 'Ms Ortiz' });
    expect(backup.tables.checkedKeys[0].key.sentences).toEqual(floods.key.sentences);
  });

  it('a merge into another library writes each key bound to the restored article’s id and hash', async () => {
    const { db, floods, hours } = await teacherLibrary();
    const target = trackedDatabase('other');
    // An article here first, so the restored ids differ from the backup's.
    await addArticle(target, makeArticle({ title: 'Already here', paragraphs: ['Something local.'] }));
    const { plan, summary } = await restoreInto(target, await exportBackup(db));
    expect(plan.checkedKeys).toMatchObject({ new: 2, replaced: 0, keptLocalNewer: 0, same: 0, dropped: [] });
    expect(summary.checkedKeysSaved).toBe(2);
    const floodsHere = await idByTitle(target, floods.article.title);
    const stored = await getCheckedKey(target, floodsHere);
    expect(stored).toMatchObject({ articleId: floodsHere, hash: floods.article.hash, checkedAt: 1_000, teacher: 'Ms Ortiz' });
    expect(stored?.key.sentences).toEqual(floods.key.sentences);
    expect((await getCheckedKey(target, await idByTitle(target, hours.article.title)))?.checkedAt).toBe(2_000);
  });

  it('a replace restore brings the keys back too', async () => {
    const { db, floods } = await teacherLibrary();
    const bytes = await exportBackup(db);
    const target = trackedDatabase('other');
    await teacherLibrary(target);
    await target.checkedKeys.clear();
    const { summary } = await restoreInto(target, bytes, 'replace');
    expect(summary.removed?.checkedKeys).toBe(0);
    expect(await target.checkedKeys.count()).toBe(2);
    expect((await getCheckedKey(target, await idByTitle(target, floods.article.title)))?.teacher).toBe('Ms Ortiz');
  });

  it('on a merge the later check wins, both ways', async () => {
    const { db, floods, hours } = await teacherLibrary();
    const bytes = await exportBackup(db);
    const target = trackedDatabase('other');
    const floodsHere = (await addArticle(target, floods.article)).id;
    const hoursHere = (await addArticle(target, hours.article)).id;
    // Here: floods checked later than the backup's (kept); hours checked earlier (replaced).
    const localFloodsKey = { ...floods.key, title: 'Checked again here' };
    await saveCheckedKey(target, floodsHere, localFloodsKey, { checkedAt: 5_000 });
    await saveCheckedKey(target, hoursHere, hours.key, { checkedAt: 500, teacher: 'Mr Old' });
    const { plan } = await restoreInto(target, bytes);
    expect(plan.checkedKeys).toMatchObject({ new: 0, replaced: 1, keptLocalNewer: 1, same: 0 });
    expect(await getCheckedKey(target, floodsHere)).toMatchObject({ checkedAt: 5_000, key: { title: 'Checked again here' } });
    const hoursKey = await getCheckedKey(target, hoursHere);
    expect(hoursKey).toMatchObject({ articleId: hoursHere, hash: hours.article.hash, checkedAt: 2_000 });
    expect(hoursKey?.teacher).toBeUndefined();
    // The same backup again changes nothing.
    expect((await planRestore(target, parseBackup(bytes))).checkedKeys).toMatchObject({ new: 0, replaced: 0, keptLocalNewer: 1, same: 1 });
  });

  it('a key that does not fit its article is dropped with a note; the rest of the backup is restored', async () => {
    const { db, floods } = await teacherLibrary();
    const json = JSON.parse(serializeBackup(await createBackup(db)));
    const floodsEntry = json.tables.checkedKeys.find((k: { key: { title: string } }) => k.key.title === floods.key.title);
    floodsEntry.key.sentences[0].text = 'A sentence that is nowhere in the article.';
    const backup = parseBackup(JSON.stringify(json));
    expect(backup.tables.checkedKeys).toHaveLength(1);
    expect(backup.droppedCheckedKeys).toEqual([
      expect.objectContaining({ title: floods.article.title, reason: 'does-not-fit', detail: expect.stringMatching(/checkedKeys\[\d\]\.key/) }),
    ]);
    const target = trackedDatabase('other');
    const plan = await planRestore(target, backup);
    expect(plan.checkedKeys.new).toBe(1);
    expect(plan.checkedKeys.dropped).toEqual([expect.objectContaining({ title: floods.article.title, reason: 'does-not-fit' })]);
    const summary = await applyRestore(target, backup, plan, { mode: 'merge' });
    expect(summary).toMatchObject({ articlesAdded: 3, checkedKeysSaved: 1, checkedKeysDropped: 1 });
    expect(await getCheckedKey(target, await idByTitle(target, floods.article.title))).toBeUndefined();
  });

  it('drops damaged, dangling and duplicate key entries, but a checkedKeys that is not a list is a damaged file', async () => {
    const { db } = await teacherLibrary();
    const json = JSON.parse(serializeBackup(await createBackup(db)));
    const good = json.tables.checkedKeys[0];
    json.tables.checkedKeys = [
      ...json.tables.checkedKeys,
      { ...good, checkedAt: 'yesterday' },
      { ...good, articleId: 999 },
      { ...good },
      'not a key',
    ];
    const backup = parseBackup(JSON.stringify(json));
    expect(backup.tables.checkedKeys.map((k) => k.articleId).sort()).toEqual(json.tables.checkedKeys.slice(0, 2).map((k: { articleId: number }) => k.articleId).sort());
    expect(backup.droppedCheckedKeys?.map((d) => d.reason)).toEqual(['damaged', 'no-article', 'duplicate', 'damaged']);
    expect(backup.droppedCheckedKeys?.[0].articleId).toBe(good.articleId);

    const notAList = JSON.parse(serializeBackup(await createBackup(db)));
    notAList.tables.checkedKeys = { 1: good };
    expect(() => parseBackup(JSON.stringify(notAList))).toThrow(BackupError);
  });

  it('drops a key whose article is here with another raw text the key does not fit', async () => {
    const { db, floods } = await teacherLibrary();
    const bytes = await exportBackup(db);
    const target = trackedDatabase('other');
    // The same cleaned text (same hash) from a raw text with a debris line in front.
    const original = floods.article.document.original;
    const shifted = {
      ...floods.article,
      document: {
        original: `ADVERTISEMENT\n\n${original}`,
        blocks: [
          { kind: 'debris' as const, start: 0, end: 13, text: 'ADVERTISEMENT' },
          ...floods.article.document.blocks.map((b) => ({ ...b, start: b.start + 15, end: b.end + 15 })),
        ],
      },
    };
    const hereId = (await addArticle(target, shifted)).id;
    const { plan } = await restoreInto(target, bytes);
    // The key does not list the extra line as debris, so it would leave body text uncovered here.
    expect(plan.checkedKeys.dropped).toEqual([expect.objectContaining({ title: floods.article.title, reason: 'does-not-fit-here' })]);
    expect(plan.checkedKeys.new).toBe(1);
    expect(await getCheckedKey(target, hereId)).toBeUndefined();
  });

  it('restores a backup written before checked keys existed', async () => {
    const bytes = readFileSync(join(__dirname, '../../fixtures/backup-before-checked-keys.framewise.json'));
    const raw = JSON.parse(bytes.toString('utf8'));
    expect(raw.tables.checkedKeys).toBeUndefined();
    const target = trackedDatabase('other');
    const { backup, plan, summary } = await restoreInto(target, new Uint8Array(bytes), 'merge');
    expect(backup.tables.checkedKeys).toEqual([]);
    expect(backup.droppedCheckedKeys).toBeUndefined();
    expect(plan.checkedKeys).toEqual({ new: 0, replaced: 0, keptLocalNewer: 0, same: 0, dropped: [] });
    expect(summary).toMatchObject({ articlesAdded: 1, attemptsAdded: 1, checkedKeysSaved: 0 });
    expect((await listArticles(target)).map((a) => a.title)).toEqual([raw.tables.articles[0].title]);
    expect(await listAttempts(target, (await listProfiles(target))[0].id)).toHaveLength(1);
    expect(await target.checkedKeys.count()).toBe(0);
  });

  it('the one-time file:// carry-over carries the keys', async () => {
    const idb = isolatedIndexedDB();
    const old = trackedDatabase('framewise', idb);
    const { floods } = await teacherLibrary(old);
    const bytes = await exportForCarryOver({ dexie: idb });
    const fresh = trackedDatabase('framewise');
    expect((await importCarriedOver(fresh, bytes)).outcome).toBe('replaced');
    expect(await fresh.checkedKeys.count()).toBe(2);
    const id = await idByTitle(fresh, floods.article.title);
    expect(await getCheckedKey(fresh, id)).toMatchObject({ articleId: id, hash: floods.article.hash, checkedAt: 1_000 });
  });
});
