/**
 * Guards against zip bombs before a .docx reaches mammoth/JSZip, which inflate every
 * entry fully into memory and parse all of its XML on the window's thread.
 *
 * Two checks, cheap first:
 * - `checkZipSizes` reads only the central directory (the sizes each entry declares) and
 *   never inflates anything: it stops the common bomb that declares its size honestly.
 * - `checkZipInflation` inflates every entry as a stream, discarding the output and
 *   counting the bytes actually produced, and stops the moment a cap is passed. A
 *   directory that lies about sizes (JSZip only notices after inflating all of it) is
 *   stopped after at most one small chunk beyond the cap, and no inflated data is kept.
 *   The stream is fflate's (a small, well-kept inflater; JSZip's own inflater has no
 *   way to stop part-way).
 */
import { Inflate } from 'fflate';

/** Far above any real news article (text XML of a 10 MB .docx is rarely above 50 MB). */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/**
 * The most XML (.xml and .rels parts, which mammoth parses) a .docx may inflate to. A
 * news article's document.xml is well under 1 MiB and a 300-page formatted book's is
 * about 8 MiB; mammoth spends about a second and over 100 MB of memory per MiB of XML.
 */
export const MAX_DOCX_XML_BYTES = 8 * 1024 * 1024;
/** Compressed bytes fed to the inflater at a time: bounds the output of one step to ~1 MiB. */
const INFLATE_CHUNK_BYTES = 1024;
/** A Word document has a few dozen parts; thousands only make sense for an attack. */
export const MAX_ZIP_ENTRIES = 5_000;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_MIN_LENGTH = 22;
const CENTRAL_HEADER_LENGTH = 46;
const MAX_COMMENT_LENGTH = 0xffff;

export type ZipCheck =
  | { ok: true; entries: number; uncompressedBytes: number }
  | { ok: false; reason: 'unreadable' | 'too-large' };

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_MIN_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/** Sums the uncompressed sizes the central directory declares and compares them with the limits. */
export function checkZipSizes(
  bytes: Uint8Array,
  limits: { maxUncompressedBytes?: number; maxEntries?: number } = {},
): ZipCheck {
  const maxBytes = limits.maxUncompressedBytes ?? MAX_ZIP_UNCOMPRESSED_BYTES;
  const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES;
  if (bytes.byteLength < EOCD_MIN_LENGTH) return { ok: false, reason: 'unreadable' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { ok: false, reason: 'unreadable' };

  const entryCount = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: a real .docx within the import size limit never needs ZIP64.
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) return { ok: false, reason: 'too-large' };
  if (entryCount > maxEntries) return { ok: false, reason: 'too-large' };

  let offset = directoryOffset;
  let total = 0;
  for (let i = 0; i < entryCount; i++) {
    if (offset + CENTRAL_HEADER_LENGTH > eocd) return { ok: false, reason: 'unreadable' };
    if (view.getUint32(offset, true) !== CENTRAL_HEADER_SIGNATURE) return { ok: false, reason: 'unreadable' };
    const uncompressed = view.getUint32(offset + 24, true);
    if (uncompressed === 0xffffffff) return { ok: false, reason: 'too-large' };
    total += uncompressed;
    if (total > maxBytes) return { ok: false, reason: 'too-large' };
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    offset += CENTRAL_HEADER_LENGTH + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries: entryCount, uncompressedBytes: total };
}

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_LENGTH = 30;

export type InflationCheck =
  | { ok: true; xmlBytes: number; totalBytes: number }
  | { ok: false; reason: 'unreadable' | 'too-large' };

class LimitReached extends Error {}

/**
 * Inflates every entry (stored or deflated) as a stream, counting the bytes produced,
 * and refuses the zip as soon as its XML parts exceed `maxXmlBytes` or all parts exceed
 * `maxTotalBytes`. Run after `checkZipSizes` (which validates the directory's shape).
 */
export function checkZipInflation(
  bytes: Uint8Array,
  limits: { maxXmlBytes?: number; maxTotalBytes?: number } = {},
): InflationCheck {
  const maxXml = limits.maxXmlBytes ?? MAX_DOCX_XML_BYTES;
  const maxTotal = limits.maxTotalBytes ?? MAX_ZIP_UNCOMPRESSED_BYTES;
  if (bytes.byteLength < EOCD_MIN_LENGTH) return { ok: false, reason: 'unreadable' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { ok: false, reason: 'unreadable' };
  const entryCount = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let xmlBytes = 0;
  let totalBytes = 0;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < entryCount; i++) {
    if (offset + CENTRAL_HEADER_LENGTH > eocd || view.getUint32(offset, true) !== CENTRAL_HEADER_SIGNATURE) {
      return { ok: false, reason: 'unreadable' };
    }
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + CENTRAL_HEADER_LENGTH, offset + CENTRAL_HEADER_LENGTH + nameLength));
    offset += CENTRAL_HEADER_LENGTH + nameLength + extraLength + commentLength;

    if (localOffset + LOCAL_HEADER_LENGTH > bytes.byteLength || view.getUint32(localOffset, true) !== LOCAL_HEADER_SIGNATURE) {
      return { ok: false, reason: 'unreadable' };
    }
    const dataStart = localOffset + LOCAL_HEADER_LENGTH + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.byteLength) return { ok: false, reason: 'unreadable' };
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    const isXml = /\.(xml|rels)$/i.test(name);
    const count = (n: number): void => {
      totalBytes += n;
      if (isXml) xmlBytes += n;
      if (totalBytes > maxTotal || xmlBytes > maxXml) throw new LimitReached();
    };
    try {
      if (method === 0) count(data.byteLength);
      else if (method === 8) inflateCounting(data, count);
      else return { ok: false, reason: 'unreadable' };
    } catch (error) {
      if (error instanceof LimitReached) return { ok: false, reason: 'too-large' };
      return { ok: false, reason: 'unreadable' };
    }
  }
  return { ok: true, xmlBytes, totalBytes };
}

/** Inflates raw DEFLATE data chunk by chunk, passing each output size to `count` and keeping nothing. */
function inflateCounting(data: Uint8Array, count: (n: number) => void): void {
  const inflater = new Inflate((chunk) => count(chunk.byteLength));
  if (data.byteLength === 0) {
    inflater.push(new Uint8Array(0), true);
    return;
  }
  for (let at = 0; at < data.byteLength; at += INFLATE_CHUNK_BYTES) {
    const end = Math.min(at + INFLATE_CHUNK_BYTES, data.byteLength);
    inflater.push(data.subarray(at, end), end === data.byteLength);
  }
}
