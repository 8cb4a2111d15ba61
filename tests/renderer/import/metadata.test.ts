import { describe, expect, it } from 'vitest';
import { importHtmlText } from '../../../src/renderer/src/import/import-html';
import { importText } from '../../../src/renderer/src/import/import-text';
import { parseHtml } from './helpers';

const BODY = '<p>The council voted on Tuesday to close the library for good, citing the rising cost of heating the old building.</p>'.repeat(3);

describe('titles and metadata keep no invisible or direction-changing characters', () => {
  it('from a saved page’s title and meta tags', async () => {
    const html = `<!doctype html><html><head><title>Council\u202E news\u202C \u200Bvote</title>
      <meta name="author" content="Jane\u200D Roe\u2066"><meta property="og:site_name" content="\uFEFFDaily\u0000 Post"></head>
      <body><article>${BODY}</article></body></html>`;
    const article = await importHtmlText(html, 'page\u202Elmth.html', parseHtml);
    expect(article.title).toBe('Council news vote');
    expect(article.byline).toBe('Jane Roe');
    expect(article.siteName).toBe('Daily Post');
    expect(article.fileName).toBe('pagelmth.html');
  });

  it('from the first line of a text', async () => {
    const article = await importText(
      '\u202ELibrary to close\u200B\n\nThe council voted on Tuesday to close the library for good, citing the cost of heating.\u0000',
      'a.txt',
      'txt',
    );
    expect(article.title).toBe('Library to close');
    expect(article.document.original).not.toContain('\u0000');
  });
});
