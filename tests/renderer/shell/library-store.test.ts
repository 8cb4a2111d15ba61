// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_DELETED_MS, parseSort, useLibraryStore } from '../../../src/renderer/src/shell/library-store';
import { STORAGE_KEYS } from '../../../src/renderer/src/shell/stored-preference';
import { articleRecord, fakeServices } from '../ui/fakes';

beforeEach(() => localStorage.clear());

function setup(options: { sort?: string } = {}) {
  if (options.sort) localStorage.setItem(STORAGE_KEYS.librarySort, options.sort);
  const services = fakeServices([articleRecord({ id: 1, title: 'One' }), articleRecord({ id: 2, title: 'Two' }), articleRecord({ id: 3, title: 'Three' })]);
  const purge = vi.spyOn(services, 'purgeDeleted');
  const ensure = vi.spyOn(services, 'ensureSamples');
  const onError = vi.fn();
  const loadSamples = vi.fn(async () => []);
  const hook = renderHook(() => useLibraryStore(services, { loadSamples, onError, now: () => 1_000_000_000_000 }));
  return { services, purge, ensure, onError, loadSamples, hook };
}

describe('the library store', () => {
  it('on start offers new samples, purges long-deleted articles, then lists', async () => {
    const { hook, purge, loadSamples, ensure } = setup();
    await waitFor(() => expect(hook.result.current.articles?.map((a) => a.title)).toEqual(['Three', 'Two', 'One']));
    expect(loadSamples).toHaveBeenCalledTimes(1);
    expect(ensure).not.toHaveBeenCalled(); // nothing new to offer
    expect(purge).toHaveBeenCalledWith(1_000_000_000_000 - KEEP_DELETED_MS);
  });

  it('has the index start on a search’s words as it is typed, before the listing', async () => {
    const { hook, services } = setup();
    await waitFor(() => expect(hook.result.current.articles).toHaveLength(3));
    const order: string[] = [];
    vi.spyOn(services, 'prepareSearch').mockImplementation((query) => void order.push(`prepare ${query}`));
    const list = vi.spyOn(services, 'listArticles').mockImplementation(async (opts) => {
      order.push(`list ${opts.query}`);
      return [];
    });
    act(() => hook.result.current.setQuery('bud'));
    await waitFor(() => expect(list).toHaveBeenCalled());
    act(() => hook.result.current.setQuery(''));
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2));
    // Clearing the search needs no index.
    expect(order).toEqual(['prepare bud', 'list bud', 'list ']);
  });

  it('remembers the sort and ignores an unknown stored one', async () => {
    expect(parseSort('title')).toBe('title');
    expect(parseSort('sideways')).toBe('imported-desc');
    const { hook } = setup({ sort: 'title' });
    expect(hook.result.current.sort).toBe('title');
    act(() => hook.result.current.setSort('words-desc'));
    expect(localStorage.getItem(STORAGE_KEYS.librarySort)).toBe('words-desc');
  });

  it('a search is listed once, already ranked by relevance; clearing it lists once in the learner\'s order again', async () => {
    const { hook, services } = setup({ sort: 'title' });
    await waitFor(() => expect(hook.result.current.articles).toHaveLength(3));
    const list = vi.spyOn(services, 'listArticles');
    act(() => hook.result.current.setQuery('one'));
    expect(hook.result.current.sort).toBe('relevance');
    await waitFor(() => expect(list).toHaveBeenCalled());
    await act(async () => {}); // any second listing would have started by now
    // Switched after the query (as before), the search was listed twice: by title, then by relevance.
    expect(list.mock.calls.map(([opts]) => opts)).toEqual([{ query: 'one', sort: 'relevance' }]);
    act(() => hook.result.current.setQuery('one two'));
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2));
    await act(async () => {});
    expect(list).toHaveBeenCalledTimes(2);
    expect(list).toHaveBeenLastCalledWith({ query: 'one two', sort: 'relevance' });
    act(() => hook.result.current.setQuery(''));
    expect(hook.result.current.sort).toBe('title');
    await waitFor(() => expect(list).toHaveBeenCalledTimes(3));
    await act(async () => {});
    expect(list.mock.calls.slice(2).map(([opts]) => opts)).toEqual([{ query: '', sort: 'title' }]);
  });

  it('keeps an order the learner picked while searching, and "Best match" chosen before a search', async () => {
    const { hook } = setup({ sort: 'title' });
    act(() => hook.result.current.setQuery('one'));
    act(() => hook.result.current.setSort('words-desc'));
    act(() => hook.result.current.setQuery(''));
    expect(hook.result.current.sort).toBe('words-desc');
    act(() => hook.result.current.setSort('relevance'));
    act(() => hook.result.current.setQuery('two'));
    act(() => hook.result.current.setQuery(''));
    expect(hook.result.current.sort).toBe('relevance');
  });

  it('deletes with the neighbour for focus, offers undo, and undo brings the article back', async () => {
    const { hook } = setup();
    await waitFor(() => expect(hook.result.current.articles).toHaveLength(3));
    let removed: Awaited<ReturnType<typeof hook.result.current.remove>> = null;
    await act(async () => {
      removed = await hook.result.current.remove(2);
    });
    expect(removed).toEqual({ neighbour: 1 });
    expect(hook.result.current.pending).toEqual({ id: 2, title: 'Two' });
    await waitFor(() => expect(hook.result.current.articles?.map((a) => a.id)).toEqual([3, 1]));
    let restored: Awaited<ReturnType<typeof hook.result.current.undo>> = null;
    await act(async () => {
      restored = await hook.result.current.undo();
    });
    expect(restored).toEqual({ id: 2, title: 'Two' });
    expect(hook.result.current.pending).toBeNull();
    await waitFor(() => expect(hook.result.current.articles?.map((a) => a.id)).toEqual([3, 2, 1]));
  });

  it('reports a failing start and still lists what is there', async () => {
    const services = fakeServices([articleRecord({ id: 1, title: 'One' })]);
    const onError = vi.fn();
    const { result } = renderHook(() =>
      useLibraryStore(services, { loadSamples: async () => Promise.reject(new Error('no samples')), onError }),
    );
    await waitFor(() => expect(result.current.articles).toHaveLength(1));
    expect(onError).toHaveBeenCalledWith('start', expect.any(Error));
  });
});
