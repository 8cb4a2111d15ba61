import { afterEach, describe, expect, it } from 'vitest';
import { getActiveProfileId } from '../../../src/renderer/src/db/profiles';
import { fillArticles, fillProgress } from '../../../scripts/bench/library-fill';
import { closeTrackedDatabases, trackedDatabase } from '../../renderer/db/helpers';

afterEach(closeTrackedDatabases);

describe('the library benches\' fill (scripts/bench/library-fill.ts)', () => {
  it('stores generated articles from the first free id, summary and body, with the given hash', async () => {
    const db = trackedDatabase();
    const pages: number[] = [];
    const hashed: string[] = [];
    const hash = async (text: string) => `hash-${hashed.push(text)}`;
    const range = await fillArticles(db, { count: 3, words: 120, firstId: 5, hash, onPage: (n) => pages.push(n) });
    expect(range).toEqual({ firstId: 5, lastId: 7 });
    expect(pages).toEqual([3]);
    const summaries = await db.articles.toArray();
    expect(summaries.map((a) => a.id)).toEqual([5, 6, 7]);
    const bodies = await db.articleBodies.bulkGet([5, 6, 7]);
    for (const [i, summary] of summaries.entries()) {
      const body = bodies[i]!;
      expect(body.original.startsWith(`Story ${i}: `)).toBe(true);
      expect(hashed[i].startsWith(`Story ${i}: `)).toBe(true);
      expect(summary.hash).toBe(`hash-${i + 1}`);
      expect(summary.title).toBe(body.blocks[0].text.slice(0, 120));
      expect(summary.wordCount).toBeGreaterThanOrEqual(120);
    }
  });

  it('gives the active learner attempts and five review cards per practised article, all within the range', async () => {
    const db = trackedDatabase();
    const now = Date.UTC(2026, 10, 28);
    await fillProgress(db, { firstId: 10, lastId: 13 }, 200, now);
    const profileId = await getActiveProfileId(db);
    const attempts = await db.attempts.toArray();
    expect(attempts).toHaveLength(200);
    expect(attempts.every((a) => a.profileId === profileId && a.articleId >= 10 && a.articleId <= 13 && a.at <= now)).toBe(true);
    const cards = await db.reviewCards.toArray();
    expect(cards).toHaveLength(4 * 5);
    expect(cards.some((c) => c.due <= now)).toBe(true);
    expect(cards.some((c) => c.due > now)).toBe(true);
  });
});
