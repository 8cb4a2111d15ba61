import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getAnalysisClient } from './analysis/analysis-client';
import { getDatabase } from './db/database';
import { disputesForArticle } from './db/progress';
import { getCheckedKey } from './db/keys';
import { t } from './i18n';
import { getPlatform, type Platform } from './platform';
import { useImportQueue } from './shell/import-queue';
import { useLibraryStore } from './shell/library-store';
import { useNotices } from './shell/notices';
import { useToolbarHeight } from './shell/toolbar-height';
import { useGlobalShortcuts } from './shell/use-global-shortcuts';
import { navSection, useViewRouter } from './shell/view-router';
import { AppNav, mainNavEntries, MenuButton } from './ui/AppNav';
import { DropOverlay } from './ui/DropOverlay';
import { useFileDrop } from './ui/file-drop';
import { ImportFileInput } from './ui/ImportFileInput';
import { ImportPanel } from './ui/ImportPanel';
import { PackFileInput } from './ui/pack/PackFileInput';
import { PackPreviewDialog } from './ui/pack/PackPreviewDialog';
import { useClassPack } from './ui/pack/use-class-pack';
import { useAssignments } from './ui/pack/use-assignments';
import { LearnerView } from './ui/LearnerView';
import { FIRST_SAMPLE_ID, FirstRun } from './ui/lesson/FirstRun';
import { LibraryView } from './ui/LibraryView';
import { Notice } from './ui/Notice';
import { PasteDialog } from './ui/PasteDialog';
import { ReaderView } from './ui/ReaderView';
import { useServices } from './ui/services-context';
import { ShortcutSheet } from './ui/ShortcutSheet';
import { useTheme } from './ui/theme';
import { Toolbar } from './ui/Toolbar';
import { TrashView } from './ui/TrashView';
import { UndoToast } from './ui/UndoToast';
import { ProfileSwitcher, SettingsView, useProfiles, type SettingsStore } from './ui/settings';

export type { View } from './shell/view-router';
export { UNDO_TIMEOUT_MS } from './shell/library-store';

export interface AppProps {
  platform?: Platform;
  /**
   * Learners, backup and settings storage. Without it (component tests with fake
   * services) the practice, progress and settings views are not offered.
   */
  settingsStore?: SettingsStore;
}

/** The shell: toolbar, navigation, the current view and the app-wide panels. State lives in src/shell. */
/** After start-up, when the library has drawn, the analysis worker starts (see prepareAnalysis). */
const PREPARE_ANALYSIS_DELAY_MS = 1_000;

export function App({ platform = getPlatform(), settingsStore }: AppProps) {
  const services = useServices();
  // The worker announces the analyser's version once loaded; started early, it has done so before
  // the learner opens an article, so a cached analysis shows without waiting for the worker.
  useEffect(() => {
    const timer = setTimeout(() => getAnalysisClient().prepare(), PREPARE_ANALYSIS_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  const { theme, choice: themeChoice, setChoice: setThemeChoice, toggle: toggleTheme } = useTheme();
  const router = useViewRouter();
  const { view } = router;
  const notices = useNotices();
  const library = useLibraryStore(services, {
    loadSamples: async (offered) => (await import('./samples/load-samples')).loadSamples(offered),
    onError: (kind, error) =>
      notices.show({ tone: 'error', text: t(kind === 'start' ? 'error.generic' : 'app.startFailed', { message: String(error) }) }),
  });
  const fileInputRef = useRef<HTMLInputElement>(null);
  const classPack = useClassPack({ showNotice: notices.show, onImported: () => void library.refresh() });
  const packInputRef = useRef<HTMLInputElement>(null);
  const imports = useImportQueue({
    services,
    platform,
    fileInputRef,
    showNotice: (notice) => (notice ? notices.show(notice) : notices.dismiss()),
    refreshLibrary: library.refresh,
    openArticle: router.openArticle,
    // Class packs among incoming files open their preview; the rest are articles.
    openPack: (file) => void classPack.open(file),
  });
  const [pasteOpen, setPasteOpen] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = useCallback(() => setMenuOpen(false), []);
  const toolbarRef = useRef<HTMLElement>(null);
  useToolbarHeight(toolbarRef);

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

  // "From your teacher" in the library: read again when the library list or the view changes.
  const assignments = useAssignments(!!settingsStore, profileId, view.name === 'library' ? library.articles : null);

  // The reader shows an article's teacher-checked key (a class pack) instead of the analyser.
  const loadCheckedKey = useMemo(
    () => (settingsStore ? async (articleId: number) => (await getCheckedKey(getDatabase(), articleId))?.key : undefined),
    [settingsStore],
  );

  const deleteArticle = async (id: number) => {
    const deleted = await library.remove(id);
    if (!deleted) return;
    // A later undo of this article must be a new focus request, even for the same id.
    router.setFocusId(undefined);
    router.leaveArticle(id, deleted.neighbour);
  };
  const undo = async () => {
    const restored = await library.undo();
    if (!restored) return;
    router.setFocusId(restored.id);
    notices.show({ tone: 'info', text: t('undo.restored', { title: restored.title }) });
  };

  useGlobalShortcuts({
    onImport: () => void imports.startImport(),
    onUndo: () => void undo(),
    onShowShortcuts: () => setSheetOpen(true),
    onEscape: (target) => {
      const panel = document.querySelector('.batch');
      // Inside the panel, its own Esc handler closes it and puts focus back where it came from.
      if (!imports.batch || imports.batch.phase === 'running' || (target instanceof Node && panel?.contains(target))) return false;
      imports.closeBatch();
      return true;
    },
  });
  const dragging = useFileDrop(imports.importIncoming);

  const onQueryChange = (next: string) => {
    library.setQuery(next);
    router.showLibrary();
  };
  const onFirstRunDone = ({ openSample }: { openSample: boolean }) => {
    const sample = openSample ? library.articles?.find((article) => article.sampleId === FIRST_SAMPLE_ID) : undefined;
    if (sample) router.openArticle(sample.id);
    // The card goes away with the focused button in it: focus the first article, not <body>.
    else if (view.name === 'library' && library.articles?.[0]) router.setFocusId(library.articles[0].id);
  };

  return (
    <div className="app">
      <Toolbar
        ref={toolbarRef}
        menu={<MenuButton open={menuOpen} onToggle={() => setMenuOpen((open) => !open)} />}
        query={library.query}
        onQueryChange={onQueryChange}
        onImport={() => void imports.startImport()}
        onPaste={() => setPasteOpen(true)}
        theme={theme}
        onToggleTheme={toggleTheme}
        learner={settingsStore && <ProfileSwitcher store={settingsStore} onManageLearners={() => router.showSettings('learners')} />}
      />
      <ImportFileInput ref={fileInputRef} onFiles={imports.importIncoming} />
      <PackFileInput ref={packInputRef} onFile={(file) => void classPack.open(file)} />
      <div className="app__body">
        <AppNav entries={mainNavEntries(router, !!settingsStore)} current={navSection(view)} open={menuOpen} onClose={closeMenu} />
        <main className="main" id="main">
          {imports.busyName && (
            <p className="busy" role="status">
              <span className="spinner" aria-hidden="true" />
              {t('import.importing', { name: imports.busyName })}
            </p>
          )}
          {notices.notice && <Notice notice={notices.notice} onDismiss={notices.dismiss} />}
          {classPack.reading && (
            <p className="busy" role="status">
              <span className="spinner" aria-hidden="true" />
              {t('pack.reading')}
            </p>
          )}
          {imports.batch && (
            <ImportPanel batch={imports.batch} onCancel={imports.cancelBatch} onClose={imports.closeBatch} onOpen={router.openArticle} />
          )}
          {view.name === 'library' && <FirstRun store={settingsStore} autoFocus={router.focusId === undefined} onDone={onFirstRunDone} />}
          {view.name === 'library' && (
            <LibraryView
              articles={library.articles}
              query={library.query}
              sort={library.sort}
              onSortChange={library.setSort}
              onOpen={router.openArticle}
              onDelete={(id) => void deleteArticle(id)}
              onClearSearch={() => library.setQuery('')}
              onImport={() => void imports.startImport()}
              onPaste={() => setPasteOpen(true)}
              onOpenPack={() => packInputRef.current?.click()}
              assignments={assignments}
              onPractiseAssignment={
                settingsStore
                  ? ({ assignment, articleIds }) => router.startPractice({ assignment: { title: assignment.title, articleIds } })
                  : undefined
              }
              focusId={router.focusId}
            />
          )}
          {view.name === 'reader' && (
            <ReaderView
              articleId={view.articleId}
              onBack={router.backToLibrary}
              onDelete={(id) => void deleteArticle(id)}
              onPractise={settingsStore ? (articleId) => router.startPractice({ articleId }) : undefined}
              loadDisputes={loadDisputes}
              loadCheckedKey={loadCheckedKey}
              onSharePack={(id, title) => void classPack.share(id, title)}
              learnerId={profileId}
            />
          )}
          {(view.name === 'practice' || view.name === 'progress') && (
            <LearnerView view={view} profileId={profileId} router={router} onImport={() => void imports.startImport()} />
          )}
          {view.name === 'trash' && <TrashView onRestored={library.refresh} showNotice={notices.show} />}
          {view.name === 'settings' && settingsStore && (
            <SettingsView
              store={settingsStore}
              initialSection={view.section}
              themeChoice={themeChoice}
              onThemeChoiceChange={setThemeChoice}
              onDataChanged={library.refresh}
            />
          )}
        </main>
      </div>
      {library.pending && (
        <UndoToast title={library.pending.title} onUndo={() => void undo()} onDismiss={library.dismissPending} />
      )}
      <PasteDialog
        open={pasteOpen}
        onSubmit={(pasted) => imports.importPasted(pasted, () => setPasteOpen(false))}
        onClose={() => setPasteOpen(false)}
      />
      <PackPreviewDialog preview={classPack.preview} onConfirm={() => void classPack.confirm()} onCancel={classPack.cancel} />
      <ShortcutSheet open={sheetOpen} onClose={() => setSheetOpen(false)} />
      {dragging && <DropOverlay />}
    </div>
  );
}
