/**
 * Upper bounds on what one import may produce, whatever the format. A .docx or .pdf
 * expands into text, so the bound is on the extracted text: no article may be larger
 * than the biggest plain-text file the app accepts (10 MB of one-byte characters).
 */
export const MAX_ARTICLE_CHARS = 10 * 1024 * 1024;

/** Far beyond any news article; a longer PDF is a book or a report, and slow to read page by page. */
export const MAX_PDF_PAGES = 500;

export const ARTICLE_TOO_LONG_MESSAGE =
  'This document contains far more text than a news article (over 10 million characters). ' +
  'Copy only the article text into a .txt file and import that.';

export function pdfTooManyPagesMessage(pages: number): string {
  return (
    `This PDF has ${pages} pages; Framewise imports PDFs of up to ${MAX_PDF_PAGES} pages. ` +
    'Save or print only the pages with the article as a new PDF (or copy its text into a .txt file) and import that.'
  );
}

export const TOO_DEEPLY_NESTED_MESSAGE =
  'This document is nested far too deeply to read (for example tables inside tables thousands of levels deep); it may be damaged or built to crash programs. ' +
  'Copy the article text into a .txt file and import that.';

/**
 * Most text pieces (pdf.js text items) one PDF may hand over. A dense page has a few
 * thousand, a long article a few tens of thousands; a crafted PDF can draw millions of
 * one-letter pieces from a small compressed stream (or share one huge stream among
 * hundreds of pages), and laying those out took seconds to minutes.
 */
export const MAX_PDF_TEXT_ITEMS = 250_000;

export const PDF_TOO_MUCH_TEXT_MESSAGE =
  'This PDF holds far more text pieces than an article (it may be damaged or built to crash programs). ' +
  'Save or print only the pages with the article as a new PDF (or copy its text into a .txt file) and import that.';
