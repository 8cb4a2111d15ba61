import { addDays, dayNumber, type DayKeyFn } from './days';

export interface Streak {
  /** Consecutive days with at least one attempt, ending today (or yesterday, if today is still open). */
  current: number;
  longest: number;
  practisedToday: boolean;
  lastDay: string | null;
}

/** Any attempt counts (graded or discuss): the streak rewards showing up. */
export function computeStreak(attempts: readonly { at: number }[], now: number, dayKey: DayKeyFn): Streak {
  const days = [...new Set(attempts.map((a) => dayKey(a.at)))].sort();
  if (days.length === 0) return { current: 0, longest: 0, practisedToday: false, lastDay: null };
  const numbers = days.map(dayNumber);
  let longest = 1;
  let run = 1;
  for (let i = 1; i < numbers.length; i++) {
    run = numbers[i] === numbers[i - 1] + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const today = dayKey(now);
  const set = new Set(days);
  const practisedToday = set.has(today);
  let cursor = practisedToday ? today : addDays(today, -1);
  let current = 0;
  while (set.has(cursor)) {
    current++;
    cursor = addDays(cursor, -1);
  }
  return { current, longest, practisedToday, lastDay: days[days.length - 1] };
}
