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
