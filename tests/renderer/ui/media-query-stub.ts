import { vi } from 'vitest';

/**
 * A matchMedia stand-in for jsdom (which has none): `set` says which queries match now and
 * tells the subscribed lists, as a resized window does.
 */
export function stubMatchMedia(initial: readonly string[] = []) {
  let matching = new Set(initial);
  const listeners = new Map<string, Set<() => void>>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    media: query,
    get matches() {
      return matching.has(query);
    },
    addEventListener: (_type: 'change', listener: () => void) => {
      if (!listeners.has(query)) listeners.set(query, new Set());
      listeners.get(query)!.add(listener);
    },
    removeEventListener: (_type: 'change', listener: () => void) => listeners.get(query)?.delete(listener),
  }));
  return {
    set(queries: readonly string[]): void {
      const before = matching;
      matching = new Set(queries);
      for (const [query, set] of listeners) if (before.has(query) !== matching.has(query)) set.forEach((listener) => listener());
    },
    listenerCount: (query: string): number => listeners.get(query)?.size ?? 0,
  };
}
