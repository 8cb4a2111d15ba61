import * as fs from 'node:fs/promises';
import { basename } from 'node:path';
import type { FilePayload, FileRefusal } from '../shared/ipc-contract';

/** The file-system calls a bounded read needs; tests pass fakes to prove what was (not) read. */
export interface BoundedReadFs {
  stat(path: string): Promise<{ isFile(): boolean; size: number }>;
  open(path: string, flags: 'r'): Promise<fs.FileHandle>;
}

export type BoundedReadResult = { ok: true; file: FilePayload } | { ok: false; refusal: FileRefusal };

/**
 * Reads a regular file of at most `maxBytes`. The size is checked before any byte is
 * read, and checked again on the open handle, so a file swapped or grown in between is
 * refused rather than read without limit.
 */
export async function readFileBounded(
  path: string,
  maxBytes: number,
  fsApi: BoundedReadFs = fs,
): Promise<BoundedReadResult> {
  const name = basename(path);
  const refuse = (reason: FileRefusal['reason']): BoundedReadResult => ({ ok: false, refusal: { name, reason } });
  let handle: fs.FileHandle | undefined;
  try {
    const info = await fsApi.stat(path);
    if (!info.isFile()) return refuse('not-a-file');
    if (info.size > maxBytes) return refuse('too-large');
    handle = await fsApi.open(path, 'r');
    const opened = await handle.stat();
    if (!opened.isFile()) return refuse('not-a-file');
    if (opened.size > maxBytes) return refuse('too-large');
    // One byte of slack tells us whether the file grew past the limit while we read it.
    const buffer = new Uint8Array(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return refuse('too-large');
    const data = buffer.slice(0, length);
    return { ok: true, file: { name, size: data.byteLength, data } };
  } catch {
    return refuse('unreadable');
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
