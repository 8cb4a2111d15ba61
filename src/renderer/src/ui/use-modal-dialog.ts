/**
 * Opens and closes a native <dialog> as a modal with `open`: showModal() keeps focus inside and
 * turns Esc into a close event; focus starts on `initialFocus` (the safe answer, or the top of a
 * list). Falls back to the `open` attribute where showModal is missing (jsdom).
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useModalDialog(open: boolean, initialFocus: RefObject<HTMLElement | null>): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      initialFocus.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open, initialFocus]);
  return dialogRef;
}
