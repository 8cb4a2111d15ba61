/**
 * Shared last step of every importer: pick a title, hash the cleaned text, count words,
 * and refuse documents that hold no article text.
 */
import { ImportError } from '../../../core/import/errors';
import { ARTICLE_TOO_LONG_MESSAGE, MAX_ARTICLE_CHARS } from '../../../core/import/limits';
import { hashDocument, hashableText } from '../../../core/text/hash';
import { takeLeadMetadata } from '../../../core/text/lead-metadata';
import { cleanShortText, truncateText } from '../../../core/text/short-text';
import type { ArticleFormat, CleanedDocument, ImportedArticle } from '../../../core/text/types';
import { countWords } from '../../../core/text/words';

/** Fewer words than this (outside debris) is not an article we can teach with. */
export const MIN_ARTICLE_WORDS = 12;
/** Longest title taken from the first line of the text. */
const MAX_TITLE_CHARS = 90;

export function articleWordCount(doc: CleanedDocument): number {
  return countWords(hashableText(doc));
}

export function hasArticleText(doc: CleanedDocument): boolean {
  return doc.blocks.some((b) => b.kind === 'paragraph') && articleWordCount(doc) >= MIN_ARTICLE_WORDS;
}

/** "gaza_report-2024.final.txt" → "gaza report 2024.final". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const readable = stem.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return readable || base || 'Untitled article';
}

function shorten(text: string): string {
  if (text.length <= MAX_TITLE_CHARS) return text;
  const cut = truncateText(text, MAX_TITLE_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The document's own title: its first block when that is a heading; otherwise its first
 * line (shortened). A heading further down is a section heading, not the title.
 */
export function titleFromDocument(doc: CleanedDocument): string | undefined {
  const first = doc.blocks.find((b) => b.kind !== 'debris');
  if (!first) return undefined;
  if (first.kind === 'heading') {
    const heading = cleanShortText(first.text);
    return heading ? shorten(heading) : undefined;
  }
  const firstLine = doc.original.slice(first.start, Math.min(first.end, first.start + 4 * MAX_TITLE_CHARS)).split(/\r\n|\r|\n/)[0];
  const text = cleanShortText(firstLine);
  return text ? shorten(text) : undefined;
}

export interface ArticleFields {
  document: CleanedDocument;
  format: ArticleFormat;
  fileName: string;
  /** A title the source states (HTML <title>, PDF metadata); falls back to the text, then the file name. */
  title?: string;
  byline?: string;
  siteName?: string;
  publishedAt?: string;
  encoding?: string;
}

/**
 * Metadata as stored: invisible and direction-changing characters removed, whitespace
 * collapsed, and capped at the length the backup reader accepts (a page's meta tags can
 * hold anything, and an uncapped byline made the whole backup unrestorable).
 */
const clean = cleanShortText;

/**
 * Builds the stored article.
 * @throws ImportError 'no-article-text' when no paragraph with enough words survived cleaning.
 */
export async function finishArticle(fields: ArticleFields, noTextMessage?: string): Promise<ImportedArticle> {
  // Checked first: a huge document is refused before it is hashed or searched for text.
  if (fields.document.original.length > MAX_ARTICLE_CHARS) throw new ImportError('too-large', ARTICLE_TOO_LONG_MESSAGE, { detail: 'article-too-long' });
  // "By …", "Published …" and "Updated …" lines at the top are metadata, not text (md, docx,
  // pdf and txt have nothing else to carry them; a page's meta tags, when present, win).
  const { document, metadata: lead } = takeLeadMetadata(fields.document);
  if (!hasArticleText(document)) throw new ImportError('no-article-text', noTextMessage);
  const title = clean(fields.title) ?? titleFromDocument(document) ?? titleFromFileName(clean(fields.fileName) ?? '');
  const article: ImportedArticle = {
    title: shorten(title),
    format: fields.format,
    fileName: clean(fields.fileName) ?? 'untitled',
    document,
    hash: await hashDocument(document),
    wordCount: articleWordCount(document),
  };
  const byline = clean(fields.byline) ?? clean(lead.byline);
  const siteName = clean(fields.siteName);
  // An "Updated" date stands in when the article states no publication date: the reader shows one date.
  const publishedAt = normalizeDate(fields.publishedAt) ?? lead.publishedAt ?? lead.updatedAt;
  if (byline) article.byline = byline;
  if (siteName) article.siteName = siteName;
  if (publishedAt) article.publishedAt = publishedAt;
  if (fields.encoding) article.encoding = fields.encoding;
  return article;
}

/** ISO 8601 as given when it already is ("2024-03-25" or a date-time); otherwise parsed, or dropped. */
export function normalizeDate(value: string | null | undefined): string | undefined {
  const t = clean(value);
  if (!t) return undefined;
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return t.replace(' ', 'T');
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
