/**
 * Sentence segmentation inside one block: Intl.Segmenter plus a merge pass for abbreviations,
 * initials and months, with soft line wraps neutralised and bullet lines split.
 * Every returned range is trimmed and indexes the original text.
 */
export interface Range {
  start: number;
  end: number;
}

/** Abbreviations after which a sentence never ends (titles, months, "No. 5", "e.g."). */
const ALWAYS_MERGE = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'maj', 'capt', 'sgt', 'st',
  'mt', 'ft', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'adm', 'cmdr', 'brig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'v', 'e.g', 'i.e', 'cf', 'approx',
]);

/** Abbreviations only before a number ("No. 5", "Art. 11", "p. 12"); "The answer was no." ends a sentence. */
const NUMBER_MERGE = new Set(['no', 'nos', 'est', 'fig', 'vol', 'pp', 'p', 'art', 'para']);

/** Abbreviations that can also end a sentence: merge only when the next word does not start one. */
const MAYBE_MERGE = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'a.m', 'p.m', 'al',
  'd.c', 'n.y', 'l.a', 'plc', 'llc',
]);

/** US state abbreviations in AP style, as datelines write them: "CASCADERO, Calif. (AP) — …". */
const STATE_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.c', 'n.d', 'okla', 'ore', 'pa', 'r.i', 's.c', 's.d',
  'tenn', 'tex', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo',
]);

/** Words that typically open a sentence; after "U.S." they mean a new sentence started. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'in', 'on', 'at', 'but', 'and', 'or', 'so', 'however', 'meanwhile', 'after', 'before', 'when', 'while',
  'as', 'if', 'his', 'her', 'their', 'our', 'its', 'my', 'some', 'many', 'most', 'no', 'yet', 'still',
  'for', 'officials', 'according', 'last', 'earlier', 'later', 'since', 'despite', 'although', 'both',
]);

/** Words that continue a time after "a.m."/"p.m.": zones and days. */
const AFTER_TIME = new Set([
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'bst', 'utc', 'cet', 'cest', 'eastern', 'central',
  'pacific', 'mountain', 'local', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

const BULLET = /^[ \t]*(?:[-*•‣◦▪–—]|\d{1,3}[.)]|[a-z][.)])[ \t]+/;
/** BULLET matched at a given offset (sticky), without copying the rest of the text for each line. */
const BULLET_AT = new RegExp(BULLET.source.slice(1), 'y');

let segmenter: Intl.Segmenter | null = null;
function getSegmenter(): Intl.Segmenter {
  if (!segmenter) segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/** Same-length copy where soft line wraps become spaces, so offsets are preserved. */
function neutraliseSoftWraps(text: string): string {
  return text.replace(/\r?\n(?![ \t]*\r?\n)/g, (m, offset: number) => {
    BULLET_AT.lastIndex = offset + m.length;
    if (BULLET_AT.test(text)) return m; // keep the break before a bullet item
    // A line that already ends a sentence-like unit without punctuation (list line) stays a break.
    return ' '.repeat(m.length);
  });
}

function lastWord(text: string): string {
  const m = /(\S+)\s*$/.exec(text);
  if (!m) return '';
  return m[1].replace(/^[("“‘'[]+/, '');
}

function firstWord(text: string): string {
  const m = /^\s*[("“‘'[]*([^\s"”’')\]]+)/.exec(text);
  return m ? m[1] : '';
}

const QUESTION_TAG = /^\s*(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:asked|asks|wondered|wonders|shouted|cried|demanded|demands|exclaimed)\s*[.,]/u;

function shouldMerge(prev: string, next: string): boolean {
  const word = lastWord(prev);
  const nextWord = firstWord(next);
  if (!nextWord) return false;
  // A quoted question or exclamation continues with its speaker: “Who will train them?” she says.
  if (/[!?]["'”’»]+$/.test(word) && /^\p{Ll}/u.test(nextWord)) return true;
  // … and with a named speaker: “Who pays for it?” Dray asked. (Only a tag: the name, a verb of
  // asking or crying out, then a full stop or a comma, and no new quotation: "“…?” Smith said the
  // plan would fail." and '"Were you there?" Hale replied, "I was at home."' start sentences of their own.)
  if (/[!?]["'”’»]+$/.test(word) && QUESTION_TAG.test(next) && !/["“”«»]/.test(next)) return true;
  if (!word.endsWith('.') || word.endsWith('..')) return false;
  const bare = word.slice(0, -1).toLowerCase();
  // Initials: "J. K. Rowling", "George W. Bush".
  if (/^\p{Lu}$/u.test(word.slice(0, -1))) return true;
  if (ALWAYS_MERGE.has(bare)) return true;
  if (NUMBER_MERGE.has(bare)) return /^[\d(]/.test(nextWord) || /^[ivxlc]+$/i.test(nextWord.replace(/[.,;:]$/, ''));
  if ((bare === 'a.m' || bare === 'p.m') && /^\p{Lu}/u.test(nextWord)) {
    // "…ends at 12:15 a.m. Marisol Perry, a nurse, said": a capital after a time starts a sentence,
    // unless it is a zone or a day ("10 a.m. GMT", "9 a.m. Tuesday").
    return AFTER_TIME.has(nextWord.toLowerCase().replace(/[^a-z]/g, ''));
  }
  // "Springfield, Ill. (AP) —", "in Portland, Ore., where …": a state after a place and a comma.
  // Only a dateline goes on after the state: "(AP) —" or a dash. "… of Spokane, Wash. Ray's house
  // burned" ends a sentence (a review found a dozen such AP endings merged by a looser rule).
  if (STATE_ABBREVIATIONS.has(bare) && /,\s*\S+\s*$/.test(prev)) return /^\s*[(—–-]/.test(next);
  if (MAYBE_MERGE.has(bare) || /^(?:\p{L}\.){1,3}\p{L}$/u.test(bare)) {
    if (/^[\p{Ll}\d]/u.test(nextWord)) return true;
    return !SENTENCE_STARTERS.has(nextWord.toLowerCase().replace(/[^a-z']/g, ''));
  }
  // Next piece starts lower-case: the break was not a sentence end ("3 p.m. local time").
  if (/^\p{Ll}/u.test(nextWord) && !/[!?]$/.test(word)) return true;
  return false;
}

function trimRange(text: string, start: number, end: number, base: number): Range | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start >= end) return null;
  return { start: base + start, end: base + end };
}

/**
 * Splits `original.slice(start, end)` into sentences. Offsets are into `original`.
 */
export function splitSentences(original: string, start = 0, end = original.length): Range[] {
  const text = original.slice(start, end);
  const prepared = neutraliseSoftWraps(text);
  const pieces: Range[] = [];
  for (const seg of getSegmenter().segment(prepared)) {
    pieces.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  const merged: Range[] = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && shouldMerge(text.slice(prev.start, prev.end), text.slice(p.start, p.end))) {
      prev.end = p.end;
    } else merged.push({ ...p });
  }
  // Bullet items and hard line breaks split even without end punctuation.
  const out: Range[] = [];
  for (const r of merged) {
    let s = r.start;
    const piece = prepared.slice(r.start, r.end);
    const re = /\r?\n/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(piece))) {
      const cut = r.start + m.index;
      const tr = trimRange(text, s, cut, start);
      if (tr) out.push(tr);
      s = cut + m[0].length;
    }
    const tr = trimRange(text, s, r.end, start);
    if (tr) out.push(tr);
  }
  return out;
}
