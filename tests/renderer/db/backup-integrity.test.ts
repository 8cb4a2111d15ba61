/**
 * Issue 9: a crafted backup cannot plant a text under another text's hash (defect 10),
 * and absurd nesting, empty bodies and blocks that do not match their text are refused
 * as a damaged backup ("Also" list).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addArticle, getArticle } from '../../../src/renderer/src/db/articles';
import { applyRestore, BackupError, exportBackup, parseBackup, planRestore } from '../../../src/renderer/src/db/backup';
import { closeTrackedDatabases, makeArticle, trackedDatabase } from './helpers';

afterEach(() => closeTrackedDatabases());

const genuine = makeArticle({ title: 'Budget passes', paragraphs: ['The council approved the budget on Monday by nine votes to four.'] });
const planted = makeArticle({ title: 'Budget passes', paragraphs: ['The council was bribed to approve the budget, insiders claim.'] });

async function backupJsonOf(...articles: (typeof genuine)[]): Promise<any> {
  const source = trackedDatabase(`source-${Math.random()}`);
  for (const article of articles) await addArticle(source, article);
  return JSON.parse(new TextDecoder().decode(await exportBackup(source)));
}

function corruptDetail(json: unknown): string {
  try {
    parseBackup(JSON.stringify(json));
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('corrupt');
    return (error as BackupError).detail ?? '';
  }
  throw new Error('the backup was accepted');
}

describe('restore and article hashes', () => {
  it('a planted text carrying the genuine article’s hash does not answer a later import of the genuine article', async () => {
    const json = await backupJsonOf(planted);
    json.tables.articles[0].hash = genuine.hash;
    const target = trackedDatabase('target');
    const backup = parseBackup(JSON.stringify(json));
    await applyRestore(target, backup, await planRestore(target, backup), { mode: 'merge' });
    const [summary] = await target.articles.toArray();
    const restored = (await getArticle(target, summary.id!))!;
    expect(restored.hash).toBe(planted.hash);
    expect(restored.original).toBe(planted.document.original);

    const result = await addArticle(target, genuine);
    expect(result.status).toBe('imported');
    expect((await getArticle(target, result.id))!.original).toBe(genuine.document.original);
  });

  it('two articles with the same text under different hashes are a damaged backup', async () => {
    const json = await backupJsonOf(genuine, planted);
    json.tables.articles[1].original = json.tables.articles[0].original;
    json.tables.articles[1].blocks = json.tables.articles[0].blocks;
    const backup = parseBackup(JSON.stringify(json));
    const target = trackedDatabase('target');
    await expect(planRestore(target, backup)).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('damaged backups', () => {
  it('a value nested deeper than any real one is refused before it reaches storage', async () => {
    const json = await backupJsonOf(genuine);
    let deep: unknown = 1;
    for (let i = 0; i < 1_000; i++) deep = [deep];
    json.tables.settings.push({ key: 'deep', value: deep });
    expect(corruptDetail(json)).toMatch(/nested/);
  });

  it('a 20,000-deep JSON text is the normal damaged-backup error too', async () => {
    const json = await backupJsonOf(genuine);
    const text = JSON.stringify(json).replace('"settings":[]', `"settings":[{"key":"deep","value":${'['.repeat(20_000)}${']'.repeat(20_000)}}]`);
    let error: unknown;
    try {
      parseBackup(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('corrupt');
  });

  it('an article with an empty body is refused', async () => {
    const json = await backupJsonOf(genuine);
    json.tables.articles[0].blocks = [];
    expect(corruptDetail(json)).toMatch(/article with text/);
    const onlyDebris = await backupJsonOf(genuine);
    onlyDebris.tables.articles[0].blocks = onlyDebris.tables.articles[0].blocks.map((b: any) => ({ ...b, kind: 'debris', reason: 'advertisement' }));
    expect(corruptDetail(onlyDebris)).toMatch(/article with text/);
  });

  it('blocks out of order, overlapping or not matching their text are refused', async () => {
    const damage: ((article: any) => void)[] = [
      (a) => a.blocks.reverse(),
      (a) => (a.blocks[1].start = a.blocks[0].start),
      (a) => (a.blocks[1].text = 'Words that are not in the article at all.'),
      (a) => (a.blocks[0].text = `${a.blocks[0].text} extra`),
    ];
    for (const [i, change] of damage.entries()) {
      const json = await backupJsonOf(genuine);
      change(json.tables.articles[0]);
      expect({ i, detail: corruptDetail(json) }).toMatchObject({ i, detail: expect.stringContaining('blocks') });
    }
  });
});
