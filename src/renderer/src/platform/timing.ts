/**
 * User Timing marks on the way from importing or opening an article to its analysis on screen,
 * so a measurement can say where the time goes: `npm run bench:longdoc:chromium` reads them from
 * the page and from the analysis worker, and Chromium's DevTools (Performance panel) shows them
 * beside its own trace. A mark costs about a microsecond; a few are made per article opened.
 * Marks made in the worker live on the worker's own timeline (its own `performance.timeOrigin`).
 */
export type TimingMark =
  /** A single file's import started (import-queue.ts). */
  | 'import:start'
  /** The import worker handed back the read and cleaned article; storing it starts. */
  | 'import:read'
  /** The article is in the database (the reader opens next). */
  | 'import:stored'
  /** The reader started loading an article (ReaderView). */
  | 'reader:open'
  /** The reader has the article record (text and blocks). */
  | 'reader:article'
  /** The analysis client got a request it had neither in memory nor in flight. */
  | 'analysis:request'
  /** Answered from the persisted analysis cache (same text hash and analyser version). */
  | 'analysis:cache-hit'
  /** Sent to the analysis worker. */
  | 'analysis:dispatch'
  /** The worker's answer arrived (before its data is read) … */
  | 'analysis:received'
  /** … and its data was read (the structured clone decoded on this thread). */
  | 'analysis:decoded'
  /** The waiting reader was handed the analysis. */
  | 'analysis:settled'
  /** The reader's status line says "Analysis ready" (committed, before the browser paints it). */
  | 'reader:ready'
  /** In the worker: the analyser's load and warm-up run finished. */
  | 'worker:warmed'
  /** In the worker: an article's analysis started … */
  | 'worker:analyse'
  /** … finished … */
  | 'worker:analysed'
  /** … and was posted back (postMessage returned: the analysis is serialised). */
  | 'worker:posted';

export const TIMING_PREFIX = 'framewise:';

export function mark(name: TimingMark): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  try {
    performance.mark(TIMING_PREFIX + name);
  } catch {
    // Timing is a diagnostic: never let it break the work it measures.
  }
}
