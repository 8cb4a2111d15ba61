/**
 * Small preferences kept in localStorage (welcome dismissed, library sort, the reader's
 * legend, analysis switch and filter, the daily goal): read once at start (or when the key changes), written on change. Storage can be unavailable (private windows, locked-down
 * profiles); the preference then lasts for the session only, never an error.
 */
import { useCallback, useState } from 'react';

export const STORAGE_KEYS = {
  welcomeDismissed: 'framewise.welcomeDismissed',
  librarySort: 'framewise.librarySort',
  /** The reader's legend folded away (one choice for the whole app). */
  legendCollapsed: 'framewise.legendCollapsed',
  /** Per learner (see learnerKey): the reader's analysis switch and its "show only" filter. */
  analysisEnabled: 'framewise.analysisEnabled',
  readerFilter: 'framewise.readerFilter',
  /** Per learner: the daily goal (items a day; missing means off). */
  dailyGoal: 'framewise.dailyGoal',
} as const;

/**
 * A key kept apart for each learner, so one learner's reader settings do not change
 * another's on a shared computer; without a learner (no database, tests) one shared key.
 */
export function learnerKey(base: string, learnerId: number | undefined): string {
  return learnerId === undefined ? base : `${base}.${learnerId}`;
}

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
  // The value remembers its key: when the key changes (another learner), the stored value
  // for the new key is read during that render, never the previous key's value.
  const [state, setState] = useState<{ key: string; value: T }>(() => ({ key, value: parse(readStorage(key)) }));
  const value = state.key === key ? state.value : parse(readStorage(key));
  const set = useCallback(
    (next: T) => {
      writeStorage(key, serialise(next));
      setState({ key, value: next });
    },
    [key, serialise],
  );
  return [value, set];
}
