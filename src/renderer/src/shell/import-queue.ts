/**
 * Importing, as the shell runs it: one file shows a busy line then a notice (and opens
 * the article); several files go to the batch panel, and files arriving while a batch
 * runs queue behind it in the same panel. Results reach the screen at most every
 * BATCH_RENDER_INTERVAL_MS, so big imports stay smooth.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { isImportError } from '../../../core/import/errors';
import { t } from '../i18n';
import { importText } from '../import/import-text';
import type { IncomingFile, IncomingFiles, Platform } from '../platform';
import { splitPacks } from '../ui/pack/pack-files';
import { isResultsFileName } from '../ui/class/export-files';
import type { BatchState } from '../ui/ImportPanel';
import { rejectionMessage } from '../ui/import-messages';
import type { NoticeData } from '../ui/Notice';
import type { AppServices, ImportOutcome } from '../ui/services';
import { mark } from '../platform/timing';

/** Batch results are flushed to the screen at most this often. */
export const BATCH_RENDER_INTERVAL_MS = 120;
/** The library list re-reads the database at most this often while a batch runs. */
export const BATCH_LIBRARY_INTERVAL_MS = 1000;

export interface ImportQueueOptions {
  services: AppServices;
  platform: Platform;
  /** The hidden file input, clicked when the platform has no native file dialog. */
  fileInputRef: RefObject<HTMLInputElement | null>;
  showNotice(notice: NoticeData | null): void;
  refreshLibrary(): void;
  openArticle(articleId: number): void;
  /**
   * Opens a class pack found among incoming files (dialog, drop, "Open with", file input);
   * without it a pack goes to the article importer, which refuses it.
   */
  openPack?(file: IncomingFile): void;
  /**
   * Takes the learners' results files (`.framewise-results`) among incoming files to the class
   * view; without it they go to the article importer, which refuses them.
   */
  openResults?(files: IncomingFile[]): void;
}

export interface ImportQueue {
  batch: BatchState | null;
  /** The file a single import is reading, for the busy line. */
  busyName: string | null;
  importIncoming(incoming: IncomingFiles): void;
  /** The Import command: the native dialog, or the file input in browser mode. */
  startImport(): Promise<void>;
  cancelBatch(): void;
  closeBatch(): void;
  /**
   * Stores pasted text; resolves to an error message for the dialog, or undefined when
   * stored. `onStored` runs first (closing the dialog before the reader takes focus).
   */
  importPasted(pasted: { title: string; text: string }, onStored?: () => void): Promise<string | undefined>;
}

export function useImportQueue(options: ImportQueueOptions): ImportQueue {
  const { services, platform } = options;
  const [batch, setBatch] = useState<BatchState | null>(null);
  const [busyName, setBusyName] = useState<string | null>(null);
  const batchAbortRef = useRef<AbortController | null>(null);
  const queueRef = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(options);
  latest.current = options;

  const showSingleOutcome = useCallback((outcome: ImportOutcome) => {
    const { showNotice, openArticle } = latest.current;
    if (outcome.status === 'imported' && outcome.articleId !== undefined) {
      showNotice({ tone: 'info', text: t('import.imported', { title: outcome.title ?? outcome.name }) });
      openArticle(outcome.articleId);
    } else if (outcome.status === 'duplicate' && outcome.articleId !== undefined) {
      const articleId = outcome.articleId;
      showNotice({
        tone: 'info',
        text: t('import.duplicate', { title: outcome.title ?? outcome.name }),
        action: {
          label: t('import.duplicateOpen'),
          onClick: () => {
            latest.current.showNotice(null);
            latest.current.openArticle(articleId);
          },
        },
      });
    } else {
      showNotice({ tone: 'error', text: t('import.rejected', { name: outcome.name, message: rejectionMessage(outcome) }) });
    }
  }, []);

  const importSingle = useCallback(
    async (incoming: IncomingFiles) => {
      const [file] = incoming.files;
      setBusyName(file.name);
      latest.current.showNotice(null);
      mark('import:start');
      try {
        const [outcome] = await services.importFiles([file], { onResult: () => {}, analyseAhead: true });
        mark('import:stored');
        latest.current.refreshLibrary();
        showSingleOutcome(outcome ?? { name: file.name, status: 'rejected', reason: 'unreadable' });
      } catch (error) {
        latest.current.showNotice({ tone: 'error', text: t('error.generic', { message: String(error) }) });
      } finally {
        setBusyName(null);
      }
    },
    [services, showSingleOutcome],
  );

  const importMany = useCallback(
    async (incoming: IncomingFiles) => {
      const refusedOutcomes: ImportOutcome[] = incoming.refused.map((refusal) => ({
        name: refusal.name,
        status: 'rejected',
        reason: refusal.reason,
      }));
      const added = incoming.files.length + incoming.refused.length;
      setBatch((current) =>
        current && current.phase === 'running'
          ? { ...current, total: current.total + added, results: [...current.results, ...refusedOutcomes] }
          : { total: added, results: refusedOutcomes, phase: 'running' },
      );
      const run = async () => {
        const controller = batchAbortRef.current ?? new AbortController();
        batchAbortRef.current = controller;
        let buffer: ImportOutcome[] = [];
        let lastFlush = 0;
        let lastLibraryRefresh = performance.now();
        const flush = () => {
          if (buffer.length === 0) return;
          const flushed = buffer;
          buffer = [];
          lastFlush = performance.now();
          setBatch((current) => current && { ...current, results: [...current.results, ...flushed] });
          if (lastFlush - lastLibraryRefresh >= BATCH_LIBRARY_INTERVAL_MS) {
            lastLibraryRefresh = lastFlush;
            latest.current.refreshLibrary();
          }
        };
        try {
          await services.importFiles(incoming.files, {
            signal: controller.signal,
            onResult: (outcome) => {
              buffer.push(outcome);
              if (performance.now() - lastFlush >= BATCH_RENDER_INTERVAL_MS) flush();
            },
          });
        } catch (error) {
          latest.current.showNotice({ tone: 'error', text: t('error.generic', { message: String(error) }) });
        } finally {
          flush();
        }
      };
      const queued = queueRef.current.then(run);
      queueRef.current = queued;
      await queued;
      if (queueRef.current === queued) {
        const cancelled = batchAbortRef.current?.signal.aborted ?? false;
        batchAbortRef.current = null;
        setBatch((current) => current && { ...current, phase: cancelled ? 'cancelled' : 'done' });
        latest.current.refreshLibrary();
      }
    },
    [services],
  );

  const batchRunning = batch?.phase === 'running';
  const importIncoming = useCallback(
    (all: IncomingFiles) => {
      const { openPack, openResults } = latest.current;
      let incoming = all;
      if (openResults) {
        const results = incoming.files.filter((file) => isResultsFileName(file.name));
        if (results.length > 0) {
          openResults(results);
          incoming = { files: incoming.files.filter((file) => !isResultsFileName(file.name)), refused: incoming.refused };
          if (incoming.files.length + incoming.refused.length === 0) return;
        }
      }
      if (openPack) {
        const { packs, rest } = splitPacks(incoming);
        // One pack at a time: its preview is a question the learner answers before the next.
        if (packs[0]) openPack(packs[0]);
        if (packs.length > 0 && rest.files.length + rest.refused.length === 0) return;
        incoming = rest;
      }
      const count = incoming.files.length + incoming.refused.length;
      if (count === 0) {
        latest.current.showNotice({ tone: 'error', text: t('import.nothingToImport') });
      } else if (count === 1 && incoming.files.length === 1 && !batchRunning) {
        void importSingle(incoming);
      } else if (count === 1 && incoming.refused.length === 1 && !batchRunning) {
        const refusal = incoming.refused[0];
        showSingleOutcome({ name: refusal.name, status: 'rejected', reason: refusal.reason });
      } else {
        void importMany(incoming);
      }
    },
    [importSingle, importMany, batchRunning, showSingleOutcome],
  );

  const startImport = useCallback(async () => {
    const picked = await platform.pickFiles();
    if (!picked) latest.current.fileInputRef.current?.click();
    // An empty pick is the learner closing the dialog: nothing to say.
    else if (picked.files.length + picked.refused.length > 0) importIncoming(picked);
  }, [platform, importIncoming]);

  // The File menu and files opened with the app (command line, "Open with", second instance).
  const importIncomingRef = useRef(importIncoming);
  importIncomingRef.current = importIncoming;
  const startImportRef = useRef(startImport);
  startImportRef.current = startImport;
  useEffect(() => {
    const offMenu = platform.onMenuImport(() => void startImportRef.current());
    const offOpened = platform.onFilesOpened((files) => importIncomingRef.current(files));
    return () => {
      offMenu();
      offOpened();
    };
  }, [platform]);

  const importPasted = useCallback(
    async ({ title, text }: { title: string; text: string }, onStored?: () => void): Promise<string | undefined> => {
      let article;
      try {
        article = await importText(text, t('paste.defaultFileName'), 'paste');
      } catch (error) {
        if (isImportError(error)) return rejectionMessage({ reason: error.code, message: error.message });
        return t('error.generic', { message: String(error) });
      }
      try {
        const stored = await services.addArticle(title ? { ...article, title } : article);
        onStored?.();
        latest.current.refreshLibrary();
        showSingleOutcome({
          name: stored.title,
          title: stored.title,
          articleId: stored.id,
          status: stored.status === 'duplicate' ? 'duplicate' : 'imported',
        });
        return undefined;
      } catch (error) {
        return t('error.generic', { message: String(error) });
      }
    },
    [services, showSingleOutcome],
  );

  const cancelBatch = useCallback(() => batchAbortRef.current?.abort(), []);
  const closeBatch = useCallback(() => setBatch(null), []);

  return { batch, busyName, importIncoming, startImport, cancelBatch, closeBatch, importPasted };
}
