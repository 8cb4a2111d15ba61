import { describe, expect, it } from 'vitest';
import { cleanShortText, MAX_SHORT_TEXT_CHARS, removeInvisible, truncateText } from '../../../src/core/text/short-text';
import { decodeBytes } from '../../../src/core/text/decode';
import { cleanParts } from '../../../src/core/text/clean';

describe('short text fields', () => {
  it('removes right-to-left overrides, isolates, zero-width characters, NUL and the BOM', () => {
    const disguised = 'Invoice\u202Etxt.exe\u202C \u200BPaid\u200D\u2066 in\u2069 full\u0000\uFEFF';
    expect(removeInvisible(disguised)).toBe('Invoicetxt.exe Paid in full');
    expect(cleanShortText(`  ${disguised}\n\t `)).toBe('Invoicetxt.exe Paid in full');
    expect(cleanShortText('\u200B\u202E ')).toBeUndefined();
  });

  it('caps at the backup reader’s bound without splitting a surrogate pair', () => {
    const long = `${'a'.repeat(MAX_SHORT_TEXT_CHARS - 1)}\u{1F600}`;
    expect(truncateText(long)).toBe('a'.repeat(MAX_SHORT_TEXT_CHARS - 1));
    expect(cleanShortText('b'.repeat(MAX_SHORT_TEXT_CHARS * 10))).toHaveLength(MAX_SHORT_TEXT_CHARS);
  });
});

describe('NUL bytes', () => {
  it('are removed from a text file beyond the first 8 KB', () => {
    const text = `${'Plain words. '.repeat(1000)}hidden\u0000nul\u0000`;
    const decoded = decodeBytes(new TextEncoder().encode(text));
    expect(decoded.text).not.toContain('\u0000');
    expect(decoded.text.endsWith('hiddennul')).toBe(true);
  });

  it('are removed from extracted document text', () => {
    const doc = cleanParts([{ text: 'A para\u0000graph from a damaged file.\u0007' }]);
    expect(doc.original).toBe('A paragraph from a damaged file.');
  });
});
