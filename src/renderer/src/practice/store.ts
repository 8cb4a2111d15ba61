/**
 * What the Practice and Progress screens need from storage, as one injectable object (the
 * same pattern as AppServices), and the conversions between the practice core's plain
 * records and the database's. The core serialises a never-reviewed card's `last_review`
 * as null and allows a null article id; the database stores `last_review` only when set
 * and always has an article.
 */
import type { ReviewCardRecord as CoreCard, SerializedCard } from '../../../core/practice';
import type { State } from '../../../core/practice';
import type { ArticleSummary } from '../db/articles';
import { getArticle, getArticleSummaries, listArticles, listLiveArticleIds, sortArticleSummaries } from '../db/articles';
import type { ArticleRecord, AttemptRecord, FramewiseDB, ReviewCardRecord as DbCard } from '../db/database';
import { getDatabase } from '../db/database';
import { getActiveProfileId } from '../db/profiles';
import {
  addDispute,
  attemptsForArticles,
  cardsForArticles,
  countAttempts,
  dueCards,
  getReviewCards,
  latestAttemptId,
  listAttempts,
  nextDueAfter,
  practisedAmong,
  listDisputes,
  recordAttempt,
  withdrawDispute,
  type DisputeWithArticle,
  type NewAttempt,
  type NewDispute,
} from '../db/progress';

export interface PracticeStore {
  listArticles(): Promise<ArticleSummary[]>;
  /** Ids of the live articles, from keys alone. */
  liveArticleIds(): Promise<number[]>;
  /** Summaries of these live articles, in title order (no text read). */
  articleSummaries(ids: readonly number[]): Promise<ArticleSummary[]>;
  getArticle(id: number): Promise<ArticleRecord | undefined>;
  activeProfileId(): Promise<number>;
  attempts(profileId: number): Promise<AttemptRecord[]>;
  attemptCount(profileId: number): Promise<number>;
  /** The id of the learner's newest attempt (0 before the first): changes with every answer, read from one index step. */
  latestAttemptId(profileId: number): Promise<number>;
  attemptsFor(profileId: number, articleIds: readonly number[]): Promise<AttemptRecord[]>;
  /** Which of these articles the learner has answered anything on. */
  practisedAmong(profileId: number, articleIds: readonly number[]): Promise<Set<number>>;
  cards(profileId: number): Promise<DbCard[]>;
  cardsFor(profileId: number, articleIds: readonly number[]): Promise<DbCard[]>;
  /** The first due date after `after` on a live article, or null. */
  nextDueAfter(profileId: number, after: number, skipItemIds?: ReadonlySet<string>): Promise<number | null>;
  /** Cards due at `now` on live articles. */
  dueCards(profileId: number, now: number, limit?: number): Promise<DbCard[]>;
  card(profileId: number, itemId: string): Promise<DbCard | undefined>;
  recordAttempt(attempt: NewAttempt, card?: DbCard): Promise<number>;
  addDispute(dispute: NewDispute): Promise<number>;
  disputes(profileId: number): Promise<DisputeWithArticle[]>;
  /** Removes the learner's dispute (the item counts and is reviewed again). */
  withdrawDispute(profileId: number, disputeId: number): Promise<boolean>;
}

export function createPracticeStore(db: FramewiseDB = getDatabase()): PracticeStore {
  return {
    listArticles: () => listArticles(db, { sort: 'title' }),
    liveArticleIds: () => listLiveArticleIds(db),
    articleSummaries: async (ids) => sortArticleSummaries(await getArticleSummaries(db, ids), 'title'),
    getArticle: (id) => getArticle(db, id),
    activeProfileId: () => getActiveProfileId(db),
    attempts: (profileId) => listAttempts(db, profileId),
    attemptCount: (profileId) => countAttempts(db, profileId),
    latestAttemptId: (profileId) => latestAttemptId(db, profileId),
    attemptsFor: (profileId, articleIds) => attemptsForArticles(db, profileId, articleIds),
    practisedAmong: (profileId, articleIds) => practisedAmong(db, profileId, articleIds),
    cards: (profileId) => getReviewCards(db, profileId),
    cardsFor: (profileId, articleIds) => cardsForArticles(db, profileId, articleIds),
    nextDueAfter: (profileId, after, skipItemIds) => nextDueAfter(db, profileId, after, { skipItemIds }),
    dueCards: (profileId, now, limit) => dueCards(db, profileId, now, { limit }),
    card: (profileId, itemId) => db.reviewCards.get([profileId, itemId]),
    recordAttempt: (attempt, card) => recordAttempt(db, attempt, card),
    addDispute: (dispute) => addDispute(db, dispute),
    disputes: (profileId) => listDisputes(db, profileId),
    withdrawDispute: (profileId, disputeId) => withdrawDispute(db, profileId, disputeId),
  };
}

let shared: PracticeStore | undefined;

/** The app-wide store on the app's database. */
export function getPracticeStore(): PracticeStore {
  shared ??= createPracticeStore();
  return shared;
}

export function toCoreCard(card: DbCard): CoreCard {
  const serialized: SerializedCard = {
    due: card.card.due,
    stability: card.card.stability,
    difficulty: card.card.difficulty,
    elapsed_days: card.card.elapsed_days,
    scheduled_days: card.card.scheduled_days,
    learning_steps: card.card.learning_steps ?? 0,
    reps: card.card.reps,
    lapses: card.card.lapses,
    state: card.card.state as State,
    last_review: card.card.last_review ?? null,
  };
  return { profileId: card.profileId, itemId: card.itemId, articleId: card.articleId, skill: card.skill as CoreCard['skill'], card: serialized, due: card.due };
}

export function toDbCard(card: CoreCard, articleId: number): DbCard {
  const { last_review, ...rest } = card.card;
  return {
    profileId: card.profileId,
    itemId: card.itemId,
    articleId: card.articleId ?? articleId,
    skill: card.skill,
    card: last_review === null ? { ...rest } : { ...rest, last_review },
    due: card.card.due,
  };
}
