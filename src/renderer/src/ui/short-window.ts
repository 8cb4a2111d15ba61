/**
 * A short window (a small laptop, or a window at half the screen's height): the reader
 * folds its notes, hints and analysis options so the article text starts on the first
 * screen. The CSS uses the same media query (app.css and analysis.css, "short window");
 * keep the two in step.
 */
import { useMediaQuery } from './use-media-query';

export const SHORT_WINDOW_QUERY = '(max-height: 720px)';

/** True in a short window; false where there is no matchMedia (tests without a layout). */
export function isShortWindow(): boolean {
  return typeof matchMedia === 'function' && matchMedia(SHORT_WINDOW_QUERY).matches;
}

/** isShortWindow, re-rendering the component when the window becomes or stops being short. */
export function useShortWindow(): boolean {
  return useMediaQuery(SHORT_WINDOW_QUERY);
}
