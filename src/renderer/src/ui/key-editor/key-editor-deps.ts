/**
 * What the key editor needs from storage and the analyser, as one injectable object (component
 * tests hand in fakes; the app uses the database and the analysis worker).
 */
import type { ArticleAnalysis } from '../../../../core/analysis/types';
import type { AnswerKey } from '../../../../core/samples/answer-key';
import { getAnalysisClient } from '../../analysis/analysis-client';
import { sampleAnswerKey } from '../../analysis/sample-keys';
import { getArticle } from '../../db/articles';
import { getDatabase, type ArticleRecord, type DisputeRecord, type DisputeResolution } from '../../db/database';
import { articleDisputes, resolveDispute, saveEditedKey } from '../../db/key-edits';
import { getCheckedKey } from '../../db/keys';

export interface KeyEditorDeps {
  getArticle(id: number): Promise<ArticleRecord | undefined>;
  /** The article's current teacher-checked key, if any. */
  checkedKey(id: number): Promise<AnswerKey | undefined>;
  /** A bundled sample's hand key. */
  sampleKey(sampleId: string | undefined): AnswerKey | undefined;
  /** The machine's judgement (the analyser in the worker). */
  analyse(article: ArticleRecord): Promise<ArticleAnalysis>;
  /** Saves the key (throws CheckedKeyError when it does not fit) and marks earlier answers on changed items. */
  saveKey(articleId: number, key: AnswerKey, changedItemIds: readonly string[]): Promise<{ markedAttempts: number }>;
  disputes(articleId: number): Promise<DisputeRecord[]>;
  resolveDispute(id: number, decision: { status: DisputeResolution['status']; note?: string }): Promise<boolean>;
}

/** The app's: articles through the injected services (as the reader reads them), the rest from the database. */
export function createKeyEditorDeps(readArticle?: (id: number) => Promise<ArticleRecord | undefined>): KeyEditorDeps {
  const db = () => getDatabase();
  return {
    getArticle: readArticle ?? ((id) => getArticle(db(), id)),
    checkedKey: async (id) => (await getCheckedKey(db(), id))?.key,
    sampleKey: sampleAnswerKey,
    analyse: (article) => getAnalysisClient().analyze(article.original, article.blocks, { hash: article.hash }),
    saveKey: (articleId, key, changedItemIds) => saveEditedKey(db(), articleId, key, { changedItemIds }),
    disputes: (articleId) => articleDisputes(db(), articleId),
    resolveDispute: (id, decision) => resolveDispute(db(), id, decision),
  };
}
