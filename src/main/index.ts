/**
 * Electron main entry: wires the modules together and owns nothing else. Security
 * guards are installed before any window exists.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, type WebContents } from 'electron';
import type { EventChannel, EventChannels } from '../shared/ipc-contract';
import { locateApp } from './app-location';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { FileOriginCarryOver } from './carry-over';
import { filePathsFromArgv, OpenedFilesQueue } from './file-args';
import { createInvokeHandlers, registerInvokeHandlers } from './ipc-handlers';
import { PickedFileBatches } from './picked-files';
import { isTrustedSender } from './ipc-validation';
import { installMenu } from './menu';
import { guardRendererRecovery } from './renderer-recovery';
import { installSessionGuards, installWebContentsGuards } from './security';
import { createCarryOverWindow, createMainWindow } from './window';

const location = locateApp({
  mainDir: import.meta.dirname,
  isPackaged: app.isPackaged,
  rendererUrlFromEnv: process.env.ELECTRON_RENDERER_URL,
  resourcesPath: process.resourcesPath,
});

function send<C extends EventChannel>(contents: WebContents, channel: C, payload?: EventChannels[C]): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}

function start(): void {
  const trustedWebContentsIds = new Set<number>();
  const openedFiles = new OpenedFilesQueue();
  const pickedFiles = new PickedFileBatches();
  let mainWindow: BrowserWindow | null = null;

  const showMainWindow = (): void => {
    if (!app.isReady()) return;
    if (!mainWindow) {
      mainWindow = createMainWindow(location);
      const window = mainWindow;
      const contentsId = window.webContents.id;
      trustedWebContentsIds.add(contentsId);
      // A reload starts a new page that must subscribe again before files are sent to it.
      // A new page (reload, crash) starts afresh: it is sent no files meant for the old one.
      const pageGone = () => {
        openedFiles.rendererGone();
        pickedFiles.forget(contentsId);
      };
      window.webContents.on('did-navigate', pageGone);
      window.webContents.on('render-process-gone', pageGone);
      guardRendererRecovery(window, {
        showMessageBox: (owner, options) => dialog.showMessageBox(owner as BrowserWindow, options),
        quit: () => app.quit(),
      });
      window.on('closed', () => {
        trustedWebContentsIds.delete(contentsId);
        pageGone();
        mainWindow = null;
      });
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  openedFiles.add(filePathsFromArgv(process.argv, process.cwd()));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openedFiles.add(filePathsFromArgv(argv, workingDirectory));
    showMainWindow();
  });
  // macOS delivers "Open with" here, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openedFiles.add([path]);
    showMainWindow();
  });

  installWebContentsGuards(location);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    if (process.platform === 'win32') app.setAppUserModelId('org.framewise.app');
    // A library kept by a build that loaded file:// is carried over once (carry-over.ts).
    const carryOver = new FileOriginCarryOver({
      userData: app.getPath('userData'),
      rendererFile: location.rendererFile,
      enabled: !location.devServerUrl,
      openHiddenWindow: () => createCarryOverWindow(location),
    });
    installSessionGuards(location, carryOver);
    installAppProtocol(protocol, location.rendererDir);
    registerInvokeHandlers({
      ipcMain,
      location,
      trustedWebContentsIds,
      extraSenders: { 'library:carryOver': (event) => carryOver.isExportSender(event) },
      handlers: createInvokeHandlers({
        carryOver,
        dialog,
        pickedFiles,
        app,
        platform: process.platform,
        windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
      }),
    });
    ipcMain.on('files:ready', (event) => {
      if (isTrustedSender(event, trustedWebContentsIds, location)) openedFiles.rendererReady(event.sender);
    });
    installMenu({
      isMac: process.platform === 'darwin',
      isDev: Boolean(location.devServerUrl),
      appName: app.name,
      onImport: () => {
        const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
        if (target) send(target.webContents, 'menu:import');
      },
    });
    // The app window's page waits for it ('take') before showing the library.
    void carryOver.start();
    showMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) showMainWindow();
    });
  });
}

app.enableSandbox();
// The app:// scheme must be declared before 'ready'; its handler is installed once ready.
registerAppScheme(protocol);
if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another Framewise is running: it receives our file arguments via 'second-instance'.
  app.quit();
}
