import { describe, expect, it } from 'vitest';
import {
  answerFingerprint,
  buildSession,
  continueSession,
  interleaveSkills,
  mistakesOf,
  newReviewCard,
  recordReview,
  suspendedItemIds,
  type PracticeItem,
} from '../../../src/core/practice';
import { seedKeyItems, wireItems } from './helpers';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const DAY = 86_400_000;
const all = () => [...seedKeyItems(), ...wireItems()];
const ids = (entries: { item: PracticeItem }[]) => entries.map((e) => e.item.itemId);

describe('buildSession', () => {
  it('builds ten new items of mixed types with no cards', () => {
    const session = buildSession({ items: all(), cards: [], now: NOW });
    expect(session).toHaveLength(10);
    expect(session.every((e) => e.reason === 'new')).toBe(true);
    expect(new Set(ids(session)).size).toBe(10);
    expect(new Set(session.map((e) => e.item.skill)).size).toBeGreaterThanOrEqual(6);
  });

  it('balances neutral and manipulative material', () => {
    const session = buildSession({ items: all(), cards: [], now: NOW });
    const neutral = session.filter((e) => e.item.material === 'neutral').length;
    expect(neutral).toBe(5);
  });

  it('interleaves types: no two neighbours share a skill when avoidable', () => {
    const session = buildSession({ items: all(), cards: [], now: NOW, size: 12 });
    for (let i = 1; i < session.length; i++) expect(session[i].item.skill).not.toBe(session[i - 1].item.skill);
  });

  it('avoids asking about the same sentence twice in one session', () => {
    const session = buildSession({ items: all(), cards: [], now: NOW });
    const keys = session.filter((e) => e.item.sentence).map((e) => `${e.item.articleHash}:${e.item.sentence!.start}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is deterministic for a seed and varies between seeds', () => {
    const a = buildSession({ items: all(), cards: [], now: NOW, seed: 'one' });
    expect(ids(buildSession({ items: all(), cards: [], now: NOW, seed: 'one' }))).toEqual(ids(a));
    const others = ['two', 'three', 'four'].map((seed) => ids(buildSession({ items: all(), cards: [], now: NOW, seed })).join());
    expect(others.some((o) => o !== ids(a).join())).toBe(true);
  });

  it('puts due reviews first (most overdue first), skips cards not yet due, then fills with new items', () => {
    const items = all();
    const [a, b, c] = items.filter((i) => i.graded);
    const cards = [
      { ...newReviewCard(1, a, NOW - 3 * DAY), due: NOW - DAY },
      { ...newReviewCard(1, b, NOW - 3 * DAY), due: NOW - 2 * DAY },
      { ...newReviewCard(1, c, NOW - 3 * DAY), due: NOW + DAY },
    ];
    const session = buildSession({ items, cards, now: NOW });
    expect(session).toHaveLength(10);
    expect(session.slice(0, 2).map((e) => e.reason)).toEqual(['review', 'review']);
    expect(new Set(ids(session.slice(0, 2)))).toEqual(new Set([a.itemId, b.itemId]));
    expect(session.slice(2).every((e) => e.reason === 'new')).toBe(true);
    expect(ids(session)).not.toContain(c.itemId);
  });

  it('serves only reviews when more are due than fit', () => {
    const items = all().filter((i) => i.graded);
    const cards = items.slice(0, 15).map((item, n) => {
      const card = recordReview({ card: null, profileId: 1, item, correct: false, score: 0, timeMs: 1000, now: NOW - DAY - n })!.card;
      return card;
    });
    const session = buildSession({ items, cards, now: NOW });
    expect(session).toHaveLength(10);
    expect(session.every((e) => e.reason === 'review')).toBe(true);
  });

  it('draws from one article when asked', () => {
    const session = buildSession({ items: all(), cards: [], now: NOW, articleId: 2 });
    expect(session.length).toBeGreaterThan(0);
    expect(session.every((e) => e.item.articleId === 2)).toBe(true);
  });

  it('prefers graded items and offers already-attempted discuss items last', () => {
    const items = wireItems();
    const graded = items.filter((i) => i.graded);
    const discuss = items.filter((i) => !i.graded);
    expect(discuss).toHaveLength(2);
    const onlyGraded = buildSession({ items, cards: [], now: NOW, size: graded.length });
    expect(onlyGraded.every((e) => e.item.graded)).toBe(true);
    const oneMore = buildSession({ items, cards: [], now: NOW, size: graded.length + 1, attemptedItemIds: [discuss[0].itemId] });
    expect(ids(oneMore)).toContain(discuss[1].itemId);
    expect(ids(oneMore)).not.toContain(discuss[0].itemId);
  });

  it('returns fewer items when there are not enough, and none for an empty library', () => {
    expect(buildSession({ items: wireItems().slice(0, 3), cards: [], now: NOW })).toHaveLength(3);
    expect(buildSession({ items: [], cards: [], now: NOW })).toEqual([]);
  });
});

describe('interleaveSkills', () => {
  it('keeps order except to separate neighbours with the same skill', () => {
    const e = (skill: string, id: string) => ({ item: { skill, itemId: id } }) as never;
    const out = interleaveSkills([e('classify', '1'), e('classify', '2'), e('who-says', '3'), e('classify', '4')]);
    expect(out.map((x: { item: { itemId: string } }) => x.item.itemId)).toEqual(['1', '3', '2', '4']);
  });
});

describe('disputed items are suspended', () => {
  it('a disputed item with a due card is neither reviewed nor offered as new', () => {
    const items = all();
    const [a, b] = items.filter((i) => i.graded);
    const cards = [
      { ...newReviewCard(1, a, NOW - 3 * DAY), due: NOW - 2 * DAY },
      { ...newReviewCard(1, b, NOW - 3 * DAY), due: NOW - DAY },
    ];
    const before = buildSession({ items, cards, now: NOW });
    expect(ids(before)[0]).toBe(a.itemId);
    const suspended = suspendedItemIds([{ itemId: a.itemId, keyFingerprint: answerFingerprint(a) }], items);
    const session = buildSession({ items, cards, now: NOW, suspendedItemIds: suspended });
    expect(ids(session)).not.toContain(a.itemId);
    expect(session[0]).toEqual({ item: b, reason: 'review' });
    expect(session).toHaveLength(10);
  });

  it("a dispute lapses when the item's key has changed, and holds while it is the same", () => {
    const [item] = all().filter((i) => i.skill === 'classify');
    const dispute = { itemId: item.itemId, keyFingerprint: answerFingerprint(item) };
    expect(suspendedItemIds([dispute], [item])).toEqual(new Set([item.itemId]));
    const rekeyed = { ...item, key: { label: item.key.label === 'fact' ? 'framing' : 'fact' } } as PracticeItem;
    expect(answerFingerprint(rekeyed)).not.toBe(dispute.keyFingerprint);
    expect(suspendedItemIds([dispute], [rekeyed]).size).toBe(0);
    // Without the item at hand, or from before fingerprints, nothing says the key changed.
    expect(suspendedItemIds([dispute])).toEqual(new Set([item.itemId]));
    expect(suspendedItemIds([{ itemId: item.itemId }], [rekeyed])).toEqual(new Set([item.itemId]));
    // The same label graded on the writer's voice alone accepts other answers: a changed answer too.
    const voiceOnly = { ...item, voiceOnly: { confidence: 0.95 } } as PracticeItem;
    expect(answerFingerprint(voiceOnly)).not.toBe(dispute.keyFingerprint);
    expect(suspendedItemIds([dispute], [voiceOnly]).size).toBe(0);
  });

  it('the fingerprint ignores the order of object keys', () => {
    const [item] = all().filter((i) => i.skill === 'who-says');
    const reordered = { ...item, key: Object.fromEntries(Object.entries(item.key).reverse()) } as PracticeItem;
    expect(answerFingerprint(reordered)).toBe(answerFingerprint(item));
  });
});

describe('one skill and mistakes', () => {
  it('a session of one skill holds only that skill, reviews included', () => {
    const items = all();
    const other = items.find((i) => i.graded && i.skill !== 'classify')!;
    const cards = [{ ...newReviewCard(1, other, NOW - 3 * DAY), due: NOW - DAY }];
    const session = buildSession({ items, cards, now: NOW, skill: 'classify' });
    expect(session.length).toBeGreaterThan(0);
    expect(session.every((e) => e.item.skill === 'classify')).toBe(true);
  });

  it('mistakesOf gives the wrong and partly right items once each, in order, as reviews', () => {
    const [a, b, c, d] = all();
    const out = mistakesOf([
      { item: a, score: 1 },
      { item: b, score: 0 },
      { item: c, score: 0.5 },
      { item: d, score: null },
      { item: b, score: 0 },
    ]);
    expect(out).toEqual([
      { item: b, reason: 'review' },
      { item: c, reason: 'review' },
    ]);
  });
});

describe('continueSession: a session whose items arrive article by article', () => {
  const byArticle = () => {
    const items = all();
    const articles = [...new Set(items.map((i) => i.articleId))];
    return { items, first: items.filter((i) => i.articleId === articles[0]), articles };
  };

  it('with nothing seen it is buildSession', () => {
    const { items } = byArticle();
    for (const seed of ['one', 'two', 'three']) {
      expect(ids(continueSession({ items, cards: [], now: NOW, seed }, []))).toEqual(ids(buildSession({ items, cards: [], now: NOW, seed })));
    }
  });

  it('keeps the seen entries first and in order, never repeats one, and keeps the size', () => {
    const { items, first } = byArticle();
    expect(first.length).toBeGreaterThan(0);
    const early = buildSession({ items: first, cards: [], now: NOW, seed: 's' });
    const seen = early.slice(0, 2);
    const later = continueSession({ items, cards: [], now: NOW, seed: 's' }, seen);
    expect(later.slice(0, 2)).toEqual(seen);
    expect(later).toHaveLength(10);
    expect(new Set(ids(later)).size).toBe(10);
  });

  it('counts the seen entries in the mix: material stays balanced and sentences are not asked twice', () => {
    const { items, first } = byArticle();
    const seen = buildSession({ items: first, cards: [], now: NOW, seed: 'mix' }).slice(0, 3);
    const later = continueSession({ items, cards: [], now: NOW, seed: 'mix' }, seen);
    expect(later.filter((e) => e.item.material === 'neutral')).toHaveLength(5);
    const sentences = later.filter((e) => e.item.sentence).map((e) => `${e.item.articleHash}:${e.item.sentence!.start}`);
    expect(new Set(sentences).size).toBe(sentences.length);
    for (let i = 3; i < later.length; i++) expect(later[i].item.skill).not.toBe(later[i - 1].item.skill);
  });

  it('adds due reviews that arrive later right after the seen entries, within the size', () => {
    const { items, first } = byArticle();
    const other = items.filter((i) => i.articleId !== first[0].articleId && i.graded);
    const cards = [{ ...newReviewCard(1, other[0], NOW - 3 * DAY), due: NOW - DAY }];
    const seen = buildSession({ items: first, cards, now: NOW, seed: 'r' }).slice(0, 1);
    expect(seen[0].reason).toBe('new');
    const later = continueSession({ items, cards, now: NOW, seed: 'r' }, seen);
    expect(later[0]).toEqual(seen[0]);
    expect(later[1]).toEqual({ item: other[0], reason: 'review' });
    expect(later).toHaveLength(10);
  });

  it('a seen session already full stays as it is', () => {
    const { items } = byArticle();
    const full = buildSession({ items, cards: [], now: NOW, seed: 'f' });
    expect(continueSession({ items, cards: [], now: NOW, seed: 'f' }, full)).toEqual(full);
  });
});
