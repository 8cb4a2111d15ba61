/** The per-skill summary and time of a results file, derived from its items. */
import { answerWeight } from '../practice/mastery';
import { SKILLS } from '../practice/types';
import type { ResultItem, SkillResult } from './format';

/**
 * Mean score of the marked answers, an answer graded on the writer's voice alone weighing half (as in
 * mastery: two of its three answers are right). Null when none is marked.
 */
export function markedScore(items: readonly Pick<ResultItem, 'score' | 'gradedPart'>[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const i of items) {
    if (i.score === null) continue;
    const w = answerWeight(i);
    sum += w * i.score;
    weight += w;
  }
  return weight ? sum / weight : null;
}

export function skillSummary(items: readonly ResultItem[]): SkillResult[] {
  return SKILLS.flatMap((skill) => {
    const mine = items.filter((i) => i.skill === skill);
    if (mine.length === 0) return [];
    return [{ skill, items: mine.length, graded: mine.filter((i) => i.score !== null).length, score: markedScore(mine) }];
  });
}

export function timeSpent(items: readonly ResultItem[]): number {
  return items.reduce((sum, i) => sum + i.timeMs, 0);
}
