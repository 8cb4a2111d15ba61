import { describe, expect, it } from 'vitest';
import { importDocx, type MammothLike } from '../../../src/renderer/src/import/import-docx';
import { DOCX_HEADING, DOCX_PARAGRAPHS, DOCX_TITLE } from '../../fixtures/fixture-text';
import { expectBlocksSliceOriginal, fixture, parseHtml, rejection } from './helpers';

describe('importDocx', () => {
  it('keeps the Title and Heading 1 paragraphs as headings and the text as paragraphs', async () => {
    const article = await importDocx(fixture('article.docx'), 'article.docx', parseHtml);
    expect(article.format).toBe('docx');
    expect(article.title).toBe(DOCX_TITLE);
    expect(article.document.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', DOCX_TITLE],
      ['paragraph', DOCX_PARAGRAPHS[0]],
      ['paragraph', DOCX_PARAGRAPHS[1]],
      ['heading', DOCX_HEADING],
      ['paragraph', DOCX_PARAGRAPHS[2]],
    ]);
    expectBlocksSliceOriginal(article.document);
    expect(article.document.original).not.toContain('<');
    expect(article.wordCount).toBeGreaterThan(40);
  });

  it('refuses a damaged docx as unreadable', async () => {
    expect((await rejection(importDocx(fixture('corrupt.docx'), 'corrupt.docx', parseHtml))).code).toBe('unreadable');
  });

  it('refuses a file that is not a zip at all as unreadable', async () => {
    const bytes = new TextEncoder().encode('this is not a word document');
    expect((await rejection(importDocx(bytes, 'fake.docx', parseHtml))).code).toBe('unreadable');
  });

  it('refuses a zip that is not a Word document as unreadable', async () => {
    // A valid zip whose entries mammoth cannot use: the docx fixture with document.xml renamed.
    const bytes = fixture('article.docx').slice();
    const name = new TextEncoder().encode('word/document.xml');
    for (let i = 0; i + name.length <= bytes.length; i++) {
      if (name.every((b, j) => bytes[i + j] === b)) bytes[i + 5] = 0x58; // "word/Xocument.xml"
    }
    expect((await rejection(importDocx(bytes, 'other.docx', parseHtml))).code).toBe('unreadable');
  });

  it('refuses an encrypted (OLE-wrapped) docx as password-protected', async () => {
    const error = await rejection(importDocx(fixture('encrypted.docx'), 'encrypted.docx', parseHtml));
    expect(error.code).toBe('password-protected');
    expect(error.message).toMatch(/password/i);
  });

  it('refuses an old .doc renamed to .docx with advice to save as .docx', async () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const stream = 'WordDocument';
    for (let i = 0; i < stream.length; i++) bytes[600 + 2 * i] = stream.charCodeAt(i);
    const error = await rejection(importDocx(bytes, 'old.docx', parseHtml));
    expect(error.code).toBe('unsupported-type');
    expect(error.message).toContain('.docx');
  });

  it('refuses a document with no text as no-article-text', async () => {
    const mammoth: MammothLike = {
      convertToHtml: async () => ({ value: '<p></p>' }),
      images: { imgElement: () => ({}) },
    };
    const error = await rejection(importDocx(fixture('article.docx'), 'blank.docx', parseHtml, mammoth));
    expect(error.code).toBe('no-article-text');
  });

  it('refuses a zip bomb as too-large before mammoth inflates anything', async () => {
    const bytes = fixture('article.docx').slice();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      // Every central-directory entry claims 1 GB uncompressed.
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1024 * 1024 * 1024, true);
    }
    let called = false;
    const mammoth: MammothLike = {
      convertToHtml: async () => {
        called = true;
        return { value: '<p>never</p>' };
      },
      images: { imgElement: () => ({}) },
    };
    const error = await rejection(importDocx(bytes, 'bomb.docx', parseHtml, mammoth));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/\.txt/);
    expect(called).toBe(false);
  });
});
