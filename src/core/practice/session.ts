/**
 * A practice session: about ten items, due reviews first, then new items; skills interleaved
 * and neutral and manipulative material balanced so learners practise telling them apart.
 * Deterministic for a seed (default: the UTC day of `now`, so a session is stable for a day).
 */
import { createRandom, shuffled, type Random } from './random';
import { dueItems, type ReviewCardRecord } from './scheduling';
import { SKILLS, type Material, type PracticeItem, type Skill } from './types';

export interface SessionEntry {
  item: PracticeItem;
  reason: 'review' | 'new';
}

export interface BuildSessionInput {
  items: readonly PracticeItem[];
  cards: readonly ReviewCardRecord[];
  now: number;
  size?: number;
  /** Practise one article only. */
  articleId?: number | null;
  /** Practise one skill only (reviews and new items of that skill). */
  skill?: Skill;
  seed?: string;
  /** Items already answered (e.g. discuss items, which have no card): offered last. */
  attemptedItemIds?: Iterable<string>;
  /**
   * Items whose answer the learner disputes (see `suspendedItemIds`): their cards are
   * suspended, so they are neither reviewed nor offered as new until the dispute ends.
   */
  suspendedItemIds?: Iterable<string>;
}

/** What a dispute needs to say which item it suspends, and under which answer key. */
export interface DisputeLike {
  itemId: string;
  /** `answerFingerprint` of the item when it was disputed; absent on disputes stored before it existed. */
  keyFingerprint?: string;
}

/**
 * A short, stable fingerprint of an item's expected answer (its key), so a dispute can tell
 * whether the answer it was about has changed since (a new hand key, a new analyser): FNV-1a
 * over the key's JSON with object keys sorted. A classify item graded on the writer's voice alone
 * accepts other answers than the same key graded in full, so it fingerprints apart (other items'
 * fingerprints are as before, so stored disputes still match).
 */
export function answerFingerprint(item: Pick<PracticeItem, 'key' | 'answerSource'> & { voiceOnly?: unknown }): string {
  const text = `${item.answerSource}|${stableJson(item.key)}${item.voiceOnly ? '|voice' : ''}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The items a learner's disputes suspend. A dispute holds while its item's answer is the one
 * disputed: when the item is at hand and its fingerprint differs from the dispute's, the key
 * has changed and the item comes back. Without the item (or an old dispute without a
 * fingerprint) the dispute holds: nothing says its answer changed.
 */
export function suspendedItemIds(
  disputes: readonly DisputeLike[],
  items: readonly Pick<PracticeItem, 'itemId' | 'key' | 'answerSource'>[] = [],
): Set<string> {
  const byId = new Map(items.map((i) => [i.itemId, i]));
  const out = new Set<string>();
  for (const d of disputes) {
    const item = byId.get(d.itemId);
    if (item && d.keyFingerprint !== undefined && d.keyFingerprint !== answerFingerprint(item)) continue;
    out.add(d.itemId);
  }
  return out;
}

export const DEFAULT_SESSION_SIZE = 10;

function sentenceKey(item: PracticeItem): string | null {
  return item.sentence ? `${item.articleHash}:${item.sentence.start}` : null;
}

/**
 * Reorders so that, where possible, no two neighbours share a skill; otherwise keeps the order.
 * `after`: the skill of the entry just before these (a session continued after seen entries).
 */
export function interleaveSkills<T extends { item: { skill: Skill } }>(entries: readonly T[], after?: Skill): T[] {
  const rest = entries.slice();
  const out: T[] = [];
  while (rest.length) {
    const prev = out.length > 0 ? out[out.length - 1].item.skill : after;
    let at = rest.findIndex((e) => e.item.skill !== prev);
    if (at < 0) at = 0;
    out.push(rest.splice(at, 1)[0]);
  }
  return out;
}

/**
 * Picks from candidates, one at a time: the material with fewer picks so far, then the skill
 * used least so far (ties broken by a seeded skill order), avoiding a sentence already in the
 * session while other candidates remain.
 */
function pickBalanced(
  candidates: PracticeItem[],
  count: number,
  random: Random,
  state: { skills: Map<Skill, number>; material: Record<Material, number>; sentences: Set<string> },
): PracticeItem[] {
  const skillOrder = shuffled(SKILLS, random);
  const pool = shuffled(candidates, random);
  const picked: PracticeItem[] = [];
  while (picked.length < count && pool.length) {
    const wanted: Material = state.material.neutral <= state.material.manipulative ? 'neutral' : 'manipulative';
    const fresh = pool.filter((i) => {
      const k = sentenceKey(i);
      return !k || !state.sentences.has(k);
    });
    const base = fresh.length ? fresh : pool;
    const matching = base.filter((i) => i.material === wanted);
    const options = matching.length ? matching : base;
    const minUse = Math.min(...options.map((i) => state.skills.get(i.skill) ?? 0));
    const skill = skillOrder.find((s) => options.some((i) => i.skill === s && (state.skills.get(s) ?? 0) === minUse))!;
    const choice = options.find((i) => i.skill === skill)!;
    pool.splice(pool.indexOf(choice), 1);
    picked.push(choice);
    state.skills.set(choice.skill, (state.skills.get(choice.skill) ?? 0) + 1);
    state.material[choice.material]++;
    const k = sentenceKey(choice);
    if (k) state.sentences.add(k);
  }
  return picked;
}

/**
 * "Review my mistakes": the session's items answered wrong or partly right, again, in the
 * order they came (each once), as reviews. Discuss items have no grade, so no mistakes.
 */
export function mistakesOf(answered: readonly { item: PracticeItem; score: number | null }[]): SessionEntry[] {
  const seen = new Set<string>();
  const out: SessionEntry[] = [];
  for (const a of answered) {
    if (a.score === null || a.score >= 1 || seen.has(a.item.itemId)) continue;
    seen.add(a.item.itemId);
    out.push({ item: a.item, reason: 'review' });
  }
  return out;
}

export function buildSession(input: BuildSessionInput): SessionEntry[] {
  return continueSession(input, []);
}

/**
 * A session that starts with `seen`, the entries the learner has already been shown (in that
 * order, kept as they are), and is filled up to its size from `input` by the same rules as
 * `buildSession`: due reviews, then new items, balancing material and skills with the seen
 * entries counted, never an item of `seen` again. For a session whose items arrive article by
 * article (the first item is shown as soon as one article is ready): each time more arrive, the
 * entries after the one on screen are chosen again from everything at hand.
 * `continueSession(input, [])` is `buildSession(input)`.
 */
export function continueSession(input: BuildSessionInput, seen: readonly SessionEntry[]): SessionEntry[] {
  const size = input.size ?? DEFAULT_SESSION_SIZE;
  const random = createRandom(input.seed ?? `session|${Math.floor(input.now / 86_400_000)}`);
  const suspended = new Set(input.suspendedItemIds ?? []);
  const shown = new Set(seen.map((e) => e.item.itemId));
  const pool = (input.articleId === undefined ? input.items : input.items.filter((i) => i.articleId === input.articleId)).filter(
    (i) => !suspended.has(i.itemId) && !shown.has(i.itemId) && (input.skill === undefined || i.skill === input.skill),
  );
  const room = Math.max(0, size - seen.length);
  const byId = new Map(pool.map((i) => [i.itemId, i]));
  const carded = new Set(input.cards.map((c) => c.itemId));
  const attempted = new Set(input.attemptedItemIds ?? []);

  const reviews: SessionEntry[] = [];
  for (const card of dueItems(input.cards, input.now)) {
    const item = byId.get(card.itemId);
    if (item && reviews.length < room && !reviews.some((r) => r.item.itemId === item.itemId)) reviews.push({ item, reason: 'review' });
  }

  const state = {
    skills: new Map<Skill, number>(),
    material: { neutral: 0, manipulative: 0 } as Record<Material, number>,
    sentences: new Set<string>(),
  };
  for (const r of [...seen, ...reviews]) {
    state.skills.set(r.item.skill, (state.skills.get(r.item.skill) ?? 0) + 1);
    state.material[r.item.material]++;
    const k = sentenceKey(r.item);
    if (k) state.sentences.add(k);
  }

  const unseen = pool.filter((i) => !carded.has(i.itemId));
  const tiers = [
    unseen.filter((i) => i.graded && !attempted.has(i.itemId)),
    unseen.filter((i) => !i.graded && !attempted.has(i.itemId)),
    unseen.filter((i) => attempted.has(i.itemId)),
  ];
  const fresh: SessionEntry[] = [];
  for (const tier of tiers) {
    const need = room - reviews.length - fresh.length;
    if (need <= 0) break;
    for (const item of pickBalanced(tier, need, random, state)) fresh.push({ item, reason: 'new' });
  }
  // Only the seen entries' last skill is new here: reviews and new items are interleaved each on their own, as they were.
  const lastSeen = seen[seen.length - 1]?.item.skill;
  return [...seen, ...interleaveSkills(reviews, lastSeen), ...interleaveSkills(fresh, reviews.length === 0 ? lastSeen : undefined)];
}
