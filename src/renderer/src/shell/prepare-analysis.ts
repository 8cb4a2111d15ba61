/**
 * Starts the analysis worker shortly after start-up, when the library has drawn. The worker
 * announces the analyser's version once loaded; started early, it has done so before the learner
 * opens an article, so a cached analysis (db/analysis-cache.ts) shows without waiting for it.
 */
import { useEffect } from 'react';
import { getAnalysisClient } from '../analysis/analysis-client';

export const PREPARE_ANALYSIS_DELAY_MS = 1_000;

export function usePrepareAnalysis(): void {
  useEffect(() => {
    const timer = setTimeout(() => getAnalysisClient().prepare(), PREPARE_ANALYSIS_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
}
