/**
 * Starting a session (gathering the items of the library or one article, the learner's
 * review cards and past attempts, and asking the core's session builder for about ten),
 * recording each answer with its FSRS card in one transaction, saving disputes, and the
 * end-of-session summary.
 *
 * A session starts before all its articles are ready: their items are asked for all at once
 * (those already analysed, in memory or in the analysis cache, come back first; the others
 * queue in the analysis worker), and as soon as one article's items make a session,
 * `onPartial` hands the screen a snapshot to start on. Each later article sends another, whose
 * `arrange(seen)` keeps the entries already shown and chooses the rest again from all the items
 * at hand (core `continueSession`).
 */
import {
  answerFingerprint,
  continueSession,
  DEFAULT_SESSION_SIZE,
  gradeItem,
  recordReview,
  SKILLS,
  suspendedItemIds,
  type GradeResult,
  type PracticeAnswer,
  type BuildSessionInput,
  type PracticeItem,
  type SessionEntry,
  type Skill,
} from '../../../core/practice';
import { createRandom, shuffled } from '../../../core/practice/random';
import type { ArticleRecord } from '../db/database';
import type { ItemSource } from './item-source';
import { toCoreCard, toDbCard, type PracticeStore } from './store';

/** A session as far as its articles' items are at hand. */
export interface SessionSnapshot {
  /** The session's entries: `seen` (the entries already shown, in order) first, then the rest chosen from the items at hand. */
  arrange(seen: readonly SessionEntry[]): SessionEntry[];
  articles: Map<number, SessionArticle>;
  /** Articles that gave no items because their analysis failed. */
  failedArticles: number;
  /** How many entries the session aims at (its size, or the due reviews when fewer): the count to show while items still arrive. */
  expected: number;
}

export type SessionLoad =
  | ({ status: 'ready'; entries: SessionEntry[] } & SessionSnapshot)
  | { status: 'no-articles' }
  | { status: 'article-missing' }
  | { status: 'no-items' }
  | { status: 'nothing-due' }
  /** Every item has a review card and none is due yet. */
  | { status: 'all-done' };

/** What the screen needs of an item's article: its title and the text the offsets point into. */
export interface SessionArticle {
  title: string;
  original: string;
  /** The cleaned blocks, so item text can hide Markdown markup while keeping offsets. */
  blocks: ArticleRecord['blocks'];
}

export interface LoadSessionArgs {
  store: PracticeStore;
  items: ItemSource;
  profileId: number;
  /** Practise one article only. */
  articleId?: number;
  /** Practise these articles only (a teacher's assignment); deleted or missing ones are left out. */
  articleIds?: readonly number[];
  /** Only the reviews due by `dueBy` (the end of the learner's day). */
  reviewOnly?: boolean;
  /** Practise one skill only. */
  skill?: Skill;
  /** Practise these skills only (a teacher's assignment); empty or omitted: every skill. */
  skills?: readonly Skill[];
  now: number;
  /** Reviews due up to this time are offered in a review session (default: now). */
  dueBy?: number;
  size?: number;
  signal?: AbortSignal;
  /** Articles whose items are in, of how many (in the order they come, not the articles' order). */
  onProgress?(done: number, total: number): void;
  /**
   * A session to start on while articles are still being prepared: called after each article
   * whose items arrive before the last, once they make at least one entry. The promise still
   * settles with the whole session.
   */
  onPartial?(snapshot: SessionSnapshot): void;
}

/** The items gathered so far, in the articles' order (so the whole session does not depend on which came first). */
interface Gathered {
  items(): PracticeItem[];
  failed: number;
  done: number;
}

/**
 * Asks for every article's items at once and reports each article as it comes: those already
 * analysed come back at once, the rest as the analysis worker gets to them (one at a time, in
 * this order). Restricted to the assignment's skills when it names some.
 */
async function gatherItems(articles: ArticleRecord[], args: LoadSessionArgs, onArticle: (gathered: Gathered) => void): Promise<Gathered> {
  const slots: (PracticeItem[] | undefined)[] = articles.map(() => undefined);
  const allowed = args.skills && args.skills.length > 0 ? new Set<string>(args.skills) : null;
  const gathered: Gathered = { items: () => slots.flatMap((slot) => slot ?? []), failed: 0, done: 0 };
  args.onProgress?.(0, articles.length);
  args.signal?.throwIfAborted();
  await Promise.all(
    articles.map(async (article, index) => {
      try {
        const items = await args.items.itemsFor(article, args.signal);
        slots[index] = allowed ? items.filter((item) => allowed.has(item.skill)) : items;
      } catch (error) {
        if (args.signal?.aborted) throw error;
        // One article the analyser chokes on must not cost the learner the whole session.
        console.warn(`Framewise: no practice items for article ${article.id}.`, error);
        gathered.failed++;
      }
      gathered.done++;
      if (args.signal?.aborted) return;
      args.onProgress?.(gathered.done, articles.length);
      if (gathered.done < articles.length) onArticle(gathered);
    }),
  );
  args.signal?.throwIfAborted();
  return gathered;
}

/**
 * Hands `onPartial` a snapshot after each article that arrives before the last, once the
 * session's other inputs (`setInputs`) are read and the items make an entry.
 */
function partialSessions(args: LoadSessionArgs, articles: Map<number, SessionArticle>, expected: number, keep: (entry: SessionEntry) => boolean) {
  let inputFor: ((items: PracticeItem[]) => BuildSessionInput) | undefined;
  let latest: Gathered | undefined;
  const emit = () => {
    if (!args.onPartial || !inputFor || !latest || args.signal?.aborted) return;
    const input = inputFor(latest.items());
    const arrange = (seen: readonly SessionEntry[]) => continueSession(input, seen).filter(keep);
    if (arrange([]).length === 0) return;
    args.onPartial({ arrange, articles, failedArticles: latest.failed, expected });
  };
  return {
    onArticle(gathered: Gathered) {
      latest = gathered;
      emit();
    },
    setInputs(build: (items: PracticeItem[]) => BuildSessionInput) {
      inputFor = build;
      emit();
    },
    /** The whole session, once every article is in. */
    finish(input: BuildSessionInput, failedArticles: number): SessionLoad | null {
      inputFor = undefined;
      const arrange = (seen: readonly SessionEntry[]) => continueSession(input, seen).filter(keep);
      const entries = arrange([]);
      return entries.length === 0 ? null : { status: 'ready', entries, arrange, articles, failedArticles, expected };
    },
  };
}

async function liveArticles(store: PracticeStore, ids: Iterable<number>): Promise<ArticleRecord[]> {
  const records = await Promise.all([...new Set(ids)].map((id) => store.getArticle(id)));
  return records.filter((record): record is ArticleRecord => !!record && record.deletedAt == null);
}

export async function loadSession(args: LoadSessionArgs): Promise<SessionLoad> {
  const { store, profileId, now } = args;
  const size = args.size ?? DEFAULT_SESSION_SIZE;

  if (args.reviewOnly) {
    const dueBy = Math.max(now, args.dueBy ?? now);
    let due = await store.dueCards(profileId, dueBy);
    if (args.articleId !== undefined) due = due.filter((card) => card.articleId === args.articleId);
    if (args.articleIds !== undefined) {
      const allowed = new Set(args.articleIds);
      due = due.filter((card) => allowed.has(card.articleId));
    }
    if (due.length === 0) return { status: 'nothing-due' };
    const [articles, disputes] = await Promise.all([liveArticles(store, due.map((card) => card.articleId)), store.disputes(profileId)]);
    const cards = due.map(toCoreCard);
    const inputFor = (items: PracticeItem[]): BuildSessionInput => ({
      items,
      cards,
      now: dueBy,
      size,
      skill: args.skill,
      suspendedItemIds: suspendedItemIds(disputes, items),
    });
    const partial = partialSessions(args, articlesOf(articles), Math.min(size, due.length), (e) => e.reason === 'review');
    partial.setInputs(inputFor);
    const gathered = await gatherItems(articles, args, partial.onArticle);
    return partial.finish(inputFor(gathered.items()), gathered.failed) ?? { status: 'nothing-due' };
  }

  let articles: ArticleRecord[];
  if (args.articleId !== undefined || args.articleIds !== undefined) {
    articles = await liveArticles(store, args.articleId !== undefined ? [args.articleId] : args.articleIds!);
    if (articles.length === 0) return { status: 'article-missing' };
  } else {
    const ids = await sessionArticleIds(store, profileId, now, size);
    if (ids.length === 0) return { status: 'no-articles' };
    const summaries = await store.articleSummaries(ids);
    articles = await liveArticles(store, summaries.map((s) => s.id));
    if (articles.length === 0) return { status: 'no-articles' };
  }
  // Only the chosen articles' cards and attempts matter to the session builder (it only
  // schedules items it has); the seed still counts every answer the learner gave.
  const chosen = articles.map((a) => a.id);
  const partial = partialSessions(args, articlesOf(articles), size, () => true);
  const inputs = Promise.all([
    store.cardsFor(profileId, chosen),
    store.attemptsFor(profileId, chosen),
    store.latestAttemptId(profileId),
    store.disputes(profileId),
  ]).then(([cards, attempts, latestAttempt, disputes]) => {
    const coreCards = cards.map(toCoreCard);
    const attemptedItemIds = attempts.map((a) => a.itemId);
    const inputFor = (items: PracticeItem[]): BuildSessionInput => ({
      items,
      cards: coreCards,
      now,
      size,
      articleId: args.articleId,
      skill: args.skill,
      attemptedItemIds,
      // A disputed answer is not asked again (nor reviewed) until it is withdrawn or its key changes.
      suspendedItemIds: suspendedItemIds(disputes, items),
      // Stable for a day and a learner, but a new session after every answered batch.
      seed: `session|${profileId}|${Math.floor(now / 86_400_000)}|${latestAttempt}`,
    });
    partial.setInputs(inputFor);
    return inputFor;
  });
  const [gathered, inputFor] = await Promise.all([gatherItems(articles, args, partial.onArticle), inputs]);
  const items = gathered.items();
  if (items.length === 0) return { status: 'no-items' };
  if (args.skill !== undefined && !items.some((i) => i.skill === args.skill)) return { status: 'no-items' };
  return partial.finish(inputFor(items), gathered.failed) ?? { status: 'all-done' };
}

/**
 * At most this many articles feed a mixed session. A session holds about ten items and
 * each article gives several, so a dozen articles is plenty, and item generation (the
 * analyser) then costs the same in a library of 10 articles or 10,000.
 */
export const MAX_SESSION_ARTICLES = 12;

/** How many articles, at most, are looked at when choosing a big library's session articles. */
const SESSION_SAMPLE = 60;

/**
 * The articles a mixed session draws from. A library up to MAX_SESSION_ARTICLES gives
 * all of them (so a small library behaves exactly as before). A bigger one gives the
 * articles of the reviews due now (most overdue first, up to the session size), then,
 * from a sample of SESSION_SAMPLE articles shuffled per learner, day and newest answer (so
 * successive sessions travel through the library), those never practised before those
 * practised. Everything here is read from index keys and index ranges, never from texts,
 * and its cost does not grow with the number of attempts.
 */
export async function sessionArticleIds(store: PracticeStore, profileId: number, now: number, size: number): Promise<number[]> {
  const live = await store.liveArticleIds();
  if (live.length <= MAX_SESSION_ARTICLES) return live;
  const [due, answered] = await Promise.all([
    store.dueCards(profileId, now, Math.min(size, MAX_SESSION_ARTICLES)),
    store.latestAttemptId(profileId),
  ]);
  const chosen = new Set<number>();
  for (const card of due) {
    if (chosen.size >= Math.min(size, MAX_SESSION_ARTICLES)) break;
    chosen.add(card.articleId);
  }
  const random = createRandom(`session-articles|${profileId}|${Math.floor(now / 86_400_000)}|${answered}`);
  const sample = shuffled(live, random)
    .filter((id) => !chosen.has(id))
    .slice(0, SESSION_SAMPLE);
  const practised = await store.practisedAmong(profileId, sample);
  for (const id of [...sample.filter((id) => !practised.has(id)), ...sample.filter((id) => practised.has(id))]) {
    if (chosen.size >= MAX_SESSION_ARTICLES) break;
    chosen.add(id);
  }
  return [...chosen];
}

function articlesOf(articles: ArticleRecord[]): Map<number, SessionArticle> {
  return new Map(articles.map((a) => [a.id, { title: a.title, original: a.original, blocks: a.blocks }]));
}

export interface AnsweredItem {
  item: PracticeItem;
  answer: PracticeAnswer;
  result: GradeResult;
  timeMs: number;
  /** False when storing the attempt failed. */
  saved: boolean;
}

/** Grades an answer, stores the attempt and, for graded items, the item's next FSRS card. */
export async function answerItem(args: {
  store: PracticeStore;
  profileId: number;
  item: PracticeItem;
  answer: PracticeAnswer;
  timeMs: number;
  now: number;
}): Promise<{ result: GradeResult; saved: boolean; error?: unknown; due?: number }> {
  const { store, profileId, item, answer, now } = args;
  const timeMs = Math.max(0, Math.round(args.timeMs));
  const result = gradeItem(item, answer as never) as GradeResult;
  try {
    if (item.articleId === null) throw new Error('the item has no stored article');
    const articleId = item.articleId;
    const existing = await store.card(profileId, item.itemId);
    const outcome = recordReview({
      card: existing ? toCoreCard(existing) : null,
      profileId,
      item,
      correct: result.correct,
      score: result.score,
      timeMs,
      now,
      ...(result.gradedPart ? { gradedPart: result.gradedPart } : {}),
    });
    await store.recordAttempt(
      {
        profileId,
        articleId,
        itemId: item.itemId,
        skill: item.skill,
        answer,
        correct: result.correct,
        score: result.score,
        graded: item.graded,
        ...(result.gradedPart ? { gradedPart: result.gradedPart } : {}),
        timeMs,
        at: now,
        source: item.answerSource,
      },
      outcome ? toDbCard(outcome.card, articleId) : undefined,
    );
    return { result, saved: true, due: outcome?.card.due };
  } catch (error) {
    return { result, saved: false, error };
  }
}

/** Stores "I think this answer is wrong" with the learner's reason. */
export async function saveDispute(args: {
  store: PracticeStore;
  profileId: number;
  item: PracticeItem;
  reason: string;
  now: number;
}): Promise<number> {
  const { item } = args;
  if (item.articleId === null) throw new Error('the item has no stored article');
  // Article-level items (missing voices) have no sentence: they point at the article's start.
  const range = item.sentence ?? { start: 0, end: 0 };
  return args.store.addDispute({
    profileId: args.profileId,
    articleId: item.articleId,
    itemId: item.itemId,
    sentenceStart: range.start,
    sentenceEnd: range.end,
    reason: args.reason,
    at: args.now,
    keyFingerprint: answerFingerprint(item),
  });
}

export type Verdict = 'right' | 'partial' | 'wrong' | 'discuss';

export function verdictOf(result: Pick<GradeResult, 'correct' | 'score'>): Verdict {
  if (result.correct === null || result.score === null) return 'discuss';
  if (result.score >= 1) return 'right';
  if (result.score > 0) return 'partial';
  return 'wrong';
}

export interface SkillSummary {
  skill: Skill;
  items: number;
  graded: number;
  /** Mean score of the graded items, 0..1; null without graded items. */
  score: number | null;
}

export interface SessionSummary {
  items: number;
  graded: number;
  score: number | null;
  counts: Record<Verdict, number>;
  bySkill: SkillSummary[];
  unsaved: number;
}

export function summarise(answered: readonly AnsweredItem[]): SessionSummary {
  const counts: Record<Verdict, number> = { right: 0, partial: 0, wrong: 0, discuss: 0 };
  for (const a of answered) counts[verdictOf(a.result)]++;
  const mean = (list: readonly AnsweredItem[]) => {
    const scores = list.map((a) => a.result.score).filter((s): s is number => s !== null);
    return scores.length ? scores.reduce((x, y) => x + y, 0) / scores.length : null;
  };
  const bySkill = SKILLS.map((skill) => {
    const mine = answered.filter((a) => a.item.skill === skill);
    return { skill, items: mine.length, graded: mine.filter((a) => a.result.score !== null).length, score: mean(mine) };
  }).filter((s) => s.items > 0);
  return {
    items: answered.length,
    graded: answered.filter((a) => a.result.score !== null).length,
    score: mean(answered),
    counts,
    bySkill,
    unsaved: answered.filter((a) => !a.saved).length,
  };
}
