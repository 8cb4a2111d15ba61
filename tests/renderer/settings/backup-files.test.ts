// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FramewiseApi } from '../../../src/shared/ipc-contract';
import { BACKUP_ACCEPT, browserBackupFiles, electronBackupFiles, getBackupFiles } from '../../../src/renderer/src/platform/backup-files';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete window.framewise;
  document.body.innerHTML = '';
});

function fakeApi(overrides: Partial<FramewiseApi>): FramewiseApi {
  const unused = () => {
    throw new Error('not used in this test');
  };
  return {
    pickFiles: unused,
    nextPickedFiles: unused,
    saveBackup: unused,
    openBackup: unused,
    appInfo: unused,
    on: unused,
    ...overrides,
  } as FramewiseApi;
}

describe('browser mode', () => {
  it('downloads through a temporary <a download> and revokes the object URL afterwards', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:framewise/1';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
      expect(this.isConnected).toBe(true);
    });

    const data = new TextEncoder().encode('{"format":"framewise-backup"}');
    const result = await browserBackupFiles().save('framewise-backup-2026-11-28.framewise.json', data);

    expect(result).toEqual({ status: 'downloaded', name: 'framewise-backup-2026-11-28.framewise.json' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('framewise-backup-2026-11-28.framewise.json');
    expect(clicked[0].href).toBe('blob:framewise/1');
    expect(clicked[0].isConnected).toBe(false);
    expect(Array.from(new Uint8Array(await created[0].arrayBuffer()))).toEqual(Array.from(data));
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:framewise/1');
  });

  it('opens a hidden file input and reads the chosen file only when asked', async () => {
    let input: HTMLInputElement | undefined;
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      input = this;
    });
    const opening = browserBackupFiles().open();
    expect(input?.type).toBe('file');
    expect(input?.accept).toBe(BACKUP_ACCEPT);
    expect(input?.hidden).toBe(true);
    expect(input?.isConnected).toBe(true);

    const file = new File(['{"a":1}'], 'backup.framewise.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    input!.dispatchEvent(new Event('change'));
    const opened = await opening;
    expect(opened?.name).toBe('backup.framewise.json');
    expect(opened?.size).toBe(7);
    expect(new TextDecoder().decode(await opened!.bytes())).toBe('{"a":1}');
    expect(input?.isConnected).toBe(false);
  });

  it('resolves null when the chooser is cancelled', async () => {
    let input: HTMLInputElement | undefined;
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      input = this;
    });
    const opening = browserBackupFiles().open();
    input!.dispatchEvent(new Event('cancel'));
    expect(await opening).toBeNull();
    expect(input?.isConnected).toBe(false);
  });

  it('is the default without the preload bridge, and has no app info', async () => {
    const files = getBackupFiles();
    expect(files.kind).toBe('browser');
    expect(await files.appInfo()).toBeNull();
  });
});

describe('Electron', () => {
  it('saves and opens through the preload bridge', async () => {
    const data = new Uint8Array([123, 125]);
    const saveBackup = vi.fn(async () => ({ saved: true, path: '/home/ana/b.framewise.json' }));
    const openBackup = vi.fn(async () => ({ name: 'b.framewise.json', size: 2, data }));
    const appInfo = vi.fn(async () => ({ version: '0.1.0', dataPath: '/home/ana/.config/Framewise', platform: 'linux' }));
    window.framewise = fakeApi({ saveBackup, openBackup, appInfo });

    const files = getBackupFiles();
    expect(files.kind).toBe('electron');
    expect(await files.save('b.framewise.json', data)).toEqual({ status: 'saved', path: '/home/ana/b.framewise.json' });
    expect(saveBackup).toHaveBeenCalledWith({ suggestedName: 'b.framewise.json', data });
    const opened = await files.open();
    expect(opened?.name).toBe('b.framewise.json');
    expect(await opened?.bytes()).toBe(data);
    expect((await files.appInfo())?.dataPath).toBe('/home/ana/.config/Framewise');
  });

  it('reports a closed dialog as cancelled or null', async () => {
    const files = electronBackupFiles(
      fakeApi({ saveBackup: async () => ({ saved: false }), openBackup: async () => null }),
    );
    expect(await files.save('x.framewise.json', new Uint8Array([1]))).toEqual({ status: 'cancelled' });
    expect(await files.open()).toBeNull();
  });
});
