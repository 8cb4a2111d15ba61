import { describe, expect, it } from 'vitest';
import { importPdf, itemsToLines, linesToParts, type PdfTextItem } from '../../../src/renderer/src/import/import-pdf';
import { PDF_PARAGRAPHS, PDF_TITLE } from '../../fixtures/fixture-text';
import { expectBlocksSliceOriginal, fixture, loadPdfjs, rejection } from './helpers';

describe('importPdf', () => {
  it('reads the text layer: heading from larger type, paragraphs from line gaps, across pages', async () => {
    const article = await importPdf(fixture('article.pdf'), 'article.pdf', loadPdfjs);
    expect(article.format).toBe('pdf');
    expect(article.title).toBe(PDF_TITLE);
    expect(article.document.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', PDF_TITLE],
      ['paragraph', PDF_PARAGRAPHS[0]],
      ['paragraph', PDF_PARAGRAPHS[1]],
      ['paragraph', PDF_PARAGRAPHS[2]],
    ]);
    expectBlocksSliceOriginal(article.document);
  });

  it('refuses a PDF without a text layer and says it looks scanned', async () => {
    const error = await rejection(importPdf(fixture('scanned.pdf'), 'scanned.pdf', loadPdfjs));
    expect(error.code).toBe('no-article-text');
    expect(error.message).toMatch(/scanned/i);
  });

  it('refuses a password-protected PDF', async () => {
    const error = await rejection(importPdf(fixture('encrypted.pdf'), 'encrypted.pdf', loadPdfjs));
    expect(error.code).toBe('password-protected');
  });

  it('refuses a damaged PDF as unreadable', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\nthis is not really a pdf\n%%EOF');
    expect((await rejection(importPdf(bytes, 'broken.pdf', loadPdfjs))).code).toBe('unreadable');
  });

  it('reports a pdf.js that fails to load as unreadable', async () => {
    const error = await rejection(
      importPdf(fixture('article.pdf'), 'article.pdf', () => Promise.reject(new Error('worker failed'))),
    );
    expect(error.code).toBe('unreadable');
  });
});

describe('PDF layout grouping', () => {
  const item = (str: string, x: number, y: number, size = 10, width = str.length * size * 0.5): PdfTextItem => ({
    str,
    transform: [size, 0, 0, size, x, y],
    width,
    height: size,
  });

  it('groups items on one baseline into a line, left to right, adding spaces at gaps', () => {
    const lines = itemsToLines([item('world', 60, 700), item('Hello', 10, 700.5), item('Next line', 10, 686)], 1);
    expect(lines.map((l) => l.text)).toEqual(['Hello world', 'Next line']);
  });

  it('splits paragraphs at larger gaps, joins words broken at a hyphen, drops page numbers and running headers', () => {
    const pages = [1, 2, 3].flatMap((page) => [
      ...itemsToLines([item('The Test Gazette', 10, 800, 8)], page),
      ...itemsToLines(
        [item(`Page ${page} text runs on and the council's long-`, 10, 700), item('term plans were approved.', 10, 688), item(`A new paragraph starts on page ${page}.`, 10, 660)],
        page,
      ),
      ...itemsToLines([item(String(page), 300, 40, 8)], page),
    ]);
    const parts = linesToParts(pages, 3);
    // The hyphen is kept: a line-end hyphen is as often part of the word ("long-term") as not.
    expect(parts.map((p) => p.text)).toEqual([
      "Page 1 text runs on and the council's long-term plans were approved.",
      'A new paragraph starts on page 1.',
      "Page 2 text runs on and the council's long-term plans were approved.",
      'A new paragraph starts on page 2.',
      "Page 3 text runs on and the council's long-term plans were approved.",
      'A new paragraph starts on page 3.',
    ]);
  });

  it('marks lines in clearly larger type as headings', () => {
    const lines = itemsToLines([item('Big Title', 10, 760, 18), item('Body text line one.', 10, 730), item('Body text line two.', 10, 716)], 1);
    expect(linesToParts(lines, 1)).toEqual([{ text: 'Big Title', kind: 'heading' }, { text: 'Body text line one. Body text line two.' }]);
  });
});
