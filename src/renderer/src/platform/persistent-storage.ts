/**
 * Browser mode keeps the learner's library and progress in IndexedDB, which a browser
 * may evict under storage pressure unless the site holds persistent storage. At start
 * the app asks once (`navigator.storage.persist()`). Electron's own profile is never
 * evicted, so the desktop app does not ask.
 */
export type PersistOutcome =
  /** The browser granted persistence now. */
  | 'persisted'
  /** Persistence was already granted (no new request, so no repeated prompt in Firefox). */
  | 'already-persisted'
  /** The browser said no (Chromium decides from site engagement; Firefox asks the user). */
  | 'refused'
  /** No StorageManager (old browser, insecure context) or running in Electron. */
  | 'not-applicable'
  /** The API threw; the app works on with best-effort storage. */
  | 'failed';

/** The part of `navigator.storage` used here. */
export interface PersistableStorage {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

export async function requestPersistentStorage(storage: PersistableStorage | undefined): Promise<PersistOutcome> {
  if (!storage || typeof storage.persist !== 'function') return 'not-applicable';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'already-persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'failed';
  }
}

let request: Promise<PersistOutcome> | undefined;

/**
 * Asks once per page load, however often it is called (React's StrictMode runs start-up
 * effects twice). `isElectron` and `storage` are for tests.
 */
export function requestPersistentStorageOnce(
  isElectron: boolean = typeof window !== 'undefined' && window.framewise !== undefined,
  storage: PersistableStorage | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage,
): Promise<PersistOutcome> {
  request ??= isElectron ? Promise.resolve('not-applicable') : requestPersistentStorage(storage);
  return request;
}

/** Test hook: forget the earlier request. */
export function resetPersistentStorageRequest(): void {
  request = undefined;
}
