/**
 * One handler per invoke channel of the IPC contract. Handlers are thin: validate,
 * ask the OS (dialogs, files), return plain data. Paths never reach the
 * renderer except the saved backup's location, shown to the learner.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname, basename, extname, join } from 'node:path';
import type {
  BrowserWindow,
  Dialog,
  IpcMain,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import {
  IMPORT_EXTENSIONS,
  INVOKE_CHANNELS,
  MAX_BACKUP_BYTES,
  type AppInfo,
  type FilePayload,
  type InvokeChannel,
  type InvokeChannels,
} from '../shared/ipc-contract';
import type { AppLocation } from './app-location';
import { readFileBounded, type BoundedReadFs } from './bounded-read';
import { assertTrustedSender, IpcValidationError, requestValidators } from './ipc-validation';
import type { FileOriginCarryOver } from './carry-over';
import { PickedFileBatches } from './picked-files';
import { mainString } from './strings';

export const IMPORT_FILTERS = [{ name: mainString('dialog.importFilter'), extensions: [...IMPORT_EXTENSIONS] }];
export const BACKUP_EXTENSIONS = ['framewise', 'json'];

export interface IpcDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  app: { getVersion(): string; getPath(name: 'userData' | 'documents'): string };
  platform: string;
  /** The window that owns dialogs for a request, if any. */
  windowFor(event: IpcMainInvokeEvent): BrowserWindow | null;
  fs?: BoundedReadFs;
  /** Chosen import files not yet fetched by the renderer; index.ts forgets a window's on reload. */
  pickedFiles?: PickedFileBatches;
  writeFileAtomic?: (path: string, data: Uint8Array) => Promise<void>;
  /** The one-time file:// carry-over; without it the channel answers 'none'. */
  carryOver?: Pick<FileOriginCarryOver, 'handle' | 'isExportSender'>;
}

type Handler<C extends InvokeChannel> = (
  event: IpcMainInvokeEvent,
  request: InvokeChannels[C]['request'],
) => Promise<InvokeChannels[C]['response']>;

export type InvokeHandlers = { [C in InvokeChannel]: Handler<C> };

/**
 * Writes next to the target and renames, so a failed write never leaves half a backup.
 * The temporary name is unguessable and created exclusively ('wx'), so a file or symlink
 * already sitting there is never written through; the data is flushed to disk before the
 * rename, so a power cut cannot leave an empty file under the backup's name.
 */
export async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temporary, 'wx', 0o600);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    if (created) await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

export const PACK_EXTENSION = 'framewise-pack';

function withPackExtension(name: string): string {
  return name.toLowerCase().endsWith(`.${PACK_EXTENSION}`) ? name : `${name}.${PACK_EXTENSION}`;
}

/** Main's copy of the results file's extension (core/results RESULTS_EXTENSION, without the dot). */
export const RESULTS_EXTENSION = 'framewise-results';

function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
}

function withBackupExtension(name: string): string {
  const ext = extname(name).slice(1).toLowerCase();
  return BACKUP_EXTENSIONS.includes(ext) ? name : `${name}.framewise`;
}

export function createInvokeHandlers(deps: IpcDeps): InvokeHandlers {
  const pickedFiles = deps.pickedFiles ?? new PickedFileBatches(deps.fs);
  const owner = (event: IpcMainInvokeEvent) => deps.windowFor(event);
  const showOpen = (event: IpcMainInvokeEvent, options: OpenDialogOptions) => {
    const win = owner(event);
    return win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options);
  };
  const showSave = (event: IpcMainInvokeEvent, options: SaveDialogOptions) => {
    const win = owner(event);
    return win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options);
  };

  return {
    'import:pickFiles': async (event) => {
      const choice = await showOpen(event, {
        title: mainString('dialog.importTitle'),
        properties: ['openFile', 'multiSelections'],
        filters: IMPORT_FILTERS,
      });
      if (choice.canceled) {
        pickedFiles.forget(event.sender.id);
        return { files: [], refused: [], more: false };
      }
      // The first batch answers now; the renderer fetches the rest with 'import:nextPicked'.
      return pickedFiles.start(event.sender.id, choice.filePaths);
    },

    'import:nextPicked': async (event) => pickedFiles.next(event.sender.id),

    'backup:save': async (event, request) => {
      const choice = await showSave(event, {
        title: mainString('dialog.saveBackupTitle'),
        defaultPath: join(deps.app.getPath('documents'), withBackupExtension(request.suggestedName)),
        filters: [{ name: mainString('dialog.backupFilter'), extensions: BACKUP_EXTENSIONS }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await (deps.writeFileAtomic ?? writeFileAtomically)(choice.filePath, request.data);
      return { saved: true, path: choice.filePath };
    },

    'pack:save': async (event, request) => {
      const choice = await showSave(event, {
        title: mainString('dialog.savePackTitle'),
        defaultPath: join(deps.app.getPath('documents'), withPackExtension(request.suggestedName)),
        filters: [{ name: mainString('dialog.packFilter'), extensions: [PACK_EXTENSION] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await (deps.writeFileAtomic ?? writeFileAtomically)(choice.filePath, request.data);
      return { saved: true, path: choice.filePath };
    },

    'export:save': async (event, request) => {
      const extension = request.kind === 'results' ? RESULTS_EXTENSION : 'csv';
      const choice = await showSave(event, {
        title: mainString(request.kind === 'results' ? 'dialog.saveResultsTitle' : 'dialog.saveCsvTitle'),
        defaultPath: join(deps.app.getPath('documents'), withExtension(request.suggestedName, extension)),
        filters: [{ name: mainString(request.kind === 'results' ? 'dialog.resultsFilter' : 'dialog.csvFilter'), extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await (deps.writeFileAtomic ?? writeFileAtomically)(choice.filePath, request.data);
      return { saved: true, path: choice.filePath };
    },

    'backup:open': async (event): Promise<FilePayload | null> => {
      const choice = await showOpen(event, {
        title: mainString('dialog.openBackupTitle'),
        properties: ['openFile'],
        filters: [{ name: mainString('dialog.backupFilter'), extensions: BACKUP_EXTENSIONS }],
      });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return null;
      const read = await readFileBounded(path, MAX_BACKUP_BYTES, deps.fs);
      if (read.ok) return read.file;
      throw new Error(
        mainString(`backupError.${read.refusal.reason}`, {
          name: read.refusal.name,
          limit: Math.round(MAX_BACKUP_BYTES / 1024 / 1024),
        }),
      );
    },

    'app:info': async (): Promise<AppInfo> => ({
      version: deps.app.getVersion(),
      dataPath: deps.app.getPath('userData'),
      platform: deps.platform,
    }),

    'library:carryOver': async (event, request) => {
      if (!deps.carryOver) return { status: 'none' };
      return deps.carryOver.handle(request, deps.carryOver.isExportSender(event));
    },
  };
}

export interface RegisterOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  handlers: InvokeHandlers;
  location: AppLocation;
  trustedWebContentsIds: ReadonlySet<number>;
  /**
   * Further senders a channel accepts besides the app window: only the carry-over's
   * hidden file:// page, on 'library:carryOver' (whose handler checks the step too).
   */
  extraSenders?: { [C in InvokeChannel]?: (event: IpcMainInvokeEvent) => boolean };
}

/**
 * Registers every handler behind the sender check and the payload validator. Errors
 * become rejections of the renderer's `invoke`; main keeps running.
 */
export function registerInvokeHandlers(options: RegisterOptions): void {
  for (const channel of INVOKE_CHANNELS) {
    const validate = requestValidators[channel] as (payload: unknown) => unknown;
    const handler = options.handlers[channel] as (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>;
    options.ipcMain.removeHandler(channel);
    options.ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!options.extraSenders?.[channel]?.(event)) {
        assertTrustedSender(channel, event, options.trustedWebContentsIds, options.location);
      }
      if (args.length > 1) throw new IpcValidationError(`Invalid request on ${channel}: too many arguments`);
      const request = validate(args[0]);
      try {
        return await handler(event, request);
      } catch (error) {
        console.error(`[framewise] ${channel} failed:`, error);
        throw error instanceof Error ? new Error(error.message) : new Error(`${channel} failed`);
      }
    });
  }
}
