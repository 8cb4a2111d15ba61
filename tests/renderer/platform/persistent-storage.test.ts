import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  requestPersistentStorage,
  requestPersistentStorageOnce,
  resetPersistentStorageRequest,
} from '../../../src/renderer/src/platform/persistent-storage';

afterEach(() => resetPersistentStorageRequest());

describe('persistent storage in browser mode', () => {
  it('asks the browser to persist and reports its answer', async () => {
    const persist = vi.fn(async () => true);
    await expect(requestPersistentStorage({ persist, persisted: async () => false })).resolves.toBe('persisted');
    expect(persist).toHaveBeenCalledTimes(1);
    await expect(requestPersistentStorage({ persist: async () => false, persisted: async () => false })).resolves.toBe('refused');
  });

  it('does not ask again when persistence is already granted', async () => {
    const persist = vi.fn(async () => true);
    await expect(requestPersistentStorage({ persist, persisted: async () => true })).resolves.toBe('already-persisted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('copes with browsers without the API or with one that throws', async () => {
    await expect(requestPersistentStorage(undefined)).resolves.toBe('not-applicable');
    await expect(requestPersistentStorage({})).resolves.toBe('not-applicable');
    await expect(requestPersistentStorage({ persist: async () => Promise.reject(new Error('denied')) })).resolves.toBe('failed');
  });

  it('asks once per start however often start-up runs', async () => {
    const persist = vi.fn(async () => true);
    const storage = { persist, persisted: async () => false };
    const first = requestPersistentStorageOnce(false, storage);
    const second = requestPersistentStorageOnce(false, storage);
    await expect(first).resolves.toBe('persisted');
    await expect(second).resolves.toBe('persisted');
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask in Electron, whose profile is never evicted', async () => {
    const persist = vi.fn(async () => true);
    await expect(requestPersistentStorageOnce(true, { persist })).resolves.toBe('not-applicable');
    expect(persist).not.toHaveBeenCalled();
  });
});
