/**
 * Picks the importer for a file: by extension first, then by sniffing the bytes, because
 * files get renamed (a PDF saved as .txt, a web page saved as .txt).
 */
import { ImportError, SUPPORTED_FORMATS_LABEL } from '../../../core/import/errors';
import { binarySignature, startsWithBytes } from '../../../core/text/decode';

export type FileFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export const SUPPORTED_EXTENSIONS: Readonly<Record<string, FileFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

/** For `<input type="file" accept>`: the extensions the importer takes. */
export const ACCEPT_ATTRIBUTE = Object.keys(SUPPORTED_EXTENSIONS)
  .map((ext) => `.${ext}`)
  .join(',');

/** Formats we recognise but cannot import, with what to do instead. */
const KNOWN_UNSUPPORTED: Readonly<Record<string, string>> = {
  doc: 'Old Word documents (.doc) cannot be imported. Open the file in Word or LibreOffice, save it as .docx (or .txt) and import the new copy.',
  rtf: 'Rich Text files (.rtf) cannot be imported. Open the file in your word processor, save it as .docx or .txt and import the new copy.',
  odt: 'OpenDocument files (.odt) cannot be imported. Open the file in LibreOffice, save it as .docx or .txt and import the new copy.',
  pages: 'Pages documents cannot be imported. Export the document from Pages as .docx or .pdf and import that.',
  mhtml: 'Web archives (.mhtml) cannot be imported. Open the page in your browser and save it as "Web page, HTML only" (.html), then import that.',
  mht: 'Web archives (.mht) cannot be imported. Open the page in your browser and save it as "Web page, HTML only" (.html), then import that.',
  webarchive: 'Safari web archives cannot be imported. Open the page and save it as "Page Source" (.html), then import that.',
  epub: 'E-books (.epub) cannot be imported. Copy the article text into a .txt file and import that.',
};

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** `%PDF-` may follow a few junk bytes; the spec lets readers look in the first 1024. */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF.length <= head.length; i++) {
    if (PDF.every((b, j) => head[i + j] === b)) return true;
  }
  return false;
}

function looksLikeDocxZip(bytes: Uint8Array): boolean {
  if (!startsWithBytes(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
  return head.includes('word/') || head.includes('[Content_Types].xml');
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<?xml') && head.includes('<html'));
}

/**
 * The format to import `bytes` as.
 * @throws ImportError 'unsupported-type' for other extensions, 'binary' for non-text content in a text file.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): FileFormat {
  const ext = extensionOf(fileName);
  const byExtension = SUPPORTED_EXTENSIONS[ext];
  if (!byExtension) {
    if (KNOWN_UNSUPPORTED[ext]) throw new ImportError('unsupported-type', KNOWN_UNSUPPORTED[ext]);
    throw new ImportError(
      'unsupported-type',
      `Files of this type${ext ? ` (.${ext})` : ''} cannot be imported. Framewise imports ${SUPPORTED_FORMATS_LABEL} files: save the article in one of these formats and import it again.`,
    );
  }

  // Content beats the name when the two disagree in a way we can recognise for sure.
  if (byExtension !== 'pdf' && looksLikePdf(bytes)) return 'pdf';
  if (byExtension !== 'docx' && looksLikeDocxZip(bytes)) return 'docx';
  if (byExtension === 'txt' && looksLikeHtml(bytes)) return 'html';
  if ((byExtension === 'txt' || byExtension === 'md' || byExtension === 'html') && (binarySignature(bytes) ?? 'exe') !== 'exe') {
    // An image, archive or program under a text name.
    throw new ImportError('binary');
  }
  return byExtension;
}
