/**
 * Small preferences kept in localStorage (welcome dismissed, library sort): read once at
 * start, written on change. Storage can be unavailable (private windows, locked-down
 * profiles); the preference then lasts for the session only, never an error.
 */
import { useCallback, useState } from 'react';

export const STORAGE_KEYS = {
  welcomeDismissed: 'framewise.welcomeDismissed',
  librarySort: 'framewise.librarySort',
} as const;

export function readStorage(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Storage unavailable: the preference lasts for this session only.
  }
}

/**
 * A preference stored under `key`: `parse` turns the stored string (or null) into the
 * value, so an unknown or missing string falls back to the default the caller chooses.
 */
export function useStoredPreference<T>(
  key: string,
  parse: (stored: string | null) => T,
  serialise: (value: T) => string = String,
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => parse(readStorage(key)));
  const set = useCallback(
    (next: T) => {
      writeStorage(key, serialise(next));
      setValue(next);
    },
    [key, serialise],
  );
  return [value, set];
}
