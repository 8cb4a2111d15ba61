import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/core/import/errors';
import { ACCEPT_ATTRIBUTE, detectFormat, extensionOf } from '../../../src/renderer/src/import/detect-format';
import { fixture } from './helpers';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).code;
  }
  return undefined;
}

describe('detectFormat', () => {
  it('picks the format from the extension, case-insensitively', () => {
    expect(detectFormat('a.txt', text('hello'))).toBe('txt');
    expect(detectFormat('a.MD', text('# hello'))).toBe('md');
    expect(detectFormat('a.markdown', text('# hello'))).toBe('md');
    expect(detectFormat('page.HTM', text('<p>x</p>'))).toBe('html');
    expect(detectFormat('page.html', text('<p>x</p>'))).toBe('html');
    expect(detectFormat('doc.docx', fixture('article.docx'))).toBe('docx');
    expect(detectFormat('doc.pdf', fixture('article.pdf'))).toBe('pdf');
  });

  it('follows the content when a file is misnamed', () => {
    expect(detectFormat('actually-pdf.txt', fixture('article.pdf'))).toBe('pdf');
    expect(detectFormat('actually-docx.txt', fixture('article.docx'))).toBe('docx');
    expect(detectFormat('actually-pdf.docx', fixture('article.pdf'))).toBe('pdf');
    expect(detectFormat('page-source.txt', text('<!DOCTYPE html><html><body><p>x</p></body></html>'))).toBe('html');
  });

  it('rejects images and archives named as text', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(codeOf(() => detectFormat('photo.txt', png))).toBe('binary');
    expect(codeOf(() => detectFormat('photo.md', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])))).toBe('binary');
  });

  it('rejects unsupported extensions, listing the supported ones', () => {
    for (const name of ['photo.png', 'archive.zip', 'noextension', 'slides.pptx']) {
      try {
        detectFormat(name, text('x'));
        expect.unreachable();
      } catch (error) {
        expect((error as ImportError).code).toBe('unsupported-type');
        expect((error as Error).message).toContain('.txt, .md, .html, .htm, .docx or .pdf');
      }
    }
  });

  it('gives specific advice for known formats we cannot read', () => {
    try {
      detectFormat('old.doc', text('x'));
      expect.unreachable();
    } catch (error) {
      expect((error as ImportError).code).toBe('unsupported-type');
      expect((error as Error).message).toContain('.docx');
    }
  });

  it('exposes extensions for a file input', () => {
    expect(extensionOf('a/b/c.Tar.GZ')).toBe('gz');
    expect(extensionOf('.hidden')).toBe('');
    expect(ACCEPT_ATTRIBUTE.split(',')).toEqual(expect.arrayContaining(['.txt', '.md', '.html', '.htm', '.docx', '.pdf']));
  });
});
