import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES, type PickedFiles } from '../../src/shared/ipc-contract';
import { filePathsFromArgv, hasImportExtension, MAX_BATCH_BYTES, MAX_QUEUED_FILES, OpenedFilesQueue } from '../../src/main/file-args';
import type { BoundedReadFs } from '../../src/main/bounded-read';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'framewise-args-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeRenderer() {
  const sent: PickedFiles[] = [];
  return {
    sent,
    destroyed: false,
    send: vi.fn((_channel: 'files:opened', payload: PickedFiles) => {
      sent.push(payload);
    }),
    isDestroyed() {
      return this.destroyed;
    },
  };
}

describe('file arguments', () => {
  it('keeps only importable files and resolves them against the working directory', () => {
    const argv = [
      '/opt/Framewise/framewise',
      '--no-sandbox',
      '--type=renderer',
      '.',
      'notes.TXT',
      'story.md',
      '/abs/page.HTM',
      'page.html',
      'brief.docx',
      'report.pdf',
      'photo.jpg',
      'archive.zip',
      'no-extension',
    ];
    expect(filePathsFromArgv(argv, '/home/reader')).toEqual([
      resolve('/home/reader', 'notes.TXT'),
      resolve('/home/reader', 'story.md'),
      '/abs/page.HTM',
      resolve('/home/reader', 'page.html'),
      resolve('/home/reader', 'brief.docx'),
      resolve('/home/reader', 'report.pdf'),
    ]);
  });

  it('ignores the executable even when it has a matching name', () => {
    expect(filePathsFromArgv(['/weird/app.txt'], '/')).toEqual([]);
  });

  it('recognises extensions case-insensitively', () => {
    expect(hasImportExtension('A.PDF')).toBe(true);
    expect(hasImportExtension('a.pdf.exe')).toBe(false);
    expect(hasImportExtension('.txt')).toBe(false); // a dotfile, not an extension
  });

  it('accepts a class pack opened with the app ("Open with"), for the renderer to preview', () => {
    expect(hasImportExtension('/home/t/Week 3.framewise-pack')).toBe(true);
    expect(hasImportExtension('/home/t/Ada - Week 3.framewise-results')).toBe(true);
    expect(filePathsFromArgv(['framewise', 'Week 3.FRAMEWISE-PACK'], '/home/t')).toEqual(['/home/t/Week 3.FRAMEWISE-PACK']);
  });
});

describe('opened-files queue', () => {
  it('holds files until the renderer is ready, then sends them once', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, 'hello');
    const queue = new OpenedFilesQueue();
    queue.add([file, join(dir, 'ignored.exe')]);
    await queue.idle();
    expect(queue.size).toBe(1);

    const renderer = fakeRenderer();
    queue.rendererReady(renderer);
    await queue.idle();
    expect(renderer.send).toHaveBeenCalledTimes(1);
    expect(renderer.send.mock.calls[0][0]).toBe('files:opened');
    expect(renderer.sent[0]).toEqual({ files: [{ name: 'a.txt', size: 5, data: new TextEncoder().encode('hello') }], refused: [] });
    expect(queue.size).toBe(0);

    queue.rendererReady(renderer); // a second subscription sends nothing new
    await queue.idle();
    expect(renderer.send).toHaveBeenCalledTimes(1);
  });

  it('delivers at once when the renderer is already listening, with refusals', async () => {
    const big = join(dir, 'big.pdf');
    await writeFile(big, '');
    await truncate(big, MAX_IMPORT_BYTES + 1);
    const renderer = fakeRenderer();
    const queue = new OpenedFilesQueue();
    queue.rendererReady(renderer);
    queue.add([big, join(dir, 'missing.md')]);
    await queue.idle();
    expect(renderer.sent).toEqual([
      { files: [], refused: [{ name: 'big.pdf', reason: 'too-large' }, { name: 'missing.md', reason: 'unreadable' }] },
    ]);
  });

  it('keeps files queued when the renderer reloads before delivery', async () => {
    const file = join(dir, 'b.md');
    await writeFile(file, '# B');
    const queue = new OpenedFilesQueue();
    const first = fakeRenderer();
    first.destroyed = true;
    queue.rendererReady(first);
    queue.add([file]);
    await queue.idle();
    expect(first.send).not.toHaveBeenCalled();
    queue.rendererGone();
    const second = fakeRenderer();
    queue.rendererReady(second);
    await queue.idle();
    expect(second.sent[0].files.map((f) => f.name)).toEqual(['b.md']);
  });

  it('splits large deliveries into several messages', async () => {
    const size = 9 * 1024 * 1024;
    const files = [];
    for (const name of ['1.txt', '2.txt', '3.txt', '4.txt']) {
      const path = join(dir, name);
      await writeFile(path, '');
      await truncate(path, size);
      files.push(path);
    }
    const renderer = fakeRenderer();
    const queue = new OpenedFilesQueue();
    queue.add(files);
    queue.rendererReady(renderer);
    await queue.idle();
    expect(renderer.sent.map((batch) => batch.files.length)).toEqual([3, 1]);
    for (const batch of renderer.sent) {
      expect(batch.files.reduce((sum, f) => sum + f.size, 0)).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    }
  });

  it('queues at most MAX_QUEUED_FILES and no duplicates', async () => {
    const stat = vi.fn(async () => ({ isFile: () => false, size: 0 }));
    const queue = new OpenedFilesQueue({ stat, open: vi.fn() } as unknown as BoundedReadFs);
    queue.add(['/a.txt', '/a.txt']);
    expect(queue.size).toBe(1);
    queue.add(Array.from({ length: MAX_QUEUED_FILES + 50 }, (_, i) => `/f${i}.txt`));
    expect(queue.size).toBe(MAX_QUEUED_FILES);
  });
});
