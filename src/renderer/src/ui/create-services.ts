/** The real services: the app's Dexie database and the renderer importers. */
import type { ImportedArticle } from '../../../core/text/types';
import {
  addArticle,
  deleteArticle,
  ensureSamples,
  getArticle,
  getDatabase,
  getSetting,
  listArticles,
  listDeletedArticles,
  prepareSearch,
  purgeArticle,
  purgeDeleted,
  undoDelete,
  type FramewiseDB,
} from '../db';
import type { BatchResult } from '../import/import-batch';
import type { ImportWorkerClient } from '../import/import-off-thread';
import type { AppServices, ImportOutcome } from './services';
import { mark } from '../platform/timing';
import { getAnalysisClient } from '../analysis/analysis-client';

export interface AppServicesOptions {
  /**
   * Starts analysing an article just read, for `importFiles(…, { analyseAhead: true })`. Default:
   * the app's analysis client, keyed by the article's content hash as the reader asks for it. The
   * result is kept (in memory and in the analysis cache) even if the reader is left meanwhile.
   */
  analyseAhead?(article: ImportedArticle): void;
  /**
   * Has the analyser loaded, for the same imports, as the file starts being read (default: the app's
   * analysis client's `warm`): imported right after start-up, before the app's own warm-up at idle,
   * the article's analysis would otherwise wait for the worker's start and model load after the read.
   */
  warmAnalysis?(): void;
}

function analyseInClient(article: ImportedArticle): void {
  // Only a head start: a failure shows when the reader asks for the analysis itself.
  getAnalysisClient()
    .analyze(article.document.original, article.document.blocks, { hash: article.hash })
    .catch(() => undefined);
}

export function toOutcome(result: BatchResult, cancelled: boolean): ImportOutcome {
  const outcome: ImportOutcome = { name: result.name, status: result.status };
  if (result.articleId !== undefined) outcome.articleId = Number(result.articleId);
  if (result.title !== undefined) outcome.title = result.title;
  if (result.message !== undefined) outcome.message = result.message;
  if (result.detail !== undefined) outcome.detail = result.detail;
  if (result.params !== undefined) outcome.params = result.params;
  if (result.reason !== undefined) outcome.reason = result.reason;
  // importBatch reports files skipped after a cancel as rejected without a code.
  else if (result.status === 'rejected' && cancelled) outcome.reason = 'cancelled';
  return outcome;
}

export function createAppServices(db: FramewiseDB = getDatabase(), options: AppServicesOptions = {}): AppServices {
  const analyseAhead = options.analyseAhead ?? analyseInClient;
  const warmAnalysis = options.warmAnalysis ?? (() => getAnalysisClient().warm());
  // .docx, .pdf, .txt and .md are read in the import worker, made on the first import.
  let worker: Promise<ImportWorkerClient | null> | undefined;
  const importWorker = () => (worker ??= import('../import/import-off-thread').then((m) => m.createImportWorkerClient()));
  const store = async (article: ImportedArticle, ahead = false) => {
    mark('import:read');
    if (ahead) analyseAhead(article);
    const stored = await addArticle(db, article);
    // A re-imported article that had been deleted comes back: for the learner that is an import.
    return { status: stored.status === 'duplicate' ? ('duplicate' as const) : ('imported' as const), id: stored.id, title: stored.title };
  };
  return {
    listArticles: (opts) => listArticles(db, opts),
    prepareSearch: (query) => prepareSearch(db, query),
    getArticle: (id) => getArticle(db, id),
    addArticle: (imported) => addArticle(db, imported),
    deleteArticle: (id) => deleteArticle(db, id),
    undoDelete: (id) => undoDelete(db, id),
    purgeDeleted: (cutoffMs) => purgeDeleted(db, cutoffMs),
    listDeletedArticles: () => listDeletedArticles(db),
    purgeArticle: (id) => purgeArticle(db, id),
    samplesOffered: async () => (await getSetting(db, 'samplesOffered')) ?? [],
    ensureSamples: (samples) => ensureSamples(db, samples),
    importFiles: async (files, { onResult, signal, analyseAhead: ahead = false }) => {
      if (ahead) warmAnalysis();
      // The importers (Readability, mammoth, pdf.js) load on first import, not at start-up.
      const [{ importBatch }, offThread] = await Promise.all([import('../import/import-batch'), importWorker()]);
      const results = await importBatch(files, {
        store: (article) => store(article, ahead),
        signal,
        offThread: offThread?.importFile,
        onProgress: (_done, _total, result) => onResult(toOutcome(result, signal?.aborted ?? false)),
      });
      return results.map((result) => toOutcome(result, signal?.aborted ?? false));
    },
  };
}
