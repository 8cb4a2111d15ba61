/**
 * A session starts on the first article whose items are ready and takes in the others as they
 * arrive (issue 11: a cold practice start waited for all twelve articles to be analysed).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateItems, type PracticeItem, type SessionEntry } from '../../../src/core/practice';
import { addArticle } from '../../../src/renderer/src/db/articles';
import type { FramewiseDB } from '../../../src/renderer/src/db/database';
import { getActiveProfileId } from '../../../src/renderer/src/db/profiles';
import type { ItemArticle, ItemSource } from '../../../src/renderer/src/practice/item-source';
import { loadSession, type SessionLoad, type SessionSnapshot } from '../../../src/renderer/src/practice/session';
import { createPracticeStore } from '../../../src/renderer/src/practice/store';
import { closeTrackedDatabases, makeArticle, trackedDatabase } from '../db/helpers';
import { seedKey, seedText, START } from './helpers';

afterEach(closeTrackedDatabases);

const ARTICLES = 5;
const seedItems = generateItems({ id: 1, hash: 'ab'.repeat(32), original: seedText() }, null, seedKey());

/** The seed's items as if they came from article `id` (their own ids and sentences). */
const itemsOf = (id: number): PracticeItem[] =>
  seedItems.map((item) => ({ ...item, articleId: id, articleHash: `hash-${id}`, itemId: `${id}|${item.itemId}` }));

interface Pending {
  article: ItemArticle;
  resolve(items: PracticeItem[]): void;
  reject(error: Error): void;
}

/** An item source whose articles are ready only when the test says so. */
function controlledSource(): { source: ItemSource; pending: Pending[] } {
  const pending: Pending[] = [];
  const source: ItemSource = {
    itemsFor: (article) => new Promise((resolve, reject) => pending.push({ article, resolve, reject })),
  };
  return { source, pending };
}

async function library(db: FramewiseDB): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    ids.push((await addArticle(db, makeArticle({ title: `Story ${i}`, paragraphs: [`Body ${i}.`] }), { now: 1_000 + i })).id);
  }
  return ids;
}

/** Starts a mixed session over a fresh library, recording its snapshots. */
async function start() {
  const db = trackedDatabase();
  const ids = await library(db);
  const profileId = await getActiveProfileId(db);
  const { source, pending } = controlledSource();
  const snapshots: SessionSnapshot[] = [];
  let settled: SessionLoad | undefined;
  const done = loadSession({ store: createPracticeStore(db), items: source, profileId, now: START, onPartial: (s) => snapshots.push(s) });
  void done.then((load) => (settled = load));
  await vi.waitFor(() => expect(pending).toHaveLength(ARTICLES));
  const ready = (id: number) => pending.find((p) => p.article.id === id)!.resolve(itemsOf(id));
  return { ids, pending, snapshots, done, ready, settled: () => settled };
}

const idsOf = (entries: readonly SessionEntry[]) => entries.map((e) => e.item.itemId);

describe('a session that starts before all its articles are ready', () => {
  it("asks for every article's items at once and starts on the first one ready", async () => {
    const s = await start();
    // All five asked for before any answered: cached ones can come back first.
    expect(s.snapshots).toHaveLength(0);
    s.ready(s.ids[3]);
    await vi.waitFor(() => expect(s.snapshots).toHaveLength(1));
    const first = s.snapshots[0].arrange([]);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((e) => e.item.articleId === s.ids[3])).toBe(true);
    expect(s.snapshots[0].expected).toBe(10);
    expect(s.snapshots[0].articles.get(s.ids[0])?.title).toBe('Story 0');
    expect(s.settled()).toBeUndefined();
    for (const id of s.ids) if (id !== s.ids[3]) s.ready(id);
    expect((await s.done).status).toBe('ready');
  });

  it('keeps the entries already shown, in order, as more articles arrive, and never repeats one', async () => {
    const s = await start();
    s.ready(s.ids[4]);
    await vi.waitFor(() => expect(s.snapshots).toHaveLength(1));
    const seen = s.snapshots[0].arrange([]).slice(0, 2);
    s.ready(s.ids[0]);
    await vi.waitFor(() => expect(s.snapshots).toHaveLength(2));
    const next = s.snapshots[1].arrange(seen);
    expect(next.slice(0, 2)).toEqual(seen);
    expect(new Set(idsOf(next)).size).toBe(next.length);
    // The rest now draws on both articles.
    expect(new Set(next.map((e) => e.item.articleId))).toEqual(new Set([s.ids[4], s.ids[0]]));

    const seenMore = next.slice(0, 3);
    for (const id of s.ids.slice(1, 4)) s.ready(id);
    const load = await s.done;
    if (load.status !== 'ready') throw new Error(load.status);
    const final = load.arrange(seenMore);
    expect(final.slice(0, 3)).toEqual(seenMore);
    expect(final).toHaveLength(10);
    expect(new Set(idsOf(final)).size).toBe(10);
    // The last article sends no snapshot: the settled session is the last word.
    expect(s.snapshots).toHaveLength(4);
  });

  it('gives the same whole session whichever article comes first', async () => {
    const a = await start();
    for (const id of a.ids) a.ready(id);
    const b = await start();
    for (const id of [...b.ids].reverse()) b.ready(id);
    const [one, two] = await Promise.all([a.done, b.done]);
    if (one.status !== 'ready' || two.status !== 'ready') throw new Error('not ready');
    const strip = (entries: SessionEntry[]) => entries.map((e) => `${e.item.itemId.slice(e.item.itemId.indexOf('|'))}#${e.reason}`);
    // Article ids differ between the two libraries only by their order of creation (the same here).
    expect(strip(one.entries)).toEqual(strip(two.entries));
    expect(idsOf(one.entries)).toEqual(idsOf(one.arrange([])));
  });

  it('counts an article that fails, and starts on the others', async () => {
    const s = await start();
    s.pending.find((p) => p.article.id === s.ids[0])!.reject(new Error('analyser choked'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    s.ready(s.ids[1]);
    await vi.waitFor(() => expect(s.snapshots.length).toBeGreaterThan(0));
    expect(s.snapshots[s.snapshots.length - 1].failedArticles).toBe(1);
    for (const id of s.ids.slice(2)) s.ready(id);
    const load = await s.done;
    expect(load.status === 'ready' && load.failedArticles).toBe(1);
    warn.mockRestore();
  });
});
