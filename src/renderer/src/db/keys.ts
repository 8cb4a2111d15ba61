/**
 * Teacher-checked answer keys (schema version 4): at most one per article, bound to the
 * article's content hash. A key is checked against the article's text before it is stored
 * (validateKey, and the practice generator must be able to place every sentence), so practice
 * never meets a key that does not fit.
 */
import type { AnswerKey } from '../../../core/samples/answer-key';
import { checkKeyAgainstText } from '../../../core/samples/check-key';
import type { CheckedKeyRecord, FramewiseDB } from './database';

export class CheckedKeyError extends Error {
  constructor(
    readonly code: 'no-article' | 'key-mismatch',
    readonly problems: string[] = [],
  ) {
    super(code === 'no-article' ? 'There is no live article with that id.' : `The key does not fit the article: ${problems[0] ?? ''}`);
    this.name = 'CheckedKeyError';
  }
}

export interface SaveCheckedKeyOptions {
  /** When the teacher checked it (epoch ms); default now. */
  checkedAt?: number;
  teacher?: string;
  now?: number;
}

/** Stores `key` as the article's checked key (replacing any), after checking it against the text. */
export async function saveCheckedKey(
  db: FramewiseDB,
  articleId: number,
  key: AnswerKey,
  opts: SaveCheckedKeyOptions = {},
): Promise<CheckedKeyRecord> {
  return db.transaction('rw', db.articles, db.articleBodies, db.checkedKeys, async () => {
    const article = await db.articles.get(articleId);
    const body = await db.articleBodies.get(articleId);
    if (!article || article.deletedAt != null || !body) throw new CheckedKeyError('no-article');
    const check = checkKeyAgainstText(key, body.original);
    if (!check.ok) throw new CheckedKeyError('key-mismatch', check.problems);
    const now = opts.now ?? Date.now();
    const record: CheckedKeyRecord = {
      articleId,
      hash: article.hash,
      key: check.key,
      checkedAt: opts.checkedAt ?? now,
      savedAt: now,
    };
    if (opts.teacher) record.teacher = opts.teacher;
    await db.checkedKeys.put(record);
    return record;
  });
}

/** The article's checked key, only while it is bound to the article's current text. */
export async function getCheckedKey(db: FramewiseDB, articleId: number): Promise<CheckedKeyRecord | undefined> {
  return db.transaction('r', db.articles, db.checkedKeys, async () => {
    const [record, article] = await Promise.all([db.checkedKeys.get(articleId), db.articles.get(articleId)]);
    if (!record || !article || record.hash !== article.hash) return undefined;
    return record;
  });
}

/** Removes the article's checked key; returns whether there was one. */
export async function deleteCheckedKey(db: FramewiseDB, articleId: number): Promise<boolean> {
  return db.transaction('rw', db.checkedKeys, async () => {
    const had = (await db.checkedKeys.get(articleId)) !== undefined;
    if (had) await db.checkedKeys.delete(articleId);
    return had;
  });
}
