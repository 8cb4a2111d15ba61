import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/core/import/errors';
import { decodeBytes, decodeBytesAs } from '../../../src/core/text/decode';
import { UTF16_TEXT, UTF8_BOM_TEXT, WINDOWS_1252_TEXT } from '../../fixtures/fixture-text';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).code;
  }
  return undefined;
}

describe('decodeBytes', () => {
  it('decodes plain UTF-8 and keeps line endings exactly', () => {
    const text = 'Line one\r\nLine two\rLine three\n“quoted” — café';
    expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'UTF-8' });
  });

  it('decodes UTF-8 with a BOM, dropping only the BOM', () => {
    const bytes = fixture('utf8-bom.txt');
    expect(bytes.subarray(0, 3)).toEqual(Uint8Array.from([0xef, 0xbb, 0xbf]));
    expect(decodeBytes(bytes)).toEqual({ text: UTF8_BOM_TEXT, encoding: 'UTF-8' });
  });

  it('decodes UTF-16 LE with a BOM', () => {
    expect(decodeBytes(fixture('utf16le-bom.txt'))).toEqual({ text: UTF16_TEXT, encoding: 'UTF-16LE' });
  });

  it('decodes UTF-16 BE with a BOM', () => {
    const text = 'Big-endian “text” with € and é.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) >> 8;
      bytes[3 + 2 * i] = text.charCodeAt(i) & 0xff;
    }
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'UTF-16BE' });
  });

  it('recognises UTF-16 LE without a BOM instead of calling it binary', () => {
    const bytes = fixture('utf16le-bom.txt').subarray(2);
    expect(decodeBytes(bytes)).toEqual({ text: UTF16_TEXT, encoding: 'UTF-16LE' });
  });

  it('decodes Windows-1252 curly quotes, é, € and em dash (0x93 0x94 0xE9 0x80 0x97)', () => {
    const bytes = fixture('windows-1252.txt');
    for (const b of [0x93, 0x94, 0xe9, 0x80, 0x97]) expect(bytes.includes(b)).toBe(true);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(WINDOWS_1252_TEXT);
    expect(decoded.text).toContain('€40 licence fee was “unfair” and “rushed” — the council');
    expect(decoded.text).toContain('\r\n');
  });

  it('reads short Latin-1 text as windows-1252 (its printable superset)', () => {
    // "café naïve" in ISO-8859-1: chardet alone guesses a Central European code page here.
    const decoded = decodeBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]));
    expect(decoded).toEqual({ text: 'café naïve', encoding: 'windows-1252' });
  });

  it('keeps a confident non-Western guess from chardet (windows-1251 Russian)', () => {
    const text = 'Москва сегодня объявила о новых мерах поддержки для семей. '.repeat(3);
    const bytes = Uint8Array.from([...text], (c) => {
      const code = c.charCodeAt(0);
      return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
    });
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'windows-1251' });
  });

  it('rejects empty and whitespace-only files as empty', () => {
    expect(codeOf(() => decodeBytes(new Uint8Array(0)))).toBe('empty');
    expect(codeOf(() => decodeBytes(fixture('empty.txt')))).toBe('empty');
    expect(codeOf(() => decodeBytes(fixture('whitespace.txt')))).toBe('empty');
    expect(codeOf(() => decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x20, 0x0a])))).toBe('empty');
  });

  it('rejects binary data: NUL bytes, control characters, known file signatures', () => {
    expect(codeOf(() => decodeBytes(fixture('binary.txt')))).toBe('binary');
    expect(codeOf(() => decodeBytes(Uint8Array.from([0x41, 0x42, 0x00, 0x43, 0x44, 0x45])))).toBe('binary');
    const controls = utf8('Some text'.repeat(10));
    controls.set([0x01, 0x02, 0x03, 0x04, 0x05, 0x06], 20);
    expect(codeOf(() => decodeBytes(controls))).toBe('binary');
    expect(codeOf(() => decodeBytes(fixture('article.pdf')))).toBe('binary');
    expect(codeOf(() => decodeBytes(fixture('article.docx')))).toBe('binary');
    expect(codeOf(() => decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41])))).toBe('binary');
  });

  it('accepts text that merely starts like a program signature ("MZ")', () => {
    expect(decodeBytes(utf8('MZ Smith wrote to the council.')).text).toBe('MZ Smith wrote to the council.');
  });

  it('throws ImportError with a learner-facing message', () => {
    try {
      decodeBytes(new Uint8Array(0));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(/empty/i);
    }
  });
});

describe('decodeBytesAs', () => {
  it('decodes with a declared label, mapping ISO-8859-1 to windows-1252', () => {
    expect(decodeBytesAs(Uint8Array.from([0x93, 0x68, 0x69, 0x94]), 'ISO-8859-1')).toEqual({ text: '“hi”', encoding: 'windows-1252' });
    expect(decodeBytesAs(utf8('é'), 'utf-8')).toEqual({ text: 'é', encoding: 'UTF-8' });
  });

  it('returns undefined for labels TextDecoder does not know', () => {
    expect(decodeBytesAs(utf8('x'), 'no-such-charset')).toBeUndefined();
  });
});

describe('decodeBytes on mostly-English legacy text', () => {
  it('reads a long English text with a few curly quotes as windows-1252, not a CJK code page', () => {
    const bytes = new Uint8Array(200_000).fill(0x61);
    for (let i = 0; i < bytes.length; i += 80) bytes[i] = 0x20;
    bytes.set([0x93, 0x48, 0x69, 0x94], 1000);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.slice(1000, 1004)).toBe('“Hi”');
  });
});
