/**
 * Mastery per skill from stored attempts. Only graded attempts count (discuss items have no
 * score). Accuracy is exponentially weighted so recent answers matter most (half-life of
 * MASTERY_HALF_LIFE attempts); a confidence term n / (n + MASTERY_PRIOR) keeps a learner with
 * two lucky answers from showing full mastery:
 *
 *   mastery = weightedAccuracy × n / (n + MASTERY_PRIOR)
 */
import { addDays, dayNumber, type DayKeyFn } from './days';
import { SKILLS, type AttemptRecord, type PracticeItem, type Skill } from './types';

export const MASTERY_HALF_LIFE = 8;
export const MASTERY_PRIOR = 2;
/**
 * How much an attempt graded on the writer's voice alone (gradedPart 'voice') weighs against one graded
 * on its full answer: two of its three answers are right, so a guess scores 2/3 there and 1/3 on a full
 * item; half weight keeps such items from carrying classify mastery on their own.
 */
export const VOICE_ONLY_WEIGHT = 0.5;

/** An answer's weight in mastery and in a results file's scores: VOICE_ONLY_WEIGHT when graded on the voice alone. */
export function answerWeight(a: { gradedPart?: 'voice' }): number {
  return a.gradedPart === 'voice' ? VOICE_ONLY_WEIGHT : 1;
}

type AttemptLike = Pick<AttemptRecord, 'skill' | 'graded' | 'score' | 'correct' | 'at' | 'gradedPart'>;

/**
 * The attempts that count toward mastery: a learner who disputes an answer says its grade
 * was wrong, so the attempts on that item up to the dispute leave mastery (later ones, e.g.
 * after the key changed, count again). Withdrawing the dispute (deleting it) brings them back.
 */
export function withoutDisputed<T extends Pick<AttemptRecord, 'itemId' | 'at'>>(
  attempts: readonly T[],
  disputes: readonly { itemId: string; at: number }[],
): T[] {
  if (disputes.length === 0) return attempts.slice();
  const latest = new Map<string, number>();
  for (const d of disputes) latest.set(d.itemId, Math.max(latest.get(d.itemId) ?? -Infinity, d.at));
  return attempts.filter((a) => {
    const until = latest.get(a.itemId);
    return until === undefined || a.at > until;
  });
}

export interface SkillMastery {
  skill: Skill;
  /** 0..1 */
  mastery: number;
  /** Exponentially weighted recent score, 0..1 (0 with no graded attempts). */
  accuracy: number;
  /** All attempts, graded or not. */
  attempts: number;
  graded: number;
  correct: number;
  lastAt: number | null;
}

function attemptScore(a: AttemptLike): number | null {
  if (!a.graded) return null;
  if (typeof a.score === 'number') return a.score;
  if (typeof a.correct === 'boolean') return a.correct ? 1 : 0;
  return null;
}

function byTime<T extends { at: number }>(list: readonly T[]): T[] {
  return list.slice().sort((a, b) => a.at - b.at);
}

export function skillMastery(attempts: readonly AttemptLike[], skill: Skill): SkillMastery {
  const mine = byTime(attempts.filter((a) => a.skill === skill));
  const scored = mine
    .map((a) => ({ score: attemptScore(a), weight: answerWeight(a) }))
    .filter((s): s is { score: number; weight: number } => s.score !== null);
  const decay = Math.pow(0.5, 1 / MASTERY_HALF_LIFE);
  let weight = 1;
  let sum = 0;
  let total = 0;
  for (let i = scored.length - 1; i >= 0; i--) {
    sum += weight * scored[i].weight * scored[i].score;
    total += weight * scored[i].weight;
    weight *= decay;
  }
  const accuracy = total > 0 ? sum / total : 0;
  // The evidence term counts voice-only attempts at their weight too.
  const evidence = scored.reduce((s, x) => s + x.weight, 0);
  return {
    skill,
    mastery: accuracy * (evidence / (evidence + MASTERY_PRIOR)),
    accuracy,
    attempts: mine.length,
    graded: scored.length,
    correct: mine.filter((a) => a.graded && a.correct === true).length,
    lastAt: mine.length ? mine[mine.length - 1].at : null,
  };
}

export function masteryBySkill(attempts: readonly AttemptLike[]): Record<Skill, SkillMastery> {
  return Object.fromEntries(SKILLS.map((s) => [s, skillMastery(attempts, s)])) as Record<Skill, SkillMastery>;
}

export interface MasteryPoint {
  day: string;
  /** Mastery per skill at the end of that day (from all attempts up to then). */
  mastery: Record<Skill, number>;
  /** Attempts made on that day. */
  attempts: number;
}

/**
 * One point per calendar day from the first attempt to `until` (default: the last attempt's
 * day), gaps filled so the chart's x axis is continuous.
 */
export function masteryTimeline(
  attempts: readonly AttemptLike[],
  options: { dayKey: DayKeyFn; until?: number },
): MasteryPoint[] {
  if (attempts.length === 0) return [];
  const sorted = byTime(attempts);
  const keyed = sorted.map((a) => ({ a, day: options.dayKey(a.at) }));
  const first = keyed[0].day;
  const lastKey = options.until !== undefined ? options.dayKey(options.until) : keyed[keyed.length - 1].day;
  const last = dayNumber(lastKey) >= dayNumber(keyed[keyed.length - 1].day) ? lastKey : keyed[keyed.length - 1].day;
  const points: MasteryPoint[] = [];
  let upto = 0;
  for (let day = first; dayNumber(day) <= dayNumber(last); day = addDays(day, 1)) {
    const startCount = upto;
    while (upto < keyed.length && dayNumber(keyed[upto].day) <= dayNumber(day)) upto++;
    const sofar = keyed.slice(0, upto).map((k) => k.a);
    const mastery = Object.fromEntries(SKILLS.map((s) => [s, skillMastery(sofar, s).mastery])) as Record<Skill, number>;
    points.push({ day, mastery, attempts: upto - startCount });
  }
  return points;
}

export interface ArticleCompletion {
  articleId: number | null;
  gradedItems: number;
  attemptedItems: number;
  correctItems: number;
  /** Share of the article's graded items answered correctly at least once, 0..1. */
  completion: number;
}

/** Completion for one article's items (pass that article's items and the profile's attempts). */
export function articleCompletion(
  items: readonly Pick<PracticeItem, 'itemId' | 'graded' | 'articleId'>[],
  attempts: readonly Pick<AttemptRecord, 'itemId' | 'correct'>[],
): ArticleCompletion {
  const graded = items.filter((i) => i.graded);
  const ids = new Set(graded.map((i) => i.itemId));
  const attempted = new Set(attempts.filter((a) => ids.has(a.itemId)).map((a) => a.itemId));
  const correct = new Set(attempts.filter((a) => ids.has(a.itemId) && a.correct === true).map((a) => a.itemId));
  return {
    articleId: items[0]?.articleId ?? null,
    gradedItems: graded.length,
    attemptedItems: attempted.size,
    correctItems: correct.size,
    completion: graded.length ? correct.size / graded.length : 0,
  };
}

/** Completion for every article present in `items`. */
export function completionByArticle(
  items: readonly Pick<PracticeItem, 'itemId' | 'graded' | 'articleId'>[],
  attempts: readonly Pick<AttemptRecord, 'itemId' | 'correct'>[],
): Map<number | null, ArticleCompletion> {
  const groups = new Map<number | null, Pick<PracticeItem, 'itemId' | 'graded' | 'articleId'>[]>();
  for (const item of items) {
    const list = groups.get(item.articleId) ?? [];
    list.push(item);
    groups.set(item.articleId, list);
  }
  const out = new Map<number | null, ArticleCompletion>();
  for (const [id, list] of groups) out.set(id, articleCompletion(list, attempts));
  return out;
}
