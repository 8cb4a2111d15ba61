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

export interface AppInfo {
  version: string;
  dataPath: string;
  platform: string;
}

/** Request/response channels: renderer invokes, main handles. */
export interface InvokeChannels {
  'import:pickFiles': { request: void; response: PickedFiles };
  'backup:save': { request: { suggestedName: string; data: Uint8Array }; response: { saved: boolean; path?: string } };
  'backup:open': { request: void; response: FilePayload | null };
  'shell:openExternal': { request: { url: string }; response: { opened: boolean } };
  'app:info': { request: void; response: AppInfo };
}

/** Events main pushes to the renderer. */
export interface EventChannels {
  /** File > Import… was chosen from the menu. */
  'menu:import': void;
  /** Files arrived from the command line or the OS "Open with". */
  'files:opened': PickedFiles;
}

export type InvokeChannel = keyof InvokeChannels;
export type EventChannel = keyof EventChannels;

/** What the preload exposes on `window.framewise`. Absent in browser mode. */
export interface FramewiseApi {
  pickFiles(): Promise<PickedFiles>;
  saveBackup(req: InvokeChannels['backup:save']['request']): Promise<InvokeChannels['backup:save']['response']>;
  openBackup(): Promise<FilePayload | null>;
  openExternal(url: string): Promise<{ opened: boolean }>;
  appInfo(): Promise<AppInfo>;
  /** Subscribe to a main-process event; returns an unsubscribe function. */
  on<C extends EventChannel>(channel: C, listener: (payload: EventChannels[C]) => void): () => void;
}

/** Largest file the app imports; stated in the README and in rejection messages. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
