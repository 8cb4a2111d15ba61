/**
 * PDFs via pdf.js's text layer. Text items are grouped into lines by their baseline,
 * lines into paragraphs by vertical gaps, and clearly larger type becomes a heading.
 * A PDF without a text layer (a scan) is refused with a message that says so.
 *
 * pdf.js is injected: the renderer passes a loader that configures the worker
 * (see pdf-loader.ts); Node tests pass the legacy build.
 */
import { ImportError } from '../../../core/import/errors';
import {
  ARTICLE_TOO_LONG_MESSAGE,
  MAX_ARTICLE_CHARS,
  MAX_PDF_PAGES,
  MAX_PDF_TEXT_ITEMS,
  PDF_TOO_MUCH_TEXT_MESSAGE,
  pdfTooManyPagesMessage,
} from '../../../core/import/limits';
import { checkPdfStreams, MAX_PDF_INFLATED_BYTES } from '../../../core/import/pdf-limits';
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

export const PDF_LIMIT_PARAMS = { megabytes: Math.round(MAX_PDF_INFLATED_BYTES / (1024 * 1024)) };

export const PDF_TOO_MUCH_DATA_MESSAGE =
  `This PDF unpacks to far more data than an article needs (over ${PDF_LIMIT_PARAMS.megabytes} MB); it may be damaged or built to crash programs. ` +
  'Save or print only the pages with the article as a new PDF (or copy its text into a .txt file) and import that.';

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

/**
 * Items on (nearly) the same baseline form a line, read left to right. Linear after one
 * sort: items are taken top to bottom and each joins the row being built when its
 * baseline is within 40 % of the type size of that row's, else starts the next row (the
 * old search of every row per item was quadratic: 7 s on a PDF with 32,000 baselines).
 */
export function itemsToLines(items: PdfTextItem[], page: number): Line[] {
  const rows: { y: number; size: number; items: PdfTextItem[] }[] = [];
  const placed = items
    .filter((item) => item.str.length > 0 && Number.isFinite(item.transform[5]))
    .map((item, order) => ({ item, y: item.transform[5], size: fontSize(item), order }))
    // Top of the page first; ties keep the content stream's order (stable sort).
    .sort((a, b) => b.y - a.y || a.order - b.order);
  let row: (typeof rows)[number] | undefined;
  for (const { item, y, size } of placed) {
    if (row && Math.abs(row.y - y) <= Math.max(row.size, size) * 0.4) {
      row.items.push(item);
      row.size = Math.max(row.size, size);
    } else {
      row = { y, size, items: [item] };
      rows.push(row);
    }
  }
  return rows
    .map((r) => {
      const sorted = [...r.items].sort((i1, i2) => i1.transform[4] - i2.transform[4]);
      const pieces: string[] = [];
      let endsWithSpace = true;
      let prevEnd: number | undefined;
      for (const item of sorted) {
        const x = item.transform[4];
        const gap = prevEnd === undefined ? 0 : x - prevEnd;
        // pdf.js often emits words as separate items without spaces; a visible gap is a space.
        // (Checks the last character only: a regex over the growing line was quadratic.)
        if (pieces.length > 0 && gap > fontSize(item) * 0.15 && !endsWithSpace && !/^\s/.test(item.str)) pieces.push(' ');
        pieces.push(item.str);
        endsWithSpace = /\s/.test(item.str[item.str.length - 1]);
        prevEnd = x + (item.width || 0);
      }
      return { y: r.y, size: r.size, text: pieces.join('').replace(/\s+/g, ' ').trim(), page };
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
  // Lines grouped by page in one pass (filtering all lines once per page was quadratic).
  const byPage = new Map<number, Line[]>();
  for (const line of lines) {
    const onPage = byPage.get(line.page);
    if (onPage) onPage.push(line);
    else byPage.set(line.page, [line]);
  }
  const edgeLines = new Set<Line>();
  for (const onPage of byPage.values()) {
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
    const pieces: string[] = [];
    let previous = '';
    for (const line of current) {
      // A line ending in a hyphen continues the word on the next line. Only the previous
      // line is tested: a regex over the growing paragraph re-scanned it for every line.
      if (previous && /[A-Za-z]-$/.test(previous.slice(-2)) && /^[a-z]/.test(line.text)) pieces.push(line.text);
      else pieces.push((pieces.length ? ' ' : '') + line.text);
      previous = line.text;
    }
    const text = pieces.join('');
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
  // pdf.js inflates streams without any limit: refuse a decompression bomb first.
  if (!checkPdfStreams(bytes).ok) {
    throw new ImportError('too-large', PDF_TOO_MUCH_DATA_MESSAGE, { detail: 'pdf-too-much-data', params: PDF_LIMIT_PARAMS });
  }
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
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new ImportError('too-large', pdfTooManyPagesMessage(pdf.numPages), {
        detail: 'pdf-too-many-pages',
        params: { pages: pdf.numPages, maxPages: MAX_PDF_PAGES },
      });
    }
    const lines: Line[] = [];
    let extractedChars = 0;
    let textItems = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      // A content stream can draw millions of one-letter pieces (or many pages can share
      // one huge stream): refuse past a cap instead of laying them all out.
      textItems += content.items.length;
      if (textItems > MAX_PDF_TEXT_ITEMS) {
        throw new ImportError('too-large', PDF_TOO_MUCH_TEXT_MESSAGE, { detail: 'pdf-too-much-text' });
      }
      const pageLines = itemsToLines(content.items.filter(isTextItem), n);
      page.cleanup?.();
      // Stop reading early rather than hold a book's worth of text only to refuse it later.
      for (const line of pageLines) extractedChars += line.text.length + 1;
      if (extractedChars > MAX_ARTICLE_CHARS) throw new ImportError('too-large', ARTICLE_TOO_LONG_MESSAGE, { detail: 'article-too-long' });
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
