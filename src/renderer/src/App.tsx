import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ARTICLE_SORTS, type ArticleSort, type ArticleSummary } from './db/articles';
import { getDatabase } from './db/database';
import { disputesForArticle } from './db/progress';
import { t } from './i18n';
import { getPlatform, fromBrowserFiles, type IncomingFiles, type Platform } from './platform';
import { isImportError } from '../../core/import/errors';
import { importText } from './import/import-text';
import { DropOverlay } from './ui/DropOverlay';
import { useFileDrop } from './ui/file-drop';
import { rejectionMessage } from './ui/import-messages';
import { ImportPanel, type BatchState } from './ui/ImportPanel';
import { LibraryView } from './ui/LibraryView';
import { Notice, type NoticeData } from './ui/Notice';
import { PasteDialog } from './ui/PasteDialog';
import { ReaderView } from './ui/ReaderView';
import type { ImportOutcome } from './ui/services';
import { useServices } from './ui/services-context';
import { useTheme } from './ui/theme';
import { Toolbar } from './ui/Toolbar';
import { UndoToast } from './ui/UndoToast';
import { WelcomeBanner } from './ui/WelcomeBanner';
import { PracticeView } from './ui/practice/PracticeView';
import { ProgressView } from './ui/progress/ProgressView';
import {
  FirstRunProfilePrompt,
  ProfileSwitcher,
  SettingsView,
  useProfiles,
  type SettingsSection,
  type SettingsStore,
} from './ui/settings';

/** Views of the app. */
export type View =
  | { name: 'library' }
  | { name: 'reader'; articleId: number }
  | { name: 'practice'; articleId?: number; reviewOnly?: boolean; run: number }
  | { name: 'progress' }
  | { name: 'settings'; section?: SettingsSection };

/** How long the undo toast stays after a delete. */
export const UNDO_TIMEOUT_MS = 8000;
const NOTICE_TIMEOUT_MS = 8000;
/** Batch results are flushed to the screen at most this often, so big imports stay smooth. */
const BATCH_RENDER_INTERVAL_MS = 120;
/** The library list re-reads the database at most this often while a batch runs. */
const BATCH_LIBRARY_INTERVAL_MS = 1000;
const WELCOME_STORAGE_KEY = 'framewise.welcomeDismissed';
const SORT_STORAGE_KEY = 'framewise.librarySort';

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage unavailable: the preference lasts for this session only.
  }
}

function isEditableTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export interface AppProps {
  platform?: Platform;
  /**
   * Learners, backup and settings storage. Without it (component tests with fake
   * services) the practice, progress and settings views are not offered.
   */
  settingsStore?: SettingsStore;
}

export function App({ platform = getPlatform(), settingsStore }: AppProps) {
  const services = useServices();
  const { theme, choice: themeChoice, setChoice: setThemeChoice, toggle: toggleTheme } = useTheme();
  const [view, setView] = useState<View>({ name: 'library' });
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<ArticleSort>(() => {
    const stored = readStorage(SORT_STORAGE_KEY);
    return (ARTICLE_SORTS as readonly string[]).includes(stored ?? '') ? (stored as ArticleSort) : 'imported-desc';
  });
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [libraryVersion, setLibraryVersion] = useState(0);
  /** False until first-run samples are stored, so the empty state never flashes before them. */
  const [started, setStarted] = useState(false);
  const [notice, setNotice] = useState<NoticeData | null>(null);
  const [pending, setPending] = useState<{ id: number; title: string } | null>(null);
  const [batch, setBatch] = useState<BatchState | null>(null);
  const [busyName, setBusyName] = useState<string | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [welcome, setWelcome] = useState(() => readStorage(WELCOME_STORAGE_KEY) !== '1');
  const [focusId, setFocusId] = useState<number | undefined>(undefined);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const batchAbortRef = useRef<AbortController | null>(null);
  const importQueueRef = useRef<Promise<void>>(Promise.resolve());

  const refreshLibrary = useCallback(() => setLibraryVersion((version) => version + 1), []);
  const { snapshot: learners } = useProfiles(settingsStore);
  const profileId = learners?.activeId;
  // The reader flags the active learner's disputes (re-read each time an article opens).
  const loadDisputes = useMemo(
    () =>
      settingsStore && profileId !== undefined
        ? (articleId: number) => disputesForArticle(getDatabase(), articleId, { profileId })
        : undefined,
    [settingsStore, profileId],
  );
  const practiceRun = useRef(0);
  const startPractice = useCallback((options: { articleId?: number; reviewOnly?: boolean } = {}) => {
    practiceRun.current += 1;
    setView({ name: 'practice', ...options, run: practiceRun.current });
  }, []);

  // First start: the bundled samples; every start: hard-delete what was deleted long ago.
  useEffect(() => {
    let live = true;
    (async () => {
      const { loadSamples } = await import('./samples/load-samples');
      const samples = await loadSamples(await services.samplesOffered());
      if (samples.length > 0) await services.ensureSamples(samples);
      await services.purgeDeleted(Date.now() - 30 * 24 * 60 * 60 * 1000);
    })()
      .catch((error: unknown) => live && setNotice({ tone: 'error', text: t('error.generic', { message: String(error) }) }))
      .finally(() => live && setStarted(true));
    return () => {
      live = false;
    };
  }, [services]);

  useEffect(() => {
    if (!started) return;
    let live = true;
    services.listArticles({ query, sort }).then(
      (list) => live && setArticles(list),
      (error: unknown) =>
        live && setNotice({ tone: 'error', text: t('app.startFailed', { message: String(error) }) }),
    );
    return () => {
      live = false;
    };
  }, [services, query, sort, libraryVersion, started]);

  const openArticle = useCallback((articleId: number) => {
    setView({ name: 'reader', articleId });
  }, []);

  const backToLibrary = useCallback(() => {
    setView((current) => {
      if (current.name === 'reader') setFocusId(current.articleId);
      return { name: 'library' };
    });
  }, []);

  // Plain confirmations fade after a while; errors and offers (e.g. "Open it") stay until dismissed.
  useEffect(() => {
    if (!notice || notice.tone !== 'info' || notice.action) return;
    const timer = setTimeout(() => setNotice((current) => (current === notice ? null : current)), NOTICE_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  // ---- delete and undo ----
  const deleteArticle = useCallback(
    async (id: number) => {
      const deleted = await services.deleteArticle(id);
      if (!deleted) return;
      const shown = articles ?? [];
      const at = shown.findIndex((article) => article.id === id);
      const neighbour = at >= 0 ? (shown[at + 1] ?? shown[at - 1])?.id : undefined;
      // A later undo of this article must be a new focus request, even for the same id.
      setFocusId(undefined);
      setPending({ id: deleted.id, title: deleted.title });
      setView((current) => {
        if (current.name !== 'reader' || current.articleId !== id) return current;
        // Leaving the reader: the row that took the article's place takes focus, not <body>.
        setFocusId(neighbour);
        return { name: 'library' };
      });
      refreshLibrary();
    },
    [services, refreshLibrary, articles],
  );

  const undo = useCallback(async () => {
    if (!pending) return;
    setPending(null);
    if (await services.undoDelete(pending.id)) {
      setFocusId(pending.id);
      setNotice({ tone: 'info', text: t('undo.restored', { title: pending.title }) });
      refreshLibrary();
    }
  }, [pending, services, refreshLibrary]);

  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPending(null), UNDO_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  // ---- importing ----
  const showSingleOutcome = useCallback(
    (outcome: ImportOutcome) => {
      if (outcome.status === 'imported' && outcome.articleId !== undefined) {
        setNotice({ tone: 'info', text: t('import.imported', { title: outcome.title ?? outcome.name }) });
        openArticle(outcome.articleId);
      } else if (outcome.status === 'duplicate' && outcome.articleId !== undefined) {
        const articleId = outcome.articleId;
        setNotice({
          tone: 'info',
          text: t('import.duplicate', { title: outcome.title ?? outcome.name }),
          action: {
            label: t('import.duplicateOpen'),
            onClick: () => {
              setNotice(null);
              openArticle(articleId);
            },
          },
        });
      } else {
        setNotice({ tone: 'error', text: t('import.rejected', { name: outcome.name, message: rejectionMessage(outcome) }) });
      }
    },
    [openArticle],
  );

  const importSingle = useCallback(
    async (incoming: IncomingFiles) => {
      const [file] = incoming.files;
      setBusyName(file.name);
      setNotice(null);
      try {
        const [outcome] = await services.importFiles([file], { onResult: () => {} });
        refreshLibrary();
        showSingleOutcome(outcome ?? { name: file.name, status: 'rejected', reason: 'unreadable' });
      } catch (error) {
        setNotice({ tone: 'error', text: t('error.generic', { message: String(error) }) });
      } finally {
        setBusyName(null);
      }
    },
    [services, refreshLibrary, showSingleOutcome],
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
      // Files arriving while a batch runs queue behind it, in the same panel.
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
            refreshLibrary();
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
          setNotice({ tone: 'error', text: t('error.generic', { message: String(error) }) });
        } finally {
          flush();
        }
      };
      const queued = importQueueRef.current.then(run);
      importQueueRef.current = queued;
      await queued;
      if (importQueueRef.current === queued) {
        const cancelled = batchAbortRef.current?.signal.aborted ?? false;
        batchAbortRef.current = null;
        setBatch((current) => current && { ...current, phase: cancelled ? 'cancelled' : 'done' });
        refreshLibrary();
      }
    },
    [services, refreshLibrary],
  );

  const importIncoming = useCallback(
    (incoming: IncomingFiles) => {
      const count = incoming.files.length + incoming.refused.length;
      if (count === 0) {
        setNotice({ tone: 'error', text: t('import.nothingToImport') });
      } else if (count === 1 && incoming.files.length === 1 && !(batch && batch.phase === 'running')) {
        void importSingle(incoming);
      } else if (count === 1 && incoming.refused.length === 1 && !(batch && batch.phase === 'running')) {
        const refusal = incoming.refused[0];
        showSingleOutcome({ name: refusal.name, status: 'rejected', reason: refusal.reason });
      } else {
        void importMany(incoming);
      }
    },
    [importSingle, importMany, batch, showSingleOutcome],
  );

  const startImport = useCallback(async () => {
    const picked = await platform.pickFiles();
    if (!picked) fileInputRef.current?.click();
    // An empty pick is the learner closing the dialog: nothing to say.
    else if (picked.files.length + picked.refused.length > 0) importIncoming(picked);
  }, [platform, importIncoming]);

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

  const dragging = useFileDrop((files) => importIncomingRef.current(files));

  /** Returns an error message for the dialog to show, or undefined when the text was stored. */
  const onPasteSubmit = async ({ title, text }: { title: string; text: string }): Promise<string | undefined> => {
    let article;
    try {
      article = await importText(text, t('paste.defaultFileName'), 'paste');
    } catch (error) {
      if (isImportError(error)) return rejectionMessage({ reason: error.code, message: error.message });
      return t('error.generic', { message: String(error) });
    }
    try {
      const stored = await services.addArticle(title ? { ...article, title } : article);
      setPasteOpen(false);
      refreshLibrary();
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
  };

  // ---- global shortcuts ----
  const undoRef = useRef(undo);
  undoRef.current = undo;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'o' && !event.shiftKey) {
        event.preventDefault();
        void startImportRef.current();
      } else if (key === 'z' && !event.shiftKey && !isEditableTarget(event.target)) {
        event.preventDefault();
        void undoRef.current();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const onQueryChange = (next: string) => {
    setQuery(next);
    if (view.name !== 'library') setView({ name: 'library' });
  };

  return (
    <div className="app">
      <Toolbar
        query={query}
        onQueryChange={onQueryChange}
        onImport={() => void startImport()}
        onPaste={() => setPasteOpen(true)}
        theme={theme}
        onToggleTheme={toggleTheme}
        learner={
          settingsStore && (
            <ProfileSwitcher store={settingsStore} onManageLearners={() => setView({ name: 'settings', section: 'learners' })} />
          )
        }
      />
      <input
        ref={fileInputRef}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('import.inputLabel')}
        data-testid="import-input"
        onChange={(event) => {
          const input = event.currentTarget;
          const files = Array.from(input.files ?? []);
          // Reset so choosing the same file again still fires a change.
          input.value = '';
          if (files.length > 0) importIncoming(fromBrowserFiles(files));
        }}
      />
      <div className="app__body">
        <nav className="sidenav" aria-label={t('nav.label')}>
          <button
            type="button"
            className="sidenav__item"
            aria-current={view.name === 'library' || view.name === 'reader' ? 'page' : undefined}
            onClick={backToLibrary}
          >
            {t('nav.library')}
          </button>
          {settingsStore && (
            <>
              <button
                type="button"
                className="sidenav__item"
                aria-current={view.name === 'practice' ? 'page' : undefined}
                onClick={() => startPractice()}
              >
                {t('nav.practice')}
              </button>
              <button
                type="button"
                className="sidenav__item"
                aria-current={view.name === 'progress' ? 'page' : undefined}
                onClick={() => setView({ name: 'progress' })}
              >
                {t('nav.progress')}
              </button>
              <button
                type="button"
                className="sidenav__item"
                aria-current={view.name === 'settings' ? 'page' : undefined}
                onClick={() => setView({ name: 'settings' })}
              >
                {t('nav.settings')}
              </button>
            </>
          )}
        </nav>
        <main className="main" id="main">
          {busyName && (
            <p className="busy" role="status">
              <span className="spinner" aria-hidden="true" />
              {t('import.importing', { name: busyName })}
            </p>
          )}
          {notice && <Notice notice={notice} onDismiss={() => setNotice(null)} />}
          {settingsStore && (
            <FirstRunProfilePrompt
              store={settingsStore}
              // The prompt goes away with the focused button in it: give focus to the library's
              // first article instead of leaving it on <body>.
              onDone={() => {
                if (view.name === 'library' && articles?.[0]) setFocusId(articles[0].id);
              }}
            />
          )}
          {welcome && view.name === 'library' && (
            <WelcomeBanner
              onDismiss={() => {
                writeStorage(WELCOME_STORAGE_KEY, '1');
                setWelcome(false);
              }}
            />
          )}
          {view.name === 'library' && (
            <LibraryView
              articles={articles}
              query={query}
              sort={sort}
              onSortChange={(next) => {
                writeStorage(SORT_STORAGE_KEY, next);
                setSort(next);
              }}
              onOpen={openArticle}
              onDelete={(id) => void deleteArticle(id)}
              onClearSearch={() => setQuery('')}
              onImport={() => void startImport()}
              onPaste={() => setPasteOpen(true)}
              focusId={focusId}
            />
          )}
          {view.name === 'reader' && (
            <ReaderView
              articleId={view.articleId}
              onBack={backToLibrary}
              onDelete={(id) => void deleteArticle(id)}
              onPractise={settingsStore ? (articleId) => startPractice({ articleId }) : undefined}
              loadDisputes={loadDisputes}
            />
          )}
          {(view.name === 'practice' || view.name === 'progress') &&
            (profileId === undefined ? (
              <p className="muted">{t('app.noLearner')}</p>
            ) : view.name === 'practice' ? (
              <PracticeView
                key={`${profileId}:${view.run}`}
                profileId={profileId}
                articleId={view.articleId}
                reviewOnly={view.reviewOnly}
                onOpenArticle={openArticle}
                onShowProgress={() => setView({ name: 'progress' })}
                onImport={() => void startImport()}
              />
            ) : (
              <ProgressView
                profileId={profileId}
                onStartReview={() => startPractice({ reviewOnly: true })}
                onStartPractice={() => startPractice()}
                onOpenArticle={openArticle}
              />
            ))}
          {view.name === 'settings' && settingsStore && (
            <SettingsView
              store={settingsStore}
              initialSection={view.section}
              themeChoice={themeChoice}
              onThemeChoiceChange={setThemeChoice}
              onDataChanged={refreshLibrary}
            />
          )}
        </main>
      </div>
      {batch && (
        <ImportPanel
          batch={batch}
          onCancel={() => batchAbortRef.current?.abort()}
          onClose={() => setBatch(null)}
          onOpen={openArticle}
        />
      )}
      {pending && <UndoToast title={pending.title} onUndo={() => void undo()} onDismiss={() => setPending(null)} />}
      <PasteDialog open={pasteOpen} onSubmit={onPasteSubmit} onClose={() => setPasteOpen(false)} />
      {dragging && <DropOverlay />}
    </div>
  );
}
