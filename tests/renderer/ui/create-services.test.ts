// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportedArticle } from '../../../src/core/text/types';
import { createAppServices } from '../../../src/renderer/src/ui/create-services';
import { closeTrackedDatabases, trackedDatabase } from '../db/helpers';
import { textFile } from './fakes';

afterEach(closeTrackedDatabases);

const REPORT = 'Ferry contract signed\n\nThe council signed the ferry contract on Tuesday, a spokeswoman said.\n\nCritics called the deal reckless.';

describe('createAppServices: analysing an imported article ahead of the reader', () => {
  it('starts the analysis of a single file as soon as it is read, before it is stored, keyed by the hash the reader asks with', async () => {
    const db = trackedDatabase();
    const ahead: { article: ImportedArticle; storedBefore: number }[] = [];
    let stored = 0;
    db.articles.hook('creating', () => {
      stored += 1;
    });
    const warmed: number[] = [];
    const services = createAppServices(db, {
      analyseAhead: (article) => ahead.push({ article, storedBefore: stored }),
      warmAnalysis: () => warmed.push(ahead.length),
    });
    const [outcome] = await services.importFiles([textFile('ferry.txt', REPORT)], { onResult: () => {}, analyseAhead: true });
    expect(outcome.status).toBe('imported');
    expect(ahead).toHaveLength(1);
    expect(ahead[0].storedBefore).toBe(0);
    // The analyser was asked to load as the import started, before the file was read.
    expect(warmed).toEqual([0]);
    const record = await services.getArticle(outcome.articleId!);
    expect(ahead[0].article.hash).toBe(record?.hash);
    expect(ahead[0].article.document.original).toBe(record?.original);
    expect(ahead[0].article.document.blocks).toEqual(record?.blocks);
  });

  it('analyses nothing ahead for a batch (the reader does not open)', async () => {
    const db = trackedDatabase();
    const ahead: ImportedArticle[] = [];
    const warm = vi.fn();
    const services = createAppServices(db, { analyseAhead: (article) => ahead.push(article), warmAnalysis: warm });
    const outcomes = await services.importFiles([textFile('a.txt', REPORT), textFile('b.txt', `${REPORT}\n\nOne more line here.`)], { onResult: () => {} });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['imported', 'imported']);
    expect(ahead).toEqual([]);
    expect(warm).not.toHaveBeenCalled();
  });
});
