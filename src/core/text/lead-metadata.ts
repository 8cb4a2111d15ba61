/**
 * Bylines and dates at the top of an article ("By Jane Roe — Education editor",
 * "Published 2 April 2024", "Updated 3 April 2024, 14:05 GMT") are metadata, not the
 * writer's text: they are taken out of the text (debris with a reason, so the reader's
 * "removed" list still shows them) and returned as the article's byline and date, which
 * the reader shows in its meta line. Saved web pages carry the same facts in meta tags;
 * Markdown, Word, PDF and plain-text articles only have these lines.
 */
import type { CleanedDocument, TextBlock } from './types';

export interface LeadMetadata {
  /** The byline without "By " ("Jane Roe — Education editor"). */
  byline?: string;
  /** ISO date ("2024-04-02") of a "Published …" line or a bare date line. */
  publishedAt?: string;
  /** ISO date of an "Updated …" line. */
  updatedAt?: string;
}

/** Only the top of the article is searched: a "By …" line further down is the writer's text. */
const LEAD_BLOCKS = 8;
/** A metadata line is short; a longer block is prose that happens to start with "By". */
const MAX_LINE_WORDS = 16;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?\s+)?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** A time after the date: "14:05", "2.05pm", "at 10:32 a.m. EDT", "14:05 GMT+1". */
const TIME = String.raw`(?:[\s,]*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|local time))?)?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^${WEEKDAY}${DAY}\s+${MONTH},?\s+(\d{4})${TIME}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+${DAY},?\s+(\d{4})${TIME}$`, 'i');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * A news date written out ("2 April 2024", "Tuesday, April 2, 2024 at 10:32 a.m. EDT",
 * "2024-04-02") as an ISO date, or undefined. Numeric dates such as 02/04/2024 are left
 * alone: day and month order differ between countries.
 */
export function parseNewsDate(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '');
  let m = ISO_DATE.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(t);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]), Number(m[2]));
  return undefined;
}

const DATE_LABEL = /^(first published|published|posted|last updated|updated|last modified|modified)(?:\s+(?:on|at))?\s*:?\s*(.+)$/i;
// Case-sensitive "By"/"BY" then one to four capitalised name words ("By Monday the council…" fails at "the"),
// "and" between names allowed; the rest after a separator is a role or a date.
const BYLINE = /^(?:[Bb]y|BY)\s*:?\s+((?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:(?:and|&)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})?)(?:([,|–—-])\s*(.{1,80}))?$/u;

type Piece = { kind: 'byline'; byline: string; date?: string } | { kind: 'published' | 'updated'; date: string };

function readPiece(piece: string): Piece | undefined {
  const labelled = DATE_LABEL.exec(piece);
  if (labelled) {
    const date = parseNewsDate(labelled[2]);
    if (!date) return undefined;
    return { kind: /updated|modified/i.test(labelled[1]) ? 'updated' : 'published', date };
  }
  const bare = parseNewsDate(piece);
  if (bare) return { kind: 'published', date: bare };
  const by = BYLINE.exec(piece);
  if (!by) return undefined;
  const name = by[1].trim();
  const rest = by[3]?.trim();
  if (!rest) return { kind: 'byline', byline: name };
  const date = parseNewsDate(rest) ?? (DATE_LABEL.test(rest) ? parseNewsDate(DATE_LABEL.exec(rest)![2]) : undefined);
  if (date) return { kind: 'byline', byline: name, date };
  // Sentence punctuation in the rest means prose ("By Friday, the council had voted.").
  if (/[.!?]$/.test(rest) && !/\b[A-Z]\.$/.test(rest)) return undefined;
  return { kind: 'byline', byline: `${name} ${by[2] === ',' ? ',' : by[2]} ${rest}`.replace(' ,', ',') };
}

/** The pieces of a metadata line ("By Jo Tester · 25 March 2024 · Updated 26 March 2024"), or undefined when any piece is text. */
function readLine(text: string): Piece[] | undefined {
  if (text.split(' ').length > MAX_LINE_WORDS) return undefined;
  const pieces = text.split(/\s*[·|•]\s*/).filter((p) => p.length > 0);
  const read = pieces.map(readPiece);
  return read.length > 0 && read.every((p): p is Piece => p !== undefined) ? read : undefined;
}

/** Whether a whole line is a byline or a date line ("By Jane Roe", "Published 2 April 2024", "2 April 2024"). */
export function isMetadataLine(text: string): boolean {
  return readLine(text.replace(/\s+/g, ' ').trim()) !== undefined;
}

const REASONS: Record<Piece['kind'], string> = { byline: 'byline', published: 'publication date', updated: 'date updated' };

/**
 * Takes byline and date lines out of the top of `doc` (they become debris with the reason
 * "byline", "publication date" or "date updated") and returns them as metadata. The first
 * of each kind wins; the text, offsets and other blocks are unchanged.
 */
export function takeLeadMetadata(doc: CleanedDocument): { document: CleanedDocument; metadata: LeadMetadata } {
  const metadata: LeadMetadata = {};
  let changed = false;
  const blocks: TextBlock[] = doc.blocks.map((block, index) => {
    if (index >= LEAD_BLOCKS) return block;
    if (block.kind === 'debris' && block.reason !== 'byline') return block;
    const pieces = readLine(block.text);
    if (!pieces) return block;
    for (const piece of pieces) {
      if (piece.kind === 'byline') {
        metadata.byline ??= piece.byline;
        if (piece.date) metadata.publishedAt ??= piece.date;
      } else if (piece.kind === 'published') metadata.publishedAt ??= piece.date;
      else metadata.updatedAt ??= piece.date;
    }
    changed = true;
    return { ...block, kind: 'debris', reason: REASONS[pieces[0].kind] };
  });
  return { document: changed ? { ...doc, blocks } : doc, metadata };
}
