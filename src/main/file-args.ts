/**
 * Files handed to the app by the OS: command-line arguments (Windows/Linux "Open
 * with", first launch or a second instance) and macOS 'open-file'. They are filtered to
 * the formats we import, queued until the renderer has subscribed to 'files:opened',
 * then read (size-limited) and delivered in batches.
 */
import { extname, isAbsolute, resolve } from 'node:path';
import { IMPORT_EXTENSIONS, MAX_BATCH_BYTES, MAX_IMPORT_BYTES, type PickedFiles } from '../shared/ipc-contract';
import { readFileBounded, type BoundedReadFs } from './bounded-read';

/** Caps one 'files:opened' message; more files go in further messages. */
export { MAX_BATCH_BYTES };
/** A runaway "Open with" of thousands of files queues only this many. */
export const MAX_QUEUED_FILES = 200;

export function hasImportExtension(path: string): boolean {
  const ext = extname(path).slice(1).toLowerCase();
  return (IMPORT_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * File paths in an argv: skips the executable, Chromium/Electron switches and anything
 * that is not an importable file name (such as the app path `.` in development).
 */
export function filePathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !hasImportExtension(arg)) continue;
    paths.push(isAbsolute(arg) ? arg : resolve(workingDirectory, arg));
  }
  return paths;
}

export interface FileTarget {
  send(channel: 'files:opened', payload: PickedFiles): void;
  isDestroyed(): boolean;
}

export class OpenedFilesQueue {
  private pending: string[] = [];
  private target: FileTarget | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly fsApi?: BoundedReadFs) {}

  /** Queues importable paths; delivers at once if the renderer is listening. */
  add(paths: readonly string[]): void {
    for (const path of paths) {
      if (!hasImportExtension(path) || this.pending.includes(path)) continue;
      if (this.pending.length >= MAX_QUEUED_FILES) break;
      this.pending.push(path);
    }
    this.scheduleFlush();
  }

  /** The renderer in `target` subscribed to 'files:opened'. */
  rendererReady(target: FileTarget): void {
    this.target = target;
    this.scheduleFlush();
  }

  /** The renderer reloaded or closed: hold files until it subscribes again. */
  rendererGone(): void {
    this.target = null;
  }

  get size(): number {
    return this.pending.length;
  }

  /** Resolves when every delivery started so far has finished. */
  idle(): Promise<void> {
    return this.flushing;
  }

  private scheduleFlush(): void {
    this.flushing = this.flushing.then(() => this.flush());
  }

  private async flush(): Promise<void> {
    let batch: PickedFiles = { files: [], refused: [] };
    let batchPaths: string[] = [];
    let batchBytes = 0;
    const deliver = (target: FileTarget) => {
      if (batch.files.length || batch.refused.length) target.send('files:opened', batch);
      batch = { files: [], refused: [] };
      batchPaths = [];
      batchBytes = 0;
    };
    while (this.pending.length > 0) {
      const target = this.target;
      const path = this.pending[0];
      const read = target && !target.isDestroyed() ? await readFileBounded(path, MAX_IMPORT_BYTES, this.fsApi) : null;
      if (!read || this.target !== target || target!.isDestroyed()) {
        // The renderer went away: keep every undelivered file for the next one.
        this.pending.unshift(...batchPaths.filter((p) => !this.pending.includes(p)));
        return;
      }
      this.pending.shift();
      if (read.ok) {
        if (batchBytes + read.file.size > MAX_BATCH_BYTES) deliver(target!);
        batch.files.push(read.file);
        batchBytes += read.file.size;
      } else {
        batch.refused.push(read.refusal);
      }
      batchPaths.push(path);
      if (this.pending.length === 0) deliver(target!);
    }
  }
}
