import { useRef } from 'react';

/**
 * A ref that always holds the latest value. For effects that must read a value when they
 * run (the clock, a name) without re-running whenever that value changes.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
