import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkZipSizes } from '../../../src/core/import/zip-limits';

const docx = () => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/article.docx')));

/** Offsets of every central-directory header in a zip. */
function centralHeaders(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) found.push(i);
  return found;
}

describe('checkZipSizes', () => {
  it('accepts a real Word document and sums its declared sizes', () => {
    const result = checkZipSizes(docx());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.entries).toBe(centralHeaders(docx()).length);
      expect(result.uncompressedBytes).toBeGreaterThan(docx().byteLength / 2);
    }
  });

  it('refuses a zip whose parts declare more than the limit (a zip bomb) without inflating', () => {
    const bytes = docx();
    const view = new DataView(bytes.buffer);
    const [first] = centralHeaders(bytes);
    view.setUint32(first + 24, 3_000_000_000, true);
    expect(checkZipSizes(bytes)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('applies a custom limit', () => {
    expect(checkZipSizes(docx(), { maxUncompressedBytes: 100 })).toEqual({ ok: false, reason: 'too-large' });
    expect(checkZipSizes(docx(), { maxEntries: 1 })).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses ZIP64 size markers', () => {
    const bytes = docx();
    const [first] = centralHeaders(bytes);
    new DataView(bytes.buffer).setUint32(first + 24, 0xffffffff, true);
    expect(checkZipSizes(bytes)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('calls a truncated zip or one with a damaged directory unreadable', () => {
    expect(checkZipSizes(docx().slice(0, docx().length - 30))).toEqual({ ok: false, reason: 'unreadable' });
    const bytes = docx();
    const [first] = centralHeaders(bytes);
    bytes[first] = 0;
    expect(checkZipSizes(bytes)).toEqual({ ok: false, reason: 'unreadable' });
    expect(checkZipSizes(new Uint8Array(10))).toEqual({ ok: false, reason: 'unreadable' });
  });
});
