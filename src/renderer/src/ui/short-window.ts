/**
 * A short window (a small laptop, or a window at half the screen's height): the reader
 * folds its notes, hints and analysis options so the article text starts on the first
 * screen. The CSS uses the same media query (app.css and analysis.css, "short window");
 * keep the two in step.
 */
export const SHORT_WINDOW_QUERY = '(max-height: 720px)';

/** True in a short window; false where there is no matchMedia (tests without a layout). */
export function isShortWindow(): boolean {
  return typeof matchMedia === 'function' && matchMedia(SHORT_WINDOW_QUERY).matches;
}
