/**
 * Short text fields (titles, bylines, site names, file names, dispute reasons): one
 * length bound shared by every place that stores them and by the backup reader, so a
 * backup the app writes is always one it can read back (issue 9, defect 1), and one
 * cleaning rule that keeps invisible characters out of what the learner reads as a title.
 */

/** Longest title, name, file name, reason or other short text field stored or restored. */
export const MAX_SHORT_TEXT_CHARS = 2_000;

/**
 * Characters that are invisible or reorder what is shown: C0/C1 controls (NUL included),
 * bidirectional embeddings, overrides and isolates (a right-to-left override can make
 * "evil.exe.txt" read as "evil.txt.exe"), marks, zero-width spaces and joiners, word
 * joiners, invisible operators, the BOM. They carry no words, and in a title or byline
 * they only hide or disguise text.
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** Cuts `text` to at most `max` UTF-16 code units without leaving half a surrogate pair. */
export function truncateText(text: string, max: number = MAX_SHORT_TEXT_CHARS): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/** Removes invisible and direction-changing characters (see INVISIBLE). */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * A metadata value as stored: invisible characters removed, whitespace collapsed,
 * trimmed, at most `max` characters; undefined when nothing is left.
 */
export function cleanShortText(value: string | null | undefined, max: number = MAX_SHORT_TEXT_CHARS): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Cut a generous prefix first, so a 10 MB meta tag is not scanned whole by the regexes.
  const t = truncateText(removeInvisible(truncateText(value, max * 4)).replace(/\s+/g, ' ').trim(), max).trim();
  return t ? t : undefined;
}
