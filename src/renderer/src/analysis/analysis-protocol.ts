/** Messages between the renderer and the analysis worker (structured-clone safe). */
import type { ArticleAnalysis } from '../../../core/analysis/types';
import type { PracticeArticle, PracticeItem } from '../../../core/practice';
import type { TextBlock } from '../../../core/text/types';

export interface AnalyseRequest {
  type?: 'analyse';
  id: number;
  original: string;
  blocks?: TextBlock[];
  /**
   * Also generate this article's practice items from the analysis, in the same turn: a session
   * waiting for them would otherwise wait for the next queued analysis too.
   */
  practice?: PracticeArticle;
}

/** Drops a queued request the renderer no longer wants (the learner moved on). */
export interface CancelRequest {
  type: 'cancel';
  id: number;
}


/** Loads the analyser ahead of the first article (model and lexicons take about a second). */
export interface WarmRequest {
  type: 'warm';
}

/**
 * An article's practice items from its analysis (core generateItems), so a session's start does
 * not hold the main thread. Answered as soon as it arrives, ahead of any queued analysis.
 */
export interface GenerateRequest {
  type: 'generate';
  id: number;
  article: PracticeArticle;
  analysis: ArticleAnalysis;
}

export type WorkerRequest = AnalyseRequest | CancelRequest | WarmRequest | GenerateRequest;

export type WorkerResponse =
  /** `items`: for a request with `practice`, unless generating them failed (the client then asks again). */
  | { id: number; analysis: ArticleAnalysis; items?: PracticeItem[] }
  | { id: number; error: string }
  /**
   * Sent once, as soon as the worker has loaded (before the slow model load): the running
   * analyser's version, so the client can trust a persisted analysis without analysing.
   */
  | { type: 'version'; version: string }
  /** The answer to a GenerateRequest (ids of their own, counted apart from analyses). */
  | { type: 'items'; id: number; items: PracticeItem[] }
  | { type: 'items-error'; id: number; error: string };
