/**
 * Notes a page prints after the story: the author's bio ("Ruth Pemberly is a senior lecturer in
 * medieval history at the University of Carrowby."), the campaign's or newsroom's description of
 * itself ("Raise Marston is a coalition of labor unions …", "Reading Rights News is funded by its
 * readers."), the editorial board's disclaimer, and prompts to the reader ("Have you been affected
 * by a GP closure?", "Got a business tip?"). None is the writer's report, so none should become a
 * practice item (LABELLING.md lists them as debris).
 *
 * Position decides, not words alone: a bio or a self-description counts only in the last few
 * paragraphs, each short, with nothing but such notes after it, and a person's bio only when the
 * article never named that person before (a closing "Mr Hale is a father of two." in a news story
 * names someone the story is about). A prompt to the reader is debris anywhere (debris.ts).
 *
 * Some answer keys keep an op-ed's closing bio as a "fact" sentence, others list it as debris.
 * Leaving it out of practice costs one trivial item; keeping it where a teacher counts it as page
 * furniture grades an item on a line that is not the article, so the bio goes.
 */
import type { TextBlock } from './types';

/** At most this many paragraphs at the end may be closing notes. */
const MAX_NOTES = 3;
/** A note is short; a long closing paragraph is the story. */
const MAX_WORDS = 50;

const NAME = String.raw`(?:(?:Dr|Prof|Professor|Rev|Sir|Dame)\.? )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}`;
/** "Ruth Pemberly is a senior lecturer …", "Lionel Park writes about …". */
const PERSON_BIO = new RegExp(
  String.raw`^(${NAME}),? (?:is|was) (?:a|an|the) [^]{3,300}$|^(${NAME}) (?:writes|covers|teaches|runs|reports|lives|chairs|works|edits|directs|leads|has (?:written|worked|taught|reported|covered))\b[^]{3,300}$`,
  'u',
);
const ORG_NOUNS = String.raw`(?:nonprofit|non-profit|not-for-profit|charity|coalition|campaign|alliance|network|newsroom|organi[sz]ation|foundation|think tank|publication|project|movement|collective|initiative|advocacy group|campaign group|pressure group|lobby group|trade body|membership body)`;
/** "Raise Marston is a coalition of …", "The Workers' Ledger is a nonprofit newsroom …". */
const ORG_SELF = new RegExp(String.raw`^(?:The )?\p{Lu}[^,.]{1,80} (?:is|are) (?:a|an|the) (?:[\p{L}'’,-]+ ){0,5}${ORG_NOUNS}\b[^]{0,300}$`, 'u');
/**
 * "… is funded by its readers.", "It receives no funding from …", "… was founded in 2024 by
 * relatives of …" (a founding without "by" is a company's history: "Coppervale was founded in 1974
 * and operates four mines").
 */
const ORG_FACTS =
  /^(?:It|They|(?:The )?\p{Lu}[^,.]{1,80}) (?:(?:is|are) (?:funded|published|supported|produced|run|owned) (?:entirely |wholly |mainly )?by\b|receives? no (?:funding|money)\b|(?:was|were) (?:founded|set up|established|launched) in (?:\d{4}|the \d{4}s) by\b|operates? independently of\b|accepts? no (?:advertising|funding)\b)/u;
/** "Editorials represent the view of the Courier's editorial board." */
const BOARD_NOTE = /^(?:Editorials?|Opinion pieces|Columns|The views expressed)\b[^]{0,40}\b(?:represents?|reflects?|are those of|do not necessarily)\b/u;

function words(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** The person a bio names ("Ruth Pemberly"), or undefined when the line is no person's bio. */
function bioName(text: string): string | undefined {
  const m = PERSON_BIO.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Why a closing paragraph is a note rather than the story, or undefined. */
function noteReason(block: string, earlier: string): string | undefined {
  // An italic or dashed note ("*Ruth Pemberly is …*", "— Lionel Park writes …").
  const text = block.replace(/^[\s*_—–-]+|[\s*_]+$/gu, '');
  if (words(text) > MAX_WORDS) return undefined;
  if (ORG_SELF.test(text) || ORG_FACTS.test(text) || BOARD_NOTE.test(text)) return 'closing note';
  const name = bioName(text);
  if (name) {
    // Named before in the story: it is the story's person ("Carys Denholm is a care home owner …").
    const bare = name.replace(/^(?:(?:Dr|Prof|Professor|Rev|Sir|Dame)\.? )/u, '');
    const surname = bare.split(' ').pop() ?? bare;
    if (earlier.includes(bare) || new RegExp(String.raw`\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'u').test(earlier)) return undefined;
    return 'author note';
  }
  return undefined;
}

/**
 * Marks the closing notes of an article as debris: walking back from the last paragraph over up to
 * MAX_NOTES paragraphs while each is a note, skipping debris and headings between them.
 */
export function markClosingNotes(blocks: TextBlock[]): TextBlock[] {
  const paragraphs = blocks.map((b, i) => (b.kind === 'paragraph' ? i : -1)).filter((i) => i >= 0);
  if (paragraphs.length < 3) return blocks;
  const marked = new Map<number, string>();
  for (let k = paragraphs.length - 1; k >= Math.max(1, paragraphs.length - MAX_NOTES); k--) {
    const i = paragraphs[k];
    const earlier = paragraphs.slice(0, k).map((j) => blocks[j].text).join('\n');
    const reason = noteReason(blocks[i].text, earlier);
    if (!reason) break;
    marked.set(i, reason);
  }
  if (marked.size === 0) return blocks;
  return blocks.map((b, i) => (marked.has(i) ? { ...b, kind: 'debris', reason: marked.get(i) } : b));
}
