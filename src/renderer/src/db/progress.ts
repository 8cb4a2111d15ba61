/**
 * The practice record of each learner: attempts, FSRS review cards and disputed
 * answers. This module only stores and fetches; grading and scheduling live in
 * src/core/practice and hand us finished records.
 */
import { truncateText } from '../../../core/text/short-text';
import type { AttemptRecord, DisputeRecord, FramewiseDB, ReviewCardRecord } from './database';

export type NewAttempt = Omit<AttemptRecord, 'id'>;
export type NewDispute = Omit<DisputeRecord, 'id'>;

export interface ListAttemptsOptions {
  articleId?: number;
  /** Only attempts at or after this epoch-ms time. */
  since?: number;
}

export interface DisputeWithArticle extends DisputeRecord {
  /** Undefined when the article has been purged. */
  articleTitle: string | undefined;
  /** True while the article sits in "recently deleted". */
  articleDeleted: boolean;
}

/** What resetProgress removed, for undo (see restoreProgress). */
export interface ProgressSnapshot {
  profileId: number;
  attempts: AttemptRecord[];
  reviewCards: ReviewCardRecord[];
  disputes: DisputeRecord[];
}

/**
 * Stores one attempt and, when the scheduler produced one, the item's new review card,
 * in one transaction: the attempt history and the review queue can never disagree.
 * Returns the attempt id.
 */
export async function recordAttempt(db: FramewiseDB, attempt: NewAttempt, cardUpdate?: ReviewCardRecord): Promise<number> {
  if (cardUpdate && (cardUpdate.profileId !== attempt.profileId || cardUpdate.itemId !== attempt.itemId)) {
    throw new TypeError('A review card update must be for the same learner and item as the attempt.');
  }
  if (!Number.isFinite(attempt.at)) throw new TypeError('An attempt needs its time (epoch ms) in `at`.');
  return db.transaction('rw', [db.profiles, db.articles, db.attempts, db.reviewCards], async () => {
    if (!(await db.profiles.get(attempt.profileId))) {
      throw new Error(`Cannot record an attempt for learner ${attempt.profileId}: there is no such learner.`);
    }
    if (!(await db.articles.get(attempt.articleId))) {
      throw new Error(`Cannot record an attempt on article ${attempt.articleId}: there is no such article.`);
    }
    // Strip a stray id so the store always assigns a fresh one.
    const { id: _ignored, ...fields } = attempt as NewAttempt & { id?: number };
    const id = await db.attempts.add(fields);
    if (cardUpdate) await db.reviewCards.put({ ...cardUpdate, due: cardUpdate.card.due });
    return id;
  });
}

/** A learner's attempts, oldest first. */
export async function listAttempts(
  db: FramewiseDB,
  profileId: number,
  opts: ListAttemptsOptions = {},
): Promise<AttemptRecord[]> {
  const { articleId, since } = opts;
  // One compound index range instead of every attempt of the learner through a filter.
  const attempts =
    articleId !== undefined
      ? await db.attempts
          .where('[profileId+articleId]')
          .equals([profileId, articleId])
          .filter((a) => since === undefined || a.at >= since)
          .toArray()
      : await db.attempts
          .where('[profileId+at]')
          .between([profileId, since ?? -Infinity], [profileId, Infinity], true, true)
          .toArray();
  return attempts.sort((a, b) => a.at - b.at || a.id - b.id);
}

/** How many answers a learner has given (from the index, no rows read). */
export function countAttempts(db: FramewiseDB, profileId: number): Promise<number> {
  return db.attempts.where('profileId').equals(profileId).count();
}

/**
 * The id of the learner's newest attempt (ids only grow), 0 before the first. It changes
 * with every answer, like the count, but is one step down an index instead of a walk over
 * every attempt (counting 100,000 attempts takes a fifth of a second).
 */
export async function latestAttemptId(db: FramewiseDB, profileId: number): Promise<number> {
  // The profileId index is ordered by (profileId, primary key): its last entry for the learner is the newest.
  const keys = await db.attempts.where('profileId').equals(profileId).reverse().limit(1).primaryKeys();
  return keys[0] ?? 0;
}

/** The learner's attempts on the given articles, oldest first. */
export async function attemptsForArticles(db: FramewiseDB, profileId: number, articleIds: readonly number[]): Promise<AttemptRecord[]> {
  // One exact key range per article: cheaper than anyOf's skipping cursor, in every IndexedDB.
  const perArticle = await db.transaction('r', db.attempts, () =>
    Promise.all(articleIds.map((id) => db.attempts.where('[profileId+articleId]').equals([profileId, id]).toArray())),
  );
  return perArticle.flat().sort((a, b) => a.at - b.at || a.id - b.id);
}

/**
 * Which of the given articles the learner has answered anything on: one bounded index
 * count per article, so asking about a dozen articles costs the same with 100 attempts
 * or 100,000.
 */
export async function practisedAmong(db: FramewiseDB, profileId: number, articleIds: readonly number[]): Promise<Set<number>> {
  const counts = await db.transaction('r', db.attempts, () =>
    Promise.all(articleIds.map((id) => db.attempts.where('[profileId+articleId]').equals([profileId, id]).limit(1).count())),
  );
  return new Set(articleIds.filter((_, i) => counts[i] > 0));
}

/** The learner's review cards on the given articles, soonest due first. */
export async function cardsForArticles(db: FramewiseDB, profileId: number, articleIds: readonly number[]): Promise<ReviewCardRecord[]> {
  const perArticle = await db.transaction('r', db.reviewCards, () =>
    Promise.all(articleIds.map((id) => db.reviewCards.where('[profileId+articleId]').equals([profileId, id]).toArray())),
  );
  return perArticle.flat().sort(byDue);
}

/**
 * The first due date after `after` among the learner's cards on live articles, or null:
 * walks the [profileId+due] index in order and stops at the first card whose article is
 * not in "recently deleted" (purging an article removes its cards with it).
 */
export function nextDueAfter(
  db: FramewiseDB,
  profileId: number,
  after: number,
  opts: { skipItemIds?: ReadonlySet<string> } = {},
): Promise<number | null> {
  return db.transaction('r', db.reviewCards, db.articles, async () => {
    const deleted = new Set(await db.articles.where('deletedAt').above(-Infinity).primaryKeys());
    const first = await db.reviewCards
      .where('[profileId+due]')
      .between([profileId, after], [profileId, Infinity], false, true)
      // Suspended cards (disputed items) are skipped too.
      .filter((card) => !deleted.has(card.articleId) && !opts.skipItemIds?.has(card.itemId))
      .first();
    return first?.due ?? null;
  });
}

export async function getReviewCards(db: FramewiseDB, profileId: number): Promise<ReviewCardRecord[]> {
  const cards = await db.reviewCards.where('profileId').equals(profileId).toArray();
  return cards.sort(byDue);
}

/**
 * Cards due at `now` (epoch ms), most overdue first. Cards of articles in "recently
 * deleted" (or purged) are left out: the learner chose not to see that article.
 */
export function dueCards(db: FramewiseDB, profileId: number, now: number, opts: { limit?: number } = {}): Promise<ReviewCardRecord[]> {
  const range = () => db.reviewCards.where('[profileId+due]').between([profileId, -Infinity], [profileId, now], true, true);
  return db.transaction('r', db.reviewCards, db.articles, async () => {
    if (opts.limit === undefined) {
      const due = await range().toArray();
      const liveArticles = await liveArticleIds(db, due.map((c) => c.articleId));
      return due.filter((card) => liveArticles.has(card.articleId)).sort(byDue);
    }
    // Only the most overdue few: read the index in pages until enough are on live articles.
    const out: ReviewCardRecord[] = [];
    for (let offset = 0; out.length < opts.limit; offset += opts.limit) {
      const page = await range().offset(offset).limit(opts.limit).toArray();
      const liveArticles = await liveArticleIds(db, page.map((c) => c.articleId));
      out.push(...page.filter((card) => liveArticles.has(card.articleId)));
      if (page.length < opts.limit) break;
    }
    return out.sort(byDue).slice(0, opts.limit);
  });
}

/**
 * Longest dispute reason kept (the dispute text area has the same maxLength). Well under
 * the backup reader's bound for short text, so a dispute always survives a backup.
 */
export const MAX_DISPUTE_REASON_CHARS = 1_000;

/** Stores a learner's "I think this answer is wrong" flag (reason trimmed and capped). Returns its id. */
export async function addDispute(db: FramewiseDB, dispute: NewDispute): Promise<number> {
  if (!(dispute.sentenceStart >= 0 && dispute.sentenceEnd >= dispute.sentenceStart)) {
    throw new TypeError('A dispute needs a sentence range with 0 <= sentenceStart <= sentenceEnd.');
  }
  return db.transaction('rw', db.profiles, db.articles, db.disputes, async () => {
    if (!(await db.profiles.get(dispute.profileId))) {
      throw new Error(`Cannot store a dispute for learner ${dispute.profileId}: there is no such learner.`);
    }
    if (!(await db.articles.get(dispute.articleId))) {
      throw new Error(`Cannot store a dispute on article ${dispute.articleId}: there is no such article.`);
    }
    const { id: _ignored, ...fields } = dispute as NewDispute & { id?: number };
    return db.disputes.add({ ...fields, reason: truncateText(fields.reason.trim(), MAX_DISPUTE_REASON_CHARS).trimEnd() });
  });
}

/**
 * Withdraws a learner's dispute: the disputed attempts count toward mastery again and the
 * item's review card is scheduled again. Only the learner's own dispute; returns whether one
 * was removed.
 */
export function withdrawDispute(db: FramewiseDB, profileId: number, disputeId: number): Promise<boolean> {
  return db.transaction('rw', db.disputes, async () => {
    const dispute = await db.disputes.get(disputeId);
    if (!dispute || dispute.profileId !== profileId) return false;
    await db.disputes.delete(disputeId);
    return true;
  });
}

/** A learner's disputes, newest first, with the title of the article each is about. */
export function listDisputes(db: FramewiseDB, profileId: number): Promise<DisputeWithArticle[]> {
  return db.transaction('r', db.disputes, db.articles, async () => {
    const disputes = await db.disputes.where('profileId').equals(profileId).toArray();
    const ids = [...new Set(disputes.map((d) => d.articleId))];
    const articles = await db.articles.bulkGet(ids);
    const byId = new Map(ids.map((id, i) => [id, articles[i]]));
    return disputes
      .map((dispute) => {
        const article = byId.get(dispute.articleId);
        return { ...dispute, articleTitle: article?.title, articleDeleted: article ? article.deletedAt != null : false };
      })
      .sort((a, b) => b.at - a.at || b.id - a.id);
  });
}

/**
 * Disputes on one article, in text order, for the reader to flag sentences. All
 * learners' flags by default (a teacher reviewing the class); pass `profileId` for one.
 */
export async function disputesForArticle(
  db: FramewiseDB,
  articleId: number,
  opts: { profileId?: number } = {},
): Promise<DisputeRecord[]> {
  const disputes = await db.disputes
    .where('articleId')
    .equals(articleId)
    .filter((d) => opts.profileId === undefined || d.profileId === opts.profileId)
    .toArray();
  return disputes.sort((a, b) => a.sentenceStart - b.sentenceStart || a.at - b.at || a.id - b.id);
}

/**
 * Clears a learner's attempts and review cards in one transaction. Disputes are the
 * learner's feedback on the exercises, not a score, so they stay unless
 * `includeDisputes` is set. Returns what was removed, for undo.
 */
export function resetProgress(
  db: FramewiseDB,
  profileId: number,
  opts: { includeDisputes?: boolean } = {},
): Promise<ProgressSnapshot> {
  return db.transaction('rw', db.attempts, db.reviewCards, db.disputes, async () => {
    const attempts = await db.attempts.where('profileId').equals(profileId).toArray();
    const reviewCards = await db.reviewCards.where('profileId').equals(profileId).toArray();
    const disputes = opts.includeDisputes ? await db.disputes.where('profileId').equals(profileId).toArray() : [];
    await db.attempts.where('profileId').equals(profileId).delete();
    await db.reviewCards.where('profileId').equals(profileId).delete();
    if (opts.includeDisputes) await db.disputes.where('profileId').equals(profileId).delete();
    return { profileId, attempts, reviewCards, disputes };
  });
}

/**
 * Undo for resetProgress. Practice done since the reset is kept: a card reviewed
 * again after the reset is newer than its snapshot and is not overwritten.
 */
export function restoreProgress(db: FramewiseDB, snapshot: ProgressSnapshot): Promise<void> {
  return db.transaction('rw', db.profiles, db.attempts, db.reviewCards, db.disputes, async () => {
    if (!(await db.profiles.get(snapshot.profileId))) {
      throw new Error(`Cannot restore progress of learner ${snapshot.profileId}: there is no such learner.`);
    }
    await db.attempts.bulkPut(snapshot.attempts);
    await db.disputes.bulkPut(snapshot.disputes);
    const current = await db.reviewCards.bulkGet(snapshot.reviewCards.map((c) => [c.profileId, c.itemId]));
    const toRestore = snapshot.reviewCards.filter((card, i) => {
      const now = current[i];
      return !now || lastReview(now) < lastReview(card);
    });
    await db.reviewCards.bulkPut(toRestore);
  });
}

/** When a card was last reviewed (epoch ms); never-reviewed cards count as oldest. */
export function lastReview(card: ReviewCardRecord): number {
  return card.card.last_review ?? Number.NEGATIVE_INFINITY;
}

async function liveArticleIds(db: FramewiseDB, ids: number[]): Promise<Set<number>> {
  const unique = [...new Set(ids)];
  const articles = await db.articles.bulkGet(unique);
  return new Set(articles.filter((a) => a && a.deletedAt == null).map((a) => a!.id));
}

function byDue(a: ReviewCardRecord, b: ReviewCardRecord): number {
  return a.due - b.due || a.itemId.localeCompare(b.itemId);
}
