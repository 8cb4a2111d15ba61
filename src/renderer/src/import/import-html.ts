/**
 * Saved web pages (.html/.htm). The page is parsed into an inert document (DOMParser never
 * runs scripts or loads resources), Mozilla Readability picks the article, and only the
 * article's TEXT is kept, block by block. Nothing from the page is ever rendered.
 */
import { Readability } from '@mozilla/readability';
import { ImportError, isStackOverflow } from '../../../core/import/errors';
import { htmlNestsDeeperThan } from '../../../core/import/html-nesting';
import { TOO_DEEPLY_NESTED_MESSAGE } from '../../../core/import/limits';
import { cleanParts } from '../../../core/text/clean';
import { decodeBytes, decodeBytesAs, type DecodedText } from '../../../core/text/decode';
import type { CleanedDocument, ImportedArticle } from '../../../core/text/types';
import { finishArticle, hasArticleText } from './article';
import { ImportCancelled, isImportCancelled } from './import-cancelled';
import { extractParts, type HtmlParser } from './html-text';

/** Elements removed before Readability sees the page: never text, possibly hostile. */
const STRIP_SELECTOR =
  'script, style, noscript, noembed, noframes, xmp, plaintext, template, iframe, frame, frameset, object, embed, applet, svg, math, canvas, link, meta[http-equiv], base, form, button, input, select, textarea, dialog';

/** Honours `<meta charset>` / http-equiv content-type when the bytes are not UTF-8 or UTF-16. */
export function decodeHtmlBytes(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes);
  if (decoded.encoding.startsWith('UTF-')) return decoded;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
  if (!declared || /^utf-?8$/i.test(declared)) return decoded;
  return decodeBytesAs(bytes, declared) ?? decoded;
}

export interface PageMetadata {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedAt?: string;
}

/**
 * The page title is raw text to the parser (`<title><b>x</b></title>` is the TEXT
 * "<b>x</b>"), and meta contents are attributes: anything shaped like a tag in them is
 * markup, not words, and is dropped so no markup reaches storage.
 */
export function withoutTags(value: string | undefined | null): string | undefined {
  if (value == null) return undefined;
  return value.replace(/<\/?[A-Za-z!][^<>]*(>|$)/g, ' ');
}

function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Metadata read before Readability rewrites the document. */
function readMetadata(doc: Document): PageMetadata {
  const title =
    metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    doc.querySelector('title')?.textContent?.trim() ??
    doc.querySelector('h1')?.textContent?.trim();
  const published =
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
    ]) ?? doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  return {
    title: title || undefined,
    byline: metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]']),
    siteName: metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    publishedAt: published || undefined,
  };
}

function stripHostile(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(STRIP_SELECTOR))) el.remove();
}

export interface Extracted {
  document: CleanedDocument;
  meta: PageMetadata;
}

/**
 * Readability scores nodes with repeated passes over the tree and can take minutes on a
 * huge page; past this many elements (real news pages have a few thousand) it gives up
 * and the linear page-body fallback reads the text instead.
 */
export const MAX_READABILITY_ELEMENTS = 50_000;

/**
 * Readability's cost grows steeply with nesting depth (measured with jsdom: 100 levels
 * about 2 s, 400 levels 9 s, 800 levels two minutes), because it scores and re-measures
 * ancestors of every candidate. News pages nest a few dozen levels; past this depth the
 * page is read by the linear page-body fallback instead.
 */
export const MAX_READABILITY_DEPTH = 100;

/** Whether any element of `root` is nested deeper than `limit` (iterative: no recursion on hostile depth). */
export function nestedDeeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Readability examines every table to decide whether it holds data or layout, at a cost
 * that grows with the number of tables (3,000 empty tables: 13 s with jsdom). News pages
 * have a handful; past this many the page-body fallback reads the page.
 */
export const MAX_READABILITY_TABLES = 500;

/** Whether `root` holds more than `limit` elements (iterative; stops counting at the limit). */
export function moreElementsThan(root: Element, limit: number): boolean {
  let count = 0;
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (++count > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  return false;
}

/**
 * Whether Readability would be too slow on this page (see the limits above); checked in
 * linear time. The element count is ours, not only Readability's `maxElemsToParse`: in the
 * import worker the page is a linkedom document, whose getElementsByTagName('*') (what
 * Readability counts) is empty.
 */
export function tooHeavyForReadability(doc: Document, maxDepth = MAX_READABILITY_DEPTH, maxElements = MAX_READABILITY_ELEMENTS): boolean {
  if (!doc.documentElement) return false;
  return (
    nestedDeeperThan(doc.documentElement, maxDepth) ||
    doc.getElementsByTagName('table').length > MAX_READABILITY_TABLES ||
    moreElementsThan(doc.documentElement, maxElements)
  );
}

/** Mozilla Readability's pick of the article, as text blocks; null when it finds none. */
export function runReadability(doc: Document, maxElements = MAX_READABILITY_ELEMENTS, maxDepth = MAX_READABILITY_DEPTH): Extracted | null {
  if (tooHeavyForReadability(doc, maxDepth, maxElements)) return null;
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    // The serializer hands us the content element itself, so we walk its text nodes
    // instead of re-parsing an HTML string.
    parsed = new Readability<Node>(doc, {
      serializer: (node) => node,
      charThreshold: 200,
      maxElemsToParse: maxElements,
    }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  return {
    document: cleanParts(extractParts(parsed.content)),
    meta: {
      title: parsed.title ?? undefined,
      byline: parsed.byline ?? undefined,
      siteName: parsed.siteName ?? undefined,
      publishedAt: parsed.publishedTime ?? undefined,
    },
  };
}

/**
 * Article text and metadata from HTML markup, as steps: the generator pauses (yields)
 * between the parse, Readability, and the text walk, so the window's importer can let the
 * browser paint and answer input between them (each step is one task, not the sum).
 */
function* extractArticleSteps(
  html: string,
  parseHtml: HtmlParser,
  readability: (doc: Document) => Extracted | null,
): Generator<void, Extracted, void> {
  const doc = parseHtml(html);
  const pageMeta = readMetadata(doc);
  stripHostile(doc);
  yield;
  if (tooHeavyForReadability(doc)) {
    // Readability never touched `doc`: read its body directly (parsing a hostile page twice costs seconds).
    const body = doc.body ?? doc.documentElement;
    const parts = body ? extractParts(body, { skipChrome: true }) : [];
    yield;
    return { document: cleanParts(parts), meta: pageMeta };
  }
  const readable = readability(doc);
  yield;
  if (readable && hasArticleText(readable.document)) {
    const m = readable.meta;
    return {
      document: readable.document,
      meta: {
        title: m.title || pageMeta.title,
        byline: m.byline || pageMeta.byline,
        siteName: m.siteName || pageMeta.siteName,
        publishedAt: m.publishedAt || pageMeta.publishedAt,
      },
    };
  }
  // Readability rewrote `doc`; read the untouched page again for the fallback.
  const fresh = parseHtml(html);
  stripHostile(fresh);
  yield;
  const body = fresh.body ?? fresh.documentElement;
  const parts = body ? extractParts(body, { skipChrome: true }) : [];
  yield;
  return { document: cleanParts(parts), meta: pageMeta };
}

/** Article text and metadata from HTML markup. Falls back to the page body when Readability finds nothing. */
export function extractArticle(
  html: string,
  parseHtml: HtmlParser,
  readability: (doc: Document) => Extracted | null = runReadability,
): Extracted {
  const steps = extractArticleSteps(html, parseHtml, readability);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A macrotask: lets the browser paint and handle input (a resolved promise would not). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function importHtml(bytes: Uint8Array, fileName: string, parseHtml: HtmlParser, signal?: AbortSignal): Promise<ImportedArticle> {
  const { text, encoding } = decodeHtmlBytes(bytes);
  return importHtmlText(text, fileName, parseHtml, encoding, signal);
}

/**
 * A saved page to an article, one step per task with a pause between steps (in the app
 * this runs in the import worker on a linkedom document; where there is no worker, in the
 * window on DOMParser's); `signal` stops it at the next pause with `ImportCancelled`.
 */
export async function importHtmlText(
  html: string,
  fileName: string,
  parseHtml: HtmlParser,
  encoding?: string,
  signal?: AbortSignal,
): Promise<ImportedArticle> {
  // Checked on the markup, before any parser: a page nested thousands of levels deep took
  // jsdom 3–8 s to parse (issue 9 fuzz) and no real article nests like that.
  if (htmlNestsDeeperThan(html)) {
    throw new ImportError('unreadable', TOO_DEEPLY_NESTED_MESSAGE, { detail: 'too-deeply-nested' });
  }
  let extracted: Extracted;
  try {
    const steps = extractArticleSteps(html, parseHtml, runReadability);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        extracted = step.value;
        break;
      }
      await nextTask();
      if (signal?.aborted) throw new ImportCancelled();
    }
  } catch (error) {
    if (error instanceof ImportError || isImportCancelled(error)) throw error;
    if (isStackOverflow(error)) {
      throw new ImportError('unreadable', TOO_DEEPLY_NESTED_MESSAGE, { cause: error, detail: 'too-deeply-nested' });
    }
    throw new ImportError('unreadable', undefined, { cause: error });
  }
  await nextTask();
  if (signal?.aborted) throw new ImportCancelled();
  const { title, byline, siteName, publishedAt } = extracted.meta;
  return finishArticle({
    document: extracted.document,
    format: 'html',
    fileName,
    encoding,
    title: withoutTags(title),
    byline: withoutTags(byline),
    siteName: withoutTags(siteName),
    publishedAt,
  });
}
