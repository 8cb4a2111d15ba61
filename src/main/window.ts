import { existsSync } from 'node:fs';
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import type { AppLocation } from './app-location';
import { APP_INDEX_URL } from './app-protocol';

/** Every security-relevant webPreference, set explicitly; shared by every window the app opens. */
export function secureWebPreferences(location: AppLocation): WebPreferences {
  return {
    preload: location.preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools: Boolean(location.devServerUrl),
  };
}

/** The main window's options. */
export function mainWindowOptions(location: AppLocation, platform: string = process.platform): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 640,
    minHeight: 520,
    show: false,
    title: 'Framewise',
    backgroundColor: '#ffffff',
    ...(platform === 'linux' && existsSync(location.iconFile) ? { icon: location.iconFile } : {}),
    webPreferences: secureWebPreferences(location),
  };
}

export function createMainWindow(location: AppLocation): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(location));
  window.once('ready-to-show', () => window.show());
  // A page that fails to load never becomes "ready to show"; show the window anyway so the app is not invisible.
  window.webContents.once('did-fail-load', (_event, code, description) => {
    console.error(`[framewise] the app page failed to load (${code} ${description})`);
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  });
  // Production pages come from app://framewise (app-protocol.ts), never from file://.
  const loading = window.loadURL(location.devServerUrl ?? APP_INDEX_URL);
  loading.catch((error: unknown) => console.error('[framewise] could not load the app page:', error));
  return window;
}

/**
 * The hidden window of the one-time carry-over (carry-over.ts): never shown, the same
 * webPreferences and preload as the main window; the preload sees the export query.
 */
export function carryOverWindowOptions(location: AppLocation): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 400,
    height: 300,
    title: 'Framewise',
    skipTaskbar: true,
    webPreferences: { ...secureWebPreferences(location), devTools: false, backgroundThrottling: false },
  };
}

export function createCarryOverWindow(location: AppLocation): BrowserWindow {
  return new BrowserWindow(carryOverWindowOptions(location));
}
