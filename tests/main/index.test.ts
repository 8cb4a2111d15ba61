import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => import('./fake-electron'));

import { INVOKE_CHANNELS } from '../../src/shared/ipc-contract';
import type * as Fake from './fake-electron';

let fake: typeof Fake;
let dir: string;
const originalArgv = process.argv;

/** Runs src/main/index.ts against the fake Electron, as `electron .` would. */
async function startMain(options: { lock?: boolean; argv?: string[]; userData?: string } = {}) {
  vi.resetModules();
  fake = (await import('electron')) as unknown as typeof Fake;
  fake.resetFakeElectron();
  if (options.userData) {
    const userData = options.userData;
    fake.app.getPath.mockImplementation((name: string) => (name === 'userData' ? userData : `/fake/${name}`));
  }
  fake.app.requestSingleInstanceLock.mockReturnValue(options.lock ?? true);
  process.argv = options.argv ?? ['/usr/bin/electron', '.'];
  await import('../../src/main/index');
  await new Promise((resolve) => setImmediate(resolve));
}

function importItem(): MenuItemConstructorOptions {
  const template = fake.Menu.buildFromTemplate.mock.calls[0][0] as MenuItemConstructorOptions[];
  const file = template.find((item) => item.label === '&File')!;
  return (file.submenu as MenuItemConstructorOptions[]).find((item) => item.id === 'import')!;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'framewise-main-'));
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  process.argv = originalArgv;
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe('main entry', () => {
  it('enables the sandbox for every renderer and quits when another instance runs', async () => {
    await startMain({ lock: false });
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('on ready installs guards, IPC handlers and the menu, then opens one guarded window', async () => {
    await startMain();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    const window = fake.BrowserWindow.instances[0];
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(window.webContents.windowOpenHandler).not.toBeNull();
    expect(window.loadURL).toHaveBeenCalledWith('app://framewise/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('declares the app:// scheme before ready and serves out/renderer on it once ready', async () => {
    await startMain();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      fake.app.whenReady.mock.invocationCallOrder[0],
    );
    expect([...fake.protocol.handlers.keys()]).toEqual(['app']);
    // A request outside out/renderer is refused by the installed handler.
    const refused = await fake.protocol.handlers.get('app')!(new Request('app://framewise/..%2fmain%2findex.js'));
    expect(refused.status).toBe(404);
  });

  it('offers Reload or Quit when the window’s page crashes', async () => {
    await startMain();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fake.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    const window = fake.BrowserWindow.instances[0];
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    expect(fake.dialog.showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ buttons: ['Reload', 'Quit Framewise'] }));
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalled());
  });

  it('answers IPC from its window and refuses other senders', async () => {
    await startMain();
    const window = fake.BrowserWindow.instances[0];
    const own = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await expect(fake.ipcMain.invoke('app:info', own)).resolves.toMatchObject({ version: '0.1.0', platform: process.platform });
    const other = new fake.FakeWebContents();
    await expect(fake.ipcMain.invoke('app:info', { sender: other, senderFrame: window.webContents.mainFrame })).rejects.toThrow();
  });

  it('sends menu:import to the window when File > Import… is chosen', async () => {
    await startMain();
    importItem().click!({} as never, undefined, {} as never);
    expect(fake.BrowserWindow.instances[0].webContents.send).toHaveBeenCalledWith('menu:import', undefined);
  });

  it('delivers files from the command line once the renderer listens, and only to our window', async () => {
    const file = join(dir, 'article.md');
    await writeFile(file, '# Title');
    await startMain({ argv: ['/opt/Framewise/framewise', '--flag', file, join(dir, 'photo.png')] });
    const window = fake.BrowserWindow.instances[0];
    const send = window.webContents.send;
    expect(send).not.toHaveBeenCalledWith('files:opened', expect.anything());

    const stranger = new fake.FakeWebContents();
    fake.ipcMain.emit('files:ready', { sender: stranger, senderFrame: window.webContents.mainFrame });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stranger.send).not.toHaveBeenCalled();

    fake.ipcMain.emit('files:ready', { sender: window.webContents, senderFrame: window.webContents.mainFrame });
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('files:opened', expect.anything()));
    const payload = send.mock.calls.find((call) => call[0] === 'files:opened')![1];
    expect(payload.files.map((f: { name: string }) => f.name)).toEqual(['article.md']);
  });

  it('takes files from a second instance and focuses the existing window', async () => {
    await startMain();
    const window = fake.BrowserWindow.instances[0];
    fake.ipcMain.emit('files:ready', { sender: window.webContents, senderFrame: window.webContents.mainFrame });
    const file = join(dir, 'second.txt');
    await writeFile(file, 'text');
    fake.app.emit('second-instance', {}, ['/opt/Framewise/framewise', 'second.txt'], dir, {});
    expect(window.focus).toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledWith('files:opened', expect.anything()));
  });

  it('takes macOS open-file events', async () => {
    await startMain();
    const window = fake.BrowserWindow.instances[0];
    fake.ipcMain.emit('files:ready', { sender: window.webContents, senderFrame: window.webContents.mainFrame });
    const file = join(dir, 'mac.pdf');
    await writeFile(file, '%PDF-1.7');
    const event = { preventDefault: vi.fn() };
    fake.app.emit('open-file', event, file);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledWith('files:opened', expect.anything()));
  });

  it('quits when the last window closes (except on macOS)', async () => {
    await startMain();
    fake.app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(fake.app.quit).not.toHaveBeenCalled();
    else expect(fake.app.quit).toHaveBeenCalled();
  });

  it('allows no file: load when there is no old library to carry over', async () => {
    await startMain({ userData: dir });
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    const callback = vi.fn();
    const page = fake.BrowserWindow.instances[0];
    fake.session.defaultSession.beforeRequestListener!(
      { url: 'file:///opt/framewise/out/renderer/index.html?carry=export', webContentsId: page.webContents.id, resourceType: 'mainFrame' },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({ cancel: true });
    const own = { sender: page.webContents, senderFrame: page.webContents.mainFrame };
    await expect(fake.ipcMain.invoke('library:carryOver', own, { step: 'take' })).resolves.toEqual({ status: 'none' });
  });

  it('carries a file:// library over once: a hidden guarded window, one file: load, the export to the app window', async () => {
    await mkdir(join(dir, 'IndexedDB', 'file__0.indexeddb.leveldb'), { recursive: true });
    await startMain({ userData: dir });
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(2));
    const hidden = fake.BrowserWindow.instances.find((w) => String(w.loadURL.mock.calls[0]?.[0]).startsWith('file:'))!;
    const page = fake.BrowserWindow.instances.find((w) => w !== hidden)!;
    expect(page.loadURL).toHaveBeenCalledWith('app://framewise/index.html');
    expect(hidden.options.show).toBe(false);
    expect(hidden.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: page.options.webPreferences.preload,
    });
    const exportUrl = hidden.loadURL.mock.calls[0][0] as string;
    expect(exportUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html\?carry=export$/);

    // The session guard lets exactly this load through, for the hidden window, once.
    const cancelled = (details: Record<string, unknown>) => {
      const callback = vi.fn();
      fake.session.defaultSession.beforeRequestListener!(details, callback);
      return callback.mock.calls[0][0].cancel as boolean;
    };
    const load = { url: exportUrl, webContentsId: hidden.webContents.id, resourceType: 'mainFrame' };
    expect(cancelled({ ...load, webContentsId: page.webContents.id })).toBe(true);
    expect(cancelled({ ...load, url: exportUrl.replace('index.html?carry=export', 'assets/index.js'), resourceType: 'script' })).toBe(true);
    expect(cancelled(load)).toBe(false);
    expect(cancelled(load)).toBe(true);

    const fromHidden = { sender: hidden.webContents, senderFrame: hidden.webContents.mainFrame };
    const fromPage = { sender: page.webContents, senderFrame: page.webContents.mainFrame };
    const data = new TextEncoder().encode('{}');
    // The hidden page gets no other channel, and each side only its own steps.
    await expect(fake.ipcMain.invoke('app:info', fromHidden)).rejects.toThrow(/did not come from the Framewise window/);
    await expect(fake.ipcMain.invoke('library:carryOver', fromPage, { step: 'exported', data })).rejects.toThrow(/Refused/);
    await expect(fake.ipcMain.invoke('library:carryOver', fromHidden, { step: 'take' })).rejects.toThrow(/Refused/);
    await expect(fake.ipcMain.invoke('library:carryOver', fromHidden, { step: 'exported', data: 'x' })).rejects.toThrow(
      /data must be a Uint8Array/,
    );

    const taken = fake.ipcMain.invoke('library:carryOver', fromPage, { step: 'take' });
    await fake.ipcMain.invoke('library:carryOver', fromHidden, { step: 'exported', data });
    await expect(taken).resolves.toEqual({ status: 'ready', data });
    await vi.waitFor(() => expect(hidden.destroy).toHaveBeenCalled());
    await fake.ipcMain.invoke('library:carryOver', fromPage, { step: 'imported', outcome: 'replaced' });
    expect(JSON.parse(await readFile(join(dir, 'file-origin-carried-over.json'), 'utf8')).outcome).toBe('replaced');
  });
});
