/**
 * The teacher's class view from many results files of one pack: a learners × skills table,
 * each item's difficulty (share of learners right on their first marked answer), the most
 * disputed items, and the rule for a file that arrives again (the later export wins).
 */
import { SKILLS, type Skill } from '../practice/types';
import type { ClassResults } from './format';
import { markedScore } from './summary';

/** One learner's identity in a class: the name as given, case and spacing folded. */
export function learnerKeyOf(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export type ResultsMerge = 'add' | 'update' | 'same' | 'older';

/**
 * What importing a learner's file does to what the class already holds from that learner:
 * 'add' (first file), 'update' (a later export replaces the earlier), 'same' (this very export
 * again: nothing changes), 'older' (an earlier export than the one held: kept out).
 */
export function mergeDecision(held: Pick<ClassResults, 'exportedAt'> | undefined, incoming: Pick<ClassResults, 'exportedAt'>): ResultsMerge {
  if (!held) return 'add';
  if (incoming.exportedAt > held.exportedAt) return 'update';
  return incoming.exportedAt === held.exportedAt ? 'same' : 'older';
}

export interface LearnerRow {
  name: string;
  /** Per skill of the class's columns: mean score 0..1, or null (no marked answer). */
  skills: Partial<Record<Skill, number | null>>;
  answers: number;
  score: number | null;
  timeSpentMs: number;
  disputes: number;
  exportedAt: number;
}

export interface ItemDifficulty {
  articleHash: string;
  itemId: string;
  skill: Skill;
  /** Learners with a marked answer on it. */
  learners: number;
  /** Of them, right on their first marked answer. */
  right: number;
  /** right / learners, 0..1. */
  shareRight: number;
  /**
   * Set when some learner's first marked answer was graded on the writer's own statement alone (an
   * analyser classify item unsure between fact and framing): two of three answers count as right there.
   */
  gradedPart?: 'voice';
}

export interface DisputedItem {
  articleHash: string;
  itemId: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Distinct learners who disputed it. */
  learners: number;
  reasons: { learner: string; reason: string }[];
}

export interface ClassSummary {
  /** Skill columns: those any learner answered, in the app's order. */
  skills: Skill[];
  learners: LearnerRow[];
  /** Hardest first (lowest share right), then by item id. */
  items: ItemDifficulty[];
  /** Most disputed first. */
  disputed: DisputedItem[];
}

export function summariseClass(files: readonly ClassResults[]): ClassSummary {
  const skills = SKILLS.filter((s) => files.some((f) => f.skills.some((r) => r.skill === s)));
  const learners = files
    .map((f): LearnerRow => {
      return {
        name: f.learner.name,
        skills: Object.fromEntries(skills.map((s) => [s, f.skills.find((r) => r.skill === s)?.score ?? null])),
        answers: f.items.length,
        score: markedScore(f.items),
        timeSpentMs: f.timeSpentMs,
        disputes: f.disputes.length,
        exportedAt: f.exportedAt,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));

  const items = new Map<string, ItemDifficulty>();
  for (const f of files) {
    const firstMarked = new Map<string, (typeof f.items)[number]>();
    for (const i of [...f.items].sort((a, b) => a.at - b.at)) {
      if (!i.graded || i.correct === null || firstMarked.has(i.itemId)) continue;
      firstMarked.set(i.itemId, i);
    }
    for (const [itemId, i] of firstMarked) {
      const articleHash = f.pack.articleHashes[i.article];
      const key = `${articleHash}|${itemId}`;
      const entry = items.get(key) ?? { articleHash, itemId, skill: i.skill, learners: 0, right: 0, shareRight: 0 };
      entry.learners++;
      if (i.correct) entry.right++;
      entry.shareRight = entry.right / entry.learners;
      if (i.gradedPart === 'voice') entry.gradedPart = 'voice';
      items.set(key, entry);
    }
  }

  const disputed = new Map<string, DisputedItem & { keys: Set<string> }>();
  for (const f of files) {
    for (const d of f.disputes) {
      const articleHash = f.pack.articleHashes[d.article];
      const key = `${articleHash}|${d.itemId}`;
      const entry = disputed.get(key) ?? { articleHash, itemId: d.itemId, sentenceStart: d.sentenceStart, sentenceEnd: d.sentenceEnd, learners: 0, reasons: [], keys: new Set<string>() };
      entry.keys.add(learnerKeyOf(f.learner.name));
      entry.learners = entry.keys.size;
      entry.reasons.push({ learner: f.learner.name, reason: d.reason });
      disputed.set(key, entry);
    }
  }

  return {
    skills,
    learners,
    items: [...items.values()].sort((a, b) => a.shareRight - b.shareRight || a.itemId.localeCompare(b.itemId)),
    disputed: [...disputed.values()]
      .map(({ keys: _keys, ...d }) => d)
      .sort((a, b) => b.learners - a.learners || b.reasons.length - a.reasons.length || a.itemId.localeCompare(b.itemId)),
  };
}
