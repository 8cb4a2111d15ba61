import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

import type { FramewiseApi } from '../../src/shared/ipc-contract';
import { EVENT_CHANNELS } from '../../src/shared/ipc-contract';
import type * as Fake from './fake-electron';

// Each test loads the preload afresh (it runs on import). The mocked 'electron' survives
// resetModules, so the fake is taken from it and reset.
let contextBridge: typeof Fake.contextBridge;
let ipcRenderer: typeof Fake.ipcRenderer;

// Exactly the keys of FramewiseApi: a key added to or removed from the contract breaks this line.
const CONTRACT_KEYS = {
  pickFiles: true,
  nextPickedFiles: true,
  saveBackup: true,
  openBackup: true,
  savePack: true,
  saveExport: true,
  appInfo: true,
  carryOver: true,
  on: true,
} satisfies Record<keyof FramewiseApi, true>;

async function loadPreload(): Promise<FramewiseApi> {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as typeof Fake;
  fake.resetFakeElectron();
  ({ contextBridge, ipcRenderer } = fake);
  await import('../../src/preload/index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0];
  expect(key).toBe('framewise');
  return api as FramewiseApi;
}

describe('preload bridge', () => {
  it("exposes exactly the contract's keys on window.framewise, all functions", async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual(Object.keys(CONTRACT_KEYS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('maps each method to its invoke channel', async () => {
    const api = await loadPreload();
    ipcRenderer.invoke.mockResolvedValue('answer');
    const data = new Uint8Array([1]);
    await expect(api.pickFiles()).resolves.toBe('answer');
    await api.nextPickedFiles();
    await api.saveBackup({ suggestedName: 'b', data, extra: 'dropped' } as never);
    await api.openBackup();
    await api.savePack({ suggestedName: 'p', data, extra: 'dropped' } as never);
    await api.saveExport({ kind: 'csv', suggestedName: 'c', data, extra: 'dropped' } as never);
    await api.appInfo();
    await api.carryOver({ step: 'take', extra: 'dropped' } as never);
    await api.carryOver({ step: 'imported', outcome: 'replaced', data } as never);
    await api.carryOver({ step: 'import-failed', reason: 'r', data } as never);
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['import:pickFiles'],
      ['import:nextPicked'],
      ['backup:save', { suggestedName: 'b', data }],
      ['backup:open'],
      ['pack:save', { suggestedName: 'p', data }],
      ['export:save', { kind: 'csv', suggestedName: 'c', data }],
      ['app:info'],
      ['library:carryOver', { step: 'take' }],
      ['library:carryOver', { step: 'imported', outcome: 'replaced' }],
      ['library:carryOver', { step: 'import-failed', reason: 'r' }],
    ]);
  });

  it('refuses to subscribe to channels outside the contract', async () => {
    const api = await loadPreload();
    for (const channel of ['import:pickFiles', 'files:ready', 'ELECTRON_BROWSER_WINDOW_ALERT', '', 'menu:import ']) {
      expect(() => api.on(channel as never, () => undefined)).toThrow(/unknown event channel/);
    }
    expect(() => api.on('menu:import', 'not a function' as never)).toThrow(/listener must be a function/);
    expect(ipcRenderer.listenerCount('import:pickFiles')).toBe(0);
  });

  it('passes only the payload to listeners, never the IpcRendererEvent, and unsubscribes', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = api.on('files:opened', listener);
    const payload = { files: [], refused: [{ name: 'x.pdf', reason: 'too-large' }] };
    ipcRenderer.emit('files:opened', { sender: ipcRenderer, ports: [] }, payload);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([payload]);
    unsubscribe();
    ipcRenderer.emit('files:opened', { sender: ipcRenderer }, payload);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount('files:opened')).toBe(0);
  });

  it('accepts every event channel of the contract', async () => {
    const api = await loadPreload();
    for (const channel of EVENT_CHANNELS) {
      const listener = vi.fn();
      api.on(channel, listener)();
    }
    expect(EVENT_CHANNELS).toEqual(['menu:import', 'files:opened']);
  });

  it('tells main it may deliver opened files once the renderer listens for them', async () => {
    const api = await loadPreload();
    api.on('menu:import', () => undefined);
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    api.on('files:opened', () => undefined);
    expect(ipcRenderer.send).toHaveBeenCalledWith('files:ready');
  });

  it('on the hidden file:// export page exposes nothing and reports the export to main', async () => {
    vi.stubGlobal('location', { href: 'file:///opt/framewise/out/renderer/index.html?carry=export' });
    try {
      vi.resetModules();
      const fake = (await import('electron')) as unknown as typeof Fake;
      fake.resetFakeElectron();
      await import('../../src/preload/index');
      expect(fake.contextBridge.exposeInMainWorld).not.toHaveBeenCalled();
      // There is no IndexedDB under Node, so the export fails, and says so on the one channel.
      await vi.waitFor(() => expect(fake.ipcRenderer.invoke).toHaveBeenCalled());
      expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
        ['library:carryOver', { step: 'export-failed', reason: expect.any(String) }],
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('exposes the bridge, and exports nothing, on any other file: URL or query', async () => {
    for (const href of ['file:///opt/framewise/out/renderer/index.html', 'app://framewise/index.html?carry=export', 'file:///x/index.html?carry=export&x=1']) {
      vi.stubGlobal('location', { href });
      try {
        await loadPreload();
        expect(ipcRenderer.invoke).not.toHaveBeenCalled();
      } finally {
        vi.unstubAllGlobals();
      }
    }
  });
});
