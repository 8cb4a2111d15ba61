// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/core/import/errors';
import { MAX_HTML_NESTING } from '../../../src/core/import/html-nesting';
import { TOO_DEEPLY_NESTED_MESSAGE } from '../../../src/core/import/limits';
import { importHtmlText, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS, runReadability } from '../../../src/renderer/src/import/import-html';

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

describe('deeply nested pages (issue 9, found by npm run fuzz)', () => {
  const parseWithJsdom = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
  const nested = (depth: number) =>
    `<!doctype html><html><body><article><p>The council voted on Tuesday to close the old library on Mill Street, citing the rising cost of heating the building over the winter.</p>${'<div>'.repeat(depth)}More text at the bottom.</article></body></html>`;

  it('skip Readability past MAX_READABILITY_DEPTH and read the page body instead, quickly', async () => {
    expect(runReadability(parseWithJsdom(nested(MAX_READABILITY_DEPTH + 5)))).toBeNull();
    const started = performance.now();
    const article = await importHtmlText(nested(MAX_HTML_NESTING - 100), 'deep.html', parseWithJsdom);
    // Readability took minutes on this page; jsdom parses it in well under a second.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(article.document.blocks.some((b) => b.text.startsWith('The council voted'))).toBe(true);
  });

  // (`<table>` repeated makes siblings, not nesting: see the next test.)
  it.each(['div', 'span', 'ul'])(
    'refuse a page of 2,500 nested <%s> before parsing it, with the nesting message, in well under 5 s',
    async (tag) => {
      const html = `<!doctype html><html><body><article><p>The council voted on Tuesday to close the old library on Mill Street, citing the rising cost of heating the building over the winter.</p>${`<${tag}>`.repeat(2_500)}x</article></body></html>`;
      let parsed = 0;
      const started = performance.now();
      const refusal = await importHtmlText(html, 'deep.html', (markup) => {
        parsed++;
        return parseWithJsdom(markup);
      }).catch((error: unknown) => error);
      // jsdom took 3–8 s to parse these pages (the fuzz suite's slowest inputs).
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(parsed).toBe(0);
      expect(refusal).toBeInstanceOf(ImportError);
      expect((refusal as ImportError).detail).toBe('too-deeply-nested');
      expect((refusal as ImportError).message).toBe(TOO_DEEPLY_NESTED_MESSAGE);
    },
  );

  it('a page of thousands of tables is read without Readability', async () => {
    const tables = `<!doctype html><html><body><article><p>The council voted on Tuesday to close the old library on Mill Street, citing the rising cost of heating the building over the winter.</p>${'<table>'.repeat(3_000)}</article></body></html>`;
    expect(runReadability(parseWithJsdom(tables))).toBeNull();
    const started = performance.now();
    const article = await importHtmlText(tables, 'tables.html', parseWithJsdom);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(article.document.blocks.some((b) => b.text.startsWith('The council voted'))).toBe(true);
  });
});

describe('a saved page is read in steps that Cancel can stop', () => {
  it('stops at the next step after the signal aborts, with ImportCancelled', async () => {
    const { ImportCancelled } = await import('../../../src/renderer/src/import/import-cancelled');
    const controller = new AbortController();
    const html = `<html><body><article><h1>Budget</h1>${'<p>The council said on Monday that the city budget would rise by four percent next year, and critics said the rise was too small.</p>'.repeat(5)}</article></body></html>`;
    let parses = 0;
    const parse = (markup: string): Document => {
      parses++;
      // Cancel pressed while the page is being parsed.
      controller.abort();
      return new DOMParser().parseFromString(markup, 'text/html');
    };
    await expect(importHtmlText(html, 'a.html', parse, undefined, controller.signal)).rejects.toBeInstanceOf(ImportCancelled);
    expect(parses).toBe(1);
  });
});
