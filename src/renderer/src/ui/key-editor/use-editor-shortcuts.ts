/**
 * The key editor's keys (registry: keyboard/shortcuts.ts, group "editor"): next / previous
 * sentence, 1–3 for the label, a letter per panel, Ctrl+Z / Ctrl+Y, Esc back. Letters and digits
 * do nothing while the teacher types in a text field; the read-only sentence text counts as no
 * text field (its arrow keys move the caret, so only j / k move between sentences there; its
 * other letters are refused by the text area itself).
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { KeyEditorAction } from '../../../../core/samples/key-editor';
import { comboIndex, matchesShortcut, type ShortcutId } from '../../keyboard/shortcuts';
import { LABELS } from './labels';

const PANELS: [ShortcutId, string][] = [
  ['editor.text', 'text'],
  ['editor.speaker', 'speaker'],
  ['editor.loaded', 'loaded'],
  ['editor.markers', 'markers'],
  ['editor.claim', 'claim'],
  ['editor.note', 'note'],
  ['editor.voices', 'voices'],
  ['editor.disputes', 'disputes'],
];

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'SELECT') return true;
  // The sentence text is an editable text area marked aria-readonly (it needs a caret): no text entry.
  if (target instanceof HTMLTextAreaElement) return !target.readOnly && target.getAttribute('aria-readonly') !== 'true';
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return false;
}

/** Focuses a panel's first control (the panel itself when it has none). */
export function focusPanel(root: HTMLElement | null, panel: string): void {
  const section = root?.querySelector<HTMLElement>(`[data-panel="${panel}"]`);
  if (!section) return;
  const control = section.querySelector<HTMLElement>('textarea, input:not([disabled]), select, button:not([disabled])');
  (control ?? section).focus();
}

export function useEditorShortcuts(root: RefObject<HTMLElement | null>, handlers: { dispatch(action: KeyEditorAction): void; onBack(): void; enabled: boolean }): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { dispatch, onBack, enabled } = latest.current;
      if (!enabled || document.querySelector('dialog[open]')) return;
      const typing = isTextEntry(event.target);
      // The app's Ctrl+Z (undo a delete) runs in the capture phase and marks the event; here it is the key's undo.
      if (matchesShortcut('editor.undo', event) || matchesShortcut('editor.redo', event)) {
        if (typing) return;
        event.preventDefault();
        dispatch({ type: matchesShortcut('editor.undo', event) ? 'undo' : 'redo' });
        return;
      }
      if (event.defaultPrevented || typing) return;
      if (matchesShortcut('editor.back', event)) {
        event.preventDefault();
        onBack();
        return;
      }
      const inSentenceText = event.target instanceof HTMLTextAreaElement;
      const arrow = event.key === 'ArrowDown' || event.key === 'ArrowUp';
      // Arrows move focus inside radio groups and selects; they move sentences everywhere else.
      const arrowsFree = !inSentenceText && !(event.target instanceof HTMLInputElement && event.target.type === 'radio');
      if (matchesShortcut('editor.next', event) && (!arrow || arrowsFree)) {
        event.preventDefault();
        dispatch({ type: 'move', by: 1 });
        return;
      }
      if (matchesShortcut('editor.previous', event) && (!arrow || arrowsFree)) {
        event.preventDefault();
        dispatch({ type: 'move', by: -1 });
        return;
      }
      const label = comboIndex('editor.label', event);
      if (label >= 0) {
        event.preventDefault();
        dispatch({ type: 'setLabel', label: LABELS[label] });
        return;
      }
      for (const [id, panel] of PANELS) {
        if (matchesShortcut(id, event)) {
          event.preventDefault();
          focusPanel(root.current, panel);
          return;
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [root]);
}
