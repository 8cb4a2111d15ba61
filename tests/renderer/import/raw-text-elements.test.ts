// @vitest-environment jsdom
/**
 * Issue 9, defect 9: HTML parsers read the content of some elements as raw text, so
 * `<noembed><script>…</script></noembed>` yields a TEXT node "<script>…". Such text must
 * never be stored: markup-looking text from these elements, or in the page's metadata,
 * never reaches the article.
 */
import { describe, expect, it } from 'vitest';
import { importHtmlText } from '../../../src/renderer/src/import/import-html';
import type { HtmlParser } from '../../../src/renderer/src/import/html-text';
import { parseHtml as linkedomParse } from './helpers';

const PARAGRAPHS = [
  'The council voted on Tuesday to close the old library on Mill Street, citing the rising cost of heating the building.',
  'Campaigners said they would appeal the decision and collect signatures for a petition to keep the branch open.',
  'A final decision on the building’s future is expected at the next full council meeting in the spring.',
];
const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const RAW_TEXT_ELEMENTS = [
  `<noembed>${PAYLOAD}</noembed>`,
  `<noframes>${PAYLOAD}</noframes>`,
  `<xmp>${PAYLOAD}</xmp>`,
  `<noscript>${PAYLOAD}</noscript>`,
  `<iframe srcdoc="${PAYLOAD.replace(/"/g, '&quot;')}">${PAYLOAD}</iframe>`,
  `<template>${PAYLOAD}</template>`,
  `<textarea>${PAYLOAD}</textarea>`,
  `<style>${PAYLOAD}</style>`,
];

function page(hostile: string, title = 'Library to close'): string {
  const body = PARAGRAPHS.map((p) => `<p>${p}</p>${hostile}`).join('');
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>Library to close</h1>${body}</article>${hostile}</body></html>`;
}

function expectNoMarkup(values: (string | undefined)[], { scriptText = false } = {}): void {
  for (const value of values) {
    if (value === undefined) continue;
    expect(value).not.toMatch(/<\/?[a-z]/i);
    expect(value.toLowerCase()).not.toContain('onerror');
    // In the body, a raw-text element's content goes entirely; in a title only its tags do.
    if (!scriptText) expect(value.toLowerCase()).not.toContain('alert(');
  }
}

const parsers: [string, HtmlParser][] = [
  ['DOMParser (jsdom)', (html) => new DOMParser().parseFromString(html, 'text/html')],
  ['linkedom', linkedomParse],
];

describe.each(parsers)('raw-text elements with %s', (_name, parseHtml) => {
  for (const hostile of [...RAW_TEXT_ELEMENTS, `<plaintext>${PAYLOAD}`]) {
    it(`keeps no markup from ${hostile.slice(0, hostile.indexOf('>') + 1)}`, async () => {
      const article = await importHtmlText(page(hostile), 'page.html', parseHtml);
      expect(article.document.blocks.some((b) => b.text.startsWith('The council voted'))).toBe(true);
      expectNoMarkup([article.document.original, ...article.document.blocks.map((b) => b.text), article.title]);
    });
  }

  it('keeps no markup from the page title (RCDATA) or meta tags', async () => {
    const html = page('', `Library &lt;b&gt;to close&lt;/b&gt; ${PAYLOAD.replace(/</g, '&lt;')}`).replace(
      '<head>',
      `<head><meta name="author" content="${PAYLOAD.replace(/</g, '&lt;').replace(/"/g, '&quot;')}Jane Roe">`,
    );
    const article = await importHtmlText(html, 'page.html', parseHtml);
    expectNoMarkup([article.title, article.byline, article.siteName], { scriptText: true });
    expect(article.byline).toContain('Jane Roe');
    expect(article.title).toContain('Library');
  });
});
