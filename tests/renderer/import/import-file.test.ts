import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src/shared/ipc-contract';
import { importFile } from '../../../src/renderer/src/import/import-file';
import { PDF_TITLE } from '../../fixtures/fixture-text';
import { deps, fixture, loadPdfjs, parseHtml, rejection } from './helpers';

const SEED = readFileSync(join(process.cwd(), 'resources/samples/iran-pij-gaza-exchange.txt'), 'utf8');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('importFile', () => {
  it('imports each supported fixture with the right format', async () => {
    const cases: Array<[string, string]> = [
      ['news-page.html', 'html'],
      ['article.md', 'md'],
      ['windows-1252.txt', 'txt'],
      ['utf8-bom.txt', 'txt'],
      ['article.docx', 'docx'],
      ['article.pdf', 'pdf'],
    ];
    for (const [name, format] of cases) {
      const article = await importFile({ name, data: fixture(name) }, deps);
      expect(article.format).toBe(format);
      expect(article.fileName).toBe(name);
      expect(article.wordCount).toBeGreaterThan(20);
      expect(article.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('rejects files over the size limit before reading them', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const error = await rejection(importFile({ name: 'big.txt', data: big }, deps));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('10 MB');
  });

  it('accepts a file exactly at the size limit', async () => {
    const data = new Uint8Array(MAX_IMPORT_BYTES).fill(0x20);
    data.set(bytes(SEED));
    const article = await importFile({ name: 'padded.txt', data }, deps);
    expect(article.document.blocks.filter((b) => b.kind === 'heading')).toHaveLength(3);
  });

  it('rejects unsupported types, empty files and binary files', async () => {
    expect((await rejection(importFile({ name: 'photo.png', data: fixture('binary.bin') }, deps))).code).toBe('unsupported-type');
    expect((await rejection(importFile({ name: 'photo.png', data: new Uint8Array(0) }, deps))).code).toBe('unsupported-type');
    expect((await rejection(importFile({ name: 'blob.bin', data: fixture('binary.bin') }, deps))).code).toBe('unsupported-type');
    expect((await rejection(importFile({ name: 'empty.txt', data: fixture('empty.txt') }, deps))).code).toBe('empty');
    expect((await rejection(importFile({ name: 'empty.pdf', data: new Uint8Array(0) }, deps))).code).toBe('empty');
    expect((await rejection(importFile({ name: 'binary.txt', data: fixture('binary.txt') }, deps))).code).toBe('binary');
  });

  it('imports a PDF saved with a .txt name as a PDF', async () => {
    const article = await importFile({ name: 'pdf-named.txt', data: fixture('pdf-named.txt') }, deps);
    expect(article.format).toBe('pdf');
    expect(article.title).toBe(PDF_TITLE);
  });

  it('rejects damaged and protected documents with their own codes', async () => {
    expect((await rejection(importFile({ name: 'corrupt.docx', data: fixture('corrupt.docx') }, deps))).code).toBe('unreadable');
    expect((await rejection(importFile({ name: 'encrypted.docx', data: fixture('encrypted.docx') }, deps))).code).toBe('password-protected');
    expect((await rejection(importFile({ name: 'encrypted.pdf', data: fixture('encrypted.pdf') }, deps))).code).toBe('password-protected');
    expect((await rejection(importFile({ name: 'scanned.pdf', data: fixture('scanned.pdf') }, deps))).code).toBe('no-article-text');
  });

  it('turns unexpected failures into an unreadable ImportError', async () => {
    const broken = { parseHtml, loadPdfjs: vi.fn(async () => ({ getDocument: () => { throw new TypeError('boom'); } })) };
    const error = await rejection(importFile({ name: 'article.pdf', data: fixture('article.pdf') }, broken));
    expect(error.code).toBe('unreadable');
  });

  it('hashes the same article the same way whatever the file format details', async () => {
    const lf = await importFile({ name: 'a.txt', data: bytes(SEED) }, deps);
    const crlf = await importFile({ name: 'b.txt', data: bytes(SEED.replace(/\n/g, '\r\n')) }, deps);
    const bom = await importFile({ name: 'c.txt', data: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(SEED)]) }, deps);
    expect(crlf.hash).toBe(lf.hash);
    expect(bom.hash).toBe(lf.hash);
    expect(crlf.wordCount).toBe(lf.wordCount);
  });

  it('never asks pdf.js for a non-PDF file', async () => {
    const loader = vi.fn(loadPdfjs);
    await importFile({ name: 'seed.txt', data: bytes(SEED) }, { parseHtml, loadPdfjs: loader });
    expect(loader).not.toHaveBeenCalled();
  });
});
