/**
 * Every keyboard shortcut of the app, in one registry. The handlers match keys through
 * `matchesShortcut`, and the shortcut sheet ("?") lists this same table, so what the sheet
 * says is what the keys do.
 */
import type { MessageKey } from '../i18n';

/** One key press: `mod` is Ctrl (or ⌘ on a Mac); `alt` must be held when true and not held otherwise. */
export interface KeyCombo {
  key: string;
  /** Physical key, for combinations whose character changes with the layout (Alt+A types "å"). */
  code?: string;
  mod?: boolean;
  alt?: boolean;
}

export type ShortcutGroup = 'app' | 'library' | 'reader' | 'editor' | 'practice';

export interface Shortcut {
  id: string;
  group: ShortcutGroup;
  combos: readonly KeyCombo[];
  label: MessageKey;
  /** How the keys are written when listing each one would be noise ("1–9"). */
  keysText?: MessageKey;
}

const digits = (from: number, to: number): KeyCombo[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ key: String(from + i) }));

export const SHORTCUTS = [
  { id: 'app.shortcuts', group: 'app', combos: [{ key: '?' }], label: 'shortcuts.app.shortcuts' },
  { id: 'app.import', group: 'app', combos: [{ key: 'o', mod: true }], label: 'shortcuts.app.import' },
  { id: 'app.undo', group: 'app', combos: [{ key: 'z', mod: true }], label: 'shortcuts.app.undo' },
  { id: 'app.close', group: 'app', combos: [{ key: 'Escape' }], label: 'shortcuts.app.close' },

  { id: 'library.move', group: 'library', combos: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }], label: 'shortcuts.library.move' },
  { id: 'library.page', group: 'library', combos: [{ key: 'PageUp' }, { key: 'PageDown' }], label: 'shortcuts.library.page' },
  { id: 'library.first', group: 'library', combos: [{ key: 'Home' }], label: 'shortcuts.library.first' },
  { id: 'library.last', group: 'library', combos: [{ key: 'End' }], label: 'shortcuts.library.last' },
  { id: 'library.open', group: 'library', combos: [{ key: 'Enter' }], label: 'shortcuts.library.open' },
  { id: 'library.delete', group: 'library', combos: [{ key: 'Delete' }, { key: 'Backspace' }], label: 'shortcuts.library.delete' },

  { id: 'reader.nextParagraph', group: 'reader', combos: [{ key: 'j' }, { key: 'ArrowDown' }], label: 'shortcuts.reader.nextParagraph' },
  { id: 'reader.previousParagraph', group: 'reader', combos: [{ key: 'k' }, { key: 'ArrowUp' }], label: 'shortcuts.reader.previousParagraph' },
  { id: 'reader.nextSentence', group: 'reader', combos: [{ key: ']' }], label: 'shortcuts.reader.nextSentence' },
  { id: 'reader.previousSentence', group: 'reader', combos: [{ key: '[' }], label: 'shortcuts.reader.previousSentence' },
  { id: 'reader.why', group: 'reader', combos: [{ key: 'Enter' }], label: 'shortcuts.reader.why' },
  { id: 'reader.analysis', group: 'reader', combos: [{ key: 'a', code: 'KeyA', alt: true }], label: 'shortcuts.reader.analysis' },
  { id: 'reader.back', group: 'reader', combos: [{ key: 'Escape' }], label: 'shortcuts.reader.back' },

  { id: 'editor.next', group: 'editor', combos: [{ key: 'j' }, { key: 'ArrowDown' }], label: 'shortcuts.editor.next' },
  { id: 'editor.previous', group: 'editor', combos: [{ key: 'k' }, { key: 'ArrowUp' }], label: 'shortcuts.editor.previous' },
  { id: 'editor.label', group: 'editor', combos: digits(1, 3), label: 'shortcuts.editor.label', keysText: 'shortcuts.key.oneToThree' },
  { id: 'editor.text', group: 'editor', combos: [{ key: 't' }], label: 'shortcuts.editor.text' },
  { id: 'editor.speaker', group: 'editor', combos: [{ key: 's' }], label: 'shortcuts.editor.speaker' },
  { id: 'editor.loaded', group: 'editor', combos: [{ key: 'l' }], label: 'shortcuts.editor.loaded' },
  { id: 'editor.markers', group: 'editor', combos: [{ key: 'm' }], label: 'shortcuts.editor.markers' },
  { id: 'editor.claim', group: 'editor', combos: [{ key: 'c' }], label: 'shortcuts.editor.claim' },
  { id: 'editor.note', group: 'editor', combos: [{ key: 'n' }], label: 'shortcuts.editor.note' },
  { id: 'editor.voices', group: 'editor', combos: [{ key: 'v' }], label: 'shortcuts.editor.voices' },
  { id: 'editor.disputes', group: 'editor', combos: [{ key: 'd' }], label: 'shortcuts.editor.disputes' },
  { id: 'editor.undo', group: 'editor', combos: [{ key: 'z', mod: true }], label: 'shortcuts.editor.undo' },
  { id: 'editor.redo', group: 'editor', combos: [{ key: 'y', mod: true }], label: 'shortcuts.editor.redo' },
  { id: 'editor.back', group: 'editor', combos: [{ key: 'Escape' }], label: 'shortcuts.editor.back' },

  { id: 'practice.choose', group: 'practice', combos: digits(1, 9), label: 'shortcuts.practice.choose', keysText: 'shortcuts.key.digits' },
  {
    id: 'practice.nextChoice',
    group: 'practice',
    combos: [{ key: 'ArrowDown' }, { key: 'ArrowRight' }],
    label: 'shortcuts.practice.nextChoice',
  },
  {
    id: 'practice.previousChoice',
    group: 'practice',
    combos: [{ key: 'ArrowUp' }, { key: 'ArrowLeft' }],
    label: 'shortcuts.practice.previousChoice',
  },
  { id: 'practice.none', group: 'practice', combos: [{ key: '0' }, { key: 'n' }], label: 'shortcuts.practice.none' },
  { id: 'practice.hedge', group: 'practice', combos: [{ key: 'h' }], label: 'shortcuts.practice.hedge' },
  { id: 'practice.certainty', group: 'practice', combos: [{ key: 'c' }], label: 'shortcuts.practice.certainty' },
  { id: 'practice.check', group: 'practice', combos: [{ key: 'Enter' }], label: 'shortcuts.practice.check' },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

const BY_ID = new Map<string, Shortcut>(SHORTCUTS.map((shortcut) => [shortcut.id, shortcut]));

export function shortcut(id: ShortcutId): Shortcut {
  return BY_ID.get(id)!;
}

/** The parts of a key event the registry looks at (a KeyboardEvent, or a bare `{ key }`). */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

function comboMatches(combo: KeyCombo, press: KeyPress): boolean {
  const mod = !!(press.ctrlKey || press.metaKey);
  if (mod !== !!combo.mod || !!press.altKey !== !!combo.alt) return false;
  // Ctrl+Shift+Z is "redo" elsewhere: a Ctrl shortcut never fires with Shift held.
  if (combo.mod && press.shiftKey) return false;
  if (combo.code && press.code === combo.code) return true;
  // Letters match either case (Caps Lock, Shift); other keys exactly ("?" arrives with Shift).
  return combo.key.length === 1 ? press.key.toLowerCase() === combo.key : press.key === combo.key;
}

/** Whether a key press is the shortcut `id`; for `practice.choose`, which digit is `comboIndex(…)`. */
export function matchesShortcut(id: ShortcutId, press: KeyPress): boolean {
  return comboIndex(id, press) >= 0;
}

export function comboIndex(id: ShortcutId, press: KeyPress): number {
  return shortcut(id).combos.findIndex((combo) => comboMatches(combo, press));
}

const KEY_NAMES: Record<string, MessageKey> = {
  ArrowUp: 'shortcuts.key.up',
  ArrowDown: 'shortcuts.key.down',
  ArrowLeft: 'shortcuts.key.left',
  ArrowRight: 'shortcuts.key.right',
  Escape: 'shortcuts.key.escape',
  Enter: 'shortcuts.key.enter',
  Delete: 'shortcuts.key.delete',
  Backspace: 'shortcuts.key.backspace',
  Home: 'shortcuts.key.home',
  End: 'shortcuts.key.end',
  PageUp: 'shortcuts.key.pageUp',
  PageDown: 'shortcuts.key.pageDown',
};

/** How a combination is written on screen, e.g. "Ctrl+O", "Alt+A", "↑". */
export function comboText(combo: KeyCombo, translate: (key: MessageKey) => string): string {
  const name = KEY_NAMES[combo.key] ? translate(KEY_NAMES[combo.key]) : combo.key.length === 1 ? combo.key.toUpperCase() : combo.key;
  return `${combo.mod ? `${translate('shortcuts.key.ctrl')}+` : ''}${combo.alt ? `${translate('shortcuts.key.alt')}+` : ''}${name}`;
}

/** The value of aria-keyshortcuts for a shortcut (Ctrl also as Meta, for the Mac). */
export function ariaKeyShortcuts(id: ShortcutId): string {
  const names: Record<string, string> = { ArrowUp: 'ArrowUp', ArrowDown: 'ArrowDown', ArrowLeft: 'ArrowLeft', ArrowRight: 'ArrowRight' };
  return shortcut(id)
    .combos.flatMap((combo) => {
      const key = names[combo.key] ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key);
      const alt = combo.alt ? 'Alt+' : '';
      return combo.mod ? [`Control+${alt}${key}`, `Meta+${alt}${key}`] : [`${alt}${key}`];
    })
    .join(' ');
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['app', 'library', 'reader', 'editor', 'practice'];
