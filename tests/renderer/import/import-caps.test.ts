/**
 * Issue 9, defects 3, 4 and 5 and the nested-tables item: hard caps on what a .docx
 * inflates to and what a PDF hands over, refused with a clear message; PDF line grouping
 * in linear time; a document nested thousands deep reported as such.
 */
import { describe, expect, it, vi } from 'vitest';
import { checkZipInflation, checkZipSizes, MAX_DOCX_XML_BYTES } from '../../../src/core/import/zip-limits';
import { MAX_PDF_TEXT_ITEMS } from '../../../src/core/import/limits';
import { importDocx, type MammothLike } from '../../../src/renderer/src/import/import-docx';
import { importPdf, itemsToLines, linesToParts, type PdfTextItem } from '../../../src/renderer/src/import/import-pdf';
import { rejectionMessage } from '../../../src/renderer/src/ui/import-messages';
import { buildDocx, docxParagraphXml } from '../../fixtures/docx-builder';
import { pdfWithStream } from '../../fixtures/pdf-builder';
import { parseHtml, rejection } from './helpers';

const ARTICLE = docxParagraphXml('The council met on Tuesday and voted to close the old library on Mill Street for good.');
/** Highly compressible XML: ~20 MiB inflates from a few tens of KB. */
const bloatedBody = (mib: number) => ARTICLE + docxParagraphXml('a'.repeat(1024)).repeat(mib * 1000);

function spyMammoth(): MammothLike & { calls: number } {
  const fake = {
    calls: 0,
    convertToHtml: vi.fn(async () => {
      fake.calls++;
      return { value: '<p>never</p>' };
    }),
    images: { imgElement: () => ({}) },
  };
  return fake;
}

describe('.docx decompression caps', () => {
  it('refuses a small .docx holding 20 MiB of XML before mammoth sees it, with a clear message', async () => {
    const bytes = buildDocx(bloatedBody(20));
    expect(bytes.byteLength).toBeLessThan(200_000);
    const mammoth = spyMammoth();
    const started = performance.now();
    const error = await rejection(importDocx(bytes, 'bloated.docx', parseHtml, mammoth));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.code).toBe('too-large');
    expect(error.detail).toBe('docx-too-large');
    expect(mammoth.calls).toBe(0);
    expect(rejectionMessage({ reason: error.code, message: error.message, detail: error.detail, params: error.params })).toMatch(
      /8 MB of document text.*save only the article text/,
    );
  });

  it('refuses a .docx whose zip directory lies about sizes, counting the bytes really inflated', async () => {
    const bytes = buildDocx(bloatedBody(20), { declaredSize: 5_000 });
    expect(checkZipSizes(bytes).ok).toBe(true); // the directory alone looks harmless
    expect(checkZipInflation(bytes)).toEqual({ ok: false, reason: 'too-large' });
    const mammoth = spyMammoth();
    expect((await rejection(importDocx(bytes, 'liar.docx', parseHtml, mammoth))).code).toBe('too-large');
    expect(mammoth.calls).toBe(0);
  });

  it('stops inflating soon after the cap (does not inflate the whole bomb)', () => {
    // 200 MiB of zeros in one stored-as-deflate part; refused long before it is all inflated.
    const bytes = buildDocx(ARTICLE, { data: new Uint8Array(200 * 1024 * 1024), name: 'word/document.xml', declaredSize: 1 });
    const started = performance.now();
    expect(checkZipInflation(bytes, { maxXmlBytes: MAX_DOCX_XML_BYTES })).toEqual({ ok: false, reason: 'too-large' });
    // Inflating all 200 MiB takes several times longer than reaching the 8 MiB cap.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('still imports an ordinary document and measures what it inflates to', async () => {
    const bytes = buildDocx(ARTICLE.repeat(3));
    const measured = checkZipInflation(bytes);
    expect(measured.ok).toBe(true);
    if (measured.ok) expect(measured.xmlBytes).toBeGreaterThan(300);
    const article = await importDocx(bytes, 'fine.docx', parseHtml);
    expect(article.document.blocks[0].text).toContain('The council met on Tuesday');
  });

  it('reports a 2,500-deep nest of tables as too deeply nested, not as a damaged file', async () => {
    const depth = 2_500;
    const body = ARTICLE + '<w:tbl><w:tr><w:tc>'.repeat(depth) + `${docxParagraphXml('x')}</w:tc></w:tr></w:tbl>`.repeat(depth);
    const error = await rejection(importDocx(buildDocx(body), 'nested.docx', parseHtml));
    expect(error.detail).toBe('too-deeply-nested');
    expect(rejectionMessage({ reason: error.code, message: error.message, detail: error.detail })).toMatch(/nested far too deeply/);
  });
});

describe('PDF caps', () => {
  function fakePdf(pages: number, itemsPerPage: number) {
    const item = (i: number): PdfTextItem => ({ str: 'word', transform: [10, 0, 0, 10, 72 + (i % 20) * 30, 800 - Math.floor(i / 20) * 12], width: 25, height: 10 });
    const stats = { pagesRead: 0 };
    const loader = async () => ({
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: pages,
          getPage: async () => {
            stats.pagesRead++;
            return { getTextContent: async () => ({ items: Array.from({ length: itemsPerPage }, (_, i) => item(i)) }) };
          },
          destroy: async () => undefined,
        }),
        destroy: async () => undefined,
      }),
    });
    return { loader, stats };
  }

  it('refuses a PDF with more text items than the cap, without reading every page', async () => {
    const perPage = 50_000;
    const { loader, stats } = fakePdf(400, perPage);
    const error = await rejection(importPdf(new Uint8Array([1]), 'dense.pdf', loader));
    expect(error.code).toBe('too-large');
    expect(error.detail).toBe('pdf-too-much-text');
    expect(stats.pagesRead).toBe(Math.floor(MAX_PDF_TEXT_ITEMS / perPage) + 1);
    expect(rejectionMessage({ reason: error.code, message: error.message, detail: error.detail })).toMatch(/far more text pieces/);
  });

  it('says how many pages a too-long PDF has, through the catalogue', async () => {
    const { loader } = fakePdf(900, 1);
    const error = await rejection(importPdf(new Uint8Array([1]), 'book.pdf', loader));
    expect(rejectionMessage({ reason: error.code, message: error.message, detail: error.detail, params: error.params })).toMatch(
      /has 900 pages; Framewise imports PDFs of up to 500 pages/,
    );
  });
});

describe('PDF line grouping', () => {
  it('groups 64,000 text items on 32,000 baselines in linear time', () => {
    const baselines = 32_000;
    const items: PdfTextItem[] = [];
    for (let i = 0; i < baselines; i++) {
      // Two pieces per line, emitted right piece first, lines in scrambled order.
      const y = 1_000_000 - ((i * 7919) % baselines) * 12;
      items.push({ str: 'end.', transform: [10, 0, 0, 10, 200, y], width: 20, height: 10 });
      items.push({ str: `Line ${i}`, transform: [10, 0, 0, 10, 72, y], width: 60, height: 10 });
    }
    const started = performance.now();
    const lines = itemsToLines(items, 1);
    const parts = linesToParts(lines, 1);
    const ms = performance.now() - started;
    expect(lines).toHaveLength(baselines);
    expect(lines[0].text).toMatch(/^Line \d+ end\.$/);
    expect(lines.every((l, i) => i === 0 || l.y < lines[i - 1].y)).toBe(true);
    expect(parts.length).toBeGreaterThan(0);
    // Generous: linear grouping takes well under 100 ms here; the quadratic search took seconds.
    expect(ms).toBeLessThan(1_000);
  });

  it('joins a paragraph of 20,000 lines without re-scanning it per line', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => ({ y: 1_000_000 - i * 12, size: 10, text: i % 2 ? 'con-' : 'tinued words', page: 1 }));
    const started = performance.now();
    const parts = linesToParts(lines, 1);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(parts).toHaveLength(1);
    expect(parts[0].text.startsWith('tinued words con-tinued words')).toBe(true);
  });
});

describe('PDF decompression bombs (defect 5)', () => {
  it('are refused before pdf.js reads them, with a catalogued message', async () => {
    const bomb = pdfWithStream(new Uint8Array(80 * 1024 * 1024).fill(0x20));
    const loader = vi.fn(async () => {
      throw new Error('pdf.js must not be loaded');
    });
    const error = await rejection(importPdf(bomb, 'bomb.pdf', loader));
    expect(error.detail).toBe('pdf-too-much-data');
    expect(loader).not.toHaveBeenCalled();
    expect(rejectionMessage({ reason: error.code, message: error.message, detail: error.detail, params: error.params })).toMatch(/over 64 MB/);
  });
});
