import { describe, expect, it } from 'vitest';
import { generateItems, type PracticeItem } from '../../../src/core/practice';
import { t } from '../../../src/renderer/src/i18n';
import { choiceIds, EMPTY_DRAFT, draftForKey } from '../../../src/renderer/src/practice/draft';
import {
  ariaKeyShortcuts,
  comboIndex,
  comboText,
  matchesShortcut,
  SHORTCUTS,
} from '../../../src/renderer/src/keyboard/shortcuts';
import { seedKey, seedText } from '../practice/helpers';

describe('the shortcut registry', () => {
  it('has unique ids and a label (and key text) in the catalogue for each', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const shortcut of SHORTCUTS) {
      expect(t(shortcut.label)).not.toBe(shortcut.label);
      if ('keysText' in shortcut) expect(t(shortcut.keysText)).toBe(`${shortcut.combos[0].key}–${shortcut.combos[shortcut.combos.length - 1].key}`);
    }
  });

  it('matches Ctrl or ⌘ combinations only with the modifier, and never with Shift', () => {
    expect(matchesShortcut('app.import', { key: 'o', ctrlKey: true })).toBe(true);
    expect(matchesShortcut('app.import', { key: 'O', metaKey: true })).toBe(true);
    expect(matchesShortcut('app.import', { key: 'o' })).toBe(false);
    expect(matchesShortcut('app.undo', { key: 'z', ctrlKey: true, shiftKey: true })).toBe(false);
    expect(matchesShortcut('app.undo', { key: 'z', ctrlKey: true, altKey: true })).toBe(false);
  });

  it('matches "?" as typed (with Shift), Alt+A by its physical key, and plain keys without modifiers', () => {
    expect(matchesShortcut('app.shortcuts', { key: '?', shiftKey: true })).toBe(true);
    expect(matchesShortcut('reader.analysis', { key: 'å', code: 'KeyA', altKey: true })).toBe(true);
    expect(matchesShortcut('reader.analysis', { key: 'a' })).toBe(false);
    expect(matchesShortcut('reader.nextParagraph', { key: 'J' })).toBe(true);
    expect(matchesShortcut('reader.nextParagraph', { key: 'j', ctrlKey: true })).toBe(false);
    expect(matchesShortcut('library.delete', { key: 'Backspace' })).toBe(true);
    expect(comboIndex('practice.choose', { key: '4' })).toBe(3);
    expect(comboIndex('practice.choose', { key: '0' })).toBe(-1);
  });

  it('writes keys for people and for aria-keyshortcuts', () => {
    expect(comboText({ key: 'o', mod: true }, t)).toBe('Ctrl+O');
    expect(comboText({ key: 'a', alt: true }, t)).toBe('Alt+A');
    expect(comboText({ key: 'ArrowDown' }, t)).toBe('↓');
    expect(ariaKeyShortcuts('app.import')).toBe('Control+O Meta+O');
    expect(ariaKeyShortcuts('reader.back')).toBe('Escape');
  });

  it('is what the practice keys do: each registered practice key changes a draft of the kind it names', async () => {
    const items: PracticeItem[] = generateItems({ id: 1, hash: 'seed', original: seedText() }, null, seedKey());
    const classify = items.find((item) => item.skill === 'classify')!;
    const hedge = items.find((item) => item.skill === 'hedge-certainty')!;
    const loaded = items.find((item) => item.skill === 'loaded-words')!;
    expect(draftForKey(classify, EMPTY_DRAFT, '1')?.choice).toBe(choiceIds(classify)[0]);
    expect(draftForKey(hedge, EMPTY_DRAFT, 'H')?.kind).toBe('hedge');
    expect(draftForKey(hedge, EMPTY_DRAFT, 'c')?.kind).toBe('certainty');
    expect(draftForKey(hedge, EMPTY_DRAFT, '0')?.kind).toBe('neither');
    expect(draftForKey(loaded, EMPTY_DRAFT, 'n')).not.toBeNull();
    expect(draftForKey(classify, EMPTY_DRAFT, 'x')).toBeNull();
  });
});
