import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText, importTextFile } from '../../../src/renderer/src/import/import-text';
import { titleFromDocument, titleFromFileName, normalizeDate } from '../../../src/renderer/src/import/article';
import { cleanText } from '../../../src/core/text/clean';
import { UTF16_TEXT, WINDOWS_1252_TEXT } from '../../fixtures/fixture-text';
import { fixture, rejection } from './helpers';

const SEED = readFileSync(join(process.cwd(), 'resources/samples/iran-pij-gaza-exchange.txt'), 'utf8');

describe('importTextFile', () => {
  it('imports the seed article with its structure, word count and hash', async () => {
    const article = await importTextFile(new TextEncoder().encode(SEED), 'iran-pij-gaza-exchange.txt', 'txt');
    expect(article.format).toBe('txt');
    expect(article.encoding).toBe('UTF-8');
    expect(article.document.original).toBe(SEED);
    expect(article.document.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(5);
    expect(article.document.blocks.filter((b) => b.kind === 'heading')).toHaveLength(3);
    expect(article.document.blocks.filter((b) => b.kind === 'debris')).toHaveLength(2);
    // First block is a paragraph, so the title is its first line, shortened at a word.
    expect(article.title.startsWith('In a significant diplomatic exchange, Iranian Foreign Minister')).toBe(true);
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.title.length).toBeLessThanOrEqual(91);
    const words = SEED.replace(/Advertisment/g, '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(article.wordCount).toBe(words);
    expect(article.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('imports Windows-1252 and UTF-16 files with their encoding and exact original text', async () => {
    const cp1252 = await importTextFile(fixture('windows-1252.txt'), 'windows-1252.txt', 'txt');
    expect(cp1252.encoding).toBe('windows-1252');
    expect(cp1252.document.original).toBe(WINDOWS_1252_TEXT);
    expect(cp1252.title).toBe('Café owners protest new fee');
    const utf16 = await importTextFile(fixture('utf16le-bom.txt'), 'utf16le-bom.txt', 'txt');
    expect(utf16.encoding).toBe('UTF-16LE');
    expect(utf16.document.original).toBe(UTF16_TEXT);
    expect(utf16.title).toBe('Harbour reopens after storm');
  });

  it('imports markdown with markup stripped from block text and the # title', async () => {
    const article = await importTextFile(fixture('article.md'), 'article.md', 'md');
    expect(article.format).toBe('md');
    expect(article.title).toBe('Town garden scheme wins award');
    expect(article.document.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Town garden scheme wins award'],
      ['paragraph', 'The community garden scheme in the invented town of Elmstead has won a regional award, the judges said on Wednesday. The scheme turned three empty lots into vegetable gardens.'],
      ['debris', 'Advertisement'],
      ['heading', 'Who runs it'],
      ['paragraph', 'Volunteers from the Elmstead Garden Club run the plots.'],
      ['paragraph', 'Schools use one plot for science lessons.'],
      ['debris', 'Read more: Elmstead library plans summer reading club'],
    ]);
  });

  it('rejects empty, whitespace-only and binary text files', async () => {
    expect((await rejection(importTextFile(fixture('empty.txt'), 'empty.txt', 'txt'))).code).toBe('empty');
    expect((await rejection(importTextFile(fixture('whitespace.txt'), 'whitespace.txt', 'txt'))).code).toBe('empty');
    expect((await rejection(importTextFile(fixture('binary.txt'), 'binary.txt', 'txt'))).code).toBe('binary');
  });

  it('rejects a text with only debris or too few words as no-article-text', async () => {
    expect((await rejection(importText('Advertisement\n\nShare this article', 'x.txt', 'txt'))).code).toBe('no-article-text');
    expect((await rejection(importText('Just three words.', 'x.txt', 'txt'))).code).toBe('no-article-text');
  });

  it('imports pasted text', async () => {
    const article = await importText(SEED, 'Pasted text', 'paste');
    expect(article.format).toBe('paste');
    expect(article.encoding).toBeUndefined();
  });
});

describe('titles and dates', () => {
  it('takes the first block as title when it is a heading, else the first line', () => {
    expect(titleFromDocument(cleanText('Bridge Opens\n\nThe bridge opened on Monday.'))).toBe('Bridge Opens');
    expect(titleFromDocument(cleanText('The bridge opened on Monday.\n\nMore Text\n\nAnother paragraph here.'))).toBe('The bridge opened on Monday.');
    expect(titleFromDocument(cleanText('Advertisement\n\nBridge Opens\n\nThe bridge opened.'))).toBe('Bridge Opens');
    expect(titleFromDocument(cleanText(''))).toBeUndefined();
  });

  it('makes a readable title from a file name', () => {
    expect(titleFromFileName('C:\\news\\gaza_report-2024.txt')).toBe('gaza report 2024');
    expect(titleFromFileName('notes')).toBe('notes');
  });

  it('normalises dates to ISO 8601 and drops unparseable ones', () => {
    expect(normalizeDate('2024-03-25')).toBe('2024-03-25');
    expect(normalizeDate('2024-03-25 08:30:00')).toBe('2024-03-25T08:30:00');
    expect(normalizeDate('Mon, 25 Mar 2024 08:30:00 GMT')).toBe('2024-03-25T08:30:00.000Z');
    expect(normalizeDate('yesterday-ish')).toBeUndefined();
    expect(normalizeDate(undefined)).toBeUndefined();
  });
});
