import { useCallback, useRef, useState } from 'react';
import { t } from './i18n';
import { getPlatform, type Platform } from './platform';
import { useImportQueue } from './shell/import-queue';
import { useLibraryStore } from './shell/library-store';
import { useNotices } from './shell/notices';
import { useToolbarHeight } from './shell/toolbar-height';
import { useGlobalShortcuts } from './shell/use-global-shortcuts';
import { usePrepareAnalysis } from './shell/prepare-analysis';
import { useLearnerData } from './shell/use-learner-data';
import { libraryActions } from './shell/library-actions';
import { navSection, useViewRouter } from './shell/view-router';
import { AppNav, mainNavEntries, MenuButton } from './ui/AppNav';
import { BusyLine } from './ui/BusyLine';
import { DropOverlay } from './ui/DropOverlay';
import { useFileDrop } from './ui/file-drop';
import { ImportFileInput } from './ui/ImportFileInput';
import { ImportPanel } from './ui/ImportPanel';
import { PackFileInput } from './ui/pack/PackFileInput';
import { PackPreviewDialog } from './ui/pack/PackPreviewDialog';
import { useClassPack } from './ui/pack/use-class-pack';
import { ResultsExportDialog, useResultsExport } from './ui/pack/ResultsExport';
import { ClassView } from './ui/class/ClassView';
import { useResultsInbox } from './ui/class/results-inbox';
import { LearnerView } from './ui/LearnerView';
import { FirstRun } from './ui/lesson/FirstRun';
import { LibraryView } from './ui/LibraryView';
import { Notice } from './ui/Notice';
import { PasteDialog } from './ui/PasteDialog';
import { ArticleViews } from './ui/ArticleViews';
import { useServices } from './ui/services-context';
import { ShortcutSheet } from './ui/ShortcutSheet';
import { useTheme } from './ui/theme';
import { Toolbar } from './ui/Toolbar';
import { TrashView } from './ui/TrashView';
import { UndoToast } from './ui/UndoToast';
import { ProfileSwitcher, SettingsView, type SettingsStore } from './ui/settings';

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
export function App({ platform = getPlatform(), settingsStore }: AppProps) {
  const services = useServices();
  usePrepareAnalysis();
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
  const resultsInbox = useResultsInbox(router.showClass);
  const imports = useImportQueue({
    services,
    platform,
    fileInputRef,
    showNotice: (notice) => (notice ? notices.show(notice) : notices.dismiss()),
    refreshLibrary: library.refresh,
    openArticle: router.openArticle,
    // Class packs among incoming files open their preview; the rest are articles.
    openPack: (file) => void classPack.open(file),
    // Learners' results files go to the class view.
    openResults: settingsStore ? resultsInbox.deliver : undefined,
  });
  const [pasteOpen, setPasteOpen] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = useCallback(() => setMenuOpen(false), []);
  const toolbarRef = useRef<HTMLElement>(null);
  useToolbarHeight(toolbarRef);

  // Assignments are read again when the library list or the view changes.
  const { profileId, learnerName, assignments } = useLearnerData(settingsStore, view.name === 'library' ? library.articles : null);
  const resultsExport = useResultsExport({ profileId, learnerName, showNotice: notices.show });

  const { deleteArticle, undo, onQueryChange, onFirstRunDone } = libraryActions(library, router, notices.show);

  useGlobalShortcuts({
    onImport: () => void imports.startImport(),
    // In the key editor, Ctrl+Z undoes the last change to the key (its own handler), not a delete.
    onUndo: () => view.name !== 'keyEditor' && void undo(),
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
          <BusyLine text={imports.busyName && t('import.importing', { name: imports.busyName })} />
          {notices.notice && <Notice notice={notices.notice} onDismiss={notices.dismiss} />}
          <BusyLine text={classPack.reading && t('pack.reading')} />
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
              onSharePack={(ids, assignment) => void classPack.share(ids, library.articles?.find((a) => a.id === ids[0])?.title ?? '', assignment)}
              assignments={assignments}
              onPractiseAssignment={
                settingsStore
                  ? ({ assignment: a, articleIds }) => router.startPractice({ assignment: { title: a.title, articleIds, skills: a.skills, items: a.items } })
                  : undefined
              }
              onSendResults={resultsExport.open}
              focusId={router.focusId}
            />
          )}
          <ArticleViews
            view={view}
            router={router}
            withStorage={!!settingsStore}
            profileId={profileId}
            onDelete={(id) => void deleteArticle(id)}
            onSharePack={(id, title) => void classPack.share(id, title)}
          />
          {(view.name === 'practice' || view.name === 'progress') && (
            <LearnerView view={view} profileId={profileId} router={router} onImport={() => void imports.startImport()} />
          )}
          {view.name === 'trash' && <TrashView onRestored={library.refresh} showNotice={notices.show} />}
          {view.name === 'class' && settingsStore && (
            <ClassView incoming={resultsInbox.incoming} onIncomingTaken={resultsInbox.take} onOpenArticle={router.openArticle} onOpenKeyEditor={router.openKeyEditor} showNotice={notices.show} />
          )}
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
      <ResultsExportDialog {...resultsExport.dialog} />
      <PackPreviewDialog preview={classPack.preview} onConfirm={() => void classPack.confirm()} onCancel={classPack.cancel} />
      <ShortcutSheet open={sheetOpen} onClose={() => setSheetOpen(false)} />
      {dragging && <DropOverlay />}
    </div>
  );
}
