/** In-memory AppServices and Platform for component tests: real behaviour, no IndexedDB. */
import type { ImportedArticle } from '../../../src/core/text/types';
import type { ArticleRecord } from '../../../src/renderer/src/db/database';
import type { ArticleSummary } from '../../../src/renderer/src/db/articles';
import type { IncomingFiles, Platform } from '../../../src/renderer/src/platform';
import type { AppServices, ImportOutcome } from '../../../src/renderer/src/ui/services';

export function articleRecord(overrides: Partial<ArticleRecord> & Pick<ArticleRecord, 'id' | 'title'>): ArticleRecord {
  const original = overrides.original ?? 'A heading\n\nFirst paragraph of the article.\n\nSecond paragraph.';
  return {
    hash: `hash-${overrides.id}`,
    format: 'txt',
    fileName: `${overrides.id}.txt`,
    original,
    blocks: [],
    wordCount: 10,
    importedAt: Date.UTC(2026, 0, overrides.id),
    updatedAt: Date.UTC(2026, 0, overrides.id),
    deletedAt: null,
    ...overrides,
  };
}

export function summaryOf(record: ArticleRecord): ArticleSummary {
  const { id, title, siteName, byline, publishedAt, wordCount, importedAt, format, sampleId } = record;
  return { id, title, siteName, byline, publishedAt, wordCount, importedAt, format, sampleId };
}

export interface FakeServices extends AppServices {
  records: Map<number, ArticleRecord>;
  /** What importFiles answers per file name (default: imported with a new id). */
  outcomes: Map<string, ImportOutcome>;
  imported: string[];
}

export function fakeServices(initial: ArticleRecord[] = []): FakeServices {
  const records = new Map(initial.map((record) => [record.id, record]));
  let nextId = Math.max(0, ...initial.map((record) => record.id)) + 1;
  const outcomes = new Map<string, ImportOutcome>();
  const imported: string[] = [];
  const add = (article: ImportedArticle) => {
    const existing = [...records.values()].find((record) => record.hash === article.hash);
    if (existing) return { status: 'duplicate' as const, id: existing.id, title: existing.title };
    const id = nextId++;
    records.set(
      id,
      articleRecord({
        id,
        title: article.title,
        hash: article.hash,
        original: article.document.original,
        blocks: article.document.blocks,
        format: article.format,
      }),
    );
    return { status: 'imported' as const, id, title: article.title };
  };
  return {
    records,
    outcomes,
    imported,
    prepareSearch: () => {},
    listArticles: async () =>
      [...records.values()].filter((record) => record.deletedAt == null).map(summaryOf).sort((a, b) => b.id - a.id),
    getArticle: async (id) => {
      const record = records.get(id);
      return record && record.deletedAt == null ? record : undefined;
    },
    addArticle: async (article) => add(article),
    deleteArticle: async (id) => {
      const record = records.get(id);
      if (!record || record.deletedAt != null) return undefined;
      record.deletedAt = Date.now();
      return { id, title: record.title, deletedAt: record.deletedAt };
    },
    undoDelete: async (id) => {
      const record = records.get(id);
      if (!record || record.deletedAt == null) return false;
      record.deletedAt = null;
      return true;
    },
    purgeDeleted: async (cutoffMs) => {
      for (const [id, record] of records) if (record.deletedAt != null && record.deletedAt < cutoffMs) records.delete(id);
    },
    listDeletedArticles: async () =>
      [...records.values()]
        .filter((record) => record.deletedAt != null)
        .map((record) => ({ ...summaryOf(record), deletedAt: record.deletedAt as number }))
        .sort((a, b) => b.deletedAt - a.deletedAt || b.id - a.id),
    purgeArticle: async (id) => {
      const record = records.get(id);
      if (!record || record.deletedAt == null) return false;
      records.delete(id);
      return true;
    },
    // Every bundled sample counts as offered, so tests start from `initial` only.
    samplesOffered: async () => {
      const { listSampleEntries } = await import('../../../src/renderer/src/samples/load-samples');
      return (await listSampleEntries()).map((entry) => entry.id);
    },
    ensureSamples: async () => ({ offered: [] }),
    importFiles: async (files, { onResult }) => {
      const results: ImportOutcome[] = [];
      for (const file of files) {
        imported.push(file.name);
        let outcome = outcomes.get(file.name);
        if (!outcome) {
          const id = nextId++;
          records.set(id, articleRecord({ id, title: `Title of ${file.name}` }));
          outcome = { name: file.name, status: 'imported', articleId: id, title: `Title of ${file.name}` };
        }
        onResult(outcome);
        results.push(outcome);
      }
      return results;
    },
  };
}

export interface FakePlatform extends Platform {
  picks: IncomingFiles[];
  emitMenuImport(): void;
  emitFilesOpened(files: IncomingFiles): void;
}

export function fakeElectronPlatform(): FakePlatform {
  const menu = new Set<() => void>();
  const opened = new Set<(files: IncomingFiles) => void>();
  const platform: FakePlatform = {
    kind: 'electron',
    picks: [],
    pickFiles: async () => platform.picks.shift() ?? { files: [], refused: [] },
    onMenuImport: (listener) => {
      menu.add(listener);
      return () => menu.delete(listener);
    },
    onFilesOpened: (listener) => {
      opened.add(listener);
      return () => opened.delete(listener);
    },
    emitMenuImport: () => menu.forEach((listener) => listener()),
    emitFilesOpened: (files) => opened.forEach((listener) => listener(files)),
  };
  return platform;
}

export function textFile(name: string, text = 'Some text'): { name: string; size: number; data: Uint8Array } {
  const data = new TextEncoder().encode(text);
  return { name, size: data.byteLength, data };
}
