import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS, MAX_PDF_PAGES } from '../../../src/core/import/limits';
import { cleanText } from '../../../src/core/text/clean';
import { finishArticle } from '../../../src/renderer/src/import/article';
import { importPdf, type PdfDocumentLike, type PdfjsLoader } from '../../../src/renderer/src/import/import-pdf';
import { extractParts } from '../../../src/renderer/src/import/html-text';
import { parseHtml, rejection } from './helpers';

/** A fake pdf.js whose pages each hold `lineText` on many lines; counts the pages read. */
function fakePdfjs(numPages: number, lineText: string, linesPerPage = 40) {
  const stats = { pagesRead: 0, destroyed: false };
  const pdf: PdfDocumentLike = {
    numPages,
    getPage: async () => {
      stats.pagesRead++;
      return {
        getTextContent: async () => ({
          items: Array.from({ length: linesPerPage }, (_, i) => ({
            str: lineText,
            transform: [12, 0, 0, 12, 72, 800 - i * 14],
            width: 400,
            height: 12,
            hasEOL: true,
          })),
        }),
      };
    },
    destroy: async () => {
      stats.destroyed = true;
    },
  };
  const loader: PdfjsLoader = async () => ({
    getDocument: () => ({ promise: Promise.resolve(pdf), destroy: async () => undefined }),
  });
  return { loader, stats };
}

describe('import size limits', () => {
  it('refuses a PDF with more pages than the limit, says the limit, and reads no page', async () => {
    const { loader, stats } = fakePdfjs(MAX_PDF_PAGES + 1, 'A sentence of the article text.');
    const error = await rejection(importPdf(new Uint8Array([0x25, 0x50, 0x44, 0x46]), 'book.pdf', loader));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain(String(MAX_PDF_PAGES));
    expect(stats.pagesRead).toBe(0);
    expect(stats.destroyed).toBe(true);
  });

  it('stops reading a PDF as soon as its text passes the character limit', async () => {
    const line = 'x'.repeat(10_000);
    // 40 lines of 10,000 characters = 400,000 characters a page: the limit is passed on page 27.
    const { loader, stats } = fakePdfjs(MAX_PDF_PAGES, line);
    const error = await rejection(importPdf(new Uint8Array([0x25, 0x50, 0x44, 0x46]), 'huge.pdf', loader));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/\.txt/);
    expect(stats.pagesRead).toBeLessThan(MAX_PDF_PAGES);
    expect(stats.pagesRead).toBe(Math.floor(MAX_ARTICLE_CHARS / (40 * 10_001)) + 1);
  });

  it('refuses any extracted document longer than the character limit', async () => {
    const paragraph = 'The council said the budget would rise by four percent next year. ';
    const original = paragraph.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / paragraph.length));
    const error = await rejection(finishArticle({ document: cleanText(original), format: 'docx', fileName: 'huge.docx' }));
    expect(error.code).toBe('too-large');
  });

  it('still accepts a document just under the limit', async () => {
    const article = await finishArticle({
      document: cleanText('The council said the budget would rise by four percent next year, officials confirmed on Monday.'),
      format: 'docx',
      fileName: 'ok.docx',
    });
    expect(article.wordCount).toBeGreaterThan(12);
  });
});

describe('extractParts on hostile markup', () => {
  it('reads a paragraph made of 200,000 whitespace-only inline elements and keeps its words', () => {
    const doc = parseHtml(`<html><body><p>Before${'<b> </b>'.repeat(200_000)}after.</p><h2>Next</h2></body></html>`);
    expect(extractParts(doc.body)).toEqual([{ text: 'Before after.' }, { text: 'Next', kind: 'heading' }]);
  });
});
