/**
 * Word documents (.docx) via mammoth's browser-compatible API. Mammoth turns Word styles
 * into HTML (Heading 1 → h1 …); we parse that HTML inertly and keep only its text blocks,
 * so headings survive and nothing else does. Images are dropped, external files never read.
 */
import mammothDefault from 'mammoth';
import { ImportError, isStackOverflow } from '../../../core/import/errors';
import { TOO_DEEPLY_NESTED_MESSAGE } from '../../../core/import/limits';
import { checkZipInflation, checkZipSizes, MAX_DOCX_XML_BYTES, MAX_ZIP_UNCOMPRESSED_BYTES } from '../../../core/import/zip-limits';
import { cleanParts } from '../../../core/text/clean';
import { startsWithBytes } from '../../../core/text/decode';
import type { ImportedArticle } from '../../../core/text/types';
import { finishArticle } from './article';
import { extractParts, wrapFragment, type HtmlParser } from './html-text';

/** The part of mammoth we use; injectable for tests. */
export interface MammothLike {
  convertToHtml(input: { arrayBuffer: ArrayBuffer }, options?: Record<string, unknown>): Promise<{ value: string }>;
  images: { imgElement(f: (image: unknown) => Promise<{ src: string }>): unknown };
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Word's title styles are headings too (mammoth maps only Heading 1–6 by default). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

const MIB = 1024 * 1024;
/** The numbers the too-large message quotes (also the catalogue's parameters). */
export const DOCX_LIMIT_PARAMS = {
  xmlMegabytes: Math.round(MAX_DOCX_XML_BYTES / MIB),
  totalMegabytes: Math.round(MAX_ZIP_UNCOMPRESSED_BYTES / MIB),
};

export const DOCX_TOO_LARGE_MESSAGE = `This Word document unpacks to far more than an article needs (the limits are ${DOCX_LIMIT_PARAMS.xmlMegabytes} MB of document text and ${DOCX_LIMIT_PARAMS.totalMegabytes} MB in all); it may be damaged or built to crash programs. Open it in Word or LibreOffice, save only the article text as .txt or a new .docx, and import that.`;

function docxTooLarge(): ImportError {
  return new ImportError('too-large', DOCX_TOO_LARGE_MESSAGE, { detail: 'docx-too-large', params: DOCX_LIMIT_PARAMS });
}

function tooDeeplyNested(cause: unknown): ImportError {
  return new ImportError('unreadable', TOO_DEEPLY_NESTED_MESSAGE, { cause, detail: 'too-deeply-nested' });
}

function utf16Includes(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A password-protected .docx is not a zip: Office wraps the encrypted package in an OLE
 * compound file ("EncryptionInfo" + "EncryptedPackage" streams). An OLE file with a
 * "WordDocument" stream instead is an old .doc renamed to .docx.
 */
function refuseOleFile(bytes: Uint8Array): never {
  if (!utf16Includes(bytes, 'EncryptedPackage') && utf16Includes(bytes, 'WordDocument')) {
    throw new ImportError(
      'unsupported-type',
      'This is an old Word document (.doc), even though its name ends in .docx. Open it in Word or LibreOffice, save it as .docx (or .txt) and import the new copy.',
    );
  }
  throw new ImportError('password-protected');
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export async function importDocx(
  bytes: Uint8Array,
  fileName: string,
  parseHtml: HtmlParser,
  mammoth: MammothLike = mammothDefault as unknown as MammothLike,
): Promise<ImportedArticle> {
  if (startsWithBytes(bytes, OLE_SIGNATURE)) refuseOleFile(bytes);
  if (!startsWithBytes(bytes, ZIP_SIGNATURE)) throw new ImportError('unreadable');
  // Mammoth (JSZip) inflates every part into memory: refuse a zip bomb before it starts,
  // first by the sizes the directory declares, then by the bytes its parts really inflate to.
  const sizes = checkZipSizes(bytes);
  if (!sizes.ok) throw sizes.reason === 'too-large' ? docxTooLarge() : new ImportError('unreadable');
  const inflated = checkZipInflation(bytes);
  if (!inflated.ok) throw inflated.reason === 'too-large' ? docxTooLarge() : new ImportError('unreadable');

  let html: string;
  try {
    const arrayBuffer = toArrayBuffer(bytes);
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`; JSZip accepts either.
    const input = { arrayBuffer, buffer: arrayBuffer };
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = result.value;
  } catch (error) {
    // mammoth's XML reader recurses once per nesting level: say so rather than "damaged".
    if (isStackOverflow(error)) throw tooDeeplyNested(error);
    throw new ImportError('unreadable', undefined, { cause: error });
  }

  let document;
  try {
    const doc = parseHtml(wrapFragment(html));
    const body = doc.body ?? doc.documentElement;
    document = cleanParts(body ? extractParts(body) : []);
  } catch (error) {
    if (isStackOverflow(error)) throw tooDeeplyNested(error);
    throw new ImportError('unreadable', undefined, { cause: error });
  }
  return finishArticle({ document, format: 'docx', fileName });
}
