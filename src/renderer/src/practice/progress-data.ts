/**
 * Everything the Progress view shows for one learner, computed with the practice core from
 * the stored attempts, review cards and disputes. Per-article completion needs the
 * article's items (how many are graded), so it is computed separately and only for
 * articles the learner has practised: the rest are "not started" without analysing them.
 */
import {
  articleCompletion,
  computeStreak,
  masteryBySkill,
  masteryTimeline,
  type ArticleCompletion,
  type DayKeyFn,
  type MasteryPoint,
  type Skill,
  type SkillMastery,
  type Streak,
  dayKeyInTimeZone,
  dayKeyForOffset,
  addDays,
  withoutDisputed,
} from '../../../core/practice';
import type { ArticleSummary } from '../db/articles';
import type { AttemptRecord } from '../db/database';
import type { DisputeWithArticle } from '../db/progress';
import type { ItemSource } from './item-source';
import type { PracticeStore } from './store';

export interface ProgressData {
  /** Every attempt, disputed ones included (what was practised). */
  attempts: AttemptRecord[];
  /** How many attempts a dispute keeps out of mastery. */
  disputedAttempts: number;
  /** How many attempts are marked "key changed" (a teacher changed the item's answer since) and left out of mastery. */
  keyChangedAttempts: number;
  mastery: Record<Skill, SkillMastery>;
  timeline: MasteryPoint[];
  streak: Streak;
  dueToday: number;
  dueNow: number;
  /** The next due time after today, when nothing is due today. */
  nextDue: number | null;
  articles: ArticleSummary[];
  disputes: DisputeWithArticle[];
  /** Sentence text of each dispute (by dispute id), when the article is still stored. */
  disputeSentences: Map<number, string>;
}

/** The learner's own calendar day: the system time zone, or the current UTC offset where Intl lacks zones. */
export function localDayKey(): DayKeyFn {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) return dayKeyInTimeZone(zone);
  } catch {
    // fall through
  }
  return dayKeyForOffset(-new Date().getTimezoneOffset());
}

/** The last millisecond of `now`'s day for a day-key function (found by stepping, DST-safe). */
export function endOfDay(now: number, dayKey: DayKeyFn): number {
  const today = dayKey(now);
  const tomorrow = addDays(today, 1);
  // Binary search for the first instant of tomorrow (day lengths vary with DST), then one ms back.
  let lo = now;
  let hi = now + 26 * 3_600_000;
  if (dayKey(hi) < tomorrow) return hi;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dayKey(mid) >= tomorrow) hi = mid;
    else lo = mid;
  }
  return lo;
}

export async function loadProgress(args: {
  store: PracticeStore;
  profileId: number;
  now: number;
  dayKey: DayKeyFn;
}): Promise<ProgressData> {
  const { store, profileId, now, dayKey } = args;
  const dayEnd = endOfDay(now, dayKey);
  // Due counts and the next due date come from the [profileId+due] index, not from every card.
  const [attempts, dueCards, articles, disputes] = await Promise.all([
    store.attempts(profileId),
    store.dueCards(profileId, dayEnd),
    store.listArticles(),
    store.disputes(profileId),
  ]);
  // A disputed item's card is suspended: it is not due, and its disputed attempts leave mastery.
  const disputedIds = new Set(disputes.map((d) => d.itemId));
  const due = dueCards.filter((c) => !disputedIds.has(c.itemId));
  const dueNow = due.filter((c) => c.due <= now).length;
  const nextDue = due.length === 0 ? await store.nextDueAfter(profileId, dayEnd, disputedIds) : null;
  // Answers graded against an answer the teacher has since changed leave mastery (db/key-edits.ts).
  const current = attempts.filter((a) => a.keyChangedAt === undefined);
  const counted = withoutDisputed(current, disputes);

  const disputeSentences = new Map<number, string>();
  const articleIds = [...new Set(disputes.map((d) => d.articleId))];
  const records = await Promise.all(articleIds.map((id) => store.getArticle(id).catch(() => undefined)));
  const byId = new Map(articleIds.map((id, i) => [id, records[i]]));
  for (const d of disputes) {
    const record = byId.get(d.articleId);
    if (record && d.sentenceEnd > d.sentenceStart) disputeSentences.set(d.id, record.original.slice(d.sentenceStart, d.sentenceEnd));
  }

  return {
    attempts,
    disputedAttempts: current.length - counted.length,
    keyChangedAttempts: attempts.length - current.length,
    mastery: masteryBySkill(counted as never),
    timeline: masteryTimeline(counted as never, { dayKey, until: now }),
    streak: computeStreak(attempts, now, dayKey),
    dueToday: due.length,
    dueNow,
    nextDue,
    articles,
    disputes,
    disputeSentences,
  };
}

export interface ArticleProgress {
  articleId: number;
  title: string;
  /** null while counting; undefined when the article has no attempts (not started). */
  completion: ArticleCompletion | null | undefined;
}

/** Completion of each practised article (its items from the item source). */
export async function completionFor(args: {
  store: PracticeStore;
  items: ItemSource;
  articleIds: readonly number[];
  attempts: readonly Pick<AttemptRecord, 'itemId' | 'correct' | 'articleId'>[];
  signal?: AbortSignal;
  onArticle(articleId: number, completion: ArticleCompletion | null): void;
}): Promise<void> {
  // Grouped once: filtering every attempt for every article grows as articles × attempts.
  const byArticle = new Map<number, Pick<AttemptRecord, 'itemId' | 'correct' | 'articleId'>[]>();
  for (const attempt of args.attempts) {
    const list = byArticle.get(attempt.articleId);
    if (list) list.push(attempt);
    else byArticle.set(attempt.articleId, [attempt]);
  }
  for (const id of args.articleIds) {
    args.signal?.throwIfAborted();
    const mine = byArticle.get(id) ?? [];
    try {
      const record = await args.store.getArticle(id);
      if (!record) continue;
      const items = await args.items.itemsFor(record, args.signal);
      args.onArticle(id, articleCompletion(items, mine));
    } catch (error) {
      if (args.signal?.aborted) throw error;
      args.onArticle(id, null);
    }
  }
}
