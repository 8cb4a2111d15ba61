import type { CleanedDocument } from './types';

/**
 * The text that identifies an article for duplicate detection: non-debris blocks joined by
 * blank lines. Using cleaned block text (not the raw file) means the same article saved as
 * .txt with CRLF and as a web page with different ads still hashes the same.
 */
export function hashableText(doc: CleanedDocument): string {
  return doc.blocks
    .filter((b) => b.kind !== 'debris')
    .map((b) => b.text)
    .join('\n\n');
}

/** SHA-256 (lowercase hex) of `text` as UTF-8, via Web Crypto (browser, worker and Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('Web Crypto (crypto.subtle) is not available in this environment.');
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 hex of the document's non-debris block texts joined by "\n\n". */
export function hashDocument(doc: CleanedDocument): Promise<string> {
  return sha256Hex(hashableText(doc));
}
