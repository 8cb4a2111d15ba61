/**
 * Turns an article's original text into headings, paragraphs and debris lines whose
 * offsets point back into that exact text (UTF-16 code units), so every later stage can
 * highlight the learner's own text by slicing `original`.
 *
 * Invariants (tested):
 * - blocks are in document order, never overlap, and `0 <= start < end <= original.length`;
 * - `original.slice(start, end)` begins and ends with non-whitespace;
 * - for plain text and extracted formats, `block.text` is exactly that slice with whitespace
 *   runs collapsed to one space; for markdown, `block.text` additionally loses markup
 *   (emphasis markers, link targets, list/quote markers), so use `mapBlockText` to get
 *   from a position in `block.text` back to the original.
 */
import { bareName, markClosingNotes } from './closing-notes';
import { aboutDescribesIssuer, debrisReason, trailerHead } from './debris';
import { isMetadataLine } from './lead-metadata';
import type { CleanedDocument, TextBlock } from './types';
import { countWords } from './words';

export interface CleanOptions {
  /** 'md' strips markdown markup from block text; default 'txt'. */
  format?: 'txt' | 'md';
}

/** A piece of already-extracted text (from HTML, docx or pdf) with optional known structure. */
export interface TextPart {
  text: string;
  /** Known from the source markup (h1–h6 → heading; li, td, blockquote → paragraph). */
  kind?: 'heading' | 'paragraph';
}

/** Longest line still taken for a heading by the heuristic. */
export const HEADING_MAX_WORDS = 12;
export const HEADING_MAX_CHARS = 100;

const TERMINAL_PUNCTUATION = /[.!?:;,"”…]$/;
/** Lines that look like a byline or a dateline are article metadata, not headings. */
// Case-sensitive: with the i flag \p{Lu} would match lower case too ("By the river").
const BYLINE = /^[Bb][Yy]\s+\p{Lu}/u;
const DATELINE =
  /^(updated|published|posted|last updated)?\s*(on\s+)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b/i;

/** Whitespace runs collapsed to one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a line could be a heading by itself: short, starts with a capital (or digit),
 * has a letter, and does not end like a sentence. Whether it IS a heading also depends on
 * what follows it (see `cleanText`).
 */
export function looksLikeHeading(text: string): boolean {
  const t = collapseWhitespace(text);
  if (t.length === 0 || t.length > HEADING_MAX_CHARS) return false;
  if (t.split(' ').length > HEADING_MAX_WORDS) return false;
  if (TERMINAL_PUNCTUATION.test(t)) return false;
  if (!/\p{L}/u.test(t)) return false;
  if (/^\p{Ll}/u.test(t)) return false;
  if (BYLINE.test(t) || DATELINE.test(t) || isMetadataLine(t)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------
// Lines and groups

interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the line's last character, line break excluded. */
  end: number;
  raw: string;
}

/** A contiguous range of one line that belongs to a block (markers already skipped). */
interface Segment {
  start: number;
  end: number;
}

type GroupKind = 'para' | 'heading' | 'list' | 'code' | 'linkref';

interface Group {
  kind: GroupKind;
  segments: Segment[];
}

function splitLines(original: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(original)) !== null) {
    lines.push({ start, end: m.index, raw: original.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: original.length, raw: original.slice(start) });
  return lines;
}

const isBlank = (s: string): boolean => /^\s*$/.test(s);

/** `#` to `######` after at most three spaces, then a space or tab: an ATX heading opener. */
const ATX_OPENER = /^ {0,3}#{1,6}[ \t]/;
const SETEXT_UNDERLINE = /^ {0,3}(={2,}|-{2,})[ \t]*$/;
const SEPARATOR = /^[ \t]*([*=~_\-–—•·#+])([ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]{0,6})([-*+•–—]|\d{1,3}[.)])[ \t]+(\[[ xX]\][ \t]+)?(?=\S)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLOCKQUOTE = /^( {0,3}>[ \t]?)+/;
const LINK_REFERENCE = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;

/** Sentence-ending characters; a line ending with one is not soft-wrapped into the next. */
const LINE_END_PUNCTUATION = /[.!?:;"”’'»)\]…]$/;

const isSpaceOrTab = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * The content range of an ATX heading line ("## Title ##" → "Title"), or null when the
 * line is not one. Scanned by hand: the regular expression it replaces
 * (`[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`) backtracked cubically on a line of `#`, thousands of
 * spaces and a U+2028 (issue 9, defect 2). Same results: the content starts after the
 * spaces that follow the hashes and ends before trailing spaces and an optional closing
 * run of `#` preceded by a space; a line holding U+2028 or U+2029 (which `.` never
 * matched) is not a heading.
 */
function atxHeadingContent(raw: string): { start: number; end: number } | null {
  const opener = ATX_OPENER.exec(raw);
  if (!opener) return null;
  if (raw.includes('\u2028') || raw.includes('\u2029')) return null;
  let start = opener[0].length;
  while (isSpaceOrTab(raw[start])) start++;
  let end = raw.length;
  while (end > start && isSpaceOrTab(raw[end - 1])) end--;
  // An optional closing sequence: a run of '#' with a space or tab before it.
  let hashes = end;
  while (hashes > start && raw[hashes - 1] === '#') hashes--;
  if (hashes < end && hashes > start && isSpaceOrTab(raw[hashes - 1])) {
    end = hashes;
    while (end > start && isSpaceOrTab(raw[end - 1])) end--;
  }
  return { start, end };
}

function segmentOf(line: Line, skip = 0): Segment {
  return { start: line.start + skip, end: line.end };
}

function segmentText(original: string, seg: Segment): string {
  return original.slice(seg.start, seg.end);
}

/**
 * Groups lines into raw blocks: blank lines separate groups; markdown/plain structure
 * (ATX and setext headings, list items, fences, separators) starts or ends groups. When
 * the text has no blank line at all, every line is its own group unless it is clearly
 * soft-wrapped (previous line has no end punctuation and this one starts in lower case).
 */
function groupLines(original: string, lines: Line[], markdown: boolean): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  const close = (): void => {
    if (current && current.segments.length > 0) groups.push(current);
    current = null;
  };

  const nonBlank = lines.filter((l) => !isBlank(l.raw));
  const first = lines.findIndex((l) => !isBlank(l.raw));
  const last = lines.length - 1 - [...lines].reverse().findIndex((l) => !isBlank(l.raw));
  let lineMode = nonBlank.length > 1;
  for (let i = first; i >= 0 && i <= last; i++) {
    if (isBlank(lines[i].raw)) {
      lineMode = false;
      break;
    }
  }

  let inFence: string | null = null;
  let i = 0;
  // YAML front matter is metadata, not article text.
  if (markdown && first >= 0 && /^---\s*$/.test(lines[first].raw)) {
    const endFm = lines.findIndex((l, k) => k > first && /^(---|\.\.\.)\s*$/.test(l.raw));
    if (endFm > first && endFm - first < 60 && lines.slice(first + 1, endFm).some((l) => /^\w[\w-]*:/.test(l.raw))) {
      i = endFm + 1;
    }
  }

  for (; i < lines.length; i++) {
    const line = lines[i];
    const raw = line.raw;

    if (markdown) {
      const fence = FENCE.exec(raw);
      if (inFence !== null) {
        if (fence && fence[1][0] === inFence[0] && fence[1].length >= inFence.length && isBlank(raw.slice(fence[0].length))) {
          inFence = null;
          close();
        } else if (!isBlank(raw)) {
          if (!current) current = { kind: 'code', segments: [] };
          current.segments.push(segmentOf(line));
        }
        continue;
      }
      if (fence) {
        close();
        inFence = fence[1];
        continue;
      }
    }

    if (isBlank(raw)) {
      close();
      continue;
    }

    const setext = SETEXT_UNDERLINE.exec(raw);
    const cur = current as Group | null;
    if (setext && cur && cur.kind === 'para' && cur.segments.length > 0) {
      cur.kind = 'heading';
      close();
      continue;
    }

    if (SEPARATOR.test(raw) || (setext && !cur)) {
      close();
      continue;
    }

    const atx = atxHeadingContent(raw);
    if (atx) {
      close();
      const seg: Segment = { start: line.start + atx.start, end: line.start + atx.end };
      if (atx.end > atx.start) groups.push({ kind: 'heading', segments: [seg] });
      continue;
    }

    if (markdown && LINK_REFERENCE.test(raw)) {
      close();
      groups.push({ kind: 'linkref', segments: [segmentOf(line)] });
      continue;
    }

    let skip = 0;
    if (markdown) {
      const quote = BLOCKQUOTE.exec(raw);
      if (quote) skip = quote[0].length;
    }
    const list = LIST_ITEM.exec(raw.slice(skip));
    if (list) {
      close();
      current = { kind: 'list', segments: [segmentOf(line, skip + list[0].length)] };
      continue;
    }

    if (current && lineMode) {
      const prev = current.segments[current.segments.length - 1];
      const prevText = segmentText(original, prev).trimEnd();
      const softWrap = !LINE_END_PUNCTUATION.test(prevText) && /^\s*\p{Ll}/u.test(raw.slice(skip));
      if (!softWrap) close();
    }
    if (!current) current = { kind: 'para', segments: [] };
    current.segments.push(segmentOf(line, skip));
  }
  close();

  return markdown ? groups : groups.flatMap((g) => splitLongLines(original, g));
}

/**
 * In plain text, a long line ending a sentence and followed by another line is a
 * paragraph break that lost its blank line (pasted text), not a soft wrap: hard-wrapped
 * text keeps lines well under this length. Markdown keeps its own rule (newline = space),
 * since "one sentence per line" is a common markdown style.
 */
const LONG_LINE_CHARS = 120;
function splitLongLines(original: string, group: Group): Group[] {
  if (group.kind !== 'para' || group.segments.length < 2) return [group];
  const out: Group[] = [];
  let cur: Segment[] = [];
  group.segments.forEach((seg, k) => {
    cur.push(seg);
    const t = segmentText(original, seg).trim();
    const next = group.segments[k + 1];
    if (next && t.length >= LONG_LINE_CHARS && /[.!?"”’]$/.test(t) && /^\s*[\p{Lu}\d"“‘'(]/u.test(segmentText(original, next))) {
      out.push({ kind: 'para', segments: cur });
      cur = [];
    }
  });
  if (cur.length) out.push({ kind: 'para', segments: cur });
  return out;
}

/**
 * Splits debris lines and a leading heading line out of a multi-line paragraph group:
 * "Advertisement" glued to the paragraph after it, or a heading typed directly above its
 * paragraph without a blank line.
 */
function splitGroup(original: string, group: Group, markdown: boolean, firstGroup?: Group): Group[] {
  if (group.kind !== 'para' || group.segments.length < 2) return [group];
  const out: Group[] = [];
  let cur: Segment[] = [];
  const flush = (): void => {
    if (cur.length) out.push({ kind: 'para', segments: cur });
    cur = [];
  };
  for (const seg of group.segments) {
    const t = lineTextFor(original, seg, markdown);
    if (debrisReason(t) !== undefined) {
      flush();
      out.push({ kind: 'para', segments: [seg] });
    } else {
      cur.push(seg);
    }
  }
  flush();

  const result: Group[] = [];
  for (const g of out) {
    if (g.segments.length >= 2) {
      const firstText = lineTextFor(original, g.segments[0], markdown);
      const rest = g.segments.slice(1).map((s) => lineTextFor(original, s, markdown));
      // A loop, not Math.max(...rest): spreading 130,000 lines overflows the stack (issue 9, defect 7).
      let longestRest = 0;
      for (const t of rest) if (t.length > longestRest) longestRest = t.length;
      const startsLikeText = /^[\p{Lu}\d"“‘'(]/u.test(rest[0]);
      if (looksLikeHeading(firstText) && firstText.length < 0.6 * longestRest && startsLikeText) {
        result.push({ kind: 'para', segments: [g.segments[0]] });
        result.push({ kind: 'para', segments: g.segments.slice(1) });
        continue;
      }
      // The document's first line, longer than any line under it, is no wrapped line of that
      // paragraph: it is a long title typed directly above the text, which would otherwise be
      // read as the article's first sentence after being shown as its title.
      if (g === out[0] && group === firstGroup && looksLikeTitle(firstText) && firstText.length > longestRest && startsLikeText) {
        result.push({ kind: 'para', segments: [g.segments[0]] });
        result.push({ kind: 'para', segments: g.segments.slice(1) });
        continue;
      }
    }
    result.push(g);
  }
  return result;
}

function lineTextFor(original: string, seg: Segment, markdown: boolean): string {
  const t = segmentText(original, seg);
  return collapseWhitespace(markdown ? stripInlineMarkdown(t) : t);
}

// ---------------------------------------------------------------------------------------
// Markdown inline markup

/** Removes inline markdown markup, keeping the words a reader sees. */
export function stripInlineMarkdown(text: string): string {
  // Escaped characters ("\\*") are literal: park them in the private-use area while the
  // markup rules run, then restore them.
  let s = text.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, (_m, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
  // Hostile input: every scan below stops at the next opener of its own kind (a "[" for
  // links, the same delimiter for emphasis), so a file made of thousands of unclosed
  // openers costs linear time instead of re-scanning to the end from each one.
  s = s.replace(/<!--(?:(?!<!--)[\s\S])*?-->/g, '');
  s = s.replace(/!\[[^[\]]*\]\((?:[^()[\]]|\([^()[\]]*\))*\)/g, '');
  s = s.replace(/!\[[^[\]]*\]\[[^[\]]*\]/g, '');
  s = s.replace(/\[([^[\]]+)\]\((?:[^()[\]]|\([^()[\]]*\))*\)/g, '$1');
  s = s.replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1');
  s = s.replace(/<((?:https?|mailto):[^<>\s]+)>/g, '$1');
  s = s.replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '');
  s = s.replace(/(`+)([^`]|[^`](?:(?!\1)[\s\S])*?[^`])\1(?!`)/g, (_m, _t, code: string) => code.trim());
  s = s.replace(/(\*{1,3})(?=\S)((?:(?!\1)[\s\S])*?\S)\1(?!\*)/g, '$2');
  s = s.replace(/(?<![\p{L}\p{N}_])(_{1,3})(?=\S)((?:(?!\1)[\s\S])*?\S)\1(?![\p{L}\p{N}_])/gu, '$2');
  s = s.replace(/~~(?=\S)((?:(?!~~)[\s\S])*?\S)~~/g, '$1');
  return s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
}

// ---------------------------------------------------------------------------------------
// Blocks

type Provisional = TextBlock & { candidate?: boolean };

function trimmedRange(original: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(original[s])) s++;
  while (e > s && /\s/.test(original[e - 1])) e--;
  return [s, e];
}

function groupToBlock(original: string, group: Group, markdown: boolean): Provisional | null {
  const segs = group.segments
    .map((seg) => {
      const [s, e] = trimmedRange(original, seg.start, seg.end);
      return { start: s, end: e };
    })
    .filter((seg) => seg.end > seg.start);
  if (segs.length === 0) return null;
  const start = segs[0].start;
  const end = segs[segs.length - 1].end;
  const joined = segs.map((seg) => original.slice(seg.start, seg.end)).join(' ');
  let text: string;
  if (!markdown) text = collapseWhitespace(original.slice(start, end));
  else if (group.kind === 'code' || group.kind === 'linkref') text = collapseWhitespace(joined);
  else text = collapseWhitespace(stripInlineMarkdown(joined));

  if (group.kind === 'linkref') return { kind: 'debris', start, end, text, reason: 'link reference' };
  if (text.length === 0) {
    // Markup only (an image, an HTML comment): nothing a learner reads.
    return { kind: 'debris', start, end, text: collapseWhitespace(joined), reason: 'markup only' };
  }
  const reason = group.kind === 'code' ? undefined : debrisReason(text);
  if (reason) return { kind: 'debris', start, end, text, reason };
  if (group.kind === 'heading') return { kind: 'heading', start, end, text };
  if (group.kind === 'para' && segs.length === 1 && looksLikeHeading(text)) {
    return { kind: 'paragraph', start, end, text, candidate: true };
  }
  return { kind: 'paragraph', start, end, text };
}

/**
 * A heading candidate (short line without end punctuation) is a heading when the next
 * non-debris block is a real paragraph; otherwise (end of text, or a run of short lines
 * such as a list) it stays a paragraph.
 */
function resolveCandidates(blocks: Provisional[]): TextBlock[] {
  // Walk backwards remembering the next non-debris block (linear, for very long texts).
  let next: Provisional | undefined;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind === 'debris') continue;
    if (b.candidate && next && next.kind === 'paragraph' && !next.candidate) b.kind = 'heading';
    next = b;
  }
  return blocks.map(({ candidate: _c, ...block }) => block);
}

/**
 * Cleans decoded plain text or markdown into blocks.
 * Tolerates CRLF and CR line endings; `original` is returned unchanged.
 */
export function cleanText(original: string, options: CleanOptions = {}): CleanedDocument {
  const markdown = options.format === 'md';
  const lines = splitLines(original);
  const grouped = groupLines(original, lines, markdown);
  const groups = grouped.flatMap((g) => splitGroup(original, g, markdown, grouped[0]));
  const provisional = groups.map((g) => groupToBlock(original, g, markdown)).filter((b): b is Provisional => b !== null);
  return { original, blocks: markClosingNotes(dropPressReleaseTrailer(markTitleAndByline(resolveCandidates(provisional)))) };
}

/** A title may be longer than a subhead ("SkyVale shares slide 14% as fuel costs … push airline to a loss"). */
const TITLE_MAX_WORDS = 30;
const TITLE_MAX_CHARS = 220;
const TIME_LINE = /^((last )?updated( at)?\s+)?\d{1,2}[:.]\d{2}(\s?([ap]\.?m\.?))?(\s+[A-Z]{2,4}|\s+(local time|GMT|UTC|BST|CET))?\s*[-–—:]?$/i;

/** A line that can be an article's title: one line without sentence punctuation, up to TITLE_MAX_WORDS words. */
function looksLikeTitle(t: string): boolean {
  return t.length <= TITLE_MAX_CHARS && t.split(' ').length <= TITLE_MAX_WORDS && !TERMINAL_PUNCTUATION.test(t) && /^[\p{Lu}\p{N}"“‘']/u.test(t);
}

/**
 * The first block of a plain-text article is its title when it is one line without sentence
 * punctuation and a paragraph follows, even if it is too long for a subhead; a short line
 * that is only a byline ("By Jane Roe") or a dateline ("Published 2 April 2024") is article
 * metadata. Both are headings, so they never become sentences (or practice items).
 */
/** At most this many blocks may follow a trailer head: a longer tail is more article, not boilerplate. */
const TRAILER_MAX_BLOCKS = 8;

/**
 * A press release's closing section ("About Ravensford University" and the paragraph describing
 * it, "Notes to editors …") is the issuer's boilerplate, not the story: nothing for a learner to
 * classify, and its organisation is the issuer, never a voice (LABELLING.md). Only where the text
 * shows it is a press release: the head is "Notes to editors" or "Forward-looking statements", the
 * "About" line describes the issuer ("About X: Founded in …"), or another line is press-release
 * boilerplate ("For immediate release", "Media contact: …"). An explainer's subhead "About
 * Universal Credit" or a paragraph "About Halden Homes: the firm has built …" stays article text.
 * The head must sit in the second half of the article's own blocks.
 */
function dropPressReleaseTrailer(blocks: TextBlock[]): TextBlock[] {
  const content = blocks.filter((b) => b.kind !== 'debris').length;
  const pressRelease = blocks.some((b) => b.kind === 'debris' && b.reason === 'press-release boilerplate');
  let seen = 0;
  let at = -1;
  for (let i = 0; i < blocks.length && at < 0; i++) {
    const b = blocks[i];
    const head = trailerHead(b.text);
    if (head && seen >= content / 2 && (head === 'notes' || pressRelease || aboutDescribesIssuer(b.text))) at = i;
    if (b.kind !== 'debris') seen++;
  }
  if (at < 0 || blocks.length - at - 1 > TRAILER_MAX_BLOCKS) return blocks;
  return blocks.map((b, i) => (i >= at && b.kind !== 'debris' ? { ...b, kind: 'debris', reason: 'press-release boilerplate' } : b));
}

function markTitleAndByline(blocks: TextBlock[]): TextBlock[] {
  return markStandfirst(markTitleLines(blocks));
}

/** A standfirst is at most this long; a longer unpunctuated block is a paragraph with a lost full stop. */
const STANDFIRST_MAX_WORDS = 40;
/** One sentence longer than this, unpunctuated, is a lead paragraph rather than a standfirst (2.17.0 review). */
const STANDFIRST_ONE_SENTENCE_WORDS = 30;
/** A lead paragraph that lost its full stop, not a standfirst: it reports, or greets a live page's readers. */
const NOT_STANDFIRST = /\b(according to|said|says|told|reported|announced|confirmed|warned)\b|^(good (morning|afternoon|evening)|welcome|hello)\b/i;

/**
 * The standfirst under a title ("Carys Denholm has run a care home for 19 years. Now its owners want
 * to close it. She talked to Mei Fairweather", "Live: Power cut leaves 90,000 homes dark"): the first
 * paragraph after the title, bylines and dates, when it ends without sentence punctuation and prose
 * follows. Pages print it as a heading; it is the sub-title, not the story (LABELLING.md: headings).
 * In the answer keys such a block is a heading 106 times in 110.
 */
function markStandfirst(blocks: TextBlock[]): TextBlock[] {
  const title = blocks.findIndex((b) => b.kind !== 'debris');
  if (title < 0 || blocks[title].kind !== 'heading') return blocks;
  const first = blocks.findIndex((b, i) => i > title && b.kind === 'paragraph');
  if (first < 0 || first > title + 4) return blocks;
  const t = blocks[first].text;
  // It ends in a letter or a figure: a closing quote mark, an emoji or a bracket ends a lead paragraph.
  if (!/[\p{L}\p{N}]$/u.test(t) || countWords(t) > STANDFIRST_MAX_WORDS || NOT_STANDFIRST.test(t)) return blocks;
  // The story starts with the next paragraph (a byline, date or subhead may stand between): a list of
  // unpunctuated lines ("Three people were rescued from cars on Bridge Street", …) is no standfirst.
  // (A list of two, whose last line the cleaner already took as a subhead, still reads as one.)
  const next = blocks.slice(first + 1).find((n) => n.kind === 'paragraph');
  if (!next || (!TERMINAL_PUNCTUATION.test(next.text) && !/^by\s/i.test(t))) return blocks;
  // A long single sentence is a lead that lost its full stop ("A Kelbridge bookkeeper who stole £40,000 …
  // has been jailed for three years"); a long standfirst runs over two sentences.
  if (countWords(t) > STANDFIRST_ONE_SENTENCE_WORDS && !/[.!?:;]\s/.test(t)) return blocks;
  return blocks.map((b, i) => (i === first ? { ...b, kind: 'heading' } : b));
}

function markTitleLines(blocks: TextBlock[]): TextBlock[] {
  const firstContent = blocks.findIndex((b) => b.kind !== 'debris');
  const meta = (x: string) => x.split(' ').length <= HEADING_MAX_WORDS && (BYLINE.test(x) || DATELINE.test(x) || isMetadataLine(x));
  return blocks.map((b, i) => {
    if (b.kind !== 'paragraph' || /\n/.test(b.text)) return b;
    const t = b.text;
    // Only the first block can be the title: the look ahead for prose runs once, not for every
    // paragraph (it scans the rest of the document).
    if (i === firstContent && looksLikeTitle(t) && proseFollowsTitle(blocks, i, meta)) return { ...b, kind: 'heading' };
    if (meta(t) && !/[.!?]$/.test(t)) return { ...b, kind: 'heading' };
    // A live blog's timestamp line ("12:30", "14:05 GMT", "2.05pm", "11:52 p.m. EDT") labels the entry after it.
    if (TIME_LINE.test(t)) return { ...b, kind: 'heading' };
    return b;
  });
}

/**
 * Prose follows a title candidate: the next paragraph, or the one after a byline without "By"
 * ("Eleanor Marchbank") and a short standfirst of five words or more ("A bigger jail is not a mental
 * health plan"); a list of one-word lines ("Apples", "Pears") is no title and standfirst. A title of
 * four words or more may have up to three short lines under it before the story ("Politics desk",
 * "Last updated 5.40pm", a standfirst).
 */
function proseFollowsTitle(blocks: TextBlock[], i: number, meta: (x: string) => boolean): boolean {
  const isProse = (n: TextBlock) => TERMINAL_PUNCTUATION.test(n.text) || n.text.split(' ').length > HEADING_MAX_WORDS;
  const rest = blocks.slice(i + 1);
  const after = rest.filter((n) => n.kind === 'paragraph' && !meta(n.text) && !bareName(n.text)).slice(0, 2);
  if (after.length > 0 && (isProse(after[0]) || (after[0].text.split(' ').length >= 5 && after[1] !== undefined && isProse(after[1])))) return true;
  return countWords(blocks[i].text) >= 4 && rest.filter((n) => n.kind === 'paragraph').slice(0, 4).some(isProse);
}

/**
 * Control characters other than whitespace (NUL included): never text in a document, and
 * pdf.js or a damaged .docx can hand them over. Removed from extracted parts.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Separator between extracted parts in the original text of html/docx/pdf imports. */
export const PART_SEPARATOR = '\n\n';

/**
 * Builds a document from text already extracted block by block (HTML, docx, pdf).
 * The original text is the parts, whitespace-collapsed, joined by blank lines, so each
 * block's `text` equals `original.slice(start, end)` exactly. Empty parts are dropped.
 */
export function cleanParts(parts: readonly TextPart[]): CleanedDocument {
  const provisional: Provisional[] = [];
  let original = '';
  for (const part of parts) {
    const text = collapseWhitespace(part.text.replace(CONTROL_CHARACTERS, ''));
    if (text.length === 0) continue;
    if (original.length > 0) original += PART_SEPARATOR;
    const start = original.length;
    original += text;
    const end = original.length;
    const reason = debrisReason(text);
    if (reason) provisional.push({ kind: 'debris', start, end, text, reason });
    else if (part.kind === 'heading') provisional.push({ kind: 'heading', start, end, text });
    else if (part.kind === 'paragraph') provisional.push({ kind: 'paragraph', start, end, text });
    else provisional.push({ kind: 'paragraph', start, end, text, candidate: looksLikeHeading(text) });
  }
  return { original, blocks: markClosingNotes(dropPressReleaseTrailer(markTitleAndByline(resolveCandidates(provisional)))) };
}

/**
 * For each UTF-16 index of `block.text`, the offset in `original` it came from (plus one
 * final entry: `block.end`). Collapsed whitespace maps to the first whitespace character
 * of its run; removed markdown markup is skipped. Lets analysis that runs on `block.text`
 * report offsets in original coordinates.
 */
export function mapBlockText(original: string, block: TextBlock): number[] {
  const map: number[] = [];
  const text = block.text;
  // Last position of each character (and of any whitespace) in the block: a character
  // that no longer occurs after `o` is known missing without a scan, so a text that does
  // not match its original (a damaged or hostile backup) costs linear time, not quadratic.
  const lastAt = new Map<string, number>();
  let lastWhitespace = -1;
  for (let i = block.start; i < block.end; i++) {
    lastAt.set(original[i], i);
    if (/\s/.test(original[i])) lastWhitespace = i;
  }
  let o = block.start;
  for (let t = 0; t < text.length; t++) {
    const ch = text[t];
    if (ch === ' ') {
      // A collapsed space stands for a whitespace run (or a line break between segments).
      let k = o;
      if (lastWhitespace >= o) while (k < block.end && !/\s/.test(original[k])) k++;
      else k = block.end;
      if (k >= block.end) k = o;
      map.push(k);
      o = k;
      while (o < block.end && /\s/.test(original[o])) o++;
      continue;
    }
    let k = o;
    if ((lastAt.get(ch) ?? -1) >= o) while (k < block.end && original[k] !== ch) k++;
    else k = block.end;
    if (k >= block.end) {
      // Not found (text rewritten): keep the last known position so offsets stay monotonic.
      map.push(Math.min(o, block.end - 1));
      continue;
    }
    map.push(k);
    o = k + 1;
  }
  map.push(block.end);
  return map;
}
