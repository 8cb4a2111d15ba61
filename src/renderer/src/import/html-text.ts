/**
 * Walks a parsed (inert) HTML tree and returns its text as blocks. Only text nodes are
 * read; no markup, attribute or URL ever reaches the result, which is what makes imported
 * HTML safe to store and show: the app renders our text, never the page.
 */
import type { TextPart } from '../../../core/text/clean';

/** Creates an inert Document from markup: `new DOMParser()` in the app, linkedom/jsdom in tests. */
export type HtmlParser = (html: string) => Document;

/**
 * Elements whose content is never article text (and may be hostile). Parsers read the
 * content of noembed, noframes, xmp, plaintext, iframe, noscript, style, textarea and
 * title as raw text, so `<noembed><script>…` is a TEXT node holding markup: skipped, it
 * can never be stored as if it were words (issue 9, defect 9).
 */
export const SKIP = new Set([
  'script', 'style', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'canvas', 'video', 'audio', 'source', 'track', 'picture', 'img', 'map', 'button', 'input', 'select', 'option',
  'textarea', 'form', 'dialog', 'link', 'meta', 'base', 'head', 'title',
]);

/** Page chrome skipped when we read a whole page body (Readability already drops it). */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'menu']);

const HEADING = /^h[1-6]$/;
/** Blocks whose text is always a paragraph (never promoted to a heading by the heuristic). */
const PARAGRAPH_BLOCKS = new Set(['li', 'td', 'th', 'dd', 'dt', 'caption', 'figcaption', 'blockquote', 'pre', 'address']);
/** Every element that starts a new block of text. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'body', 'html', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'figure', 'hr', 'center', 'details', 'summary', 'fieldset', 'legend', 'hgroup', 'br',
  ...PARAGRAPH_BLOCKS, ...CHROME, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface ExtractOptions {
  /** Skip nav/header/footer/aside (for a raw page body, not for Readability output). */
  skipChrome?: boolean;
}

function tagOf(el: Element): string {
  return (el.localName || el.nodeName || '').toLowerCase();
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute?.('hidden')) return true;
  if (el.getAttribute?.('aria-hidden') === 'true') return true;
  const style = (el.getAttribute?.('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * The text blocks of `root`: one part per heading, paragraph, list item, table cell,
 * quote or preformatted block, plus loose text directly inside containers. A `<br><br>`
 * pair inside a container splits it, as many saved pages use it between paragraphs.
 */
export function extractParts(root: Node, options: ExtractOptions = {}): TextPart[] {
  const parts: TextPart[] = [];
  let buffer = '';
  // Tracked rather than re-tested: testing the growing buffer for each of a million
  // whitespace-only text nodes would be quadratic.
  let bufferHasText = false;
  let bufferKind: TextPart['kind'];
  let lastWasBr = false;

  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) parts.push(bufferKind ? { text, kind: bufferKind } : { text });
    buffer = '';
    bufferHasText = false;
  };

  const walk = (node: Node, kind: TextPart['kind']): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      const hasText = /\S/.test(value);
      if (hasText) lastWasBr = false;
      if (!bufferHasText) bufferKind = kind;
      buffer += value;
      if (hasText) bufferHasText = true;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIP.has(tag) || isHidden(el)) return;
    if (options.skipChrome && CHROME.has(tag)) return;

    if (tag === 'br') {
      if (lastWasBr) flush();
      else buffer += ' ';
      lastWasBr = true;
      return;
    }
    if (!BLOCKS.has(tag)) {
      // Inline element: its text joins the current block. Inline tags still separate
      // words the way a browser shows them when they are block-like in practice.
      for (const child of Array.from(el.childNodes)) walk(child, kind);
      return;
    }

    flush();
    lastWasBr = false;
    // Structure known from markup is inherited by nested blocks (a <p> inside an <li> is a paragraph).
    const childKind: TextPart['kind'] = HEADING.test(tag) ? 'heading' : PARAGRAPH_BLOCKS.has(tag) ? 'paragraph' : kind;
    for (const child of Array.from(el.childNodes)) walk(child, childKind);
    flush();
  };

  walk(root, undefined);
  flush();
  return parts;
}

/** Wraps a fragment so any DOMParser-like parser (including linkedom) yields a body. */
export function wrapFragment(html: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
}

/** The default parser in the renderer: the browser's DOMParser, which never runs scripts or loads resources. */
export function browserHtmlParser(): HtmlParser {
  if (typeof DOMParser === 'undefined') {
    throw new Error('No DOMParser available: pass an HtmlParser (e.g. linkedom) when importing outside a browser.');
  }
  const parser = new DOMParser();
  return (html) => parser.parseFromString(html, 'text/html');
}
