/**
 * Spaced review with FSRS (ts-fsrs): one card per (profile, item), stored as plain numbers so
 * it survives IndexedDB, JSON backups and structured cloning. Fuzz is off so scheduling is
 * deterministic (tests, backups replayed on another machine give the same due dates).
 * Discuss items are never scheduled: there is no grade to schedule from.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade, type ReviewLog } from 'ts-fsrs';
import type { AttemptRecord, PracticeItem, Skill } from './types';

export { Rating, State };
export type { Grade };

const scheduler = fsrs({ enable_fuzz: false });

export interface SerializedCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: State;
  last_review: number | null;
}

export interface SerializedReviewLog {
  rating: Rating;
  state: State;
  due: number;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  review: number;
}

/** Dexie table `reviewCards`, keyed by [profileId+itemId]; `due` duplicated for the index. */
export interface ReviewCardRecord {
  profileId: number;
  itemId: string;
  articleId: number | null;
  skill: Skill;
  card: SerializedCard;
  due: number;
}

export function serializeCard(card: Card): SerializedCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.getTime() : null,
  };
}

export function deserializeCard(data: SerializedCard): Card {
  const card: Card = {
    due: new Date(data.due),
    stability: data.stability,
    difficulty: data.difficulty,
    elapsed_days: data.elapsed_days,
    scheduled_days: data.scheduled_days,
    learning_steps: data.learning_steps,
    reps: data.reps,
    lapses: data.lapses,
    state: data.state,
  };
  if (data.last_review !== null) card.last_review = new Date(data.last_review);
  return card;
}

function serializeLog(log: ReviewLog): SerializedReviewLog {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    scheduled_days: log.scheduled_days,
    learning_steps: log.learning_steps,
    review: log.review.getTime(),
  };
}

/**
 * A right answer given within this time is rated Easy, later Good. Set per skill from how
 * much reading each type needs (a one-click label versus marking words in a sentence).
 */
export const FAST_ANSWER_MS: Readonly<Record<Skill, number>> = {
  classify: 8_000,
  'loaded-words': 15_000,
  'who-says': 8_000,
  'hedge-certainty': 10_000,
  'source-check': 12_000,
  'neutral-rewrite': 20_000,
  'missing-voices': 20_000,
};

/**
 * wrong → Again; partly right → Hard; fully right → Easy when fast, else Good. Null for discuss.
 * Right on the writer's voice alone (gradedPart 'voice', where two of three answers are right) is at
 * most Good: a quick guess there says little.
 */
export function ratingFor(result: { correct: boolean | null; score: number | null; timeMs: number; skill: Skill; gradedPart?: 'voice' }): Grade | null {
  if (result.correct === null || result.score === null) return null;
  if (!result.correct) return Rating.Again;
  if (result.score < 1) return Rating.Hard;
  if (result.gradedPart === 'voice') return Rating.Good;
  return result.timeMs > 0 && result.timeMs <= FAST_ANSWER_MS[result.skill] ? Rating.Easy : Rating.Good;
}

export function newReviewCard(
  profileId: number,
  item: Pick<PracticeItem, 'itemId' | 'articleId' | 'skill'>,
  now: number,
): ReviewCardRecord {
  const card = serializeCard(createEmptyCard(new Date(now)));
  return { profileId, itemId: item.itemId, articleId: item.articleId, skill: item.skill, card, due: card.due };
}

export interface ReviewOutcome {
  card: ReviewCardRecord;
  rating: Grade;
  log: SerializedReviewLog;
}

/**
 * Schedules the next review after an answer. Pass the existing card, or null for a first
 * answer. Returns null for discuss items (nothing to schedule).
 */
export function recordReview(args: {
  card: ReviewCardRecord | null | undefined;
  profileId: number;
  item: Pick<PracticeItem, 'itemId' | 'articleId' | 'skill'>;
  correct: boolean | null;
  score: number | null;
  timeMs: number;
  now: number;
  gradedPart?: 'voice';
}): ReviewOutcome | null {
  const rating = ratingFor({ correct: args.correct, score: args.score, timeMs: args.timeMs, skill: args.item.skill, gradedPart: args.gradedPart });
  if (rating === null) return null;
  const record = args.card ?? newReviewCard(args.profileId, args.item, args.now);
  const next = scheduler.next(deserializeCard(record.card), new Date(args.now), rating);
  const card = serializeCard(next.card);
  return { card: { ...record, card, due: card.due }, rating, log: serializeLog(next.log) };
}

/** Cards due at `now`, most overdue first. */
export function dueItems<T extends Pick<ReviewCardRecord, 'due' | 'itemId'>>(cards: readonly T[], now: number): T[] {
  return cards
    .filter((c) => c.due <= now)
    .sort((a, b) => a.due - b.due || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
}

/** Probability (0..1) that the learner still knows the item now. */
export function retrievability(record: Pick<ReviewCardRecord, 'card'>, now: number): number {
  return scheduler.get_retrievability(deserializeCard(record.card), new Date(now), false);
}

/**
 * Rebuilds a profile's cards by replaying its graded attempts in time order: for restoring
 * a backup or merging two, where attempts are the source of truth.
 */
export function cardsFromAttempts(
  profileId: number,
  attempts: readonly Pick<AttemptRecord, 'profileId' | 'itemId' | 'articleId' | 'skill' | 'correct' | 'score' | 'timeMs' | 'at' | 'graded' | 'gradedPart'>[],
): ReviewCardRecord[] {
  const cards = new Map<string, ReviewCardRecord>();
  const mine = attempts.filter((a) => a.profileId === profileId && a.graded).slice().sort((a, b) => a.at - b.at);
  for (const a of mine) {
    const outcome = recordReview({
      card: cards.get(a.itemId),
      profileId,
      item: { itemId: a.itemId, articleId: a.articleId, skill: a.skill },
      correct: a.correct,
      score: a.score,
      timeMs: a.timeMs,
      now: a.at,
      ...(a.gradedPart ? { gradedPart: a.gradedPart } : {}),
    });
    if (outcome) cards.set(a.itemId, outcome.card);
  }
  return [...cards.values()].sort((a, b) => (a.itemId < b.itemId ? -1 : 1));
}
