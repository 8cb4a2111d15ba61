/**
 * The files chosen in the import dialog, handed to the renderer in batches like the
 * "Open with" queue (file-args.ts): each reply carries at most MAX_BATCH_BYTES of file
 * data, the rest wait here until the renderer asks for the next batch. Twenty-seven files
 * at the 10 MB limit would otherwise be one 270 MB message, over Chromium's IPC limit.
 * Files are read (size-limited) only when their batch is asked for.
 */
import { MAX_BATCH_BYTES, MAX_IMPORT_BYTES, type FilePayload, type PickedBatch } from '../shared/ipc-contract';
import { readFileBounded, type BoundedReadFs } from './bounded-read';

interface Pick {
  paths: string[];
  /** A file read for the previous batch that did not fit in it. */
  carried?: FilePayload;
  /** Batches of one pick are read one after another, never interleaved. */
  busy: Promise<unknown>;
}

export class PickedFileBatches {
  /** One pending pick per renderer (webContents id); a new pick replaces the old one. */
  private readonly picks = new Map<number, Pick>();

  constructor(
    private readonly fsApi?: BoundedReadFs,
    private readonly maxBatchBytes: number = MAX_BATCH_BYTES,
  ) {}

  /** Starts delivering `paths` to renderer `ownerId`; resolves with the first batch. */
  start(ownerId: number, paths: readonly string[]): Promise<PickedBatch> {
    this.picks.set(ownerId, { paths: [...paths], busy: Promise.resolve() });
    return this.next(ownerId);
  }

  /** The next batch for `ownerId`; an empty batch with `more: false` when nothing waits. */
  next(ownerId: number): Promise<PickedBatch> {
    const pick = this.picks.get(ownerId);
    if (!pick) return Promise.resolve({ files: [], refused: [], more: false });
    const batch = pick.busy.then(() => this.readBatch(ownerId, pick));
    pick.busy = batch.catch(() => undefined);
    return batch;
  }

  /** The renderer went away: drop what it would have fetched. */
  forget(ownerId: number): void {
    this.picks.delete(ownerId);
  }

  /** Picks still waiting to be fetched (for tests and leak checks). */
  get pending(): number {
    return this.picks.size;
  }

  private async readBatch(ownerId: number, pick: Pick): Promise<PickedBatch> {
    const batch: PickedBatch = { files: [], refused: [], more: false };
    let bytes = 0;
    if (pick.carried) {
      batch.files.push(pick.carried);
      bytes = pick.carried.size;
      pick.carried = undefined;
    }
    while (pick.paths.length > 0) {
      const path = pick.paths.shift()!;
      const read = await readFileBounded(path, MAX_IMPORT_BYTES, this.fsApi);
      if (!read.ok) {
        batch.refused.push(read.refusal);
        continue;
      }
      // Every batch takes at least one file, so each request makes progress.
      if (batch.files.length > 0 && bytes + read.file.size > this.maxBatchBytes) {
        pick.carried = read.file;
        break;
      }
      batch.files.push(read.file);
      bytes += read.file.size;
    }
    batch.more = pick.paths.length > 0 || pick.carried !== undefined;
    if (!batch.more && this.picks.get(ownerId) === pick) this.picks.delete(ownerId);
    return batch;
  }
}
