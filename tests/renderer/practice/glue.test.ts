import { addArticle, deleteArticle, getArticle } from '../../../src/renderer/src/db/articles';
import { KEYED_SAMPLE_IDS, keyedSample } from '../../fixtures/keyed-sample';
import { describe, expect, it, vi } from 'vitest';
import {
  analysisFromAnswerKey,
  dayKeyForOffset,
  generateItems,
  newReviewCard,
  recordReview,
  type ItemOfSkill,
  type PracticeItem,
} from '../../../src/core/practice';
import type { AnswerKey } from '../../../src/core/samples/answer-key';
import { draftForKey, EMPTY_DRAFT, toAnswer, toggleToken } from '../../../src/renderer/src/practice/draft';
import { describeAnswer, describeKey, renderMessage } from '../../../src/renderer/src/practice/format';
import { createItemSource } from '../../../src/renderer/src/practice/item-source';
import { endOfDay } from '../../../src/renderer/src/practice/progress-data';
import { answerItem, loadSession, saveDispute, summarise, verdictOf } from '../../../src/renderer/src/practice/session';
import { toCoreCard, toDbCard } from '../../../src/renderer/src/practice/store';
import { seedKey, seedText, setupSeed, START } from './helpers';

const original = seedText();
const article = { id: 1, hash: 'ab'.repeat(32), original, blocks: [], sampleId: 'iran-pij-gaza-exchange' };
const items = generateItems(article, null, seedKey());
const of = <S extends PracticeItem['skill']>(skill: S) => items.find((i): i is ItemOfSkill<S> => i.skill === skill)!;

describe('draft answers', () => {
  it('builds each type’s answer from keys and only when complete', () => {
    const classify = of('classify');
    expect(toAnswer(classify, EMPTY_DRAFT)).toBeNull();
    expect(toAnswer(classify, draftForKey(classify, EMPTY_DRAFT, '2')!)).toEqual({ label: 'attributed' });
    expect(draftForKey(classify, EMPTY_DRAFT, '4')).toBeNull();

    const loaded = of('loaded-words');
    expect(toAnswer(loaded, EMPTY_DRAFT)).toBeNull();
    expect(toAnswer(loaded, draftForKey(loaded, EMPTY_DRAFT, '0')!)).toEqual({ tokens: [] });
    const marked = toggleToken(loaded, toggleToken(loaded, EMPTY_DRAFT, 5), 2);
    expect(toAnswer(loaded, marked)).toEqual({ tokens: [2, 5] });
    expect(toAnswer(loaded, toggleToken(loaded, marked, 5))).toEqual({ tokens: [2] });

    const hedge = of('hedge-certainty');
    const picked = toggleToken(hedge, EMPTY_DRAFT, 3);
    expect(toAnswer(hedge, picked)).toBeNull();
    expect(toAnswer(hedge, draftForKey(hedge, picked, 'c')!)).toEqual({ kind: 'certainty', tokenIndex: 3 });
    expect(toAnswer(hedge, draftForKey(hedge, picked, 'N')!)).toEqual({ kind: 'neither' });
    // Another word after "neither" needs its own decision.
    expect(toAnswer(hedge, toggleToken(hedge, draftForKey(hedge, picked, 'n')!, 4))).toBeNull();

    const voices = of('missing-voices');
    const ticked = draftForKey(voices, draftForKey(voices, EMPTY_DRAFT, '1')!, '3')!;
    expect(toAnswer(voices, ticked)).toEqual({ choiceIds: [voices.choices[0].id, voices.choices[2].id] });
    expect(toAnswer(voices, draftForKey(voices, ticked, '1')!)).toEqual({ choiceIds: [voices.choices[2].id] });

    const source = of('source-check');
    expect(toAnswer(source, toggleToken(source, draftForKey(source, EMPTY_DRAFT, '1')!, 0))).toEqual({ kind: 'named', tokens: [0] });
  });

  it('describes answers and keys in words', () => {
    const hedge = of('hedge-certainty');
    const marker = hedge.key.markers[0];
    expect(describeKey(hedge)).toBe(`“${marker.text}” — Doubt (hedge)`);
    expect(describeAnswer(hedge, { kind: 'certainty', tokenIndex: marker.tokenIndices[0] })).toBe(`“${marker.text}” — Certainty`);
    const loaded = of('loaded-words');
    expect(describeAnswer(loaded, { tokens: [] })).toBe('None');
    expect(renderMessage({ key: 'why.loaded.some', params: { words: ['a', 'b', 'c'] } })).toBe('These words judge rather than describe: a, b, and c.');
  });
});

describe('review cards between the core and the database', () => {
  it('round-trips a scheduled card and a never-reviewed one', () => {
    const item = of('classify');
    const fresh = newReviewCard(1, item, 1_000);
    expect(toCoreCard(toDbCard(fresh, 1))).toEqual(fresh);
    const reviewed = recordReview({ card: fresh, profileId: 1, item, correct: true, score: 1, timeMs: 3_000, now: 2_000 })!.card;
    const stored = toDbCard(reviewed, 1);
    expect(stored.card.last_review).toBe(2_000);
    expect(stored.due).toBe(reviewed.card.due);
    expect(toCoreCard(stored)).toEqual(reviewed);
  });
});

describe('item source', () => {
  it('uses the hand key for keyed samples and caches items per article and analyser version', async () => {
    const analysis = { ...analysisFromAnswerKey(original, seedKey()), analyserVersion: 'a-1' };
    const analyse = vi.fn(async () => analysis);
    const source = createItemSource({ analyse, keyFor: (id) => (id ? seedKey() : undefined) });
    const keyed = await source.itemsFor(article);
    expect(keyed.every((i) => i.answerSource === 'key')).toBe(true);
    expect(await source.itemsFor(article)).toBe(keyed);
    expect(analyse).not.toHaveBeenCalled();

    const plain = { ...article, sampleId: undefined };
    const first = await source.itemsFor(plain);
    expect(first.every((i) => i.answerSource === 'analyser')).toBe(true);
    expect(await source.itemsFor(plain)).toBe(first);
    analysis.analyserVersion = 'a-2';
    expect(await source.itemsFor(plain)).not.toBe(first);
  });

  it('prefers the article’s teacher-checked key: every item graded and marked, regenerated when a newer key arrives', async () => {
    const analyse = vi.fn(async () => ({ ...analysisFromAnswerKey(original, seedKey()), analyserVersion: 'a-1' }));
    let checkedAt = 1_000;
    const checkedKeyFor = vi.fn(async (id: number) => (id === article.id ? { key: seedKey(), checkedAt } : undefined));
    const source = createItemSource({ analyse, keyFor: () => undefined, checkedKeyFor });
    const got = await source.itemsFor({ ...article, sampleId: undefined });
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((i) => i.answerSource === 'key' && i.graded && i.checkedByTeacher === true)).toBe(true);
    expect(analyse).not.toHaveBeenCalled();
    expect(await source.itemsFor({ ...article, sampleId: undefined })).toBe(got);
    checkedAt = 2_000;
    const again = await source.itemsFor({ ...article, sampleId: undefined });
    expect(again).not.toBe(got);
    // Same item ids, so earlier answers and review cards still belong to them.
    expect(again.map((i) => i.itemId)).toEqual(got.map((i) => i.itemId));
    // A sample without a checked key keeps its hand key, not marked as the teacher's.
    const sample = await createItemSource({ analyse, keyFor: () => seedKey(), checkedKeyFor: async () => undefined }).itemsFor(article);
    expect(sample.some((i) => i.checkedByTeacher)).toBe(false);
  });

  it('falls back to the analyser when the key no longer fits the text', async () => {
    const broken: AnswerKey = { ...seedKey(), sentences: [{ text: 'A sentence that is not in the article.', label: 'fact' }] };
    const analyse = vi.fn(async () => ({ ...analysisFromAnswerKey(original, seedKey()), analyserVersion: 'a-1' }));
    const source = createItemSource({ analyse, keyFor: () => broken });
    const got = await source.itemsFor(article);
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(got[0].answerSource).toBe('analyser');
  });

  it("hands an analysed article to `generate` (the app's: the analysis worker) once, and keeps its items", async () => {
    const analysis = { ...analysisFromAnswerKey(original, seedKey()), analyserVersion: 'a-2' };
    const expected = generateItems(article, analysis);
    const generate = vi.fn(async () => expected);
    const source = createItemSource({ analyse: async () => analysis, keyFor: () => undefined, generate });
    expect(await source.itemsFor(article)).toBe(expected);
    expect(await source.itemsFor(article)).toBe(expected);
    expect(generate).toHaveBeenCalledTimes(1);
    expect(generate).toHaveBeenCalledWith({ id: article.id, hash: article.hash, original }, analysis);
    // A keyed article needs no analysis and nothing from `generate`.
    const keyed = createItemSource({ analyse: async () => analysis, generate });
    expect((await keyed.itemsFor(article))[0].answerSource).toBe('key');
    expect(generate).toHaveBeenCalledTimes(1);
  });
});

describe('session summary and days', () => {
  it('summarises verdicts, scores and skills', () => {
    const c = of('classify');
    const l = of('loaded-words');
    const result = (correct: boolean | null, score: number | null) => ({ correct, score, expected: { label: 'fact' as const }, explanation: c.explanation });
    const summary = summarise([
      { item: c, answer: { label: 'fact' }, result: result(true, 1), timeMs: 1, saved: true },
      { item: c, answer: { label: 'fact' }, result: result(false, 0), timeMs: 1, saved: false },
      { item: l, answer: { tokens: [] }, result: result(false, 0.5), timeMs: 1, saved: true },
      { item: l, answer: { tokens: [] }, result: result(null, null), timeMs: 1, saved: true },
    ]);
    expect(summary.counts).toEqual({ right: 1, wrong: 1, partial: 1, discuss: 1 });
    expect(summary.score).toBeCloseTo(0.5);
    expect(summary.unsaved).toBe(1);
    expect(summary.bySkill).toEqual([
      { skill: 'classify', items: 2, graded: 2, score: 0.5 },
      { skill: 'loaded-words', items: 2, graded: 1, score: 0.5 },
    ]);
    expect(verdictOf({ correct: false, score: 0.5 })).toBe('partial');
  });

  it('finds the end of the learner’s day', () => {
    const noon = Date.UTC(2026, 2, 10, 12);
    expect(endOfDay(noon, dayKeyForOffset(0))).toBe(Date.UTC(2026, 2, 10, 23, 59, 59, 999));
    expect(endOfDay(noon, dayKeyForOffset(120))).toBe(Date.UTC(2026, 2, 10, 21, 59, 59, 999));
  });
});

describe('loadSession', () => {
  it('says "all done" when every item has a card and none is due, and offers the due ones in a review', async () => {
    const setup = await setupSeed();
    const record = await getArticle(setup.db, setup.articleId);
    const all = generateItems({ id: setup.articleId, hash: record!.hash, original: record!.original }, null, seedKey());
    const later = START + 10 * 86_400_000;
    await setup.db.reviewCards.bulkPut(
      all.map((item, i) => {
        const card = toDbCard(newReviewCard(setup.profileId, item, START), setup.articleId);
        const due = i < 2 ? START - 1 : later;
        return { ...card, due, card: { ...card.card, due } };
      }),
    );
    const args = { store: setup.deps.store, items: setup.deps.items, profileId: setup.profileId, articleId: setup.articleId };
    const mixed = await loadSession({ ...args, now: START });
    // Only the two due cards come up; nothing new is left.
    expect(mixed.status === 'ready' && mixed.entries.map((e) => e.reason)).toEqual(['review', 'review']);
    const review = await loadSession({ ...args, now: START, reviewOnly: true });
    expect(review.status === 'ready' && review.entries).toHaveLength(2);
    await setup.db.reviewCards.where('due').below(START).modify((c) => {
      c.due = later;
      c.card.due = later;
    });
    expect((await loadSession({ ...args, now: START })).status).toBe('all-done');
    expect((await loadSession({ ...args, now: START, reviewOnly: true })).status).toBe('nothing-due');
  });

  it('suspends a disputed item: not reviewed, not offered first, until the dispute is withdrawn or its key changes', async () => {
    const setup = await setupSeed();
    const record = await getArticle(setup.db, setup.articleId);
    const all = generateItems({ id: setup.articleId, hash: record!.hash, original: record!.original }, null, seedKey());
    const item = all.find((i): i is ItemOfSkill<'who-says'> => i.skill === 'who-says' && i.graded)!;
    const wrong = item.choices.find((c) => c.id !== item.key.choiceId)!.id;
    await answerItem({ store: setup.deps.store, profileId: setup.profileId, item, answer: { choiceId: wrong }, timeMs: 3000, now: START });
    const args = { store: setup.deps.store, items: setup.deps.items, profileId: setup.profileId, articleId: setup.articleId };
    const later = START + 3_600_000;
    const before = await loadSession({ ...args, now: later });
    expect(before.status === 'ready' && before.entries[0]).toMatchObject({ reason: 'review', item: { itemId: item.itemId } });

    const disputeId = await saveDispute({ store: setup.deps.store, profileId: setup.profileId, item, reason: 'The writer says it.', now: START + 1000 });
    const mixed = await loadSession({ ...args, now: later });
    expect(mixed.status === 'ready' && mixed.entries.map((e) => e.item.itemId)).not.toContain(item.itemId);
    expect((await loadSession({ ...args, now: later, reviewOnly: true })).status).toBe('nothing-due');

    // The key changed since the dispute: the item comes back.
    await setup.db.disputes.update(disputeId, { keyFingerprint: 'another-key' });
    const rekeyed = await loadSession({ ...args, now: later, reviewOnly: true });
    expect(rekeyed.status === 'ready' && rekeyed.entries.map((e) => e.item.itemId)).toEqual([item.itemId]);

    // Withdrawn: back as well.
    await setup.db.disputes.update(disputeId, { keyFingerprint: undefined });
    expect((await loadSession({ ...args, now: later, reviewOnly: true })).status).toBe('nothing-due');
    expect(await setup.deps.store.withdrawDispute(setup.profileId, disputeId)).toBe(true);
    const withdrawn = await loadSession({ ...args, now: later });
    expect(withdrawn.status === 'ready' && withdrawn.entries[0].item.itemId).toBe(item.itemId);
  });
});

describe('loadSession for a teacher’s assignment', () => {
  it('takes items from the assignment’s articles only, and says so when none of them is left', async () => {
    const setup = await setupSeed();
    const other = await keyedSample(KEYED_SAMPLE_IDS[0]);
    const otherId = (await addArticle(setup.db, other.article, { sampleId: KEYED_SAMPLE_IDS[0], now: START - 1_000 })).id;
    const args = { store: setup.deps.store, items: setup.deps.items, profileId: setup.profileId, now: START };
    const articleIdsOf = (load: Awaited<ReturnType<typeof loadSession>>) =>
      load.status === 'ready' ? [...new Set(load.entries.map((e) => e.item.articleId))].sort() : load.status;

    // The whole library draws on both articles; the assignment on its own article only.
    expect(articleIdsOf(await loadSession({ ...args, size: 40 }))).toEqual([setup.articleId, otherId].sort());
    expect(articleIdsOf(await loadSession({ ...args, size: 40, articleIds: [otherId] }))).toEqual([otherId]);
    await deleteArticle(setup.db, otherId);
    expect((await loadSession({ ...args, articleIds: [otherId] })).status).toBe('article-missing');
  });

  it('asks the assignment’s skills only, and as many items as it names', async () => {
    const setup = await setupSeed();
    const args = { store: setup.deps.store, items: setup.deps.items, profileId: setup.profileId, now: START, articleIds: [setup.articleId] };
    const skillsOf = (load: Awaited<ReturnType<typeof loadSession>>) => (load.status === 'ready' ? [...new Set(load.entries.map((e) => e.item.skill))].sort() : load.status);
    const everything = await loadSession({ ...args, size: 40 });
    // The article offers more than the assignment asks for, so the restriction is visible.
    expect((skillsOf(everything) as string[]).length).toBeGreaterThan(2);
    const assigned = await loadSession({ ...args, size: 3, skills: ['classify', 'loaded-words'] });
    expect(assigned.status === 'ready' && assigned.entries).toHaveLength(3);
    expect((skillsOf(assigned) as string[]).every((s) => s === 'classify' || s === 'loaded-words')).toBe(true);
    const one = await loadSession({ ...args, size: 40, skills: ['classify'] });
    expect(skillsOf(one)).toEqual(['classify']);
    expect(one.status === 'ready' && one.entries.length).toBe(everything.status === 'ready' ? everything.entries.filter((e) => e.item.skill === 'classify').length : -1);
    expect((await loadSession({ ...args, skills: [] })).status).toBe('ready');
  });
});
