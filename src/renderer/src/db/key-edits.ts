/**
 * What the key editor writes: a teacher's key for an article (validated against the text by
 * saveCheckedKey), the consequences of a changed answer for earlier attempts, and the teacher's
 * decision on a learner's dispute.
 *
 * Earlier attempts on a changed item: they were graded against an answer that no longer stands,
 * so they are marked `keyChangedAt` (shown as "key changed", left out of mastery) rather than
 * re-graded: a re-grade would rewrite a learner's history and score answers the learner gave to
 * a question that, for them, said something else. The item's review cards go, so it comes back
 * as a new item under the teacher's answer.
 */
import type { AnswerKey } from '../../../core/samples/answer-key';
import { MAX_DISPUTE_REASON_CHARS } from './progress';
import { truncateText } from '../../../core/text/short-text';
import type { CheckedKeyRecord, DisputeRecord, DisputeResolution, FramewiseDB } from './database';
import { saveCheckedKey } from './keys';

export interface SavedKeyEdit {
  record: CheckedKeyRecord;
  /** How many earlier attempts were marked "key changed" by this save. */
  markedAttempts: number;
}

/**
 * Saves the teacher's key (throws CheckedKeyError when it does not fit the text; nothing is
 * written then) and, in the same transaction, marks the earlier attempts on `changedItemIds`.
 */
export function saveEditedKey(
  db: FramewiseDB,
  articleId: number,
  key: AnswerKey,
  opts: { changedItemIds?: readonly string[]; now?: number; teacher?: string } = {},
): Promise<SavedKeyEdit> {
  const now = opts.now ?? Date.now();
  const changed = new Set(opts.changedItemIds ?? []);
  return db.transaction('rw', [db.articles, db.articleBodies, db.checkedKeys, db.attempts, db.reviewCards], async () => {
    const record = await saveCheckedKey(db, articleId, key, { now, teacher: opts.teacher });
    if (changed.size === 0) return { record, markedAttempts: 0 };
    const markedAttempts = await db.attempts
      .where('articleId')
      .equals(articleId)
      .filter((a) => changed.has(a.itemId) && a.at <= now && a.keyChangedAt === undefined)
      .modify({ keyChangedAt: now });
    await db.reviewCards
      .where('articleId')
      .equals(articleId)
      .filter((c) => changed.has(c.itemId))
      .delete();
    return { record, markedAttempts };
  });
}

/** Every learner's disputes on an article, in text order, with the teacher's decisions. */
export async function articleDisputes(db: FramewiseDB, articleId: number): Promise<DisputeRecord[]> {
  const disputes = await db.disputes.where('articleId').equals(articleId).toArray();
  return disputes.sort((a, b) => a.sentenceStart - b.sentenceStart || a.at - b.at || a.id - b.id);
}

/** Records the teacher's decision on a dispute (a rejection's note trimmed and capped). Returns whether it exists. */
export function resolveDispute(
  db: FramewiseDB,
  disputeId: number,
  decision: { status: DisputeResolution['status']; note?: string; at?: number },
): Promise<boolean> {
  const note = decision.note?.trim() ? truncateText(decision.note.trim(), MAX_DISPUTE_REASON_CHARS).trimEnd() : undefined;
  const resolution: DisputeResolution = { status: decision.status, at: decision.at ?? Date.now(), ...(note ? { note } : {}) };
  return db.transaction('rw', db.disputes, async () => {
    const updated = await db.disputes.update(disputeId, { resolution });
    return updated > 0;
  });
}
