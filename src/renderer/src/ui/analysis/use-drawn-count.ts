/**
 * How many items of a long list (an article's blocks, its claims to check) the reader draws now.
 * A long list is drawn in slices: enough for the first screens at once, so the reader (and its
 * "Analysis ready") appears without waiting for the rest, then the rest a slice at a time when
 * the window is idle, each slice a React transition (rendered in short steps that a keypress
 * interrupts), until every item is in the page, where find-in-page, selection and screen readers
 * need all of it. Measured on a 30,000-word article (docs/EVALUATION.md, "Reopening an analysed
 * article"): drawn in one go, its ~600 paragraphs and ~1,000 claims kept the window busy for
 * well over half a second before the first frame.
 *
 * An item someone needs now (the sentence ] or [ moved to, say) is drawn at once: `need` is the
 * number of leading items that must be in the page, whatever has been drawn so far.
 */
import { startTransition, useEffect, useState } from 'react';

export interface DrawBudget {
  /** Drawn before the first frame (in units of `size`). */
  first: number;
  /** Drawn in each idle slice after that. */
  slice: number;
}

/** The index just past the items from `from` whose sizes add up to about `budget` (at least one item). */
export function itemsWithin<T>(items: readonly T[], size: (item: T) => number, from: number, budget: number): number {
  let next = from;
  let total = 0;
  while (next < items.length && (next === from || total < budget)) {
    total += Math.max(0, size(items[next]));
    next++;
  }
  return next;
}

/** Runs `task` when the window is idle (or soon after: a busy window still gets there); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 200 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

/**
 * The number of leading items of `items` to draw; it grows to all of them. `size` and `budget`
 * must be stable (module constants); a new `items` array starts again from its first screens.
 */
export function useDrawnCount<T>(items: readonly T[], size: (item: T) => number, budget: DrawBudget, need = 0): number {
  const [drawn, setDrawn] = useState(() => ({ for: items, count: itemsWithin(items, size, 0, budget.first) }));
  let count = drawn.count;
  if (drawn.for !== items) {
    count = itemsWithin(items, size, 0, budget.first);
    setDrawn({ for: items, count });
  }
  const shown = Math.min(items.length, Math.max(count, need));

  useEffect(() => {
    if (shown >= items.length) return;
    return whenIdle(() =>
      startTransition(() =>
        setDrawn((current) => (current.for === items ? { for: items, count: itemsWithin(items, size, Math.max(current.count, shown), budget.slice) } : current)),
      ),
    );
  }, [items, size, budget, shown]);

  return shown;
}
