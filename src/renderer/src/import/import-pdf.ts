/**
 * PDFs via pdf.js's text layer. Text items are grouped into lines by their baseline,
 * lines into paragraphs by vertical gaps, and clearly larger type becomes a heading.
 * A PDF without a text layer (a scan) is refused with a message that says so.
 *
 * pdf.js is injected: the renderer passes a loader that configures the worker
 * (see pdf-loader.ts); Node tests pass the legacy build.
 */
import { ImportError } from '../../../core/import/errors';
import { ARTICLE_TOO_LONG_MESSAGE, MAX_ARTICLE_CHARS, MAX_PDF_PAGES, pdfTooManyPagesMessage } from '../../../core/import/limits';
import { cleanParts, type TextPart } from '../../../core/text/clean';
import type { ImportedArticle } from '../../../core/text/types';
import { finishArticle } from './article';

export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e/f are the x/y of the baseline start, d ≈ font size. */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

export interface PdfPageLike {
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup?(): unknown;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
  getMetadata?(): Promise<{ info?: unknown }>;
  destroy(): Promise<void>;
}

/** The part of the pdf.js module we use (both `pdfjs-dist` and its legacy build fit). */
export interface PdfjsLike {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
}

export type PdfjsLoader = () => Promise<PdfjsLike>;

/** Fewer extracted characters than this means there is no real text layer. */
const MIN_TEXT_CHARS = 20;

export const SCANNED_PDF_MESSAGE =
  'This PDF has no text layer: it looks like a scanned image of the article. Framewise can only read PDFs that contain text. ' +
  'Use a PDF saved from a web page or word processor, or copy the article text into a .txt file and import that.';

interface Line {
  y: number;
  size: number;
  text: string;
  page: number;
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && typeof (item as PdfTextItem).str === 'string' && Array.isArray((item as PdfTextItem).transform);
}

function fontSize(item: PdfTextItem): number {
  const [a, b, c, d] = item.transform;
  return Math.max(Math.hypot(a, b), Math.hypot(c, d), item.height || 0) || 1;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Items on (nearly) the same baseline form a line, read left to right. */
export function itemsToLines(items: PdfTextItem[], page: number): Line[] {
  const rows: { y: number; size: number; items: PdfTextItem[] }[] = [];
  for (const item of items) {
    if (item.str.length === 0) continue;
    const y = item.transform[5];
    const size = fontSize(item);
    const row = rows.find((r) => Math.abs(r.y - y) <= Math.max(r.size, size) * 0.4);
    if (row) {
      row.items.push(item);
      row.size = Math.max(row.size, size);
    } else {
      rows.push({ y, size, items: [item] });
    }
  }
  rows.sort((r1, r2) => r2.y - r1.y);
  return rows
    .map((row) => {
      const sorted = [...row.items].sort((i1, i2) => i1.transform[4] - i2.transform[4]);
      let text = '';
      let prevEnd: number | undefined;
      for (const item of sorted) {
        const x = item.transform[4];
        const gap = prevEnd === undefined ? 0 : x - prevEnd;
        // pdf.js often emits words as separate items without spaces; a visible gap is a space.
        if (text && gap > fontSize(item) * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
        text += item.str;
        prevEnd = x + (item.width || 0);
      }
      return { y: row.y, size: row.size, text: text.replace(/\s+/g, ' ').trim(), page };
    })
    .filter((line) => line.text.length > 0);
}

const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i;

/**
 * Lines → text parts. A paragraph ends at a vertical gap clearly larger than the usual
 * line spacing, at a change of type size, or at a page break after a finished sentence.
 * Lines in type clearly larger than the body text are headings. Page numbers and
 * running headers/footers (the same line on most pages) are dropped.
 */
export function linesToParts(lines: Line[], pageCount: number): TextPart[] {
  // Running headers/footers: the same text among the first or last two lines of most pages.
  const edgeLines = new Set<Line>();
  for (let page = 1; page <= pageCount; page++) {
    const onPage = lines.filter((l) => l.page === page);
    for (const l of [...onPage.slice(0, 2), ...onPage.slice(-2)]) edgeLines.add(l);
  }
  const counts = new Map<string, number>();
  for (const line of edgeLines) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  const repeated = (line: Line): boolean =>
    pageCount >= 3 && edgeLines.has(line) && (counts.get(line.text) ?? 0) >= Math.ceil(pageCount * 0.6);
  const kept = lines.filter((l) => !PAGE_NUMBER.test(l.text) && !repeated(l));
  if (kept.length === 0) return [];

  const bodySize = median(kept.map((l) => l.size));
  const gaps: number[] = [];
  for (let i = 1; i < kept.length; i++) {
    if (kept[i].page === kept[i - 1].page && Math.abs(kept[i].size - bodySize) < bodySize * 0.1) {
      gaps.push(kept[i - 1].y - kept[i].y);
    }
  }
  // The usual line spacing: a low percentile of the gaps (paragraph gaps are the larger
  // ones), capped near normal leading so a text of one-line paragraphs still splits.
  const positive = gaps.filter((g) => g > 0).sort((a, b) => a - b);
  const lowGap = positive.length ? positive[Math.floor((positive.length - 1) * 0.25)] : bodySize * 1.2;
  const lineGap = Math.min(lowGap, bodySize * 1.5);

  const parts: TextPart[] = [];
  let current: Line[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    let text = '';
    for (const line of current) {
      // A line ending in a hyphen continues the word on the next line.
      if (text && /[A-Za-z]-$/.test(text) && /^[a-z]/.test(line.text)) text += line.text;
      else text += (text ? ' ' : '') + line.text;
    }
    const isHeading = current.every((l) => l.size >= bodySize * 1.15);
    parts.push(isHeading ? { text, kind: 'heading' } : { text });
    current = [];
  };

  for (const line of kept) {
    const prev = current[current.length - 1];
    if (prev) {
      const sizeChange = Math.abs(line.size - prev.size) > Math.min(line.size, prev.size) * 0.15;
      const newPage = line.page !== prev.page;
      const gap = prev.y - line.y;
      const bigGap = !newPage && gap > lineGap * 1.4;
      const pageBreakAfterSentence = newPage && /[.!?"”]$/.test(prev.text);
      if (sizeChange || bigGap || pageBreakAfterSentence || gap < 0) flush();
    }
    current.push(line);
  }
  flush();
  return parts;
}

function metadataTitle(info: unknown): string | undefined {
  const title = typeof info === 'object' && info !== null ? (info as { Title?: unknown }).Title : undefined;
  if (typeof title !== 'string') return undefined;
  const t = title.replace(/\s+/g, ' ').trim();
  // Word processors often leave "Microsoft Word - file.docx" or "untitled" here.
  if (!t || /^(untitled|microsoft word\b|document\d*$)/i.test(t) || /\.(docx?|pdf|txt)$/i.test(t)) return undefined;
  return t;
}

function isPasswordError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return name === 'PasswordException' || /password/i.test(String((error as { message?: string } | null)?.message ?? ''));
}

export async function importPdf(bytes: Uint8Array, fileName: string, loadPdfjs: PdfjsLoader): Promise<ImportedArticle> {
  let pdfjs: PdfjsLike;
  try {
    pdfjs = await loadPdfjs();
  } catch (error) {
    throw new ImportError('unreadable', undefined, { cause: error });
  }

  // pdf.js may transfer the buffer to its worker: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf: PdfDocumentLike;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (isPasswordError(error)) throw new ImportError('password-protected', undefined, { cause: error });
    throw new ImportError('unreadable', undefined, { cause: error });
  }

  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw new ImportError('too-large', pdfTooManyPagesMessage(pdf.numPages));
    const lines: Line[] = [];
    let extractedChars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const pageLines = itemsToLines(content.items.filter(isTextItem), n);
      page.cleanup?.();
      // Stop reading early rather than hold a book's worth of text only to refuse it later.
      for (const line of pageLines) extractedChars += line.text.length + 1;
      if (extractedChars > MAX_ARTICLE_CHARS) throw new ImportError('too-large', ARTICLE_TOO_LONG_MESSAGE);
      for (const line of pageLines) lines.push(line);
    }
    const chars = lines.reduce((sum, l) => sum + l.text.replace(/\s/g, '').length, 0);
    if (chars < MIN_TEXT_CHARS) throw new ImportError('no-article-text', SCANNED_PDF_MESSAGE);

    const document = cleanParts(linesToParts(lines, pdf.numPages));
    const info = pdf.getMetadata ? (await pdf.getMetadata().catch(() => ({ info: undefined }))).info : undefined;
    return await finishArticle({ document, format: 'pdf', fileName, title: metadataTitle(info) });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (isPasswordError(error)) throw new ImportError('password-protected', undefined, { cause: error });
    throw new ImportError('unreadable', undefined, { cause: error });
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
