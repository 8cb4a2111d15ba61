/**
 * The one typed contract for every IPC channel between the renderer and the main
 * process. Channel names are `domain:verb`. Main validates every payload it receives
 * (see src/main/ipc-validation.ts); the preload exposes exactly `FramewiseApi`.
 */

/** A file handed from main to the renderer: bytes, never a path the renderer can reuse. */
export interface FilePayload {
  name: string;
  size: number;
  data: Uint8Array;
}

/** A file main refused to read (too big, unreadable) with a reason for the learner. */
export interface FileRefusal {
  name: string;
  reason: 'too-large' | 'unreadable' | 'not-a-file';
}

export interface PickedFiles {
  files: FilePayload[];
  refused: FileRefusal[];
}

/**
 * One reply of the file picker. Chosen files travel in batches of at most
 * `MAX_BATCH_BYTES`, so no IPC message nears Chromium's size limit; `more` says that
 * further files wait in main, fetched with 'import:nextPicked'.
 */
export interface PickedBatch extends PickedFiles {
  more: boolean;
}

export interface AppInfo {
  version: string;
  dataPath: string;
  platform: string;
}

/**
 * The one-time carry-over of a library stored under the old file:// origin (see
 * src/main/carry-over.ts). One channel, with a step per message:
 * - from the hidden export page (file://, and only that window): 'exported' with the
 *   backup bytes, or 'export-failed';
 * - from the app window: 'take' (waits for the export; answers 'none', 'ready' with the
 *   bytes, or 'failed'), then 'imported' or 'import-failed' once the import is done.
 */
export type CarryOverOutcome = 'replaced' | 'merged' | 'empty';
export type CarryOverExportRequest = { step: 'exported'; data: Uint8Array } | { step: 'export-failed'; reason: string };
export type CarryOverAppRequest =
  | { step: 'take' }
  | { step: 'imported'; outcome: CarryOverOutcome }
  | { step: 'import-failed'; reason: string };
export type CarryOverRequest = CarryOverExportRequest | CarryOverAppRequest;
export type CarryOverReply =
  | { status: 'none' }
  | { status: 'ready'; data: Uint8Array }
  | { status: 'failed' }
  | { status: 'recorded' };

/** Request/response channels: renderer invokes, main handles. */
export interface InvokeChannels {
  'import:pickFiles': { request: void; response: PickedBatch };
  'import:nextPicked': { request: void; response: PickedBatch };
  'backup:save': { request: { suggestedName: string; data: Uint8Array }; response: { saved: boolean; path?: string } };
  'backup:open': { request: void; response: FilePayload | null };
  /** Saves a class pack the renderer made (docs/PACK-FORMAT.md) where the teacher chooses. */
  'pack:save': { request: { suggestedName: string; data: Uint8Array }; response: { saved: boolean; path?: string } };
  /** Saves a learner's results file (docs/RESULTS-FORMAT.md) or the teacher's class CSV where the user chooses. */
  'export:save': { request: { kind: 'results' | 'csv'; suggestedName: string; data: Uint8Array }; response: { saved: boolean; path?: string } };
  'app:info': { request: void; response: AppInfo };
  'library:carryOver': { request: CarryOverRequest; response: CarryOverReply };
}

/** Events main pushes to the renderer. */
export interface EventChannels {
  /** File > Import… was chosen from the menu. */
  'menu:import': void;
  /** Files arrived from the command line or the OS "Open with". */
  'files:opened': PickedFiles;
}

/**
 * One-way notices the renderer sends to main. Only the preload sends these; they are not
 * part of `FramewiseApi`.
 */
export interface SendChannels {
  /** The renderer subscribed to 'files:opened', so files queued from "Open with" can be delivered. */
  'files:ready': void;
}

export type InvokeChannel = keyof InvokeChannels;
export type EventChannel = keyof EventChannels;
export type SendChannel = keyof SendChannels;

/** Runtime lists of the channels above: the preload's and main's allow-lists. */
export const INVOKE_CHANNELS = [
  'import:pickFiles',
  'import:nextPicked',
  'backup:save',
  'backup:open',
  'pack:save',
  'export:save',
  'app:info',
  'library:carryOver',
] as const satisfies readonly InvokeChannel[];
export const EVENT_CHANNELS = ['menu:import', 'files:opened'] as const satisfies readonly EventChannel[];
export const SEND_CHANNELS = ['files:ready'] as const satisfies readonly SendChannel[];

// Compile-time proof that each list names every channel of its interface.
type AssertAll<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const everyInvokeChannelListed: AssertAll<InvokeChannel, (typeof INVOKE_CHANNELS)[number]> = true;
const everyEventChannelListed: AssertAll<EventChannel, (typeof EVENT_CHANNELS)[number]> = true;
const everySendChannelListed: AssertAll<SendChannel, (typeof SEND_CHANNELS)[number]> = true;
void everyInvokeChannelListed;
void everyEventChannelListed;
void everySendChannelListed;

/** What the preload exposes on `window.framewise`. Absent in browser mode. */
export interface FramewiseApi {
  /** Shows the open dialog; the reply holds the first batch of the chosen files. */
  pickFiles(): Promise<PickedBatch>;
  /** The next batch of the last pick (empty, `more: false`, when there is none). */
  nextPickedFiles(): Promise<PickedBatch>;
  saveBackup(req: InvokeChannels['backup:save']['request']): Promise<InvokeChannels['backup:save']['response']>;
  openBackup(): Promise<FilePayload | null>;
  savePack(req: InvokeChannels['pack:save']['request']): Promise<InvokeChannels['pack:save']['response']>;
  saveExport(req: InvokeChannels['export:save']['request']): Promise<InvokeChannels['export:save']['response']>;
  appInfo(): Promise<AppInfo>;
  /** The app window's side of the one-time file:// carry-over ('take', then 'imported' or 'import-failed'). */
  carryOver(request: CarryOverAppRequest): Promise<CarryOverReply>;
  /** Subscribe to a main-process event; returns an unsubscribe function. */
  on<C extends EventChannel>(channel: C, listener: (payload: EventChannels[C]) => void): () => void;
}

/**
 * Largest total of file bytes in one IPC message (picker replies, 'files:opened'):
 * Chromium refuses messages of a few hundred MB, and one of tens of MB already stalls
 * both processes while it is copied.
 */
export const MAX_BATCH_BYTES = 32 * 1024 * 1024;

/** Largest file the app imports; stated in the README and in rejection messages. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * Extensions the importer understands (lower case, no dot): dialogs, "Open with", file arguments.
 * `framewise-pack` is a class pack (docs/PACK-FORMAT.md): the renderer previews it instead of importing it as an article;
 * `framewise-results` is a learner's results file (docs/RESULTS-FORMAT.md): the renderer files it in Class results.
 */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'docx', 'pdf', 'framewise-pack', 'framewise-results'] as const;

/** Largest class pack main saves: the pack reader's cap (core/pack/format.ts MAX_PACK_BYTES; a test holds them equal). */
export const MAX_PACK_SAVE_BYTES = 64 * 1024 * 1024;

/** Largest backup file main writes or reads; the renderer's backup reader uses the same limit. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/** Longest failure reason a carry-over message may carry (it is only logged). */
export const MAX_CARRY_OVER_REASON_CHARS = 500;

/** The query the hidden carry-over window's file:// page is loaded with. */
export const CARRY_OVER_EXPORT_QUERY = '?carry=export';
