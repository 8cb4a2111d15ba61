import { createEmptyCard, fsrs } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  cardsFromAttempts,
  deserializeCard,
  dueItems,
  FAST_ANSWER_MS,
  newReviewCard,
  Rating,
  ratingFor,
  recordReview,
  retrievability,
  serializeCard,
  State,
  type AttemptRecord,
} from '../../../src/core/practice';
import { seedKeyItems } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const MIN = 60_000;
const DAY = 86_400_000;

describe('rating from a result', () => {
  it('maps wrong → Again, partial → Hard, right → Good, right and fast → Easy', () => {
    expect(ratingFor({ correct: false, score: 0, timeMs: 3000, skill: 'classify' })).toBe(Rating.Again);
    expect(ratingFor({ correct: false, score: 0.5, timeMs: 3000, skill: 'hedge-certainty' })).toBe(Rating.Again);
    expect(ratingFor({ correct: true, score: 0.86, timeMs: 3000, skill: 'missing-voices' })).toBe(Rating.Hard);
    expect(ratingFor({ correct: true, score: 1, timeMs: FAST_ANSWER_MS.classify + 1, skill: 'classify' })).toBe(Rating.Good);
    expect(ratingFor({ correct: true, score: 1, timeMs: FAST_ANSWER_MS.classify, skill: 'classify' })).toBe(Rating.Easy);
    // Right on the writer's voice alone is at most Good, however fast; wrong there is still Again.
    expect(ratingFor({ correct: true, score: 1, timeMs: 1000, skill: 'classify', gradedPart: 'voice' })).toBe(Rating.Good);
    expect(ratingFor({ correct: false, score: 0, timeMs: 1000, skill: 'classify', gradedPart: 'voice' })).toBe(Rating.Again);
  });
  it('does not rate discuss items', () => {
    expect(ratingFor({ correct: null, score: null, timeMs: 1000, skill: 'classify' })).toBeNull();
  });
});

describe('card serialisation', () => {
  it('round-trips a card through plain numbers and JSON', () => {
    const f = fsrs({ enable_fuzz: false });
    const card = f.next(createEmptyCard(new Date(NOW)), new Date(NOW), Rating.Good).card;
    const plain = serializeCard(card);
    expect(typeof plain.due).toBe('number');
    expect(typeof plain.last_review).toBe('number');
    expect(deserializeCard(JSON.parse(JSON.stringify(plain)))).toEqual(card);
  });
  it('keeps a missing last review as null', () => {
    const plain = serializeCard(createEmptyCard(new Date(NOW)));
    expect(plain.last_review).toBeNull();
    expect(plain.state).toBe(State.New);
    expect(deserializeCard(plain).last_review).toBeUndefined();
  });
});

describe('recordReview', () => {
  const item = seedKeyItems()[0];

  it('creates a card on the first graded answer and schedules it by rating', () => {
    const again = recordReview({ card: null, profileId: 7, item, correct: false, score: 0, timeMs: 4000, now: NOW })!;
    const good = recordReview({ card: null, profileId: 7, item, correct: true, score: 1, timeMs: 60_000, now: NOW })!;
    const easy = recordReview({ card: null, profileId: 7, item, correct: true, score: 1, timeMs: 2000, now: NOW })!;
    expect(again.rating).toBe(Rating.Again);
    expect(again.card).toMatchObject({ profileId: 7, itemId: item.itemId, articleId: 1, skill: item.skill });
    expect(again.card.due).toBe(again.card.card.due);
    expect(again.card.due).toBeGreaterThan(NOW);
    expect(again.card.due).toBeLessThan(good.card.due);
    expect(good.card.due).toBeLessThan(easy.card.due);
    expect(easy.card.due - NOW).toBeGreaterThanOrEqual(DAY);
    expect(good.log).toMatchObject({ rating: Rating.Good, review: NOW });
  });

  it('grows the interval with repeated right answers and shrinks it after a lapse', () => {
    let card = recordReview({ card: null, profileId: 1, item, correct: true, score: 1, timeMs: 20_000, now: NOW })!.card;
    const intervals: number[] = [];
    let now = NOW;
    for (let i = 0; i < 4; i++) {
      now = card.due;
      const next = recordReview({ card, profileId: 1, item, correct: true, score: 1, timeMs: 20_000, now })!.card;
      intervals.push(next.due - now);
      card = next;
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]);
    expect(card.card.state).toBe(State.Review);
    const lapse = recordReview({ card, profileId: 1, item, correct: false, score: 0, timeMs: 5000, now: card.due })!.card;
    expect(lapse.card.lapses).toBe(1);
    expect(lapse.due - card.due).toBeLessThan(intervals[intervals.length - 1]);
  });

  it('is deterministic (no fuzz)', () => {
    const a = recordReview({ card: null, profileId: 1, item, correct: true, score: 1, timeMs: 20_000, now: NOW })!;
    const b = recordReview({ card: null, profileId: 1, item, correct: true, score: 1, timeMs: 20_000, now: NOW })!;
    expect(a).toEqual(b);
  });

  it('returns null for a discuss item', () => {
    expect(recordReview({ card: null, profileId: 1, item, correct: null, score: null, timeMs: 1, now: NOW })).toBeNull();
  });

  it('reports retrievability that falls with time', () => {
    const card = recordReview({ card: null, profileId: 1, item, correct: true, score: 1, timeMs: 1000, now: NOW })!.card;
    expect(retrievability(card, NOW + DAY)).toBeGreaterThan(retrievability(card, NOW + 30 * DAY));
  });
});

describe('dueItems', () => {
  it('returns cards due now, most overdue first', () => {
    const items = seedKeyItems();
    const cards = [
      { ...newReviewCard(1, items[0], NOW), due: NOW + MIN },
      { ...newReviewCard(1, items[1], NOW), due: NOW - DAY },
      { ...newReviewCard(1, items[2], NOW), due: NOW - MIN },
      { ...newReviewCard(1, items[3], NOW), due: NOW },
    ];
    expect(dueItems(cards, NOW).map((c) => c.itemId)).toEqual([items[1].itemId, items[2].itemId, items[3].itemId]);
    expect(dueItems(cards, NOW - 2 * DAY)).toEqual([]);
  });
});

describe('cardsFromAttempts', () => {
  it('replays a profile’s graded attempts into the same cards as live scheduling', () => {
    const [a, b] = seedKeyItems();
    const attempts: AttemptRecord[] = [
      { profileId: 1, articleId: 1, itemId: a.itemId, skill: a.skill, answer: { label: 'fact' }, correct: false, score: 0, graded: true, timeMs: 5000, at: NOW, source: 'key' },
      { profileId: 1, articleId: 1, itemId: a.itemId, skill: a.skill, answer: { label: 'attributed' }, correct: true, score: 1, graded: true, timeMs: 30_000, at: NOW + 10 * MIN, source: 'key' },
      { profileId: 1, articleId: 1, itemId: b.itemId, skill: b.skill, answer: { label: 'framing' }, correct: null, score: null, graded: false, timeMs: 5000, at: NOW, source: 'key' },
      { profileId: 2, articleId: 1, itemId: b.itemId, skill: b.skill, answer: { label: 'framing' }, correct: true, score: 1, graded: true, timeMs: 5000, at: NOW, source: 'key' },
    ];
    const cards = cardsFromAttempts(1, attempts.slice().reverse());
    expect(cards.map((c) => c.itemId)).toEqual([a.itemId]);
    const first = recordReview({ card: null, profileId: 1, item: a, correct: false, score: 0, timeMs: 5000, now: NOW })!.card;
    const second = recordReview({ card: first, profileId: 1, item: a, correct: true, score: 1, timeMs: 30_000, now: NOW + 10 * MIN })!.card;
    expect(cards[0]).toEqual(second);
  });
});
