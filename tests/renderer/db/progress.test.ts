import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addArticle, deleteArticle } from '../../../src/renderer/src/db/articles';
import type { FramewiseDB, ReviewCardRecord } from '../../../src/renderer/src/db/database';
import { createProfile, listProfiles } from '../../../src/renderer/src/db/profiles';
import {
  addDispute,
  attemptsForArticles,
  cardsForArticles,
  countAttempts,
  nextDueAfter,
  practisedAmong,
  disputesForArticle,
  dueCards,
  getReviewCards,
  listAttempts,
  listDisputes,
  recordAttempt,
  resetProgress,
  restoreProgress,
  type NewAttempt,
} from '../../../src/renderer/src/db/progress';
import { freshDatabase, makeArticle } from './helpers';

let db: FramewiseDB;
let learner: number;
let ana: number;
let floods: number;
let library: number;

beforeEach(async () => {
  db = freshDatabase();
  learner = (await listProfiles(db))[0].id;
  ana = (await createProfile(db, 'Ana')).id;
  floods = (await addArticle(db, makeArticle({ title: 'River floods', paragraphs: ['The river rose.'] }))).id;
  library = (await addArticle(db, makeArticle({ title: 'Library hours', paragraphs: ['Open late.'] }))).id;
});
afterEach(() => db.close());

function attempt(profileId: number, articleId: number, itemId: string, at: number, correct = true): NewAttempt {
  return {
    profileId,
    articleId,
    itemId,
    skill: 'loaded-words',
    answer: { words: [3, 7] },
    correct,
    score: correct ? 1 : 0.5,
    graded: true,
    timeMs: 3100,
    at,
    source: 'analyser',
  };
}

function card(profileId: number, articleId: number, itemId: string, due: number, lastReview?: number): ReviewCardRecord {
  return {
    profileId,
    itemId,
    articleId,
    skill: 'loaded-words',
    due,
    card: {
      due,
      stability: 2.5,
      difficulty: 4.9,
      elapsed_days: 0,
      scheduled_days: 2,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      ...(lastReview !== undefined ? { last_review: lastReview } : {}),
    },
  };
}

describe('recordAttempt', () => {
  it('stores the attempt and upserts the review card', async () => {
    const firstId = await recordAttempt(db, attempt(ana, floods, 'f-1', 100), card(ana, floods, 'f-1', 5000, 100));
    const secondId = await recordAttempt(db, attempt(ana, floods, 'f-1', 200), card(ana, floods, 'f-1', 9000, 200));
    expect(secondId).toBeGreaterThan(firstId);
    expect((await listAttempts(db, ana)).map((a) => a.at)).toEqual([100, 200]);
    const cards = await getReviewCards(db, ana);
    expect(cards).toHaveLength(1);
    expect(cards[0].card.last_review).toBe(200);
    expect(cards[0].due).toBe(9000);
  });

  it('stores an attempt without a card (e.g. an ungraded discuss item)', async () => {
    await recordAttempt(db, { ...attempt(ana, floods, 'f-2', 100), correct: null, score: null, graded: false });
    expect(await listAttempts(db, ana)).toMatchObject([{ itemId: 'f-2', correct: null, graded: false }]);
    expect(await getReviewCards(db, ana)).toEqual([]);
  });

  it('keeps the indexed due equal to the card’s due', async () => {
    await recordAttempt(db, attempt(ana, floods, 'f-1', 100), { ...card(ana, floods, 'f-1', 5000, 100), due: 1 });
    expect((await getReviewCards(db, ana))[0].due).toBe(5000);
  });

  it('writes nothing when the card cannot be stored', async () => {
    const broken = card(ana, floods, 'f-1', 5000, 100) as unknown as Record<string, unknown>;
    // A symbol cannot be structured-cloned, so IndexedDB refuses the put.
    broken.skill = Symbol('not storable');
    await expect(recordAttempt(db, attempt(ana, floods, 'f-1', 100), broken as unknown as ReviewCardRecord)).rejects.toThrow();
    expect(await db.attempts.count()).toBe(0);
    expect(await db.reviewCards.count()).toBe(0);
  });

  it('refuses a card for another item or learner, and unknown learners or articles', async () => {
    await expect(recordAttempt(db, attempt(ana, floods, 'f-1', 1), card(ana, floods, 'f-9', 5))).rejects.toThrow(TypeError);
    await expect(recordAttempt(db, attempt(ana, floods, 'f-1', 1), card(learner, floods, 'f-1', 5))).rejects.toThrow(TypeError);
    await expect(recordAttempt(db, attempt(999, floods, 'f-1', 1))).rejects.toThrow(/no such learner/);
    await expect(recordAttempt(db, attempt(ana, 999, 'f-1', 1))).rejects.toThrow(/no such article/);
    expect(await db.attempts.count()).toBe(0);
  });
});

describe('listAttempts', () => {
  it('filters by learner, article and time, oldest first', async () => {
    await recordAttempt(db, attempt(ana, library, 'l-1', 300));
    await recordAttempt(db, attempt(ana, floods, 'f-1', 100));
    await recordAttempt(db, attempt(ana, floods, 'f-2', 200));
    await recordAttempt(db, attempt(learner, floods, 'f-1', 150));
    expect((await listAttempts(db, ana)).map((a) => a.itemId)).toEqual(['f-1', 'f-2', 'l-1']);
    expect((await listAttempts(db, ana, { articleId: floods })).map((a) => a.itemId)).toEqual(['f-1', 'f-2']);
    expect((await listAttempts(db, ana, { since: 200 })).map((a) => a.itemId)).toEqual(['f-2', 'l-1']);
    expect((await listAttempts(db, ana, { articleId: floods, since: 150 })).map((a) => a.itemId)).toEqual(['f-2']);
    expect((await listAttempts(db, learner)).map((a) => a.itemId)).toEqual(['f-1']);
  });
});

describe('review cards', () => {
  it('returns a learner’s due cards, most overdue first, not future ones nor other learners’', async () => {
    await recordAttempt(db, attempt(ana, floods, 'f-1', 1), card(ana, floods, 'f-1', 900, 1));
    await recordAttempt(db, attempt(ana, floods, 'f-2', 1), card(ana, floods, 'f-2', 500, 1));
    await recordAttempt(db, attempt(ana, floods, 'f-3', 1), card(ana, floods, 'f-3', 1001, 1));
    await recordAttempt(db, attempt(learner, floods, 'f-1', 1), card(learner, floods, 'f-1', 100, 1));
    expect((await dueCards(db, ana, 1000)).map((c) => c.itemId)).toEqual(['f-2', 'f-1']);
    expect((await getReviewCards(db, ana)).map((c) => c.itemId)).toEqual(['f-2', 'f-1', 'f-3']);
  });

  it('leaves out cards of articles in "recently deleted"', async () => {
    await recordAttempt(db, attempt(ana, floods, 'f-1', 1), card(ana, floods, 'f-1', 10, 1));
    await recordAttempt(db, attempt(ana, library, 'l-1', 1), card(ana, library, 'l-1', 20, 1));
    await deleteArticle(db, library);
    expect((await dueCards(db, ana, 1000)).map((c) => c.itemId)).toEqual(['f-1']);
  });
});

describe('disputes', () => {
  it('lists a learner’s disputes newest first with the article title', async () => {
    await addDispute(db, { profileId: ana, articleId: floods, itemId: 'f-1', sentenceStart: 0, sentenceEnd: 15, reason: ' The mayor said it ', at: 10 });
    await addDispute(db, { profileId: ana, articleId: library, itemId: 'l-1', sentenceStart: 4, sentenceEnd: 9, reason: 'Not loaded', at: 20 });
    await addDispute(db, { profileId: learner, articleId: floods, itemId: 'f-1', sentenceStart: 0, sentenceEnd: 15, reason: 'Other', at: 30 });
    await deleteArticle(db, library);
    const disputes = await listDisputes(db, ana);
    expect(disputes.map((d) => [d.itemId, d.articleTitle, d.articleDeleted, d.reason])).toEqual([
      ['l-1', 'Library hours', true, 'Not loaded'],
      ['f-1', 'River floods', false, 'The mayor said it'],
    ]);
  });

  it('gives the reader an article’s flags in text order, for everyone or one learner', async () => {
    await addDispute(db, { profileId: ana, articleId: floods, itemId: 'f-2', sentenceStart: 40, sentenceEnd: 60, reason: 'b', at: 1 });
    await addDispute(db, { profileId: learner, articleId: floods, itemId: 'f-1', sentenceStart: 0, sentenceEnd: 15, reason: 'a', at: 2 });
    await addDispute(db, { profileId: ana, articleId: library, itemId: 'l-1', sentenceStart: 0, sentenceEnd: 5, reason: 'c', at: 3 });
    expect((await disputesForArticle(db, floods)).map((d) => d.itemId)).toEqual(['f-1', 'f-2']);
    expect((await disputesForArticle(db, floods, { profileId: ana })).map((d) => d.itemId)).toEqual(['f-2']);
  });

  it('refuses a reversed sentence range or an unknown article', async () => {
    await expect(
      addDispute(db, { profileId: ana, articleId: floods, itemId: 'f-1', sentenceStart: 9, sentenceEnd: 2, reason: '', at: 1 }),
    ).rejects.toThrow(TypeError);
    await expect(
      addDispute(db, { profileId: ana, articleId: 404, itemId: 'f-1', sentenceStart: 0, sentenceEnd: 2, reason: '', at: 1 }),
    ).rejects.toThrow(/no such article/);
    expect(await db.disputes.count()).toBe(0);
  });
});

describe('resetProgress', () => {
  beforeEach(async () => {
    await recordAttempt(db, attempt(ana, floods, 'f-1', 10), card(ana, floods, 'f-1', 100, 10));
    await recordAttempt(db, attempt(learner, floods, 'f-1', 10), card(learner, floods, 'f-1', 100, 10));
    await addDispute(db, { profileId: ana, articleId: floods, itemId: 'f-1', sentenceStart: 0, sentenceEnd: 5, reason: 'x', at: 11 });
  });

  it('clears one learner’s attempts and cards, keeping disputes and other learners', async () => {
    const snapshot = await resetProgress(db, ana);
    expect([snapshot.attempts.length, snapshot.reviewCards.length, snapshot.disputes.length]).toEqual([1, 1, 0]);
    expect(await listAttempts(db, ana)).toEqual([]);
    expect(await getReviewCards(db, ana)).toEqual([]);
    expect(await listDisputes(db, ana)).toHaveLength(1);
    expect(await listAttempts(db, learner)).toHaveLength(1);
    expect(await getReviewCards(db, learner)).toHaveLength(1);
  });

  it('clears disputes too when asked', async () => {
    await resetProgress(db, ana, { includeDisputes: true });
    expect(await listDisputes(db, ana)).toEqual([]);
  });

  it('undoes a reset without overwriting a card reviewed since', async () => {
    const snapshot = await resetProgress(db, ana, { includeDisputes: true });
    await recordAttempt(db, attempt(ana, floods, 'f-2', 50), card(ana, floods, 'f-2', 400, 50));
    await db.reviewCards.put(card(ana, floods, 'f-1', 777, 60));
    await restoreProgress(db, snapshot);
    expect((await listAttempts(db, ana)).map((a) => a.itemId)).toEqual(['f-1', 'f-2']);
    expect((await db.reviewCards.get([ana, 'f-1']))?.due).toBe(777);
    expect(await listDisputes(db, ana)).toHaveLength(1);
  });
});

describe('indexed progress queries', () => {
  it('answer a learner\'s attempts and cards by article, counts, practised articles and the next due date', async () => {
    const a1 = await recordAttempt(db, attempt(learner, floods, 'f:1', 1_000));
    await recordAttempt(db, attempt(learner, library, 'l:1', 2_000));
    await recordAttempt(db, attempt(learner, floods, 'f:2', 3_000));
    await recordAttempt(db, attempt(ana, library, 'l:1', 4_000));
    expect(await countAttempts(db, learner)).toBe(3);
    expect((await attemptsForArticles(db, learner, [floods])).map((a) => a.itemId)).toEqual(['f:1', 'f:2']);
    expect((await attemptsForArticles(db, learner, [floods, library])).map((a) => a.id)[0]).toBe(a1);
    expect(await attemptsForArticles(db, learner, [])).toEqual([]);
    expect(await practisedAmong(db, learner, [floods, library, 999])).toEqual(new Set([floods, library]));
    expect(await practisedAmong(db, ana, [floods, library])).toEqual(new Set([library]));
    expect((await listAttempts(db, learner, { since: 2_000 })).map((a) => a.itemId)).toEqual(['l:1', 'f:2']);
    expect((await listAttempts(db, learner, { articleId: floods, since: 2_000 })).map((a) => a.itemId)).toEqual(['f:2']);

    await db.reviewCards.bulkPut([
      card(learner, floods, 'f:1', 10_000),
      card(learner, library, 'l:1', 20_000),
      card(ana, floods, 'f:1', 5_000),
    ]);
    expect((await cardsForArticles(db, learner, [library])).map((c) => c.itemId)).toEqual(['l:1']);
    // The most overdue few, from the due index.
    expect((await dueCards(db, learner, 30_000, { limit: 1 })).map((c) => c.itemId)).toEqual(['f:1']);
    expect((await dueCards(db, learner, 30_000, { limit: 5 })).map((c) => c.itemId)).toEqual(['f:1', 'l:1']);
    expect(await nextDueAfter(db, learner, 0)).toBe(10_000);
    expect(await nextDueAfter(db, learner, 10_000)).toBe(20_000);
    // A card on an article in "recently deleted" does not count.
    await deleteArticle(db, floods);
    expect(await nextDueAfter(db, learner, 0)).toBe(20_000);
    expect(await nextDueAfter(db, learner, 20_000)).toBeNull();
    expect((await dueCards(db, learner, 30_000, { limit: 1 })).map((c) => c.itemId)).toEqual(['l:1']);
  });
});
