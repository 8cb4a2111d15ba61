/**
 * The seeding half of `npm run bench:library:chromium`, bundled (vite, library mode) and
 * loaded into a blank page on the app's origin while the app itself is closed, so it writes
 * the same IndexedDB database the app opens. It uses the app's own database module and search
 * index: the articles and the learner's history as `npm run bench:library` stores them
 * (library-fill.ts), then the search index built and saved, as the app leaves it after a
 * first start that built it. Never part of the app's build.
 */
import { openDatabase } from '../../src/renderer/src/db/database';
import { forgetSearchIndex, refreshSearchIndex, saveSearchIndex } from '../../src/renderer/src/db/search-index';
import { fillArticles, fillProgress } from './library-fill';

export interface SeedResult {
  /** Articles in the library afterwards (the first-start samples included). */
  articles: number;
  fillMs: number;
  indexMs: number;
}

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (text: string) => hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

export async function seedLibrary(options: { count: number; words: number; attempts: number; now: number }): Promise<SeedResult> {
  const db = openDatabase();
  await db.open();
  let t0 = performance.now();
  // After the samples the app stored on its first start.
  const last = await db.articles.orderBy(':id').last();
  const range = await fillArticles(db, { count: options.count, words: options.words, hash: sha256, firstId: (last?.id ?? 0) + 1 });
  await fillProgress(db, range, options.attempts, options.now);
  const fillMs = performance.now() - t0;
  t0 = performance.now();
  await refreshSearchIndex(db);
  await saveSearchIndex(db);
  const indexMs = performance.now() - t0;
  const articles = await db.articles.count();
  forgetSearchIndex(db);
  db.close();
  return { articles, fillMs, indexMs };
}
