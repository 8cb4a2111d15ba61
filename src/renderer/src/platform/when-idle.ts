/**
 * Runs `task` when the window is idle, or after `timeoutMs` at the latest (a busy window still
 * gets there); where there is no requestIdleCallback (jsdom), on the next macrotask. Returns a
 * cancel.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
