/**
 * The shortcuts that work on every screen (Ctrl+O, Ctrl+Z, "?", Esc for the import
 * panel), matched through the shortcut registry. Listens on window in the capture phase,
 * so Esc closing the import panel is seen before the reader's own Esc ("back to library").
 */
import { useEffect, useRef } from 'react';
import { matchesShortcut } from '../keyboard/shortcuts';

export interface GlobalShortcutHandlers {
  onImport(): void;
  onUndo(): void;
  onShowShortcuts(): void;
  /** Esc outside dialogs and fields; returns true when it closed something. */
  onEscape(target: EventTarget | null): boolean;
}

export function isEditableTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function dialogOpen(): boolean {
  return !!document.querySelector('dialog[open]');
}

export function useGlobalShortcuts(handlers: GlobalShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const current = latest.current;
      if (matchesShortcut('app.import', event)) {
        event.preventDefault();
        current.onImport();
      } else if (matchesShortcut('app.undo', event) && !isEditableTarget(event.target)) {
        event.preventDefault();
        current.onUndo();
      } else if (matchesShortcut('app.shortcuts', event) && !isEditableTarget(event.target) && !dialogOpen()) {
        event.preventDefault();
        current.onShowShortcuts();
      } else if (matchesShortcut('app.close', event) && !event.defaultPrevented && !dialogOpen()) {
        if (current.onEscape(event.target)) event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
