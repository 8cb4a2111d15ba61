/**
 * One-time carry-over of a library stored by a build that loaded its page from file://.
 *
 * Chromium keeps IndexedDB per origin: the old page's database lives under
 * <userData>/IndexedDB/file__0.indexeddb.leveldb (Chromium names an origin's folder
 * "<scheme>_<host>_<port>", and file:// has neither host nor port), and the app:// page
 * cannot see it. On start-up, when that folder exists and no marker says the carry-over
 * was done, main opens a hidden window on the one file:// URL of the built index.html
 * with `?carry=export`. Its preload (same secure webPreferences as the main window)
 * exports the whole database as a backup and sends it on 'library:carryOver'; the app
 * window takes it, restores it with the backup code, and reports back, and only then is
 * the marker written.
 *
 * Nothing here deletes or writes the old data. Any failure (load error, crash, corrupt
 * data, no answer within CARRY_OVER_TIMEOUT_MS) is logged, the marker is not written
 * (the next start tries again) and the app window is told 'failed', so it can tell the
 * learner that the old library is still on disk.
 */
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CARRY_OVER_EXPORT_QUERY,
  type CarryOverOutcome,
  type CarryOverReply,
  type CarryOverRequest,
} from '../shared/ipc-contract';
import type { IpcSenderLike } from './ipc-validation';
import { IpcValidationError } from './ipc-validation';

/** The old file:// origin's IndexedDB folder, relative to userData. */
export const OLD_ORIGIN_INDEXEDDB_DIR = join('IndexedDB', 'file__0.indexeddb.leveldb');
/** Written to userData once the old library was carried over (or held nothing to carry). */
export const CARRY_OVER_MARKER_FILE = 'file-origin-carried-over.json';
/** How long the hidden page may take to load and export before the carry-over counts as failed. */
export const CARRY_OVER_TIMEOUT_MS = 30_000;

export interface CarryOverFs {
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
  writeFile(path: string, data: string): Promise<void>;
}

const nodeFs: CarryOverFs = {
  stat: (path) => stat(path),
  writeFile: (path, data) => writeFile(path, data, 'utf8'),
};

async function exists(fs: CarryOverFs, path: string, kind: 'file' | 'directory'): Promise<boolean> {
  try {
    const info = await fs.stat(path);
    return kind === 'file' ? info.isFile() : info.isDirectory();
  } catch {
    return false;
  }
}

/** True when the old origin has a database and no marker says it was carried over. */
export async function needsCarryOver(userData: string, fs: CarryOverFs = nodeFs): Promise<boolean> {
  if (await exists(fs, join(userData, CARRY_OVER_MARKER_FILE), 'file')) return false;
  return exists(fs, join(userData, OLD_ORIGIN_INDEXEDDB_DIR), 'directory');
}

/** The one file:// URL the hidden window loads: the built index.html with the export query. */
export function carryOverExportUrl(rendererFile: string): string {
  const url = pathToFileURL(rendererFile);
  url.search = CARRY_OVER_EXPORT_QUERY;
  return url.href;
}

/** The parts of a hidden BrowserWindow the carry-over uses (tests pass fakes). */
export interface HiddenWindowLike {
  webContents: {
    id: number;
    on(event: 'did-fail-load', listener: (event: unknown, code: number, description: string) => void): unknown;
    on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
  };
  loadURL(url: string): Promise<void>;
  on(event: 'closed', listener: () => void): unknown;
  isDestroyed(): boolean;
  destroy(): void;
}

export interface CarryOverDeps {
  userData: string;
  rendererFile: string;
  /** False in development (the old page was the dev server then, not file://). */
  enabled: boolean;
  openHiddenWindow(): HiddenWindowLike;
  fs?: CarryOverFs;
  timeoutMs?: number;
  log?: (message: string) => void;
  now?: () => Date;
}

type State =
  | { kind: 'starting' }
  | { kind: 'none' }
  | { kind: 'exporting' }
  | { kind: 'ready'; data: Uint8Array }
  | { kind: 'failed' }
  | { kind: 'done' };

/** The request details the session guard passes on for a file: URL. */
export interface FileRequestDetails {
  url: string;
  webContentsId?: number;
  resourceType?: string;
}

export class FileOriginCarryOver {
  private state: State = { kind: 'starting' };
  private readonly waiters: (() => void)[] = [];
  private window: HiddenWindowLike | null = null;
  private windowId: number | null = null;
  /** The single file: request the session guard lets through; cleared once used. */
  private pendingFileLoad: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly fs: CarryOverFs;
  private readonly log: (message: string) => void;
  readonly exportUrl: string;

  constructor(private readonly deps: CarryOverDeps) {
    this.fs = deps.fs ?? nodeFs;
    this.log = deps.log ?? ((message) => console.error(message));
    this.exportUrl = carryOverExportUrl(deps.rendererFile);
  }

  get status(): State['kind'] {
    return this.state.kind;
  }

  /** Detects, and when needed opens the hidden export window. Resolves once the export settled. */
  async start(): Promise<void> {
    if (this.state.kind !== 'starting') return;
    const needed = this.deps.enabled && (await needsCarryOver(this.deps.userData, this.fs));
    if (!needed) {
      this.settle({ kind: 'none' });
      return;
    }
    this.state = { kind: 'exporting' };
    let window: HiddenWindowLike;
    try {
      window = this.deps.openHiddenWindow();
    } catch (error) {
      this.fail(`could not open the hidden window: ${String(error)}`);
      return;
    }
    this.window = window;
    this.windowId = window.webContents.id;
    window.webContents.on('did-fail-load', (_event, code, description) =>
      this.fail(`the old page did not load (${code} ${description})`),
    );
    window.webContents.on('render-process-gone', (_event, details) =>
      this.fail(`the export page's renderer stopped (${details.reason})`),
    );
    window.on('closed', () => {
      this.windowId = null;
      this.pendingFileLoad = null;
      this.fail('the export window closed before the export arrived');
    });
    this.timer = setTimeout(
      () => this.fail(`no export within ${Math.round((this.deps.timeoutMs ?? CARRY_OVER_TIMEOUT_MS) / 1000)} s`),
      this.deps.timeoutMs ?? CARRY_OVER_TIMEOUT_MS,
    );
    // Allowed before loading, for exactly this URL, this window and one main-frame request.
    this.pendingFileLoad = this.exportUrl;
    window.loadURL(this.exportUrl).catch((error: unknown) => this.fail(`the old page did not load: ${String(error)}`));
  }

  /**
   * The session guard's one exception to "no file: request": the hidden window's own
   * page load, once. Its scripts and every other file: URL stay refused (the export
   * runs in the preload, which is not fetched through the network stack).
   */
  allowsFileRequest(details: FileRequestDetails): boolean {
    if (this.pendingFileLoad === null || this.windowId === null) return false;
    if (details.webContentsId !== this.windowId || details.resourceType !== 'mainFrame') return false;
    if (details.url !== this.pendingFileLoad) return false;
    this.pendingFileLoad = null;
    return true;
  }

  /** True when an IPC message comes from the top frame of the hidden export page. */
  isExportSender(event: IpcSenderLike): boolean {
    const frame = event.senderFrame;
    return (
      this.windowId !== null &&
      event.sender.id === this.windowId &&
      frame !== null &&
      frame.parent === null &&
      frame.url === this.exportUrl
    );
  }

  /** The 'library:carryOver' handler; `fromExportWindow` comes from isExportSender. */
  async handle(request: CarryOverRequest, fromExportWindow: boolean): Promise<CarryOverReply> {
    const exportStep = request.step === 'exported' || request.step === 'export-failed';
    if (exportStep !== fromExportWindow) {
      throw new IpcValidationError(`Refused library:carryOver step "${request.step}" from this window`);
    }
    switch (request.step) {
      case 'exported':
        this.receiveExport(request.data);
        return { status: 'recorded' };
      case 'export-failed':
        this.fail(`the export page could not export: ${request.reason}`);
        return { status: 'recorded' };
      case 'take':
        return this.take();
      case 'imported':
        await this.recordImported(request.outcome);
        return { status: 'recorded' };
      case 'import-failed':
        // The old data is untouched; without a marker the next start tries again.
        this.log(`[framewise] carry-over: the app window could not import the old library: ${request.reason}`);
        return { status: 'recorded' };
    }
  }

  /** Waits for the export to settle, then says what the app window should do. */
  async take(): Promise<CarryOverReply> {
    while (this.state.kind === 'starting' || this.state.kind === 'exporting') {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    switch (this.state.kind) {
      case 'ready':
        return { status: 'ready', data: this.state.data };
      case 'failed':
        return { status: 'failed' };
      default:
        return { status: 'none' };
    }
  }

  private receiveExport(data: Uint8Array): void {
    if (this.state.kind !== 'exporting') return;
    this.settle({ kind: 'ready', data });
  }

  private async recordImported(outcome: CarryOverOutcome): Promise<void> {
    if (this.state.kind !== 'ready') return;
    const marker = { carriedOverAt: (this.deps.now?.() ?? new Date()).toISOString(), outcome };
    // If the marker cannot be written the next start carries over again; a merge of the
    // same backup adds nothing twice (articles by hash, attempts by learner, item and time).
    await this.fs.writeFile(join(this.deps.userData, CARRY_OVER_MARKER_FILE), `${JSON.stringify(marker)}\n`);
    this.state = { kind: 'done' };
  }

  private fail(reason: string): void {
    if (this.state.kind !== 'exporting' && this.state.kind !== 'starting') return;
    this.log(`[framewise] carry-over from the file:// library failed; the old data is left as it is: ${reason}`);
    this.settle({ kind: 'failed' });
  }

  private settle(state: State): void {
    this.state = state;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pendingFileLoad = null;
    const window = this.window;
    this.window = null;
    this.windowId = null;
    // After the current IPC reply is on its way: the export page has nothing left to do.
    if (window) setImmediate(() => (window.isDestroyed() ? undefined : window.destroy()));
    for (const wake of this.waiters.splice(0)) wake();
  }
}
