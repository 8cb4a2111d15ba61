// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { importHtmlText, MAX_READABILITY_ELEMENTS, runReadability } from '../../../src/renderer/src/import/import-html';

describe('huge HTML pages', () => {
  // jsdom's DOMParser, as in Chromium: linkedom's getElementsByTagName('*') is empty, which hides Readability's element count.
  const parseWithJsdom = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
  const paragraph =
    '<p>The council said on Monday that the city budget would rise by four percent next year, and critics said the rise was too small to matter.</p>';
  const page = (filler: number) =>
    `<html><head><title>Budget</title></head><body><article><h1>Budget rises</h1>${paragraph.repeat(5)}</article>` +
    `<div>${'<span>x</span>'.repeat(filler)}</div></body></html>`;

  it('Readability gives up on a page with more elements than the limit instead of scoring it', () => {
    expect(runReadability(parseWithJsdom(page(200)), 100)).toBeNull();
    expect(runReadability(parseWithJsdom(page(20)), 100)).not.toBeNull();
  });

  it('such a page still imports through the page-body fallback', async () => {
    const article = await importHtmlText(page(MAX_READABILITY_ELEMENTS + 10), 'big.html', parseWithJsdom);
    expect(article.document.blocks.some((b) => b.text.startsWith('The council said on Monday'))).toBe(true);
    expect(article.document.original).not.toContain('<');
  });
});
