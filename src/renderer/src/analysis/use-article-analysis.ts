/**
 * The reader's analysis of one article: the hand answer key for keyed samples (labels
 * with probability 1, teacher notes as reasons), otherwise the analyser in the worker.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ArticleAnalysis } from '../../../core/analysis/types';
import type { TextBlock } from '../../../core/text/types';
import { analysisFromAnswerKey, keyNotes } from '../../../core/practice/from-answer-key';
import type { AnswerKey } from '../../../core/samples/answer-key';
import { getAnalysisClient, isAbortError, type AnalysisClient } from './analysis-client';
import { sampleAnswerKey } from './sample-keys';

export interface AnalysableArticle {
  /** The stored content hash: the cache key. */
  hash: string;
  original: string;
  blocks: TextBlock[];
  sampleId?: string;
}

export type AnalysisStatus = 'idle' | 'running' | 'ready' | 'error';
export type AnalysisSource = 'key' | 'analyser';

export interface ArticleAnalysisState {
  status: AnalysisStatus;
  analysis: ArticleAnalysis | null;
  /** Where the labels come from: a hand key (a sample's or a teacher-checked one) or the heuristic analyser. */
  source: AnalysisSource;
  /** The hand key is the article's teacher-checked key (a class pack), not a bundled sample's. */
  checkedByTeacher?: boolean;
  error: string | null;
}

export interface UseArticleAnalysisOptions {
  /** False keeps the hook idle (nothing is analysed). Default true. */
  enabled?: boolean;
  /** For tests; defaults to the app-wide worker client. */
  client?: AnalysisClient;
  /** For tests; defaults to the bundled sample keys. */
  keyFor?: (sampleId: string | undefined) => AnswerKey | undefined;
  /** The article's teacher-checked key (db/keys.ts), preferred over a sample's key and the analyser. */
  checkedKey?: AnswerKey | null;
}

/** The key's analysis with the teacher's notes as sentence reasons; null if the key does not fit the text. */
export function analysisFromKey(original: string, key: AnswerKey): ArticleAnalysis | null {
  try {
    const analysis = analysisFromAnswerKey(original, key);
    const notes = keyNotes(key);
    return {
      ...analysis,
      sentences: analysis.sentences.map((sentence, index) =>
        notes.has(index) && !sentence.reason ? { ...sentence, reason: notes.get(index) } : sentence,
      ),
    };
  } catch (error) {
    // A key that no longer matches its text (edited sample): the analyser still works.
    console.warn(`Framewise: the answer key "${key.id}" does not fit the article text; using the analyser.`, error);
    return null;
  }
}

export function useArticleAnalysis(
  article: AnalysableArticle | null | undefined,
  options: UseArticleAnalysisOptions = {},
): ArticleAnalysisState {
  const { enabled = true, client, keyFor = sampleAnswerKey, checkedKey = null } = options;
  const original = article?.original;
  const blocks = article?.blocks;
  const hash = article?.hash;
  const sampleId = article?.sampleId;

  const fromTeacher = useMemo(() => (original !== undefined && checkedKey ? analysisFromKey(original, checkedKey) : null), [original, checkedKey]);
  const keyed = useMemo(() => {
    if (fromTeacher) return fromTeacher;
    if (original === undefined) return null;
    const key = keyFor(sampleId);
    return key ? analysisFromKey(original, key) : null;
  }, [fromTeacher, original, sampleId, keyFor]);

  const [result, setResult] = useState<{ for: string; analysis: ArticleAnalysis | null; error: string | null } | null>(null);
  const requestKey = `${hash ?? ''}\u0000${original?.length ?? -1}`;

  // An analysis the client holds in memory (an article reopened in the same session) is taken
  // while rendering, so the reader's first drawing is already the analysed one: taken in an
  // effect, it cost a plain drawing of the whole text, then a second, analysed one.
  const inMemory = useMemo(
    () => (!enabled || keyed || original === undefined ? undefined : (client ?? getAnalysisClient()).cached(original, blocks, hash)),
    [enabled, keyed, original, blocks, hash, client],
  );

  useEffect(() => {
    if (!enabled || keyed || original === undefined || inMemory) return;
    const analysisClient = client ?? getAnalysisClient();
    const cached = analysisClient.cached(original, blocks, hash);
    if (cached) {
      setResult({ for: requestKey, analysis: cached, error: null });
      return;
    }
    const controller = new AbortController();
    analysisClient.analyze(original, blocks, { hash, signal: controller.signal }).then(
      (analysis) => setResult({ for: requestKey, analysis, error: null }),
      (error: unknown) => {
        if (isAbortError(error)) return;
        setResult({ for: requestKey, analysis: null, error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [enabled, keyed, original, blocks, hash, client, requestKey, inMemory]);

  if (keyed) {
    const state: ArticleAnalysisState = { status: enabled ? 'ready' : 'idle', analysis: enabled ? keyed : null, source: 'key', error: null };
    if (fromTeacher) state.checkedByTeacher = true;
    return state;
  }
  if (!enabled || original === undefined) return { status: 'idle', analysis: null, source: 'analyser', error: null };
  if (inMemory) return { status: 'ready', analysis: inMemory, source: 'analyser', error: null };
  if (!result || result.for !== requestKey) return { status: 'running', analysis: null, source: 'analyser', error: null };
  if (result.error !== null) return { status: 'error', analysis: null, source: 'analyser', error: result.error };
  return { status: 'ready', analysis: result.analysis, source: 'analyser', error: null };
}
