// @vitest-environment jsdom
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importHtmlText } from '../../../src/renderer/src/import/import-html';
import { fixture } from './helpers';

/**
 * In the app, saved pages are parsed by linkedom in the import worker (no DOMParser in a
 * worker). The article must come out as the browser's parser would give it: same text,
 * blocks, title and byline (jsdom's DOMParser follows the HTML standard like Chromium's).
 */
const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;
const standard = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const paragraph = (i: number) =>
  `The council said on Monday that the city budget would rise by ${i} percent next year, and critics said the rise was too small to matter to residents.`;

const pages: Record<string, string> = {
  'news-page.html': new TextDecoder().decode(fixture('news-page.html')),
  'hostile.html': new TextDecoder().decode(fixture('hostile.html')),
  'unclosed paragraphs and list items': `<html><head><title>Budget rises</title></head><body><article><h1>Budget rises</h1>${[1, 2, 3, 4, 5].map((i) => `<p>${paragraph(i)}`).join('')}<ul><li>First point<li>Second point</ul><p>${paragraph(6)}</article></body></html>`,
  'line breaks and a layout table': `<html><body><table><tr><td><div>${[1, 2, 3, 4].map(paragraph).join('<br><br>')}</div><td>Sidebar</table></body></html>`,
  'no article element (page-body fallback)': `<html><body><nav>Home · World</nav><div>${paragraph(1)}</div><footer>© 2024 The Gazette</footer></body></html>`,
};

describe('saved pages read on linkedom (the import worker) equal those read on a standard HTML parser', () => {
  it.each(Object.keys(pages))('%s', async (name) => {
    const a = await importHtmlText(pages[name], 'page.html', linkedom);
    const b = await importHtmlText(pages[name], 'page.html', standard);
    expect(a.document).toEqual(b.document);
    expect([a.title, a.byline, a.siteName, a.publishedAt, a.hash]).toEqual([b.title, b.byline, b.siteName, b.publishedAt, b.hash]);
  });
});
