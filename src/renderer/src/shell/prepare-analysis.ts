/**
 * Starts the analysis worker shortly after start-up, when the library has drawn. The worker
 * announces the analyser's version once loaded; started early, it has done so before the learner
 * opens an article, so a cached analysis (db/analysis-cache.ts) shows without waiting for it.
 *
 * Then, once the window is idle, the worker loads the analyser itself (lexicons and models, a few
 * hundred milliseconds of work): otherwise the first article analysed in a session waits for that
 * load too. It runs inside the worker, so it never holds the main thread.
 */
import { useEffect } from 'react';
import { getAnalysisClient } from '../analysis/analysis-client';
import { whenIdle } from '../platform/when-idle';

export const PREPARE_ANALYSIS_DELAY_MS = 1_000;
/** The longest the model load waits for an idle moment after the worker has started. */
export const WARM_ANALYSIS_TIMEOUT_MS = 4_000;

export function usePrepareAnalysis(): void {
  useEffect(() => {
    let cancelWarm: (() => void) | null = null;
    const timer = setTimeout(() => {
      const client = getAnalysisClient();
      client.prepare();
      cancelWarm = whenIdle(() => client.warm(), WARM_ANALYSIS_TIMEOUT_MS);
    }, PREPARE_ANALYSIS_DELAY_MS);
    return () => {
      clearTimeout(timer);
      cancelWarm?.();
    };
  }, []);
}
