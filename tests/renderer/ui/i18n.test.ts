import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_CODES } from '../../../src/core/import/errors';
import { formatIsoDate, hasMessage, t } from '../../../src/renderer/src/i18n';
import { en } from '../../../src/renderer/src/i18n/en';

describe('t()', () => {
  it('fills named placeholders', () => {
    expect(t('import.duplicate', { title: 'Floods' })).toBe('“Floods” is already in your library.');
  });

  it('chooses the plural form from count and formats the number', () => {
    expect(t('reader.debris', { count: 1 })).toBe('1 line of page clutter was removed');
    expect(t('reader.debris', { count: 2 })).toBe('2 lines of page clutter were removed');
    expect(t('library.count', { count: 1200 })).toBe('1,200 articles');
  });

  it('leaves unknown placeholders visible rather than inventing text', () => {
    expect(t('batch.progress', { done: 3 })).toBe('3 of {total}');
  });

  it('has a learner message for every import error code', () => {
    for (const code of IMPORT_ERROR_CODES) expect(hasMessage(`importError.${code}`)).toBe(true);
  });

  it('has no empty strings', () => {
    for (const [key, value] of Object.entries(en)) {
      const forms = typeof value === 'string' ? [value] : Object.values(value);
      for (const form of forms) expect(form.trim(), key).not.toBe('');
    }
  });
});

describe('formatIsoDate', () => {
  it('shows a bare date as written, whatever the time zone', () => {
    expect(formatIsoDate('2024-03-25')).toBe('Mar 25, 2024');
  });
  it('returns undefined for no date and the input for an unparseable one', () => {
    expect(formatIsoDate(undefined)).toBeUndefined();
    expect(formatIsoDate('spring 2024')).toBe('spring 2024');
  });
});
