/**
 * Bytes → text for plain-text imports (.txt, .md, and HTML before parsing).
 * Order: BOM, then strict UTF-8, then BOM-less UTF-16 (alternating NUL bytes), then
 * chardet's best guess among encodings TextDecoder supports. Binary data (NUL bytes,
 * many control characters, known file signatures) and whitespace-only files are refused
 * with an ImportError, so the learner gets a clear message instead of mojibake.
 */
import chardet from 'chardet';
import { ImportError } from '../import/errors';

export interface DecodedText {
  /** The text exactly as decoded (byte-order mark removed, line endings untouched). */
  text: string;
  /** WHATWG-style encoding name, e.g. "UTF-8", "UTF-16LE", "windows-1252". */
  encoding: string;
}

/** How many leading bytes the binary checks look at. */
const SNIFF_BYTES = 8192;
/** More control characters than this share of the sample means "not text". */
const MAX_CONTROL_RATIO = 0.02;

/** Signatures of common non-text files someone may rename to .txt. */
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: number[] }> = [
  { name: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // PK.. (docx, xlsx, epub, zip)
  { name: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0] }, // legacy Office, encrypted docx
  { name: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'elf', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'exe', bytes: [0x4d, 0x5a] },
  { name: 'rar', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];

export function startsWithBytes(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

/** The name of a known binary file signature at the start of `bytes`, if any. */
export function binarySignature(bytes: Uint8Array): string | undefined {
  return BINARY_SIGNATURES.find((s) => startsWithBytes(bytes, s.bytes))?.name;
}

function isControlByte(b: number): boolean {
  // Tab, LF, VT, FF, CR and ESC appear in real text files; the rest do not.
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

function looksBinary(bytes: Uint8Array): boolean {
  const signature = binarySignature(bytes);
  // "MZ" (a Windows program) is also how some real text starts; programs contain NUL bytes anyway.
  if (signature && signature !== 'exe') return true;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (isControlByte(b)) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_RATIO;
}

/** UTF-16 without a BOM shows up as NUL bytes in every other position. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES) & ~1);
  if (sample.length < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return undefined;
}

/**
 * windows-1252 bytes 0x80–0x9F (WHATWG index). Decoded by hand because Node 20's
 * TextDecoder('windows-1252') takes a Latin-1 fast path and returns C1 controls for these
 * bytes (nodejs/node#56542); doing it ourselves gives the same result in Node and browsers.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  if (/^(windows-1252|iso-8859-1|latin1|cp1252|us-ascii|ascii)$/i.test(label)) return decodeWindows1252(bytes);
  // ignoreBOM: false (default) strips a leading BOM of the matching encoding.
  return new TextDecoder(label, { fatal }).decode(bytes);
}

function tryStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decodeWith('utf-8', bytes, true);
  } catch {
    return undefined;
  }
}

function supportedByTextDecoder(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** How many bytes chardet looks at. */
const CHARDET_SAMPLE_BYTES = 64 * 1024;

/** Below this share of bytes >= 0x80, a non-Latin guess is not believed. */
const MIN_NON_LATIN_HIGH_BYTES = 0.1;

function highByteRatio(bytes: Uint8Array): number {
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  return bytes.length ? high / bytes.length : 0;
}

/** Latin-script single-byte encodings chardet often confuses with each other on short texts. */
const LATIN_SINGLE_BYTE = /^(ISO-8859-(1|2|3|4|9|10|13|14|15|16)|windows-125[02478])$/i;
/** Below this chardet confidence a Latin guess other than Western is not trusted. */
const TRUSTED_CONFIDENCE = 60;

/**
 * Picks a legacy encoding from chardet's ranking. ISO-8859-1 is read as windows-1252:
 * identical for printable Latin-1 text, and 1252 also maps 0x80–0x9F to the curly quotes,
 * dashes and € that Windows editors write there. Short Western texts often get a
 * low-confidence Central European or Turkish guess; those fall back to windows-1252, while
 * non-Latin guesses (windows-1251, KOI8-R, Shift_JIS…) are kept.
 */
function guessLegacyEncoding(bytes: Uint8Array): string {
  // A sample is plenty for statistics and keeps multi-megabyte files fast.
  const sample = bytes.subarray(0, CHARDET_SAMPLE_BYTES);
  const ranked = chardet.analyse(sample).filter((m) => m.name !== 'ASCII' && m.name !== 'UTF-8' && supportedByTextDecoder(m.name));
  const top = ranked[0];
  if (!top) return 'windows-1252';
  if (top.name === 'ISO-8859-1' || top.name === 'windows-1252') return 'windows-1252';
  if (LATIN_SINGLE_BYTE.test(top.name)) return top.confidence < TRUSTED_CONFIDENCE ? 'windows-1252' : top.name;
  // Cyrillic, Greek, Arabic, Hebrew or CJK text is mostly high bytes; English or French
  // with a few curly quotes is not, whatever chardet guesses from those few bytes.
  if (highByteRatio(sample) < MIN_NON_LATIN_HIGH_BYTES) return 'windows-1252';
  return top.name;
}

function assertNotEmpty(text: string): void {
  if (text.trim().length === 0) throw new ImportError('empty');
}

function assertTextual(text: string): void {
  const sample = text.slice(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new ImportError('binary');
    if (c < 0x20 ? isControlByte(c) : c === 0x7f || (c >= 0x80 && c < 0xa0)) control++;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_RATIO) throw new ImportError('binary');
}

/**
 * Decodes a text file's bytes.
 * @throws ImportError 'empty' when there is no non-whitespace text, 'binary' when the bytes are not text.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportError('empty');

  let result: DecodedText;
  if (startsWithBytes(bytes, [0xef, 0xbb, 0xbf])) {
    result = { text: decodeWith('utf-8', bytes), encoding: 'UTF-8' };
  } else if (startsWithBytes(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWithBytes(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    // UTF-32 is not something TextDecoder reads, and no editor writes it for articles.
    throw new ImportError('binary');
  } else if (startsWithBytes(bytes, [0xff, 0xfe])) {
    result = { text: decodeWith('utf-16le', bytes), encoding: 'UTF-16LE' };
  } else if (startsWithBytes(bytes, [0xfe, 0xff])) {
    result = { text: decodeWith('utf-16be', bytes), encoding: 'UTF-16BE' };
  } else {
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16) {
      result = { text: decodeWith(utf16, bytes), encoding: utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' };
    } else {
      if (looksBinary(bytes)) throw new ImportError('binary');
      const utf8 = tryStrictUtf8(bytes);
      if (utf8 !== undefined) {
        result = { text: utf8, encoding: 'UTF-8' };
      } else {
        const encoding = guessLegacyEncoding(bytes);
        result = { text: decodeWith(encoding, bytes), encoding };
      }
    }
  }

  assertNotEmpty(result.text);
  assertTextual(result.text);
  return { ...result, text: withoutNul(result.text) };
}

/**
 * NUL is never text. The binary check refuses a file with NUL in its first 8 KB; one
 * further in (a damaged or crafted file) is removed, so none ever reaches storage.
 */
function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replace(/\u0000/g, '') : text;
}

/**
 * Decodes with a declared encoding (e.g. an HTML `<meta charset>`), when TextDecoder
 * knows the label; returns `undefined` for unknown labels.
 */
export function decodeBytesAs(bytes: Uint8Array, label: string): DecodedText | undefined {
  const normalized = label.trim().toLowerCase();
  if (!supportedByTextDecoder(normalized)) return undefined;
  const encoding = /^(iso-8859-1|latin1|l1|us-ascii|ascii|cp1252|windows-1252)$/.test(normalized)
    ? 'windows-1252'
    : new TextDecoder(normalized).encoding;
  const text = decodeWith(encoding, bytes);
  assertNotEmpty(text);
  assertTextual(text);
  return { text: withoutNul(text), encoding: encoding === 'utf-8' ? 'UTF-8' : encoding };
}
