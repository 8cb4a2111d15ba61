import { describe, expect, it } from 'vitest';
import { planPackImport, type ClassPack, type ExistingArticle } from '../../../src/core/pack';
import type { ImportedArticle } from '../../../src/core/text/types';
import type { AnswerKey } from '../../../src/core/samples/answer-key';

const article = (hash: string): ImportedArticle => ({
  title: `Article ${hash}`,
  format: 'txt',
  fileName: `${hash}.txt`,
  document: { original: 'x', blocks: [] },
  hash,
  wordCount: 1,
});
const key = (checkedAt: number) => ({ answerKey: { id: 'k' } as AnswerKey, checkedAt });

const pack: ClassPack = {
  version: 1,
  createdAt: 0,
  articles: [
    { article: article('new'), key: key(100) },
    { article: article('here-no-key'), key: key(100) },
    { article: article('here-older-key'), key: key(100) },
    { article: article('here-newer-key'), key: key(100) },
    { article: article('here-same-key'), key: key(100) },
    { article: article('deleted') },
  ],
};

describe('planPackImport', () => {
  it('matches by hash, keeps present articles (their ids, so progress stays), restores deleted ones, takes only newer keys', () => {
    const existing = new Map<string, ExistingArticle>([
      ['here-no-key', { id: 1, deleted: false }],
      ['here-older-key', { id: 2, deleted: false, keyCheckedAt: 50 }],
      ['here-newer-key', { id: 3, deleted: false, keyCheckedAt: 200 }],
      ['here-same-key', { id: 4, deleted: false, keyCheckedAt: 100 }],
      ['deleted', { id: 5, deleted: true }],
    ]);
    const plan = planPackImport(pack, existing);
    expect(plan.articles.map((a) => [a.hash, a.action, a.existingId, a.key])).toEqual([
      ['new', 'add', undefined, 'take'],
      ['here-no-key', 'present', 1, 'take'],
      ['here-older-key', 'present', 2, 'take'],
      ['here-newer-key', 'present', 3, 'keep-local'],
      ['here-same-key', 'present', 4, 'keep-local'],
      ['deleted', 'restore', 5, 'none'],
    ]);
    expect(plan.total).toEqual({ articles: 6, keys: 5 });
    expect(plan).toMatchObject({ added: 2, alreadyPresent: 4, keysTaken: 3, keysKept: 2 });
  });
});
