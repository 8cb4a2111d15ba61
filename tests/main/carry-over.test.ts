import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CARRY_OVER_MARKER_FILE,
  CARRY_OVER_TIMEOUT_MS,
  carryOverExportUrl,
  FileOriginCarryOver,
  needsCarryOver,
  OLD_ORIGIN_INDEXEDDB_DIR,
  type CarryOverDeps,
} from '../../src/main/carry-over';

const rendererFile = join('/opt', 'framewise', 'out', 'renderer', 'index.html');
const exportUrl = `${pathToFileURL(rendererFile).href}?carry=export`;

let nextId = 100;

/** A hidden BrowserWindow stand-in: records loads, can fail, crash or close. */
class FakeHiddenWindow extends EventEmitter {
  readonly webContents = Object.assign(new EventEmitter(), { id: nextId++ });
  destroyed = false;
  loadURL = vi.fn(async (_url: string) => undefined);
  isDestroyed = () => this.destroyed;
  destroy = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });
}

let userData: string;
let log: ReturnType<typeof vi.fn<(message: string) => void>>;

async function makeOldLibrary(): Promise<string> {
  const folder = join(userData, OLD_ORIGIN_INDEXEDDB_DIR);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'CURRENT'), 'MANIFEST-000001\n');
  await writeFile(join(folder, '000003.log'), 'old library bytes');
  return folder;
}

function carryOver(overrides: Partial<CarryOverDeps> = {}) {
  const windows: FakeHiddenWindow[] = [];
  const carry = new FileOriginCarryOver({
    userData,
    rendererFile,
    enabled: true,
    openHiddenWindow: () => {
      const window = new FakeHiddenWindow();
      windows.push(window);
      return window;
    },
    log,
    now: () => new Date('2026-12-06T10:00:00.000Z'),
    ...overrides,
  });
  return { carry, windows };
}

const exportSender = (window: FakeHiddenWindow, url = exportUrl, parent: unknown = null) => ({
  sender: { id: window.webContents.id },
  senderFrame: { url, parent },
});

/** The old folder's files and their contents, to prove nothing there changed. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of await readdir(folder)) result[name] = await readFile(join(folder, name), 'utf8');
  return result;
}

const markerPath = () => join(userData, CARRY_OVER_MARKER_FILE);
const exists = (path: string) =>
  readFile(path).then(
    () => true,
    () => false,
  );

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'framewise-carry-'));
  log = vi.fn<(message: string) => void>();
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(userData, { recursive: true, force: true });
});

describe('detecting a library under the old file:// origin', () => {
  it("uses Chromium's folder name for the file:// origin's IndexedDB", () => {
    expect(OLD_ORIGIN_INDEXEDDB_DIR).toBe(join('IndexedDB', 'file__0.indexeddb.leveldb'));
  });

  it('is needed only when the old folder exists and no marker was written', async () => {
    expect(await needsCarryOver(userData)).toBe(false);
    await makeOldLibrary();
    expect(await needsCarryOver(userData)).toBe(true);
    await writeFile(markerPath(), '{}');
    expect(await needsCarryOver(userData)).toBe(false);
  });

  it('ignores a plain file where the folder would be, and other origins’ folders', async () => {
    await mkdir(join(userData, 'IndexedDB', 'app_framewise_0.indexeddb.leveldb'), { recursive: true });
    await writeFile(join(userData, OLD_ORIGIN_INDEXEDDB_DIR), 'not a folder');
    expect(await needsCarryOver(userData)).toBe(false);
  });

  it('loads exactly the built index.html as a file: URL with the export query', () => {
    expect(carryOverExportUrl(rendererFile)).toBe(exportUrl);
    expect(new URL(exportUrl).protocol).toBe('file:');
  });
});

describe('the carry-over run', () => {
  it('opens no window and answers "none" when there is nothing to carry', async () => {
    const { carry, windows } = carryOver();
    await carry.start();
    await expect(carry.take()).resolves.toEqual({ status: 'none' });
    expect(windows).toHaveLength(0);
  });

  it('does nothing in development, where the old page was the dev server, not file://', async () => {
    await makeOldLibrary();
    const { carry, windows } = carryOver({ enabled: false });
    await carry.start();
    await expect(carry.take()).resolves.toEqual({ status: 'none' });
    expect(windows).toHaveLength(0);
  });

  it('exports in a hidden window, hands the bytes to the app window, and writes the marker after the import', async () => {
    const folder = await makeOldLibrary();
    const before = await snapshot(folder);
    const { carry, windows } = carryOver();
    await carry.start();
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window.loadURL).toHaveBeenCalledWith(exportUrl);

    // The app window asks first and waits for the export.
    const taken = carry.take();
    const data = new TextEncoder().encode('{"format":"framewise-backup"}');
    await expect(carry.handle({ step: 'exported', data }, carry.isExportSender(exportSender(window)))).resolves.toEqual({
      status: 'recorded',
    });
    await expect(taken).resolves.toEqual({ status: 'ready', data });
    await vi.waitFor(() => expect(window.destroy).toHaveBeenCalled());
    expect(await exists(markerPath())).toBe(false);

    await carry.handle({ step: 'imported', outcome: 'replaced' }, false);
    expect(JSON.parse(await readFile(markerPath(), 'utf8'))).toEqual({
      carriedOverAt: '2026-12-06T10:00:00.000Z',
      outcome: 'replaced',
    });
    expect(carry.status).toBe('done');
    // The old data is never touched, also after a successful carry-over.
    expect(await snapshot(folder)).toEqual(before);
    // And the next start does nothing.
    const next = carryOver();
    await next.carry.start();
    expect(next.windows).toHaveLength(0);
  });

  it('records an old database that held nothing ("empty") so it is not asked again', async () => {
    await makeOldLibrary();
    const { carry, windows } = carryOver();
    await carry.start();
    await carry.handle({ step: 'exported', data: new Uint8Array([1]) }, carry.isExportSender(exportSender(windows[0])));
    await carry.handle({ step: 'imported', outcome: 'empty' }, false);
    expect(JSON.parse(await readFile(markerPath(), 'utf8')).outcome).toBe('empty');
  });

  it('accepts the export steps only from the hidden page, and the app steps only from elsewhere', async () => {
    await makeOldLibrary();
    const { carry, windows } = carryOver();
    await carry.start();
    const [window] = windows;
    expect(carry.isExportSender(exportSender(window))).toBe(true);
    // Another window, another URL, or a subframe of the page is not the export page.
    expect(carry.isExportSender({ sender: { id: 1 }, senderFrame: { url: exportUrl, parent: null } })).toBe(false);
    expect(carry.isExportSender(exportSender(window, `${pathToFileURL(rendererFile).href}`))).toBe(false);
    expect(carry.isExportSender(exportSender(window, 'app://framewise/index.html'))).toBe(false);
    expect(carry.isExportSender(exportSender(window, exportUrl, {}))).toBe(false);
    expect(carry.isExportSender({ sender: { id: window.webContents.id }, senderFrame: null })).toBe(false);

    await expect(carry.handle({ step: 'exported', data: new Uint8Array([1]) }, false)).rejects.toThrow(/Refused/);
    await expect(carry.handle({ step: 'take' }, true)).rejects.toThrow(/Refused/);
    await expect(carry.handle({ step: 'imported', outcome: 'merged' }, true)).rejects.toThrow(/Refused/);
    expect(carry.status).toBe('exporting');
  });

  it('an "imported" report without an export writes no marker', async () => {
    const { carry } = carryOver();
    await carry.start();
    await carry.handle({ step: 'imported', outcome: 'replaced' }, false);
    expect(await exists(markerPath())).toBe(false);
  });
});

describe('the guarded file: load', () => {
  it('lets through only the export URL, for the hidden window, as its main frame, once', async () => {
    await makeOldLibrary();
    const { carry, windows } = carryOver();
    await carry.start();
    const id = windows[0].webContents.id;
    const request = { url: exportUrl, webContentsId: id, resourceType: 'mainFrame' };
    expect(carry.allowsFileRequest({ ...request, webContentsId: id + 1 })).toBe(false);
    expect(carry.allowsFileRequest({ ...request, resourceType: 'script' })).toBe(false);
    expect(carry.allowsFileRequest({ ...request, url: pathToFileURL(rendererFile).href })).toBe(false);
    expect(carry.allowsFileRequest({ ...request, url: pathToFileURL('/etc/passwd').href })).toBe(false);
    expect(carry.allowsFileRequest({ ...request, webContentsId: undefined })).toBe(false);
    expect(carry.allowsFileRequest(request)).toBe(true);
    // Once: a reload or a second load is refused.
    expect(carry.allowsFileRequest(request)).toBe(false);
  });

  it('allows no file: load at all when no carry-over runs', async () => {
    const { carry } = carryOver();
    await carry.start();
    expect(carry.allowsFileRequest({ url: exportUrl, webContentsId: 1, resourceType: 'mainFrame' })).toBe(false);
  });

  it('withdraws the allowance when the carry-over fails before the page loaded', async () => {
    await makeOldLibrary();
    const { carry, windows } = carryOver();
    await carry.start();
    const id = windows[0].webContents.id;
    windows[0].webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(carry.allowsFileRequest({ url: exportUrl, webContentsId: id, resourceType: 'mainFrame' })).toBe(false);
  });
});

describe('failures leave the old data and write no marker', () => {
  async function expectFailed(carry: FileOriginCarryOver, folder: string, before: Record<string, string>) {
    await expect(carry.take()).resolves.toEqual({ status: 'failed' });
    expect(await exists(markerPath())).toBe(false);
    expect(await snapshot(folder)).toEqual(before);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('the old data is left as it is'));
  }

  it('times out after 30 s without an export', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const folder = await makeOldLibrary();
    const before = await snapshot(folder);
    const { carry, windows } = carryOver();
    await carry.start();
    expect(CARRY_OVER_TIMEOUT_MS).toBe(30_000);
    vi.advanceTimersByTime(CARRY_OVER_TIMEOUT_MS - 1);
    expect(carry.status).toBe('exporting');
    vi.advanceTimersByTime(1);
    expect(carry.status).toBe('failed');
    await expectFailed(carry, folder, before);
    await vi.waitFor(() => expect(windows[0].destroy).toHaveBeenCalled());
    // A late export is then refused: the page is no longer the export sender.
    expect(carry.isExportSender(exportSender(windows[0]))).toBe(false);
  });

  it('fails when the export page’s renderer crashes', async () => {
    const folder = await makeOldLibrary();
    const before = await snapshot(folder);
    const { carry, windows } = carryOver();
    await carry.start();
    windows[0].webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    await expectFailed(carry, folder, before);
  });

  it('fails when the page does not load', async () => {
    const folder = await makeOldLibrary();
    const before = await snapshot(folder);
    const { carry, windows } = carryOver();
    await carry.start();
    windows[0].webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND');
    await expectFailed(carry, folder, before);
  });

  it('fails when loadURL rejects or the hidden window cannot be opened', async () => {
    const folder = await makeOldLibrary();
    const before = await snapshot(folder);
    const rejecting = new FileOriginCarryOver({
      userData,
      rendererFile,
      enabled: true,
      log,
      openHiddenWindow: () => {
        const window = new FakeHiddenWindow();
        window.loadURL.mockRejectedValue(new Error('ERR_ABORTED'));
        return window;
      },
    });
    await rejecting.start();
    await expectFailed(rejecting, folder, before);

    const throwing = carryOver({
      openHiddenWindow: () => {
        throw new Error('no display');
      },
    });
    await throwing.carry.start();
    await expectFailed(throwing.carry, folder, before);
  });

  it('fails when the hidden window closes first, or the page reports that it could not export', async () => {
    const folder = await makeOldLibrary();
    const before = await snapshot(folder);
    const closed = carryOver();
    await closed.carry.start();
    closed.windows[0].emit('closed');
    await expectFailed(closed.carry, folder, before);

    const reported = carryOver();
    await reported.carry.start();
    await reported.carry.handle(
      { step: 'export-failed', reason: 'DataError: corrupt' },
      reported.carry.isExportSender(exportSender(reported.windows[0])),
    );
    await expectFailed(reported.carry, folder, before);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('DataError: corrupt'));
  });

  it('writes no marker when the app window could not import the export', async () => {
    const folder = await makeOldLibrary();
    const before = await snapshot(folder);
    const { carry, windows } = carryOver();
    await carry.start();
    await carry.handle({ step: 'exported', data: new Uint8Array([1]) }, carry.isExportSender(exportSender(windows[0])));
    await carry.handle({ step: 'import-failed', reason: 'BackupError: corrupt' }, false);
    expect(await exists(markerPath())).toBe(false);
    expect(await snapshot(folder)).toEqual(before);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('BackupError: corrupt'));
    // The next start tries again.
    expect(await needsCarryOver(userData)).toBe(true);
  });
});
