import { describe, expect, it } from 'vitest';
import {
  articleCompletion,
  completionByArticle,
  dayKeyForOffset,
  masteryBySkill,
  masteryTimeline,
  MASTERY_HALF_LIFE,
  MASTERY_PRIOR,
  skillMastery,
  VOICE_ONLY_WEIGHT,
  withoutDisputed,
  type AttemptRecord,
  type Skill,
} from '../../../src/core/practice';
import { seedKeyItems, wireItems } from './helpers';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9, 0); // 2 Nov 2026, 09:00 UTC

function attempt(skill: Skill, score: number | null, at: number, extra: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    profileId: 1,
    articleId: 1,
    itemId: `item-${skill}-${at}`,
    skill,
    answer: { label: 'fact' },
    correct: score === null ? null : score >= 0.8,
    score,
    graded: score !== null,
    timeMs: 5000,
    at,
    source: 'analyser',
    ...extra,
  };
}

describe('skill mastery', () => {
  it('is 0 with no attempts', () => {
    expect(skillMastery([], 'classify')).toMatchObject({ mastery: 0, accuracy: 0, attempts: 0, graded: 0, lastAt: null });
  });

  it('shrinks a short perfect record toward 0 with the confidence term', () => {
    const two = [attempt('classify', 1, T0), attempt('classify', 1, T0 + 1000)];
    const m = skillMastery(two, 'classify');
    expect(m.accuracy).toBe(1);
    expect(m.mastery).toBeCloseTo(2 / (2 + MASTERY_PRIOR));
    const twenty = Array.from({ length: 20 }, (_, i) => attempt('classify', 1, T0 + i * 1000));
    expect(skillMastery(twenty, 'classify').mastery).toBeCloseTo(20 / 22);
  });

  it('weights recent answers more than old ones', () => {
    const improving = [...Array.from({ length: 8 }, (_, i) => attempt('who-says', 0, T0 + i)), ...Array.from({ length: 8 }, (_, i) => attempt('who-says', 1, T0 + 100 + i))];
    const declining = [...Array.from({ length: 8 }, (_, i) => attempt('who-says', 1, T0 + i)), ...Array.from({ length: 8 }, (_, i) => attempt('who-says', 0, T0 + 100 + i))];
    const up = skillMastery(improving, 'who-says');
    const down = skillMastery(declining, 'who-says');
    expect(up.accuracy).toBeGreaterThan(0.5);
    expect(down.accuracy).toBeLessThan(0.5);
    expect(up.accuracy + down.accuracy).toBeCloseTo(1);
  });

  it('weighs an attempt graded on the writer\'s voice alone at half, in the accuracy and the evidence', () => {
    const voice = (score: number, at: number) => attempt('classify', score, at, { gradedPart: 'voice' });
    // One full answer wrong, then one voice-only answer right: the voice-only one weighs half (the older one decays by d).
    const d = Math.pow(0.5, 1 / MASTERY_HALF_LIFE);
    const m = skillMastery([attempt('classify', 0, T0), voice(1, T0 + 1)], 'classify');
    expect(m.accuracy).toBeCloseTo(VOICE_ONLY_WEIGHT / (VOICE_ONLY_WEIGHT + d), 10);
    // Four voice-only answers right are as much evidence as two full ones.
    const four = [1, 2, 3, 4].map((i) => voice(1, T0 + i));
    expect(skillMastery(four, 'classify').mastery).toBeCloseTo(2 / (2 + MASTERY_PRIOR));
    expect(skillMastery(four, 'classify')).toMatchObject({ graded: 4, correct: 4 });
  });

  it('uses partial scores and ignores discuss attempts', () => {
    const list = [attempt('loaded-words', 0.5, T0), attempt('loaded-words', null, T0 + 1), attempt('loaded-words', 0.5, T0 + 2)];
    const m = skillMastery(list, 'loaded-words');
    expect(m).toMatchObject({ attempts: 3, graded: 2, correct: 0 });
    expect(m.accuracy).toBeCloseTo(0.5);
  });

  it('is computed per skill and independent of input order', () => {
    const list = [attempt('classify', 1, T0 + 2), attempt('classify', 0, T0 + 1), attempt('hedge-certainty', 1, T0)];
    const all = masteryBySkill(list);
    expect(Object.keys(all)).toHaveLength(7);
    expect(all['missing-voices'].mastery).toBe(0);
    expect(all.classify.lastAt).toBe(T0 + 2);
    expect(all.classify).toEqual(masteryBySkill(list.slice().reverse()).classify);
    expect(all['hedge-certainty'].mastery).toBeCloseTo(1 / 3);
  });
});

describe('mastery timeline', () => {
  it('has one point per local day, gaps filled, cumulative', () => {
    const dayKey = dayKeyForOffset(0);
    const list = [attempt('classify', 1, T0), attempt('classify', 1, T0 + 2 * DAY), attempt('classify', 0, T0 + 2 * DAY + 60_000)];
    const points = masteryTimeline(list, { dayKey });
    expect(points.map((p) => p.day)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
    expect(points.map((p) => p.attempts)).toEqual([1, 0, 2]);
    expect(points[0].mastery.classify).toBeCloseTo(1 / 3);
    expect(points[1].mastery.classify).toBe(points[0].mastery.classify);
    expect(points[2].mastery.classify).toBeCloseTo(skillMastery(list, 'classify').mastery);
  });

  it('extends to `until` and follows the learner’s day boundary', () => {
    const late = Date.UTC(2026, 10, 2, 23, 30);
    const oslo = masteryTimeline([attempt('classify', 1, late)], { dayKey: dayKeyForOffset(60), until: late + DAY });
    expect(oslo.map((p) => p.day)).toEqual(['2026-11-03', '2026-11-04']);
    expect(masteryTimeline([], { dayKey: dayKeyForOffset(0) })).toEqual([]);
  });
});

describe('article completion', () => {
  it('is the share of graded items answered correctly at least once', () => {
    const items = seedKeyItems();
    const graded = items.filter((i) => i.graded);
    const attempts = [
      attempt('classify', 0, T0, { itemId: graded[0].itemId, correct: false }),
      attempt('classify', 1, T0 + 1, { itemId: graded[0].itemId, correct: true }),
      attempt('classify', 1, T0 + 2, { itemId: graded[1].itemId, correct: true }),
      attempt('classify', 0, T0 + 3, { itemId: graded[2].itemId, correct: false }),
      attempt('classify', 1, T0 + 4, { itemId: 'other-article', correct: true }),
    ];
    const c = articleCompletion(items, attempts);
    expect(c).toMatchObject({ articleId: 1, gradedItems: graded.length, attemptedItems: 3, correctItems: 2 });
    expect(c.completion).toBeCloseTo(2 / graded.length);
  });

  it('counts only graded items, and is 0 for an article without any', () => {
    const discussOnly = wireItems().filter((i) => !i.graded);
    expect(discussOnly.length).toBeGreaterThan(0);
    expect(articleCompletion(discussOnly, [attempt('classify', null, T0, { itemId: discussOnly[0].itemId })]).completion).toBe(0);
  });

  it('groups by article', () => {
    const map = completionByArticle([...seedKeyItems(), ...wireItems()], []);
    expect([...map.keys()].sort()).toEqual([1, 2]);
    expect(map.get(2)!.completion).toBe(0);
  });
});

describe('disputed attempts', () => {
  it('leave mastery until the dispute is withdrawn; later attempts on the item count', () => {
    const wrong = attempt('classify', 0, T0, { itemId: 'x' });
    const right = [1, 2, 3].map((n) => attempt('classify', 1, T0 + n * 1000));
    const all = [wrong, ...right];
    const withIt = skillMastery(all, 'classify').mastery;
    const dispute = { itemId: 'x', at: T0 + 500 };
    const kept = withoutDisputed(all, [dispute]);
    expect(kept).not.toContain(wrong);
    expect(kept).toHaveLength(3);
    expect(skillMastery(kept, 'classify').mastery).toBeGreaterThan(withIt);
    expect(skillMastery(kept, 'classify').accuracy).toBe(1);
    const later = attempt('classify', 0, T0 + 9000, { itemId: 'x' });
    expect(withoutDisputed([...all, later], [dispute])).toContain(later);
    expect(withoutDisputed(all, [])).toEqual(all);
  });
});
