/**
 * Fills a library for the library benches: generated ~900-word articles (corpus.ts, cleaned
 * with the app's cleanText) stored as the app stores them (summary row + body row), and a
 * learner's history (attempts over the first 3,000 articles and five review cards each, some
 * due). Shared by `npm run bench:library` (fake-indexeddb in Node) and
 * `npm run bench:library:chromium` (bundled into a page of the browser-mode build), so both
 * measure the same library. Browser-safe: no Node imports (the text hash is passed in).
 */
import { cleanText } from '../../src/core/text/clean';
import type { ArticleBodyRecord, ArticleSummaryRecord, AttemptRecord, FramewiseDB, ReviewCardRecord } from '../../src/renderer/src/db/database';
import { getActiveProfileId } from '../../src/renderer/src/db/profiles';
import { generateArticle, rng } from './corpus';

export interface FillOptions {
  /** Articles to store. */
  count: number;
  /** Words per article. */
  words: number;
  /** The hex SHA-256 of a text (node:crypto in Node, crypto.subtle in a page). */
  hash: (text: string) => string | Promise<string>;
  /** The first article id (a library that already holds articles, e.g. the first-start samples). */
  firstId?: number;
  /** Called after every stored page of articles. */
  onPage?: (stored: number) => void;
}

/** Stores `count` generated articles with ids firstId, firstId + 1, …; returns the ids' range. */
export async function fillArticles(db: FramewiseDB, options: FillOptions): Promise<{ firstId: number; lastId: number }> {
  const { count, words, hash } = options;
  const firstId = options.firstId ?? 1;
  const PAGE = 250;
  for (let start = 0; start < count; start += PAGE) {
    const summaries: ArticleSummaryRecord[] = [];
    const bodies: ArticleBodyRecord[] = [];
    for (let i = start; i < Math.min(count, start + PAGE); i++) {
      const generated = generateArticle(i, words);
      const text = `Story ${i}: ${generated.text}`;
      const doc = cleanText(text);
      const id = firstId + i;
      summaries.push({
        id,
        hash: await hash(text),
        title: doc.blocks[0]?.text.slice(0, 120) ?? `Story ${i}`,
        format: 'txt',
        fileName: `story-${i}.txt`,
        wordCount: generated.words,
        importedAt: 1_700_000_000_000 + i * 60_000,
        updatedAt: 1_700_000_000_000 + i * 60_000,
        deletedAt: null,
        ...(i % 3 === 0 ? { siteName: 'Valley Post', publishedAt: `2025-0${1 + (i % 9)}-1${i % 10}` } : {}),
      });
      bodies.push({ id, original: doc.original, blocks: doc.blocks });
    }
    await db.transaction('rw', db.articles, db.articleBodies, async () => {
      await db.articles.bulkAdd(summaries);
      await db.articleBodies.bulkAdd(bodies);
    });
    options.onPage?.(Math.min(count, start + PAGE));
  }
  return { firstId, lastId: firstId + count - 1 };
}

/**
 * The active learner's history: `attempts` attempts spread over the first 3,000 articles of
 * the range and the last 200 days, and five review cards per practised article, about a fifth
 * of them due by `now`.
 */
export async function fillProgress(db: FramewiseDB, range: { firstId: number; lastId: number }, attempts: number, now: number): Promise<void> {
  const profileId = await getActiveProfileId(db);
  const r = rng(42);
  const practised = Math.min(range.lastId - range.firstId + 1, 3_000);
  const rows: Omit<AttemptRecord, 'id'>[] = [];
  for (let i = 0; i < attempts; i++) {
    const articleId = range.firstId + Math.floor(r() * practised);
    rows.push({ profileId, articleId, itemId: `${articleId}:classify:${i % 40}`, skill: 'classify', answer: 'fact', correct: r() < 0.7, score: 1, graded: true, timeMs: 3_000, at: now - Math.floor(r() * 200 * 86_400_000), source: 'analyser' });
  }
  const cards: ReviewCardRecord[] = [];
  for (let articleId = range.firstId; articleId < range.firstId + practised; articleId++) {
    for (let k = 0; k < 5; k++) {
      const due = now + Math.floor((r() - 0.2) * 30 * 86_400_000);
      cards.push({ profileId, itemId: `${articleId}:classify:${k}`, articleId, skill: 'classify', due, card: { due, stability: 3, difficulty: 5, elapsed_days: 1, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2 } });
    }
  }
  for (let i = 0; i < rows.length; i += 10_000) await db.attempts.bulkAdd(rows.slice(i, i + 10_000) as AttemptRecord[]);
  await db.reviewCards.bulkPut(cards);
}
