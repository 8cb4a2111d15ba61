/**
 * The persisted analysis cache (table `analysisCache`, schema version 7): an article's
 * analysis stored under its content hash, so reopening an article (or practising it) after
 * a restart reads the analysis instead of running the analyser again. One row per text: a
 * newer analyser version's result replaces the older one. The analysis client decides
 * whether a row is current (its analyser version must equal the running analyser's).
 *
 * Only a cache: it is derivable from the text, so it is left out of backups, cleared with
 * its article on "Delete for good" (purgeDeleted), and any failure to read or write it only
 * costs one analysis.
 */
import Dexie from 'dexie';
import type { ArticleAnalysis } from '../../../core/analysis/types';
import type { FramewiseDB } from './database';

/** Where the analysis client keeps analyses between sessions (see analysis-client.ts). */
export interface AnalysisStore {
  /** The stored analysis of this text, of whatever analyser version produced it. */
  get(hash: string): Promise<ArticleAnalysis | undefined>;
  /** Stores (or replaces) the analysis of this text. */
  put(hash: string, analysis: ArticleAnalysis): Promise<void>;
}

export async function getCachedAnalysis(db: FramewiseDB, hash: string): Promise<ArticleAnalysis | undefined> {
  const row = await db.analysisCache.get(hash);
  return row?.analysis;
}

export async function putCachedAnalysis(db: FramewiseDB, hash: string, analysis: ArticleAnalysis, now = Date.now()): Promise<void> {
  await db.analysisCache.put({ hash, analyserVersion: analysis.analyserVersion, analysis, savedAt: now });
}

/** The cache over `db`, swallowing a closed database (the app is shutting down): a miss, not an error. */
export function analysisStore(db: FramewiseDB): AnalysisStore {
  return {
    async get(hash) {
      try {
        return await getCachedAnalysis(db, hash);
      } catch (error) {
        if (!(error instanceof Dexie.DatabaseClosedError)) console.warn('Framewise: could not read the analysis cache.', error);
        return undefined;
      }
    },
    async put(hash, analysis) {
      try {
        await putCachedAnalysis(db, hash, analysis);
      } catch (error) {
        // Full disk or quota: the analysis is still shown, only not kept.
        if (!(error instanceof Dexie.DatabaseClosedError)) console.warn('Framewise: could not save the analysis to the cache.', error);
      }
    },
  };
}
