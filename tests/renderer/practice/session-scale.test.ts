import { afterEach, describe, expect, it } from 'vitest';
import { addArticle, deleteArticle } from '../../../src/renderer/src/db/articles';
import type { FramewiseDB } from '../../../src/renderer/src/db/database';
import { getActiveProfileId } from '../../../src/renderer/src/db/profiles';
import { MAX_SESSION_ARTICLES, loadSession, sessionArticleIds } from '../../../src/renderer/src/practice/session';
import { latestAttemptId } from '../../../src/renderer/src/db/progress';
import { createPracticeStore } from '../../../src/renderer/src/practice/store';
import { closeTrackedDatabases, makeArticle, practiceAttempt, reviewCard, trackedDatabase } from '../db/helpers';

afterEach(closeTrackedDatabases);

const NOW = Date.UTC(2026, 10, 28, 10);

async function library(db: FramewiseDB, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await addArticle(db, makeArticle({ title: `Story ${String(i).padStart(2, '0')}`, paragraphs: [`Body ${i}.`] }), { now: 1_000 + i })).id);
  }
  return ids;
}

describe('mixed session over a big library', () => {
  it('takes every article of a small library', async () => {
    const db = trackedDatabase();
    const ids = await library(db, MAX_SESSION_ARTICLES);
    const profileId = await getActiveProfileId(db);
    expect((await sessionArticleIds(createPracticeStore(db), profileId, NOW, 10)).sort((a, b) => a - b)).toEqual(ids);
  });

  it('draws from due reviews first, then unpractised articles, never deleted ones, at most a dozen', async () => {
    const db = trackedDatabase();
    // Fewer than the sample of 60, so every article is looked at.
    const ids = await library(db, 40);
    const profileId = await getActiveProfileId(db);
    const practised = ids.slice(0, 30);
    for (const id of practised) await db.attempts.add(practiceAttempt(profileId, id, `${id}:a`, NOW - 5_000) as never);
    // Due now on article 3 (practised); due tomorrow on article 4 (not due).
    await db.reviewCards.bulkPut([reviewCard(profileId, ids[3], `${ids[3]}:a`, NOW - 2 * 86_400_000), reviewCard(profileId, ids[4], `${ids[4]}:a`, NOW)]);
    await deleteArticle(db, ids[39]);

    const store = createPracticeStore(db);
    const chosen = await sessionArticleIds(store, profileId, NOW, 10);
    expect(chosen).toHaveLength(MAX_SESSION_ARTICLES);
    expect(chosen[0]).toBe(ids[3]);
    const rest = chosen.slice(1);
    // The 9 live unpractised articles all come before any other practised one.
    expect(rest.filter((id) => !practised.includes(id)).sort((a, b) => a - b)).toEqual(ids.slice(30, 39));
    expect(rest).not.toContain(ids[39]);
    expect(new Set(chosen).size).toBe(chosen.length);
    // Stable for the same learner, day and answer count.
    expect(await sessionArticleIds(store, profileId, NOW, 10)).toEqual(chosen);
  });

  it('generates items for at most a dozen articles however big the library is', async () => {
    const db = trackedDatabase();
    await library(db, 60);
    const profileId = await getActiveProfileId(db);
    const asked: number[] = [];
    const load = await loadSession({
      store: createPracticeStore(db),
      items: {
        itemsFor: async (article) => {
          asked.push(article.id);
          return [];
        },
      },
      profileId,
      now: NOW,
    });
    expect(load.status).toBe('no-items');
    expect(asked).toHaveLength(MAX_SESSION_ARTICLES);
  });

  it('never counts every attempt to start a session (a count walks all 100,000 of them)', async () => {
    const db = trackedDatabase();
    const ids = await library(db, 20);
    const profileId = await getActiveProfileId(db);
    for (const id of ids.slice(0, 5)) await db.attempts.add(practiceAttempt(profileId, id, `${id}:a`, NOW - 5_000) as never);
    const store = createPracticeStore(db);
    const counted: number[] = [];
    const watched = {
      ...store,
      attemptCount: (id: number) => {
        counted.push(id);
        return store.attemptCount(id);
      },
    };
    const load = await loadSession({ store: watched, items: { itemsFor: async () => [] }, profileId, now: NOW });
    expect(load.status).toBe('no-items');
    expect(counted).toEqual([]);
  });

  it('varies the articles with every answer: the seed follows the learner’s newest attempt, not other learners’', async () => {
    const db = trackedDatabase();
    const ids = await library(db, 30);
    const profileId = await getActiveProfileId(db);
    const other = (await db.profiles.add({ name: 'Other', createdAt: 1 } as never)) as number;
    expect(await latestAttemptId(db, profileId)).toBe(0);
    const mine = (await db.attempts.add(practiceAttempt(profileId, ids[0], `${ids[0]}:a`, NOW - 5_000) as never)) as number;
    await db.attempts.add(practiceAttempt(other, ids[1], `${ids[1]}:a`, NOW - 4_000) as never);
    expect(await latestAttemptId(db, profileId)).toBe(mine);
    const store = createPracticeStore(db);
    const before = await sessionArticleIds(store, profileId, NOW, 10);
    expect(await sessionArticleIds(store, profileId, NOW, 10)).toEqual(before);
    const next = (await db.attempts.add(practiceAttempt(profileId, ids[2], `${ids[2]}:a`, NOW - 3_000) as never)) as number;
    expect(await latestAttemptId(db, profileId)).toBe(next);
    expect(await sessionArticleIds(store, profileId, NOW, 10)).not.toEqual(before);
  });
});
