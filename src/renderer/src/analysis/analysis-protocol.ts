/** Messages between the renderer and the analysis worker (structured-clone safe). */
import type { ArticleAnalysis } from '../../../core/analysis/types';
import type { TextBlock } from '../../../core/text/types';

export interface AnalyseRequest {
  type?: 'analyse';
  id: number;
  original: string;
  blocks?: TextBlock[];
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

export type WorkerRequest = AnalyseRequest | CancelRequest | WarmRequest;

export type WorkerResponse =
  | { id: number; analysis: ArticleAnalysis }
  | { id: number; error: string }
  /**
   * Sent once, as soon as the worker has loaded (before the slow model load): the running
   * analyser's version, so the client can trust a persisted analysis without analysing.
   */
  | { type: 'version'; version: string };
