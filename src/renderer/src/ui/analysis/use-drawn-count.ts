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
import { whenIdle } from '../../platform/when-idle';

/** The longest an idle slice waits for an idle moment. */
const SLICE_TIMEOUT_MS = 200;

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

export interface Drawn {
  /** How many leading items are in the page. */
  count: number;
  /** How many of those are drawn as of the current `version`; the others are redrawn in slices too. */
  current: number;
}

interface DrawnState extends Drawn {
  for: readonly unknown[];
  version: unknown;
}

/**
 * The leading items of `items` to draw; they grow to all of them. `size` and `budget` must be
 * stable (module constants). A new `items` array starts again from its first screens. A new
 * `version` (the reader's analysis arriving, or turned on) keeps what is drawn but redraws it the
 * same way: the first screens at once, the rest in idle slices, before more items are added.
 */
export function useDrawnCount<T>(items: readonly T[], size: (item: T) => number, budget: DrawBudget, need = 0, version: unknown = null): Drawn {
  const [state, setState] = useState<DrawnState>(() => {
    const first = itemsWithin(items, size, 0, budget.first);
    return { for: items, version, count: first, current: first };
  });
  let { count, current } = state;
  if (state.for !== items) {
    count = current = itemsWithin(items, size, 0, budget.first);
    setState({ for: items, version, count, current });
  } else if (state.version !== version) {
    current = Math.min(count, itemsWithin(items, size, 0, budget.first));
    setState({ for: items, version, count, current });
  }
  const shownCurrent = Math.min(items.length, Math.max(current, need));
  const shownCount = Math.max(shownCurrent, Math.min(items.length, count));

  useEffect(() => {
    if (shownCurrent >= items.length) return;
    return whenIdle(() =>
      startTransition(() =>
        setState((now) => {
          if (now.for !== items || now.version !== version) return now;
          const from = Math.max(now.current, shownCurrent);
          // Redraw what an older version drew first, then draw new items.
          const next = itemsWithin(items, size, from, budget.slice);
          return { ...now, current: next, count: Math.max(now.count, shownCount, next) };
        }),
      ),
      SLICE_TIMEOUT_MS,
    );
  }, [items, size, budget, version, shownCurrent, shownCount]);

  return { count: shownCount, current: shownCurrent };
}
