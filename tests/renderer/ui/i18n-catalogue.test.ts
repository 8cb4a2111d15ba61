import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/src/i18n/en';
import { analysisStrings } from '../../../src/renderer/src/i18n/analysis.en';
import { practiceStrings } from '../../../src/renderer/src/i18n/practice.en';
import { settingsStrings } from '../../../src/renderer/src/i18n/settings.en';
import { shellStrings } from '../../../src/renderer/src/i18n/shell.en';
import { packStrings } from '../../../src/renderer/src/i18n/pack.en';
import { keyEditorStrings } from '../../../src/renderer/src/i18n/key-editor.en';
import { t } from '../../../src/renderer/src/i18n';

describe('the merged string catalogue', () => {
  it('has no key defined by two areas (one would silently hide the other)', () => {
    const areas = { en, analysisStrings, practiceStrings, settingsStrings, shellStrings, packStrings, keyEditorStrings };
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, strings] of Object.entries(areas)) {
      for (const key of Object.keys(strings)) {
        const previous = owner.get(key);
        if (previous) clashes.push(`${key} (${previous}, ${area})`);
        owner.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('reaches every area through t()', () => {
    expect(t('nav.practice')).toBe('Practise');
    expect(t('analysis.label.framing')).toBe(analysisStrings['analysis.label.framing']);
    const practiceKey = Object.keys(practiceStrings)[0] as keyof typeof practiceStrings;
    const settingsKey = Object.keys(settingsStrings)[0] as keyof typeof settingsStrings;
    expect(t(practiceKey, { count: 1 })).not.toBe(practiceKey);
    expect(t(settingsKey, { count: 1 })).not.toBe(settingsKey);
  });
});
