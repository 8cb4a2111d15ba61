import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportedArticle, TextBlock } from '../../../src/core/text/types';
import { importHtml, importHtmlText, extractArticle, decodeHtmlBytes } from '../../../src/renderer/src/import/import-html';
import { extractParts } from '../../../src/renderer/src/import/html-text';
import {
  ARTICLE_AFTER_SUBHEADING,
  ARTICLE_PARAGRAPHS,
  ARTICLE_SUBHEADING,
  ARTICLE_TITLE,
} from '../../fixtures/fixture-text';
import { expectBlocksSliceOriginal, fixture, parseHtml, rejection } from './helpers';

describe('importHtml on a saved news page', () => {
  let article: ImportedArticle;
  let blocks: TextBlock[];
  let kept: TextBlock[];
  beforeAll(async () => {
    article = await importHtml(fixture('news-page.html'), 'news-page.html', parseHtml);
    blocks = article.document.blocks;
    kept = blocks.filter((b) => b.kind !== 'debris');
  });

  it('keeps the metadata', () => {
    expect(article.format).toBe('html');
    expect(article.fileName).toBe('news-page.html');
    expect(article.title).toBe(ARTICLE_TITLE);
    expect(article.byline).toBe('Jo Tester');
    expect(article.siteName).toBe('The Riverton Test Gazette');
    expect(article.publishedAt).toBe('2024-03-25T08:30:00Z');
    expect(article.encoding).toBe('UTF-8');
  });

  it('keeps the article paragraphs and subheading in order', () => {
    expect(kept.map((b) => [b.kind, b.text])).toEqual([
      ...ARTICLE_PARAGRAPHS.map((p) => ['paragraph', p]),
      ['heading', ARTICLE_SUBHEADING],
      ...ARTICLE_AFTER_SUBHEADING.map((p) => ['paragraph', p]),
    ]);
  });

  it('drops or marks page chrome: nav, cookie banner, ads, share buttons, newsletter, footer', () => {
    const keptText = kept.map((b) => b.text).join('\n');
    for (const chrome of ['cookies', 'Home', 'Sport', 'Share on', 'Advertisement', 'newsletter', 'Follow us', '©', 'Related', 'Read more', 'Photo:', 'Jo Tester']) {
      expect(keptText).not.toContain(chrome);
    }
    const reasons = blocks.filter((b) => b.kind === 'debris').map((b) => b.reason);
    expect(reasons).toEqual(expect.arrayContaining(['advertisement', 'read-more link', 'newsletter prompt']));
  });

  it('stores only text: blocks separated by blank lines, no markup', () => {
    expectBlocksSliceOriginal(article.document);
    expect(article.document.original).not.toMatch(/[<>]/);
    expect(article.document.original).toContain(`${ARTICLE_PARAGRAPHS[0]}\n\n${ARTICLE_PARAGRAPHS[1]}`);
  });

  it('counts words and hashes only the kept text', () => {
    const words = kept.map((b) => b.text).join(' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(article.wordCount).toBe(words);
    expect(article.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('extractArticle', () => {
  const page = (body: string, head = ''): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

  it('falls back to the page body (without nav/header/footer) when Readability finds nothing', () => {
    const html = page(
      '<header>Site name</header><nav><a>Home</a><a>News</a></nav><div>The first paragraph of the article has enough words to count as real text.</div><div>A second paragraph follows.</div><footer>© 2024 Example</footer>',
      '<title>Fallback page</title>',
    );
    const result = extractArticle(html, parseHtml, () => null);
    expect(result.document.blocks.map((b) => b.text)).toEqual([
      'The first paragraph of the article has enough words to count as real text.',
      'A second paragraph follows.',
    ]);
    expect(result.meta.title).toBe('Fallback page');
  });

  it('refuses a page without article text', async () => {
    const html = page('<nav><a>Home</a></nav><p>Hello</p><footer>© 2024</footer>');
    const error = await rejection(importHtmlText(html, 'empty-page.html', parseHtml));
    expect(error.code).toBe('no-article-text');
  });

  it('reports a parser failure as unreadable', async () => {
    const error = await rejection(
      importHtmlText('<p>x</p>', 'x.html', () => {
        throw new Error('parser exploded');
      }),
    );
    expect(error.code).toBe('unreadable');
  });

  it('uses the first heading when the page has no title', async () => {
    const html = page('<article><h1>Harbour reopens</h1><p>The harbour in the invented port of Saltby reopened on Tuesday after a storm closed it for four days.</p><p>Fishing crews said the damage was less than feared.</p></article>');
    const article = await importHtmlText(html, 'page.html', parseHtml);
    expect(article.title).toBe('Harbour reopens');
  });
});

describe('extractParts', () => {
  it('makes one part per block element, splits <br><br>, and skips hidden or non-text elements', () => {
    const doc = parseHtml(
      '<!DOCTYPE html><html><body><div>Loose text <b>bold</b> here<br>same block<br><br>New block</div>' +
        '<h2>Head<span>ing</span></h2><ul><li>Item <i>one</i></li><li><p>Item two</p></li></ul>' +
        '<p hidden>hidden</p><p style="display: none">also hidden</p><p aria-hidden="true">aria</p>' +
        '<table><tr><td>Cell A</td><td>Cell B</td></tr></table><pre>line 1\nline 2</pre>' +
        '<script>var x = 1;</script><style>p{}</style><svg><text>svg</text></svg><button>Press</button></body></html>',
    );
    expect(extractParts(doc.body)).toEqual([
      { text: 'Loose text bold here same block' },
      { text: 'New block' },
      { text: 'Heading', kind: 'heading' },
      { text: 'Item one', kind: 'paragraph' },
      { text: 'Item two', kind: 'paragraph' },
      { text: 'Cell A', kind: 'paragraph' },
      { text: 'Cell B', kind: 'paragraph' },
      { text: 'line 1 line 2', kind: 'paragraph' },
    ]);
  });
});

describe('decodeHtmlBytes', () => {
  it('honours a declared windows-1252 charset', () => {
    const head = '<html><head><meta charset="windows-1252"></head><body><p>';
    const bytes = new Uint8Array([...new TextEncoder().encode(head), 0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35]);
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.endsWith('“Hi” €5')).toBe(true);
  });

  it('keeps UTF-8 when the bytes are valid UTF-8', () => {
    const decoded = decodeHtmlBytes(new TextEncoder().encode('<meta charset="iso-8859-1"><p>café</p>'));
    expect(decoded).toEqual({ text: '<meta charset="iso-8859-1"><p>café</p>', encoding: 'UTF-8' });
  });
});
