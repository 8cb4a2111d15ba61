/**
 * Whether a media query matches, kept up to date as the window is resized. For markup that
 * depends on the window's size in a way CSS alone would have to repeat itself for: text that
 * is read out but drawn only in a roomy window takes the one `.visually-hidden` rule (app.css)
 * when the query matches, rather than a copy of that rule inside a @media block.
 */
import { useCallback, useSyncExternalStore } from 'react';

/** True while `query` matches; false where there is no matchMedia (tests without a layout). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof matchMedia !== 'function') return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  const matches = () => typeof matchMedia === 'function' && matchMedia(query).matches;
  return useSyncExternalStore(subscribe, matches, () => false);
}
