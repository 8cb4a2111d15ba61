/**
 * Publishes the sticky toolbar's height as the CSS variable --toolbar-height on <html>.
 * The toolbar wraps onto two or three rows in narrow windows, so a fixed offset would let
 * the reader's side panels and the side navigation slide under it; everything sticky
 * below the toolbar uses this variable instead.
 */
import { useEffect, type RefObject } from 'react';

export const TOOLBAR_HEIGHT_VAR = '--toolbar-height';

export function useToolbarHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty(TOOLBAR_HEIGHT_VAR, `${Math.ceil(element.getBoundingClientRect().height)}px`);
    publish();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
