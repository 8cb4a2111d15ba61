/**
 * Loads the rule-based analyser if it exists yet (it is written in parallel), so eval and
 * bench can report "analyser not ready" instead of failing to start.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ArticleAnalysis, SentenceAnalysis, Attribution, LoadedSpan, MarkerSpan } from '../../src/core/analysis/types';
import type { TextBlock } from '../../src/core/text/types';

export type SentenceResult = SentenceAnalysis & {
  attributions?: Attribution[];
  loaded?: LoadedSpan[];
  markers?: MarkerSpan[];
};

export interface AnalyserLike {
  analyzeArticle(original: string, blocks?: TextBlock[]): ArticleAnalysis;
  analyzeSentence(text: string): SentenceResult;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface LoadedAnalyser {
  analyser: AnalyserLike | null;
  /** Why there is no analyser (module missing or failing to load). */
  reason?: string;
  startupMs?: number;
}

export async function loadAnalyser(): Promise<LoadedAnalyser> {
  const path = resolve(repoRoot, 'src', 'core', 'analysis', 'index.ts');
  if (!existsSync(path)) return { analyser: null, reason: 'analyser not ready (src/core/analysis/index.ts missing)' };
  try {
    const t0 = performance.now();
    // Imported by path so the project type-checks while the analyser does not exist yet.
    const mod = (await import(pathToFileURL(path).href)) as { createAnalyser?: () => AnalyserLike };
    if (typeof mod.createAnalyser !== 'function') return { analyser: null, reason: 'analyser not ready (no createAnalyser export)' };
    const analyser = mod.createAnalyser();
    return { analyser, startupMs: performance.now() - t0 };
  } catch (err) {
    return { analyser: null, reason: `analyser failed to load: ${(err as Error).message.split('\n')[0]}` };
  }
}

/** cleanText from src/core/text when present, so articles are analysed as the app would. */
export async function loadCleaner(): Promise<((original: string) => TextBlock[]) | null> {
  const path = resolve(repoRoot, 'src', 'core', 'text', 'clean.ts');
  if (!existsSync(path)) return null;
  try {
    const mod = (await import(pathToFileURL(path).href)) as {
      cleanText?: (original: string) => { blocks: TextBlock[] };
    };
    return mod.cleanText ? (original: string) => mod.cleanText!(original).blocks : null;
  } catch {
    return null;
  }
}
