/**
 * An article's practice items: from the article's teacher-checked key when it has one (a class
 * pack; every item graded and marked "checked by your teacher"), else from the sample's hand
 * answer key when it has one that fits the text, otherwise from the analyser (in the worker; the app's source also
 * generates those items in the worker, so a session's start leaves the main thread free). Generation is deterministic for
 * an article and an analyser version, so items are cached by article id, content hash and
 * analyser (or key) version: a new analyser version regenerates, nothing else does.
 */
import type { ArticleAnalysis } from '../../../core/analysis/types';
import { AnswerKeyMismatchError, generateItems, keyAnalyserVersion, type PracticeArticle, type PracticeItem } from '../../../core/practice';
import type { AnswerKey } from '../../../core/samples/answer-key';
import type { TextBlock } from '../../../core/text/types';
import { getAnalysisClient } from '../analysis/analysis-client';
import { sampleAnswerKey } from '../analysis/sample-keys';
import { getDatabase, type ArticleRecord } from '../db/database';
import { getCheckedKey } from '../db/keys';

export type ItemArticle = Pick<ArticleRecord, 'id' | 'hash' | 'original' | 'blocks' | 'sampleId'>;

export interface ItemSource {
  itemsFor(article: ItemArticle, signal?: AbortSignal): Promise<PracticeItem[]>;
}

export interface ItemSourceOptions {
  /** Analyses an article (default: the app-wide analysis client). */
  analyse?: (
    original: string,
    blocks: TextBlock[] | undefined,
    hash: string,
    signal?: AbortSignal,
    practice?: PracticeArticle,
  ) => Promise<ArticleAnalysis>;
  /** The hand answer key of a sample (default: the bundled keys). */
  keyFor?: (sampleId: string | undefined) => AnswerKey | undefined;
  /**
   * The article's teacher-checked key (db/keys.ts getCheckedKey); default none. The app-wide
   * source reads the database; `checkedAt` is part of the cache key, so a newer key regenerates.
   */
  checkedKeyFor?: (articleId: number) => Promise<{ key: AnswerKey; checkedAt: number } | undefined>;
  /** Generates an analysed article's items (default: core generateItems on this thread; the app's source: in the analysis worker). */
  generate?: (article: PracticeArticle, analysis: ArticleAnalysis) => Promise<PracticeItem[]>;
  /** How many articles' items to keep. */
  cacheSize?: number;
}

export function createItemSource(options: ItemSourceOptions = {}): ItemSource {
  const analyse =
    options.analyse ??
    // The worker generates the items along with the analysis (getItemSource's `generate` then has them at once).
    ((original, blocks, hash, signal, practice) => getAnalysisClient().analyze(original, blocks, { hash, signal, practice }));
  const keyFor = options.keyFor ?? sampleAnswerKey;
  const checkedKeyFor = options.checkedKeyFor ?? (async () => undefined);
  const generate = options.generate ?? (async (article: PracticeArticle, analysis: ArticleAnalysis) => generateItems(article, analysis));
  const cacheSize = Math.max(1, options.cacheSize ?? 64);
  const cache = new Map<string, PracticeItem[]>();

  const remember = (cacheKey: string, items: PracticeItem[]) => {
    cache.delete(cacheKey);
    cache.set(cacheKey, items);
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return items;
  };

  const cached = (cacheKey: string) => {
    const hit = cache.get(cacheKey);
    if (hit) remember(cacheKey, hit);
    return hit;
  };

  return {
    async itemsFor(article, signal) {
      const practiceArticle = { id: article.id, hash: article.hash, original: article.original };
      const checked = await checkedKeyFor(article.id);
      if (checked) {
        const cacheKey = `${article.id}|${article.hash}|checked:${checked.checkedAt}|${keyAnalyserVersion(checked.key)}`;
        const hit = cached(cacheKey);
        if (hit) return hit;
        try {
          const items = generateItems(practiceArticle, null, checked.key).map((item) => ({ ...item, checkedByTeacher: true }));
          return remember(cacheKey, items);
        } catch (error) {
          // Keys are checked against the text before they are stored, so this is a bug; fall back, as for samples.
          if (!(error instanceof AnswerKeyMismatchError)) throw error;
        }
      }
      const key = keyFor(article.sampleId);
      if (key) {
        const cacheKey = `${article.id}|${article.hash}|${keyAnalyserVersion(key)}`;
        const hit = cached(cacheKey);
        if (hit) return hit;
        try {
          return remember(cacheKey, generateItems(practiceArticle, null, key));
        } catch (error) {
          // A key that no longer fits its (edited) text: the analyser still works.
          if (!(error instanceof AnswerKeyMismatchError)) throw error;
        }
      }
      const analysis = await analyse(article.original, article.blocks, article.hash, signal, practiceArticle);
      const cacheKey = `${article.id}|${article.hash}|${analysis.analyserVersion}`;
      const hit = cached(cacheKey);
      if (hit) return hit;
      const items = await generate(practiceArticle, analysis);
      return cached(cacheKey) ?? remember(cacheKey, items);
    },
  };
}

let shared: ItemSource | undefined;

export function getItemSource(): ItemSource {
  shared ??= createItemSource({
    checkedKeyFor: (articleId) => getCheckedKey(getDatabase(), articleId),
    generate: (article, analysis) => getAnalysisClient().generateItems(article, analysis),
  });
  return shared;
}
