/**
 * What happens when the window's page dies or hangs. Without this, a renderer that runs
 * out of memory (a huge import, a runaway analysis) leaves a blank window and no way out
 * but killing the app. Main logs the cause and asks the learner, in the main-process
 * string catalogue, whether to reload the page or quit. Their library and progress are
 * in IndexedDB, so a reload loses at most the import in progress.
 */
import type { MessageBoxOptions, RenderProcessGoneDetails } from 'electron';
import { mainString } from './strings';

/** The parts of a BrowserWindow this module uses; tests pass a fake. */
export interface RecoverableWindow {
  isDestroyed(): boolean;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
    reload(): void;
    forcefullyCrashRenderer(): void;
  };
}

export interface RecoveryDeps {
  showMessageBox(window: RecoverableWindow, options: MessageBoxOptions): Promise<{ response: number }>;
  quit(): void;
  log?(message: string): void;
}

// Button order is the same in both dialogs' code paths; the indexes name them.
const CRASH_RELOAD = 0;
const CRASH_QUIT = 1;
const HANG_WAIT = 0;
const HANG_RELOAD = 1;
const HANG_QUIT = 2;

export function crashDialogOptions(details: RenderProcessGoneDetails): MessageBoxOptions {
  return {
    type: 'error',
    title: mainString('recovery.crashTitle'),
    message: mainString(details.reason === 'oom' ? 'recovery.crashOutOfMemory' : 'recovery.crashMessage'),
    detail: mainString('recovery.crashDetail'),
    buttons: [mainString('recovery.reload'), mainString('recovery.quit')],
    defaultId: CRASH_RELOAD,
    // Closing the dialog (Esc) reloads: a blank window is never the outcome.
    cancelId: CRASH_RELOAD,
    noLink: true,
  };
}

export function hangDialogOptions(signal?: AbortSignal): MessageBoxOptions {
  return {
    type: 'warning',
    title: mainString('recovery.hangTitle'),
    message: mainString('recovery.hangMessage'),
    detail: mainString('recovery.hangDetail'),
    buttons: [mainString('recovery.wait'), mainString('recovery.reload'), mainString('recovery.quit')],
    defaultId: HANG_WAIT,
    cancelId: HANG_WAIT,
    noLink: true,
    ...(signal ? { signal } : {}),
  };
}

/** Installs the crash and hang handlers on one window. */
export function guardRendererRecovery(window: RecoverableWindow, deps: RecoveryDeps): void {
  const log = deps.log ?? ((message: string) => console.error(message));
  let crashDialogOpen = false;
  // Set while we kill a hung renderer ourselves, so its 'render-process-gone' is expected.
  let restartingHungPage = false;
  let hangDialog: AbortController | null = null;

  const reload = () => {
    if (!window.isDestroyed()) window.webContents.reload();
  };

  window.webContents.on('render-process-gone', (_event, details) => {
    log(`[framewise] the window's page stopped: ${details.reason} (exit code ${details.exitCode})`);
    // A "not responding" dialog is moot once the page is gone.
    hangDialog?.abort();
    hangDialog = null;
    if (restartingHungPage) {
      restartingHungPage = false;
      reload();
      return;
    }
    // A clean exit is the page closing normally, not a failure to report.
    if (details.reason === 'clean-exit' || crashDialogOpen || window.isDestroyed()) return;
    crashDialogOpen = true;
    void deps
      .showMessageBox(window, crashDialogOptions(details))
      .then(({ response }) => (response === CRASH_QUIT ? deps.quit() : reload()))
      .catch((error: unknown) => {
        log(`[framewise] could not show the crash dialog: ${String(error)}`);
        reload();
      })
      .finally(() => {
        crashDialogOpen = false;
      });
  });

  window.on('unresponsive', () => {
    log('[framewise] the window is not responding');
    if (crashDialogOpen || hangDialog || window.isDestroyed()) return;
    const controller = new AbortController();
    hangDialog = controller;
    void deps
      .showMessageBox(window, hangDialogOptions(controller.signal))
      .then(({ response }) => {
        // The page recovered while the dialog was open: nothing to do.
        if (controller.signal.aborted) return;
        if (response === HANG_QUIT) deps.quit();
        else if (response === HANG_RELOAD && !window.isDestroyed()) {
          restartingHungPage = true;
          // A hung renderer cannot run a reload itself; Electron's documented recovery
          // is to end its process and reload in a new one.
          window.webContents.forcefullyCrashRenderer();
        }
      })
      .catch((error: unknown) => log(`[framewise] could not show the hang dialog: ${String(error)}`))
      .finally(() => {
        if (hangDialog === controller) hangDialog = null;
      });
  });

  // The page answered again: close the "not responding" dialog as if Wait were chosen.
  window.on('responsive', () => hangDialog?.abort());
}
