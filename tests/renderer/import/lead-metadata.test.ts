import { describe, expect, it } from 'vitest';
import type { ImportedArticle } from '../../../src/core/text/types';
import { importDocx } from '../../../src/renderer/src/import/import-docx';
import { importPdf, type PdfjsLike } from '../../../src/renderer/src/import/import-pdf';
import { importText } from '../../../src/renderer/src/import/import-text';
import { buildDocx, docxParagraphXml } from '../../fixtures/docx-builder';
import { expectBlocksSliceOriginal, parseHtml } from './helpers';

const TITLE = 'Council closes the Jarrowford library';
const BODY = [
  'The council voted on Tuesday to close the old library on Mill Street, citing the rising cost of heating the building.',
  'Campaigners said they would appeal the decision, which they called short-sighted and unfair to older readers.',
];

function expectMetadata(article: ImportedArticle, byline: string, publishedAt: string, slicesOriginal = true): void {
  expect(article.byline).toBe(byline);
  expect(article.publishedAt).toBe(publishedAt);
  expect(article.title).toBe(TITLE);
  const text = article.document.blocks.filter((b) => b.kind !== 'debris').map((b) => b.text);
  // Not text: no heading, paragraph (or sentence) holds the byline or the date line…
  expect(text.some((t) => /^(By |Published|Updated)/.test(t))).toBe(false);
  // …and not dropped silently: the removed list says what they were.
  const removed = article.document.blocks.filter((b) => b.kind === 'debris').map((b) => b.reason);
  expect(removed).toContain('byline');
  // The title is the first block, a heading; the first paragraph is the article's first sentence.
  expect(article.document.blocks[0]).toMatchObject({ kind: 'heading', text: TITLE });
  expect(article.document.blocks.find((b) => b.kind === 'paragraph')?.text).toBe(BODY[0]);
  // (Markdown block text loses its markup, so it is no plain slice of the original.)
  if (slicesOriginal) expectBlocksSliceOriginal(article.document);
}

describe('bylines and dates become metadata in every format', () => {
  it('.md: "*By Jane Roe — Education editor*" and "*Published 2 April 2024*"', async () => {
    const md = `# ${TITLE}\n\n*By Jane Roe — Education editor*\n\n*Published 2 April 2024*\n\n${BODY.join('\n\n')}\n`;
    const article = await importText(md, 'a.md', 'md');
    expectMetadata(article, 'Jane Roe — Education editor', '2024-04-02', false);
    expect(article.document.blocks.map((b) => b.reason ?? b.kind)).toEqual(['heading', 'byline', 'publication date', 'paragraph', 'paragraph']);
  });

  it('.txt: title, byline and an "Updated" line typed without blank lines', async () => {
    const txt = `${TITLE}\nBy Jane Roe\nUpdated 3 April 2024, 14:05 GMT\n${BODY.join('\n')}\n`;
    const article = await importText(txt, 'a.txt', 'txt');
    // With no publication date, the "Updated" date is the date shown.
    expectMetadata(article, 'Jane Roe', '2024-04-03');
  });

  it('.docx: byline and date paragraphs under the title', async () => {
    const xml = [TITLE, 'By Jane Roe, Education editor', 'Published: April 2, 2024', ...BODY].map(docxParagraphXml).join('');
    const article = await importDocx(buildDocx(xml), 'a.docx', parseHtml);
    expectMetadata(article, 'Jane Roe, Education editor', '2024-04-02');
  });

  it('.pdf: byline and date lines under a large-type title', async () => {
    const line = (str: string, y: number, size: number) => ({ str, transform: [size, 0, 0, size, 72, y], width: str.length * size * 0.5, height: size, hasEOL: true });
    const items = [
      line(TITLE, 780, 20),
      line('By Jane Roe | 2 April 2024', 740, 10),
      line(BODY[0].slice(0, BODY[0].indexOf(' Street') + 8), 700, 10),
      line(BODY[0].slice(BODY[0].indexOf(' Street') + 8), 688, 10),
      line(BODY[1], 660, 10),
    ];
    const pdf = { numPages: 1, getPage: async () => ({ getTextContent: async () => ({ items }) }), destroy: async () => undefined };
    const pdfjs: PdfjsLike = { getDocument: () => ({ promise: Promise.resolve(pdf), destroy: async () => undefined }) };
    const article = await importPdf(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), 'a.pdf', async () => pdfjs);
    expectMetadata(article, 'Jane Roe', '2024-04-02');
  });

  it('metadata a page states (html meta tags) wins over lines in the text', async () => {
    const { importHtmlText } = await import('../../../src/renderer/src/import/import-html');
    const html = `<html><head><title>${TITLE}</title><meta name="author" content="Sam Lee"></head><body><article><h1>${TITLE}</h1><p>By Jane Roe</p>${BODY.map((p) => `<p>${p} ${p}</p>`).join('')}</article></body></html>`;
    const article = await importHtmlText(html, 'a.html', parseHtml);
    expect(article.byline).toBe('Sam Lee');
  });
});
