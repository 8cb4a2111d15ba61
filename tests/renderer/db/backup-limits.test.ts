/**
 * Issue 9, defect 1: every backup the app writes must be restorable. The backup reader
 * bounds short text fields; what the app stores must stay within the same bounds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addArticle } from '../../../src/renderer/src/db/articles';
import { applyRestore, exportBackup, parseBackup, planRestore, MAX_SHORT_TEXT_CHARS } from '../../../src/renderer/src/db/backup';
import { listProfiles } from '../../../src/renderer/src/db/profiles';
import { addDispute, MAX_DISPUTE_REASON_CHARS } from '../../../src/renderer/src/db/progress';
import { finishArticle } from '../../../src/renderer/src/import/article';
import { cleanParts } from '../../../src/core/text/clean';
import { closeTrackedDatabases, makeArticle, trackedDatabase } from './helpers';

afterEach(() => closeTrackedDatabases());

const huge = (c: string) => c.repeat(MAX_SHORT_TEXT_CHARS * 5);

describe('backups with the longest storable values', () => {
  it('a page whose meta tags are huge imports with capped metadata', async () => {
    const article = await finishArticle({
      document: cleanParts([{ text: 'The council voted on Tuesday to close the library for good, citing costs.' }]),
      format: 'html',
      fileName: `${'n'.repeat(MAX_SHORT_TEXT_CHARS * 2)}.html`,
      byline: huge('B'),
      siteName: huge('S'),
      title: huge('T'),
    });
    for (const value of [article.byline, article.siteName, article.title, article.fileName]) {
      expect(value!.length).toBeGreaterThan(0);
      expect(value!.length).toBeLessThanOrEqual(MAX_SHORT_TEXT_CHARS);
    }
  });

  it('stores, exports and restores an article and a dispute written with over-long fields', async () => {
    const source = trackedDatabase('source');
    const learner = (await listProfiles(source))[0].id;
    // Straight to the store, as a caller that skipped the importer would.
    const stored = await addArticle(
      source,
      makeArticle({ title: huge('T'), paragraphs: ['The mayor said the budget was balanced.'], byline: huge('B'), siteName: huge('S'), fileName: huge('f') }),
    );
    await addDispute(source, {
      profileId: learner,
      articleId: stored.id,
      itemId: 'item:1',
      sentenceStart: 0,
      sentenceEnd: 5,
      reason: `   ${huge('r')}   `,
      at: 1,
    });
    const backup = parseBackup(await exportBackup(source));
    const target = trackedDatabase('target');
    const plan = await planRestore(target, backup);
    await applyRestore(target, backup, plan, { mode: 'replace' });
    const [article] = await target.articles.toArray();
    const [dispute] = await target.disputes.toArray();
    expect(article.byline!.length).toBeLessThanOrEqual(MAX_SHORT_TEXT_CHARS);
    expect(article.siteName!.length).toBeLessThanOrEqual(MAX_SHORT_TEXT_CHARS);
    expect(article.title.length).toBeLessThanOrEqual(MAX_SHORT_TEXT_CHARS);
    expect(article.fileName.length).toBeLessThanOrEqual(MAX_SHORT_TEXT_CHARS);
    expect(dispute.reason).toBe('r'.repeat(MAX_DISPUTE_REASON_CHARS));
    expect(MAX_DISPUTE_REASON_CHARS).toBeLessThanOrEqual(MAX_SHORT_TEXT_CHARS);
  });

  it('a backup written before the caps (long byline, title, reason) is read with those fields shortened', async () => {
    const source = trackedDatabase('old');
    const learner = (await listProfiles(source))[0].id;
    const stored = await addArticle(source, makeArticle({ title: 'Short', paragraphs: ['The mayor said the budget was balanced.'] }));
    await addDispute(source, { profileId: learner, articleId: stored.id, itemId: 'i', sentenceStart: 0, sentenceEnd: 5, reason: 'ok', at: 1 });
    const json = JSON.parse(new TextDecoder().decode(await exportBackup(source)));
    json.tables.articles[0].byline = huge('B');
    json.tables.articles[0].title = `${huge('T')}\u{1F600}`;
    json.tables.disputes[0].reason = huge('r');
    const backup = parseBackup(JSON.stringify(json));
    expect(backup.tables.articles[0].byline).toBe('B'.repeat(MAX_SHORT_TEXT_CHARS));
    expect(backup.tables.articles[0].title.length).toBeLessThanOrEqual(MAX_SHORT_TEXT_CHARS);
    expect(backup.tables.disputes[0].reason.length).toBeLessThanOrEqual(MAX_SHORT_TEXT_CHARS);
  });
});
