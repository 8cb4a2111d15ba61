import { mkdtemp, readFile, readdir, rm, stat, symlink, truncate, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

import {
  INVOKE_CHANNELS,
  MAX_BACKUP_BYTES,
  MAX_BATCH_BYTES,
  MAX_IMPORT_BYTES,
  type PickedBatch,
} from '../../src/shared/ipc-contract';
import { PickedFileBatches } from '../../src/main/picked-files';
import { locateApp } from '../../src/main/app-location';
import { APP_INDEX_URL } from '../../src/main/app-protocol';
import type { BoundedReadFs } from '../../src/main/bounded-read';
import { readFileBounded } from '../../src/main/bounded-read';
import {
  createInvokeHandlers,
  IMPORT_FILTERS,
  registerInvokeHandlers,
  writeFileAtomically,
  type IpcDeps,
} from '../../src/main/ipc-handlers';
import { BrowserWindow, dialog, FakeWebContents, FakeWebFrame, ipcMain, resetFakeElectron } from './fake-electron';

const location = locateApp({ mainDir: join('/opt', 'app', 'out', 'main'), isPackaged: true });
const appPage = APP_INDEX_URL;

let dir: string;
let contents: FakeWebContents;

function trustedEvent() {
  return { sender: contents, senderFrame: new FakeWebFrame(appPage) };
}

function setup(overrides: Partial<IpcDeps> = {}) {
  const window = new BrowserWindow({});
  contents = window.webContents;
  registerInvokeHandlers({
    ipcMain: ipcMain as never,
    location,
    trustedWebContentsIds: new Set([contents.id]),
    handlers: createInvokeHandlers({
      dialog: dialog as never,
      app: { getVersion: () => '0.1.0', getPath: (name) => join(dir, name) },
      platform: 'linux',
      windowFor: (event) => BrowserWindow.fromWebContents(event.sender as never) as never,
      ...overrides,
    }),
  });
  return window;
}

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'framewise-ipc-'));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('registration', () => {
  it('handles every invoke channel of the contract', () => {
    setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('rejects requests from a sender that is not our window, before doing anything', async () => {
    setup();
    const stranger = { sender: new FakeWebContents(), senderFrame: new FakeWebFrame(appPage) };
    await expect(ipcMain.invoke('app:info', stranger)).rejects.toThrow(/did not come from the Framewise window/);
    const wrongPage = { sender: contents, senderFrame: new FakeWebFrame('https://example.com/') };
    await expect(ipcMain.invoke('import:pickFiles', wrongPage)).rejects.toThrow(/did not come from/);
    const subframe = { sender: contents, senderFrame: new FakeWebFrame(appPage, new FakeWebFrame(appPage)) };
    await expect(ipcMain.invoke('import:pickFiles', subframe)).rejects.toThrow(/did not come from/);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('rejects bad payloads with a clear error and keeps serving good ones', async () => {
    setup();
    await expect(ipcMain.invoke('backup:save', trustedEvent(), { suggestedName: '../x', data: new Uint8Array(1) })).rejects.toThrow(
      /suggestedName/,
    );
    await expect(ipcMain.invoke('app:info', trustedEvent(), 'surprise')).rejects.toThrow(/takes no payload/);
    await expect(ipcMain.invoke('app:info', trustedEvent(), undefined, 'extra')).rejects.toThrow(/too many arguments/);
    await expect(ipcMain.invoke('app:info', trustedEvent())).resolves.toEqual({
      version: '0.1.0',
      dataPath: join(dir, 'userData'),
      platform: 'linux',
    });
  });
});

/** A file system of files with the given sizes that records which ones were opened. */
function countingFs(sizes: Record<string, number>) {
  const opened: string[] = [];
  const fsApi = {
    stat: async (path: string) => ({ isFile: () => true, size: sizes[path] }),
    open: async (path: string) => {
      opened.push(path);
      let done = false;
      return {
        stat: async () => ({ isFile: () => true, size: sizes[path] }),
        read: async (buffer: Uint8Array) => {
          if (done) return { bytesRead: 0 };
          done = true;
          buffer.fill(1, 0, sizes[path]);
          return { bytesRead: sizes[path] };
        },
        close: async () => undefined,
      };
    },
  } as unknown as BoundedReadFs;
  return { fsApi, opened };
}

describe('import:pickFiles', () => {
  it('offers the importable formats, several files at once, attached to the window', async () => {
    const window = setup();
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(ipcMain.invoke('import:pickFiles', trustedEvent())).resolves.toEqual({ files: [], refused: [], more: false });
    const [owner, options] = dialog.showOpenDialog.mock.calls[0];
    expect(owner).toBe(window);
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters).toEqual(IMPORT_FILTERS);
    expect(IMPORT_FILTERS[0].extensions).toEqual(['txt', 'md', 'html', 'htm', 'docx', 'pdf', 'framewise-pack', 'framewise-results']);
  });

  it('returns the bytes and names of the chosen files, and refuses too-large files and folders', async () => {
    setup();
    const article = join(dir, 'article.txt');
    await writeFile(article, 'Reported facts.');
    const huge = join(dir, 'huge.pdf');
    await writeFile(huge, '');
    await truncate(huge, MAX_IMPORT_BYTES + 1); // sparse: costs no disk
    const folder = join(dir, 'folder.md');
    await mkdir(folder);
    const missing = join(dir, 'gone.html');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [article, huge, folder, missing] });

    const picked = (await ipcMain.invoke('import:pickFiles', trustedEvent())) as PickedBatch;
    expect(picked).toEqual({
      files: [{ name: 'article.txt', size: 15, data: new TextEncoder().encode('Reported facts.') }],
      refused: [
        { name: 'huge.pdf', reason: 'too-large' },
        { name: 'folder.md', reason: 'not-a-file' },
        { name: 'gone.html', reason: 'unreadable' },
      ],
      more: false,
    });
    expect(picked.files[0].data).toBeInstanceOf(Uint8Array);
  });

  it('never opens or reads a file that is too large', async () => {
    const open = vi.fn();
    const fakeFs: BoundedReadFs = { stat: async () => ({ isFile: () => true, size: MAX_IMPORT_BYTES + 1 }), open };
    const result = await new PickedFileBatches(fakeFs).start(1, ['/somewhere/big.docx']);
    expect(result).toEqual({ files: [], refused: [{ name: 'big.docx', reason: 'too-large' }], more: false });
    expect(open).not.toHaveBeenCalled();
  });

  // Defect 8: 27 files at the 10 MB limit were one 270 MB reply, over Chromium's IPC limit.
  it('replies in batches of at most MAX_BATCH_BYTES and hands over every chosen file', async () => {
    setup();
    const size = 9 * 1024 * 1024;
    const paths: string[] = [];
    for (let i = 1; i <= 7; i++) {
      const path = join(dir, `${i}.txt`);
      await writeFile(path, '');
      await truncate(path, size); // sparse: costs no disk
      paths.push(path);
    }
    const folder = join(dir, 'folder.md');
    await mkdir(folder);
    paths.splice(3, 0, folder);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: paths });

    const replies: PickedBatch[] = [(await ipcMain.invoke('import:pickFiles', trustedEvent())) as PickedBatch];
    while (replies.at(-1)!.more && replies.length < 20) {
      replies.push((await ipcMain.invoke('import:nextPicked', trustedEvent())) as PickedBatch);
    }
    for (const reply of replies) {
      expect(reply.files.reduce((sum, f) => sum + f.data.byteLength, 0)).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    }
    expect(replies.map((reply) => reply.files.length)).toEqual([3, 3, 1]);
    expect(replies.flatMap((reply) => reply.files.map((f) => f.name))).toEqual(['1.txt', '2.txt', '3.txt', '4.txt', '5.txt', '6.txt', '7.txt']);
    expect(replies.flatMap((reply) => reply.refused)).toEqual([{ name: 'folder.md', reason: 'not-a-file' }]);
    expect(replies.at(-1)!.more).toBe(false);
    // Nothing is left behind, and asking again gives nothing.
    await expect(ipcMain.invoke('import:nextPicked', trustedEvent())).resolves.toEqual({ files: [], refused: [], more: false });
  });

  it('reads a file only when its batch is asked for', async () => {
    const { fsApi, opened } = countingFs({ '/a.txt': 20, '/b.txt': 20, '/c.txt': 20 });
    const batches = new PickedFileBatches(fsApi, 30);
    const first = await batches.start(7, ['/a.txt', '/b.txt', '/c.txt']);
    expect(first.files.map((f) => f.name)).toEqual(['a.txt']);
    expect(first.more).toBe(true);
    // b was read to learn it does not fit (it opens the next batch); c not yet.
    expect(opened).toEqual(['/a.txt', '/b.txt']);
    const second = await batches.next(7);
    expect(second.files.map((f) => f.name)).toEqual(['b.txt']);
    expect(opened).toEqual(['/a.txt', '/b.txt', '/c.txt']);
    batches.forget(7);
    expect(await batches.next(7)).toEqual({ files: [], refused: [], more: false });
    expect(opened).toHaveLength(3);
  });

  it('keeps each renderer’s remaining files to itself; a new pick replaces the old one', async () => {
    const { fsApi } = countingFs({ '/a.txt': 20, '/b.txt': 20, '/c.txt': 20, '/d.txt': 20 });
    const batches = new PickedFileBatches(fsApi, 30);
    await batches.start(1, ['/a.txt', '/b.txt', '/c.txt']);
    expect(await batches.next(2)).toEqual({ files: [], refused: [], more: false });
    const replaced = await batches.start(1, ['/d.txt']);
    expect(replaced.files.map((f) => f.name)).toEqual(['d.txt']);
    expect(replaced.more).toBe(false);
    expect(batches.pending).toBe(0);
  });

  it('never sends the same batch twice when asked twice at once', async () => {
    const { fsApi } = countingFs({ '/a.txt': 20, '/b.txt': 20, '/c.txt': 20 });
    const batches = new PickedFileBatches(fsApi, 30);
    await batches.start(1, ['/a.txt', '/b.txt', '/c.txt']);
    const [x, y] = await Promise.all([batches.next(1), batches.next(1)]);
    expect([...x.files, ...y.files].map((f) => f.name)).toEqual(['b.txt', 'c.txt']);
  });

  it('accepts a file of exactly the limit', async () => {
    const exact = join(dir, 'exact.txt');
    await writeFile(exact, '');
    await truncate(exact, 1024);
    const read = await readFileBounded(exact, 1024);
    expect(read.ok && read.file.size).toBe(1024);
    expect((await readFileBounded(exact, 1023)).ok).toBe(false);
  });

  it('refuses a file that grew past the limit after the size check', async () => {
    const grown = join(dir, 'grown.txt');
    await writeFile(grown, 'x'.repeat(100));
    const lying: BoundedReadFs = { stat: async () => ({ isFile: () => true, size: 10 }), open: (path, flags) => import('node:fs/promises').then((fs) => fs.open(path, flags)) };
    expect(await readFileBounded(grown, 50, lying)).toEqual({ ok: false, refusal: { name: 'grown.txt', reason: 'too-large' } });
  });
});

describe('class packs', () => {
  it('saves with a save dialog filtered to class packs, adds the extension, and writes the bytes', async () => {
    setup();
    const target = join(dir, 'week 3.framewise-pack');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const data = new Uint8Array([123, 125]);
    await expect(ipcMain.invoke('pack:save', trustedEvent(), { suggestedName: 'Harbour notes', data })).resolves.toEqual({ saved: true, path: target });
    const options = dialog.showSaveDialog.mock.calls[0][1];
    expect(options.defaultPath).toBe(join(dir, 'documents', 'Harbour notes.framewise-pack'));
    expect(options.filters).toEqual([{ name: 'Framewise class pack', extensions: ['framewise-pack'] }]);
    expect(new Uint8Array(await readFile(target))).toEqual(data);
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(ipcMain.invoke('pack:save', trustedEvent(), { suggestedName: 'x.framewise-pack', data })).resolves.toEqual({ saved: false });
    await expect(ipcMain.invoke('pack:save', trustedEvent(), { suggestedName: '../x', data })).rejects.toThrow(/suggestedName/);
  });
});

describe('results files and class CSV', () => {
  it('saves with a save dialog filtered to the kind, adds its extension, writes the bytes; refuses another kind', async () => {
    setup();
    const target = join(dir, 'Ada - Floods week.framewise-results');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const data = new Uint8Array([123, 125]);
    await expect(ipcMain.invoke('export:save', trustedEvent(), { kind: 'results', suggestedName: 'Ada - Floods week', data })).resolves.toEqual({ saved: true, path: target });
    expect(dialog.showSaveDialog.mock.calls[0][1].defaultPath).toBe(join(dir, 'documents', 'Ada - Floods week.framewise-results'));
    expect(dialog.showSaveDialog.mock.calls[0][1].filters).toEqual([{ name: 'Framewise results', extensions: ['framewise-results'] }]);
    expect(new Uint8Array(await readFile(target))).toEqual(data);
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(ipcMain.invoke('export:save', trustedEvent(), { kind: 'csv', suggestedName: 'Floods week.csv', data })).resolves.toEqual({ saved: false });
    expect(dialog.showSaveDialog.mock.calls[1][1].defaultPath).toBe(join(dir, 'documents', 'Floods week.csv'));
    expect(dialog.showSaveDialog.mock.calls[1][1].filters).toEqual([{ name: 'CSV (spreadsheet)', extensions: ['csv'] }]);
    await expect(ipcMain.invoke('export:save', trustedEvent(), { kind: 'exe', suggestedName: 'x', data })).rejects.toThrow(/kind/);
    await expect(ipcMain.invoke('export:save', trustedEvent(), { kind: 'csv', suggestedName: '../x', data })).rejects.toThrow(/suggestedName/);
  });
});

describe('backups', () => {
  it('saves with a save dialog, adds the extension, and writes the bytes', async () => {
    setup();
    const target = join(dir, 'chosen.framewise');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const data = new Uint8Array([123, 125]);
    await expect(ipcMain.invoke('backup:save', trustedEvent(), { suggestedName: 'framewise-backup', data })).resolves.toEqual({
      saved: true,
      path: target,
    });
    expect(dialog.showSaveDialog.mock.calls[0][1].defaultPath).toBe(join(dir, 'documents', 'framewise-backup.framewise'));
    expect(new Uint8Array(await readFile(target))).toEqual(data);
    expect(await readdir(dir)).toEqual(['chosen.framewise']); // no temporary file left behind
  });

  it('never writes through a file or symlink already sitting at a temporary-looking name', async () => {
    const outside = join(dir, 'outside.txt');
    await writeFile(outside, 'keep me');
    const folder = join(dir, 'saves');
    await mkdir(folder);
    // The name the previous implementation always used for its temporary file.
    await symlink(outside, join(folder, `.b.framewise.${process.pid}.tmp`));
    const target = join(folder, 'b.framewise');
    await writeFileAtomically(target, new Uint8Array([1, 2, 3]));
    expect(await readFile(outside, 'utf8')).toBe('keep me');
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([1, 2, 3]));
    expect((await readdir(folder)).sort()).toEqual([`.b.framewise.${process.pid}.tmp`, 'b.framewise']);
    // Replacing an existing backup works too, and the backup is private to the user.
    await writeFileAtomically(target, new Uint8Array([4]));
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([4]));
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('reports a cancelled save', async () => {
    setup();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(ipcMain.invoke('backup:save', trustedEvent(), { suggestedName: 'b.json', data: new Uint8Array([1]) })).resolves.toEqual({ saved: false });
    expect(dialog.showSaveDialog.mock.calls[0][1].defaultPath).toBe(join(dir, 'documents', 'b.json'));
  });

  it('turns a failed write into a clear rejection and leaves no partial file', async () => {
    setup();
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'no-such-dir', 'b.framewise') });
    await expect(ipcMain.invoke('backup:save', trustedEvent(), { suggestedName: 'b', data: new Uint8Array([1]) })).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('opens a backup file as bytes, or null when cancelled', async () => {
    setup();
    const backup = join(dir, 'mine.framewise');
    await writeFile(backup, '{"ok":true}');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [backup] });
    const opened = await ipcMain.invoke('backup:open', trustedEvent());
    expect(opened).toMatchObject({ name: 'mine.framewise', size: 11 });
    expect(dialog.showOpenDialog.mock.calls[0][1].filters).toEqual([{ name: 'Framewise backup', extensions: ['framewise', 'json'] }]);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(ipcMain.invoke('backup:open', trustedEvent())).resolves.toBeNull();
  });

  it('refuses a backup over the size limit with an explanation', async () => {
    setup({ fs: { stat: async () => ({ isFile: () => true, size: MAX_BACKUP_BYTES + 1 }), open: vi.fn() } });
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/x/huge.framewise'] });
    await expect(ipcMain.invoke('backup:open', trustedEvent())).rejects.toThrow(/“huge.framewise” was not opened: it is larger than 256 MB/);
  });
});

