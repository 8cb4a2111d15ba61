import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPdfStreams } from '../../../src/core/import/pdf-limits';
import { pdfWithStream } from '../../fixtures/pdf-builder';

const MIB = 1024 * 1024;

describe('checkPdfStreams (issue 9, defect 5)', () => {
  it('refuses a small PDF whose content stream inflates past the cap, stopping soon after it', () => {
    const bomb = pdfWithStream(new Uint8Array(64 * MIB).fill(0x20));
    expect(bomb.byteLength).toBeLessThan(200_000);
    const started = performance.now();
    expect(checkPdfStreams(bomb, { maxInflatedBytes: 8 * MIB })).toEqual({ ok: false, reason: 'too-large' });
    // Generous for a loaded machine: inflating all 64 MiB takes several times longer.
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('accepts ordinary PDFs and leaves images out of the count', () => {
    const fixture = new Uint8Array(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'article.pdf')));
    expect(checkPdfStreams(fixture).ok).toBe(true);
    const small = pdfWithStream(new TextEncoder().encode('BT /F1 11 Tf 72 760 Td (Hello) Tj ET'));
    expect(checkPdfStreams(small)).toMatchObject({ ok: true, streams: 1 });
    const image = pdfWithStream(new Uint8Array(16 * MIB), ' /Subtype /Image /Width 4096 /Height 4096');
    expect(checkPdfStreams(image, { maxInflatedBytes: 8 * MIB })).toMatchObject({ ok: true, streams: 0 });
  });
});
