/** The per-skill summary and time of a results file, derived from its items. */
import { SKILLS } from '../practice/types';
import type { ResultItem, SkillResult } from './format';

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export function skillSummary(items: readonly ResultItem[]): SkillResult[] {
  return SKILLS.flatMap((skill) => {
    const mine = items.filter((i) => i.skill === skill);
    if (mine.length === 0) return [];
    const scores = mine.flatMap((i) => (i.score === null ? [] : [i.score]));
    return [{ skill, items: mine.length, graded: scores.length, score: mean(scores) }];
  });
}

export function timeSpent(items: readonly ResultItem[]): number {
  return items.reduce((sum, i) => sum + i.timeMs, 0);
}
