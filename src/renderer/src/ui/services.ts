/**
 * What the UI needs from storage and the importers, as one injectable object, so
 * component tests can hand in fakes and the screens never import Dexie directly.
 */
import type { ImportedArticle } from '../../../core/text/types';
import type { ArticleRecord } from '../db/database';
import type {
  AddArticleResult,
  ArticleSort,
  ArticleSummary,
  DeletedArticle,
  DeletedArticleSummary,
  EnsureSamplesResult,
  SampleArticle,
} from '../db/articles';
import type { IncomingFile } from '../platform';

export type ImportStatus = 'imported' | 'duplicate' | 'rejected';

/** The outcome of importing one file, as the UI shows it. */
export interface ImportOutcome {
  name: string;
  status: ImportStatus;
  articleId?: number;
  title?: string;
  /** An ImportErrorCode, or a platform refusal reason ('not-a-file'), for rejected files. */
  reason?: string;
  /** The importer's own message, used when the reason has no translation. */
  message?: string;
  /** A specific case of the reason with its own catalogue entry (`importError.detail.<detail>`). */
  detail?: string;
  params?: Record<string, string | number>;
}

export interface ImportFilesOptions {
  /** Called once per file, in order, as soon as that file is done. */
  onResult: (outcome: ImportOutcome) => void;
  signal?: AbortSignal;
  /**
   * The caller opens the article next (a single file): its analysis starts as soon as the file is
   * read and cleaned, so it runs while the article is stored and the reader opens, rather than
   * after (the reader's own request joins it: same text hash).
   */
  analyseAhead?: boolean;
}

export interface AppServices {
  listArticles(opts: { query?: string; sort?: ArticleSort }): Promise<ArticleSummary[]>;
  /** Starts loading what a search for `query` needs (the learner is typing it); the listing follows. */
  prepareSearch(query: string): void;
  getArticle(id: number): Promise<ArticleRecord | undefined>;
  addArticle(imported: ImportedArticle): Promise<AddArticleResult>;
  deleteArticle(id: number): Promise<DeletedArticle | undefined>;
  undoDelete(id: number): Promise<boolean>;
  purgeDeleted(cutoffMs: number): Promise<unknown>;
  /** The trash: soft-deleted articles, most recently deleted first. */
  listDeletedArticles(): Promise<DeletedArticleSummary[]>;
  /** Deletes one article in the trash for good. */
  purgeArticle(id: number): Promise<boolean>;
  /** Sample ids offered before (added once, even if the learner deleted them since). */
  samplesOffered(): Promise<string[]>;
  ensureSamples(samples: SampleArticle[]): Promise<EnsureSamplesResult>;
  /** Imports files one at a time, yielding between files; resolves when all are done or aborted. */
  importFiles(files: IncomingFile[], opts: ImportFilesOptions): Promise<ImportOutcome[]>;
}
