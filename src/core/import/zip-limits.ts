/**
 * A cheap guard against zip bombs before a .docx reaches mammoth/JSZip, which inflate
 * every entry fully into memory. It reads only the zip's central directory (the sizes
 * each entry declares) and never inflates anything.
 *
 * JSZip itself refuses an entry whose inflated size differs from the declared one, but
 * only after inflating it; this check stops the common bomb that declares its size
 * honestly, and a directory that cannot be read is refused outright.
 */

/** Far above any real news article (text XML of a 10 MB .docx is rarely above 50 MB). */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
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
