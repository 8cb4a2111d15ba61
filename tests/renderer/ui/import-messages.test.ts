import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_MESSAGES } from '../../../src/core/import/errors';
import { t } from '../../../src/renderer/src/i18n';
import { rejectionMessage } from '../../../src/renderer/src/ui/import-messages';

describe('rejectionMessage', () => {
  it('uses the translatable string for an importer default message', () => {
    expect(rejectionMessage({ reason: 'empty', message: IMPORT_ERROR_MESSAGES.empty })).toBe(t('importError.empty'));
  });
  it('keeps a message an importer wrote for a specific case', () => {
    const specific = 'This PDF holds scanned images of pages, not text. Save the article text as .txt and import that.';
    expect(rejectionMessage({ reason: 'no-article-text', message: specific })).toBe(specific);
  });
  it('explains platform refusals and cancellations', () => {
    expect(rejectionMessage({ reason: 'not-a-file' })).toBe(t('importError.not-a-file'));
    expect(rejectionMessage({ reason: 'cancelled', message: 'Import was cancelled' })).toBe(t('importError.cancelled'));
  });
  it('falls back to a message that still says what to do', () => {
    expect(rejectionMessage({ reason: 'some-new-code' })).toContain('some-new-code');
    expect(rejectionMessage({ reason: 'some-new-code' })).toContain('Try again');
    expect(rejectionMessage({})).toContain('Try again');
  });
});
