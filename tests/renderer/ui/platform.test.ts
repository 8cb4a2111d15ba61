// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES, type FramewiseApi } from '../../../src/shared/ipc-contract';
import { dragHasFiles, filesFromDataTransfer, fromBrowserFiles, getPlatform } from '../../../src/renderer/src/platform';

afterEach(() => {
  delete window.framewise;
});

describe('getPlatform', () => {
  it('is the browser platform without the preload API', async () => {
    const platform = getPlatform();
    expect(platform.kind).toBe('browser');
    expect(await platform.pickFiles()).toBeNull();
  });

  it('uses window.framewise in Electron', async () => {
    const listeners: Record<string, (payload: unknown) => void> = {};
    const data = new Uint8Array([104, 105]);
    window.framewise = {
      pickFiles: vi.fn(async () => ({ files: [{ name: 'a.txt', size: 2, data }], refused: [{ name: 'b', reason: 'not-a-file' as const }], more: false })),
      on: vi.fn((channel: string, listener: (payload: unknown) => void) => {
        listeners[channel] = listener;
        return () => delete listeners[channel];
      }),
    } as unknown as FramewiseApi;
    const platform = getPlatform();
    expect(platform.kind).toBe('electron');
    expect(await platform.pickFiles()).toEqual({ files: [{ name: 'a.txt', size: 2, data }], refused: [{ name: 'b', reason: 'not-a-file' }] });

    const onMenu = vi.fn();
    const off = platform.onMenuImport(onMenu);
    listeners['menu:import'](undefined);
    expect(onMenu).toHaveBeenCalledTimes(1);
    off();
    expect(listeners['menu:import']).toBeUndefined();

    const onOpened = vi.fn();
    platform.onFilesOpened(onOpened);
    listeners['files:opened']({ files: [], refused: [{ name: 'x', reason: 'too-large' }] });
    expect(onOpened).toHaveBeenCalledWith({ files: [], refused: [{ name: 'x', reason: 'too-large' }] });
  });
});

describe('Electron file picker', () => {
  it('gathers every batch main replies with, fetching the next while more wait', async () => {
    const file = (name: string) => ({ name, size: 1, data: new Uint8Array([1]) });
    const nextPickedFiles = vi
      .fn()
      .mockResolvedValueOnce({ files: [file('c.txt')], refused: [{ name: 'd.pdf', reason: 'too-large' }], more: true })
      .mockResolvedValueOnce({ files: [file('e.md')], refused: [], more: false });
    window.framewise = {
      pickFiles: vi.fn(async () => ({ files: [file('a.txt'), file('b.txt')], refused: [], more: true })),
      nextPickedFiles,
      on: vi.fn(),
    } as unknown as FramewiseApi;
    const picked = await getPlatform().pickFiles();
    expect(picked!.files.map((f) => f.name)).toEqual(['a.txt', 'b.txt', 'c.txt', 'e.md']);
    expect(picked!.refused).toEqual([{ name: 'd.pdf', reason: 'too-large' }]);
    expect(nextPickedFiles).toHaveBeenCalledTimes(2);
  });

  it('asks for no further batch when the first holds everything', async () => {
    const nextPickedFiles = vi.fn();
    window.framewise = {
      pickFiles: vi.fn(async () => ({ files: [], refused: [], more: false })),
      nextPickedFiles,
      on: vi.fn(),
    } as unknown as FramewiseApi;
    expect(await getPlatform().pickFiles()).toEqual({ files: [], refused: [] });
    expect(nextPickedFiles).not.toHaveBeenCalled();
  });
});

describe('browser files', () => {
  it('refuses files over the import limit without reading them', () => {
    const small = new File(['hello'], 'small.txt');
    const big = new File(['x'], 'big.pdf');
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const arrayBuffer = vi.spyOn(big, 'arrayBuffer');
    expect(fromBrowserFiles([small, big])).toEqual({ files: [small], refused: [{ name: 'big.pdf', reason: 'too-large' }] });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('takes the files of a drop, and only drags that carry files', async () => {
    const file = new File(['text'], 'dropped.txt');
    const transfer = { items: [], files: [file], types: ['Files'] } as unknown as DataTransfer;
    expect(dragHasFiles(transfer)).toBe(true);
    expect(dragHasFiles({ types: ['text/plain'] } as unknown as DataTransfer)).toBe(false);
    expect(await filesFromDataTransfer(transfer)).toEqual({ files: [file], refused: [] });
  });

  it('walks into a dropped folder', async () => {
    const fileEntry = (name: string) => ({
      isFile: true,
      isDirectory: false,
      name,
      file: (ok: (file: File) => void) => ok(new File([name], name)),
    });
    let served = false;
    const folder = {
      isFile: false,
      isDirectory: true,
      name: 'articles',
      createReader: () => ({
        readEntries: (ok: (entries: unknown[]) => void) => {
          ok(served ? [] : [fileEntry('one.txt'), fileEntry('.DS_Store'), fileEntry('two.md')]);
          served = true;
        },
      }),
    };
    const transfer = {
      items: [{ kind: 'file', webkitGetAsEntry: () => folder }],
      files: [],
      types: ['Files'],
    } as unknown as DataTransfer;
    const result = await filesFromDataTransfer(transfer);
    expect(result.files.map((file) => file.name)).toEqual(['one.txt', 'two.md']);
  });
});
