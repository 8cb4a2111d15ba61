// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useImportQueue } from '../../../src/renderer/src/shell/import-queue';
import type { NoticeData } from '../../../src/renderer/src/ui/Notice';
import { fakeElectronPlatform, fakeServices, textFile } from '../ui/fakes';

function setup() {
  const services = fakeServices();
  const platform = fakeElectronPlatform();
  const notices: (NoticeData | null)[] = [];
  const refreshLibrary = vi.fn();
  const openArticle = vi.fn();
  const openPack = vi.fn();
  const openResults = vi.fn();
  const hook = renderHook(() =>
    useImportQueue({
      services,
      platform,
      fileInputRef: createRef<HTMLInputElement>(),
      showNotice: (notice) => notices.push(notice),
      refreshLibrary,
      openArticle,
      openPack,
      openResults,
    }),
  );
  return { services, platform, notices, refreshLibrary, openArticle, openPack, openResults, hook };
}

const PASTED =
  'The council voted on Tuesday to close two branch libraries.\n\nThe finance committee said the change would save about £86,000 a year, and the new hours take effect on September 2.';

describe('the import queue', () => {
  it('imports one file with a notice and opens it', async () => {
    const { hook, notices, openArticle, refreshLibrary } = setup();
    act(() => hook.result.current.importIncoming({ files: [textFile('a.txt')], refused: [] }));
    await waitFor(() => expect(openArticle).toHaveBeenCalledWith(1));
    expect(notices.at(-1)).toEqual({ tone: 'info', text: 'Imported “Title of a.txt”.' });
    expect(refreshLibrary).toHaveBeenCalled();
    expect(hook.result.current.batch).toBeNull();
  });

  it('asks for the analysis ahead for one file, which it opens, and not for a batch', async () => {
    const { hook, services, openArticle } = setup();
    const importFiles = vi.spyOn(services, 'importFiles');
    act(() => hook.result.current.importIncoming({ files: [textFile('a.txt')], refused: [] }));
    await waitFor(() => expect(openArticle).toHaveBeenCalledWith(1));
    expect(importFiles.mock.calls[0][1].analyseAhead).toBe(true);
    act(() => hook.result.current.importIncoming({ files: [textFile('b.txt'), textFile('c.txt')], refused: [] }));
    await waitFor(() => expect(hook.result.current.batch?.phase).toBe('done'));
    expect(importFiles.mock.calls[1][1].analyseAhead).toBeFalsy();
  });

  it('sends several files (and refusals) to the batch panel, and queues a second drop behind the first', async () => {
    const { hook, services } = setup();
    act(() => {
      hook.result.current.importIncoming({ files: [textFile('a.txt'), textFile('b.txt')], refused: [{ name: 'dir', reason: 'not-a-file' }] });
    });
    act(() => hook.result.current.importIncoming({ files: [textFile('c.txt')], refused: [] }));
    await waitFor(() => expect(hook.result.current.batch?.phase).toBe('done'));
    const batch = hook.result.current.batch!;
    expect(batch.total).toBe(4);
    expect(batch.results.map((r) => [r.name, r.status])).toEqual([
      ['dir', 'rejected'],
      ['a.txt', 'imported'],
      ['b.txt', 'imported'],
      ['c.txt', 'imported'],
    ]);
    expect(services.imported).toEqual(['a.txt', 'b.txt', 'c.txt']);
    act(() => hook.result.current.closeBatch());
    expect(hook.result.current.batch).toBeNull();
  });

  it('hands a class pack to its preview and the other files to the importer', async () => {
    const { hook, openPack, services, openArticle, notices } = setup();
    const pack = { name: 'week 3.framewise-pack', size: 2, data: new Uint8Array([123, 125]) };
    act(() => hook.result.current.importIncoming({ files: [pack], refused: [] }));
    expect(openPack).toHaveBeenCalledWith(pack);
    expect(notices).toEqual([]);
    act(() => hook.result.current.importIncoming({ files: [textFile('a.txt'), pack], refused: [] }));
    await waitFor(() => expect(openArticle).toHaveBeenCalledWith(1));
    expect(openPack).toHaveBeenCalledTimes(2);
    expect(services.imported).toEqual(['a.txt']);
  });

  it('hands every results file to the class view at once, and the other files to the importer', async () => {
    const { hook, openResults, openPack, services, openArticle, notices } = setup();
    const ada = { name: 'Ada.framewise-results', size: 2, data: new Uint8Array([123, 125]) };
    const ben = { name: 'BEN.FRAMEWISE-RESULTS', size: 2, data: new Uint8Array([123, 125]) };
    act(() => hook.result.current.importIncoming({ files: [ada, ben], refused: [] }));
    expect(openResults).toHaveBeenCalledWith([ada, ben]);
    expect(notices).toEqual([]);
    act(() => hook.result.current.importIncoming({ files: [textFile('a.txt'), ada], refused: [] }));
    await waitFor(() => expect(openArticle).toHaveBeenCalledWith(1));
    expect(openResults).toHaveBeenLastCalledWith([ada]);
    expect(openPack).not.toHaveBeenCalled();
    expect(services.imported).toEqual(['a.txt']);
  });

  it('says when nothing importable arrived', () => {
    const { hook, notices } = setup();
    act(() => hook.result.current.importIncoming({ files: [], refused: [] }));
    expect(notices.at(-1)?.tone).toBe('error');
  });

  it('stores pasted text, closing the dialog first, and explains refused text', async () => {
    const { hook, openArticle } = setup();
    const closed = vi.fn();
    let problem: string | undefined = 'unset';
    await act(async () => {
      problem = await hook.result.current.importPasted({ title: 'Mine', text: PASTED }, closed);
    });
    expect(problem).toBeUndefined();
    expect(closed).toHaveBeenCalled();
    expect(openArticle).toHaveBeenCalled();
    await act(async () => {
      problem = await hook.result.current.importPasted({ title: '', text: '   ' });
    });
    expect(problem).toMatch(/^No article text was found/);
  });

  it('imports from the File menu through the native picker', async () => {
    const { hook, platform, openArticle } = setup();
    platform.picks.push({ files: [textFile('menu.txt')], refused: [] });
    act(() => platform.emitMenuImport());
    await waitFor(() => expect(openArticle).toHaveBeenCalled());
    expect(hook.result.current.busyName).toBeNull();
  });
});
