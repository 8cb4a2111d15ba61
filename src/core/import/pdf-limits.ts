/**
 * A guard against PDF decompression bombs before pdf.js sees the file: a 1 MB PDF whose
 * content stream inflates to 1 GiB took pdf.js 12 s and 2.4 GB (issue 9, defect 5), and
 * pdf.js has no limit of its own.
 *
 * Scans the file for `stream … endstream` objects whose dictionary names /FlateDecode and
 * that are not images, inflates each as a stream with fflate (counting the bytes produced,
 * keeping none) and refuses the file once the total passes the cap. Images are left out:
 * a photo legitimately inflates to many megabytes, and pdf.js does not decode images to
 * read text. Streams that do not inflate (another filter, damage, encryption) count only
 * what they produced before failing; pdf.js then reads (or refuses) them as before.
 */
import { Unzlib } from 'fflate';

/**
 * Content, font and object streams of a long text PDF inflate to a few tens of MB. Counting
 * runs at tens of MB per second, so a bomb is refused within a second or two, holding nothing.
 */
export const MAX_PDF_INFLATED_BYTES = 64 * 1024 * 1024;
/** Compressed bytes fed to the inflater at a time: bounds the output of one step to ~1 MiB. */
const CHUNK_BYTES = 1024;
/** How far before `stream` the object's dictionary is looked for. */
const DICTIONARY_WINDOW = 4096;

export type PdfStreamCheck = { ok: true; inflatedBytes: number; streams: number } | { ok: false; reason: 'too-large' };

class LimitReached extends Error {}

function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  for (let i = bytes.indexOf(first, from); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

const STREAM = new TextEncoder().encode('stream');
const END_STREAM = new TextEncoder().encode('endstream');
const latin1 = new TextDecoder('latin1');

export function checkPdfStreams(bytes: Uint8Array, limits: { maxInflatedBytes?: number } = {}): PdfStreamCheck {
  const max = limits.maxInflatedBytes ?? MAX_PDF_INFLATED_BYTES;
  let total = 0;
  let streams = 0;
  const count = (n: number): void => {
    total += n;
    if (total > max) throw new LimitReached();
  };
  let at = 0;
  while (at < bytes.length) {
    const keyword = indexOfBytes(bytes, STREAM, at);
    if (keyword < 0) break;
    at = keyword + STREAM.length;
    // "endstream" contains "stream": skip it, and any "stream" not followed by an end of line.
    if (keyword >= 3 && latin1.decode(bytes.subarray(keyword - 3, keyword)) === 'end') continue;
    let dataStart = at;
    if (bytes[dataStart] === 0x0d) dataStart++;
    if (bytes[dataStart] !== 0x0a && dataStart === at) continue;
    if (bytes[dataStart] === 0x0a) dataStart++;
    const head = latin1.decode(bytes.subarray(Math.max(0, keyword - DICTIONARY_WINDOW), keyword));
    const dictionary = head.slice(head.lastIndexOf(' obj'));
    const end = indexOfBytes(bytes, END_STREAM, dataStart);
    const dataEnd = end < 0 ? bytes.length : end;
    at = dataEnd;
    if (!/\/FlateDecode\b|\/Fl\b/.test(dictionary) || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    streams++;
    try {
      const inflater = new Unzlib((chunk) => count(chunk.byteLength));
      for (let i = dataStart; i < dataEnd; i += CHUNK_BYTES) {
        const stop = Math.min(i + CHUNK_BYTES, dataEnd);
        inflater.push(bytes.subarray(i, stop), stop === dataEnd);
      }
    } catch (error) {
      if (error instanceof LimitReached) return { ok: false, reason: 'too-large' };
      // Not inflatable as a whole: what it produced is counted; pdf.js decides the rest.
    }
  }
  return { ok: true, inflatedBytes: total, streams };
}
