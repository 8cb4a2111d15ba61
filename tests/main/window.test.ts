import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

import { isAppUrl, locateApp } from '../../src/main/app-location';
import { carryOverWindowOptions, createCarryOverWindow, createMainWindow, mainWindowOptions } from '../../src/main/window';
import { BrowserWindow, resetFakeElectron } from './fake-electron';

const mainDir = join('/opt', 'framewise', 'out', 'main');
const production = locateApp({ mainDir, isPackaged: true, resourcesPath: '/opt/framewise/res' });
const development = locateApp({ mainDir, isPackaged: false, rendererUrlFromEnv: 'http://localhost:5173/' });

beforeEach(() => resetFakeElectron());

describe('carry-over window', () => {
  it('is never shown and has the main window’s secure webPreferences and preload, without devtools', () => {
    for (const location of [production, development]) {
      const options = carryOverWindowOptions(location);
      expect(options.show).toBe(false);
      expect(options.skipTaskbar).toBe(true);
      const { devTools, backgroundThrottling, ...rest } = options.webPreferences!;
      const { devTools: _mainDevTools, ...main } = mainWindowOptions(location).webPreferences!;
      expect(rest).toEqual(main);
      expect(devTools).toBe(false);
      expect(backgroundThrottling).toBe(false);
    }
  });

  it('creates the window without loading anything itself (the carry-over loads its one URL)', () => {
    const window = createCarryOverWindow(production) as unknown as InstanceType<typeof BrowserWindow>;
    expect(window.loadURL).not.toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
  });
});

describe('main window security settings', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    const prefs = mainWindowOptions(production).webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('uses the bundled CommonJS preload', () => {
    expect(mainWindowOptions(production).webPreferences!.preload).toBe(join('/opt', 'framewise', 'out', 'preload', 'index.cjs'));
  });

  it('allows developer tools only in development', () => {
    expect(mainWindowOptions(production).webPreferences!.devTools).toBe(false);
    expect(mainWindowOptions(development).webPreferences!.devTools).toBe(true);
  });

  it('starts hidden and shows when ready to show', () => {
    const window = createMainWindow(production) as unknown as BrowserWindow;
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('shows the window even when the page fails to load', () => {
    const window = createMainWindow(production) as unknown as BrowserWindow;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND');
    expect(window.show).toHaveBeenCalled();
  });

  it('loads the built index.html from app:// in production (never file://) and the dev server in development', () => {
    const built = createMainWindow(production) as unknown as BrowserWindow;
    expect(built.loadURL).toHaveBeenCalledWith('app://framewise/index.html');
    expect(built.loadFile).not.toHaveBeenCalled();
    const dev = createMainWindow(development) as unknown as BrowserWindow;
    expect(dev.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(dev.loadFile).not.toHaveBeenCalled();
  });
});

describe('app location', () => {
  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    const packaged = locateApp({ mainDir, isPackaged: true, rendererUrlFromEnv: 'http://localhost:5173/' });
    expect(packaged.devServerUrl).toBeUndefined();
  });

  it('accepts only a loopback http dev server', () => {
    expect(locateApp({ mainDir, isPackaged: false, rendererUrlFromEnv: 'https://evil.example/' }).devServerUrl).toBeUndefined();
    expect(locateApp({ mainDir, isPackaged: false, rendererUrlFromEnv: 'file:///etc/passwd' }).devServerUrl).toBeUndefined();
    expect(locateApp({ mainDir, isPackaged: false, rendererUrlFromEnv: 'not a url' }).devServerUrl).toBeUndefined();
    expect(locateApp({ mainDir, isPackaged: false, rendererUrlFromEnv: 'http://127.0.0.1:5174' }).devServerUrl).toBe('http://127.0.0.1:5174/');
  });

  it('puts the packaged window icon under process.resourcesPath', () => {
    expect(production.iconFile).toBe(join('/opt/framewise/res', 'resources', 'icon.png'));
  });

  it('recognises the app page and nothing else', () => {
    const index = 'app://framewise/index.html';
    expect(isAppUrl(index, production)).toBe(true);
    expect(isAppUrl(`${index}#/library`, production)).toBe(true);
    expect(isAppUrl('app://framewise/', production)).toBe(true);
    expect(isAppUrl('app://framewise/other.html', production)).toBe(false);
    expect(isAppUrl('app://evil/index.html', production)).toBe(false);
    expect(isAppUrl('app://user@framewise/index.html', production)).toBe(false);
    expect(isAppUrl('app://framewise:8080/index.html', production)).toBe(false);
    // The same file through file:// is not the app: CSP 'self' there would match any local file.
    expect(isAppUrl(pathToFileURL(production.rendererFile).href, production)).toBe(false);
    expect(isAppUrl(pathToFileURL('/opt/framewise/out/renderer/other.html').href, production)).toBe(false);
    expect(isAppUrl(pathToFileURL('/etc/passwd').href, production)).toBe(false);
    expect(isAppUrl('file:///opt/framewise/out/renderer/assets/../../../../etc/passwd', production)).toBe(false);
    expect(isAppUrl('https://example.com/', production)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', production)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', production)).toBe(false);
    expect(isAppUrl('', production)).toBe(false);

    expect(isAppUrl('http://localhost:5173/src/main.tsx', development)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', development)).toBe(false);
    expect(isAppUrl('http://evil.localhost:5173/', development)).toBe(false);
    expect(isAppUrl(index, development)).toBe(false);
  });
});
