import { createHash } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DexieOptions } from 'dexie';
import { openDatabase, type FramewiseDB, type ReviewCardRecord } from '../../../src/renderer/src/db/database';
import type { NewAttempt } from '../../../src/renderer/src/db/progress';
import type { ImportedArticle, TextBlock } from '../../../src/core/text/types';

/** A fresh, private IndexedDB per call, so tests never see each other's data. */
export function isolatedIndexedDB(): Required<Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>> {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export function freshDatabase(name = 'framewise-test'): FramewiseDB {
  return openDatabase(name, isolatedIndexedDB());
}

export interface ArticleSpec {
  title: string;
  paragraphs: string[];
  /** Lines the cleaner would drop (ads etc.): in the original text, not in the hash. */
  debris?: string[];
  byline?: string;
  siteName?: string;
  publishedAt?: string;
  fileName?: string;
}

/**
 * Builds an ImportedArticle the way the importers do: blocks with offsets into the
 * original text, and the SHA-256 of the non-debris block texts joined by blank lines.
 */
export function makeArticle(spec: ArticleSpec): ImportedArticle {
  const parts: { kind: TextBlock['kind']; text: string }[] = [
    { kind: 'heading', text: spec.title },
    ...spec.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    ...(spec.debris ?? []).map((text) => ({ kind: 'debris' as const, text })),
  ];
  let original = '';
  const blocks: TextBlock[] = [];
  for (const part of parts) {
    if (original.length > 0) original += '\n\n';
    const start = original.length;
    original += part.text;
    const block: TextBlock = { kind: part.kind, start, end: original.length, text: part.text };
    if (part.kind === 'debris') block.reason = 'advertisement';
    blocks.push(block);
  }
  const kept = blocks.filter((b) => b.kind !== 'debris').map((b) => b.text);
  const article: ImportedArticle = {
    title: spec.title,
    format: 'txt',
    fileName: spec.fileName ?? `${spec.title.toLowerCase().replace(/\W+/g, '-')}.txt`,
    encoding: 'UTF-8',
    document: { original, blocks },
    hash: createHash('sha256').update(kept.join('\n\n')).digest('hex'),
    wordCount: kept.join(' ').split(/\s+/).filter(Boolean).length,
  };
  if (spec.byline) article.byline = spec.byline;
  if (spec.siteName) article.siteName = spec.siteName;
  if (spec.publishedAt) article.publishedAt = spec.publishedAt;
  return article;
}

const openedDatabases: FramewiseDB[] = [];

/**
 * Opens a database (by default a fresh private one) that `closeTrackedDatabases` closes;
 * test files call that from afterEach so no connection outlives its test.
 */
export function trackedDatabase(name = 'framewise-test', idb = isolatedIndexedDB()): FramewiseDB {
  const db = openDatabase(name, idb);
  openedDatabases.push(db);
  return db;
}

export function closeTrackedDatabases(): void {
  for (const db of openedDatabases.splice(0)) db.close();
}

/** A graded practice attempt; `overrides` changes any field. */
export function practiceAttempt(
  profileId: number,
  articleId: number,
  itemId: string,
  at: number,
  overrides: Partial<NewAttempt> = {},
): NewAttempt {
  return {
    profileId,
    articleId,
    itemId,
    skill: 'fact-or-framing',
    answer: { choice: 'attributed' },
    correct: true,
    score: 1,
    graded: true,
    timeMs: 2000,
    at,
    source: 'key',
    ...overrides,
  };
}

/** A stored FSRS review card last reviewed at `lastReview`, due a day later. */
export function reviewCard(
  profileId: number,
  articleId: number,
  itemId: string,
  lastReview: number,
  card: Partial<ReviewCardRecord['card']> = {},
): ReviewCardRecord {
  const due = lastReview + 86_400_000;
  return {
    profileId,
    itemId,
    articleId,
    skill: 'fact-or-framing',
    due,
    card: {
      due,
      stability: 3,
      difficulty: 5,
      elapsed_days: 1,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
      last_review: lastReview,
      ...card,
    },
  };
}
