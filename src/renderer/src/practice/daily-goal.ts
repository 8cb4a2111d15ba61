/**
 * The optional daily goal: how many items a learner means to answer each day (off by
 * default), and how many they have answered today. The goal is a per-learner preference
 * kept with the other stored preferences; today's count comes from the stored attempts,
 * so it is the same number in Progress and at the end of a practice session.
 */
import type { DayKeyFn } from '../../../core/practice';

/** The goals offered; 0 means no goal. */
export const DAILY_GOAL_CHOICES = [10, 20, 30] as const;

export type DailyGoal = 0 | (typeof DAILY_GOAL_CHOICES)[number];

/** A stored string back to a goal: anything not offered (missing, edited, old) is "off". */
export function parseDailyGoal(stored: string | null): DailyGoal {
  const n = Number(stored);
  return (DAILY_GOAL_CHOICES as readonly number[]).includes(n) ? (n as DailyGoal) : 0;
}

/** Items answered on `now`'s calendar day (each answer counts, a review too). */
export function answeredToday(attempts: readonly { at: number }[], now: number, dayKey: DayKeyFn): number {
  const today = dayKey(now);
  let count = 0;
  for (const attempt of attempts) if (dayKey(attempt.at) === today) count += 1;
  return count;
}
