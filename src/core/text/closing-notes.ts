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
import { isGivenName } from '../analysis/given-names';
import { EMAIL_OR_WEB } from './contact';
import { isMetadataLine } from './lead-metadata';
import { escapeRegExp } from './regexp';
import type { TextBlock } from './types';
import { countWords } from './words';

/** At most this many paragraphs at the end may be closing notes. */
const MAX_NOTES = 3;
/** A note is short; a long closing paragraph is the story. */
const MAX_WORDS = 50;

const NAME = String.raw`(?:(?:Dr|Prof|Professor|Rev|Sir|Dame)\.? )?(\p{Lu}[\p{L}'’.-]+)(?: \p{Lu}[\p{L}'’.-]+){1,3}`;
/** "Ruth Pemberly is a senior lecturer …", "Lionel Park writes about …". */
const PERSON_BIO = new RegExp(
  String.raw`^(${NAME}),? (?:is|was) (?:a|an) [^]{3,300}$|^(${NAME}) (?:writes|covers|teaches|reports|lives|chairs|works|edits|has (?:written|worked|taught|reported|covered))\b[^]{3,300}$`,
  'u',
);
/**
 * Shapes that a story's closing line about someone new shares ("Maria Lopez runs the cafe opposite
 * the works", "Tom Baines is the only coach in the county …"): a bio only when the byline names the
 * person ("Nadia Rees is the Gazette's features writer.", "Rosalind Teague runs a bookbinding business").
 */
const AUTHOR_BIO = new RegExp(String.raw`^(${NAME}),? (?:is [Tt]he|was [Tt]he|is (?:\p{Ll}[\p{Ll}-]* ){0,3}(?:director|manager|editor|secretary|chair|chairman|chairwoman|president|founder|treasurer|coordinator|organiser|organizer|convener|correspondent|columnist) (?:of|for|at)|runs|owns|can be (?:reached|contacted|emailed))\b[^]{3,300}$`, 'u');
/** Someone's words reported in the line: then it is the story ("… and said the rider had no chance"). */
const REPORTS = /\b(?:said|says|say|told|tells|urged|added|warned|according to)\b/u;
/** A way to back the publication: "Donate today.", "Support our reporting: …", "Chip in $5 …". */
const APPEAL = /(?:^|[.:!?]\s+)(?:donate|support (?:our|independent|local)|chip in|become a (?:member|supporter)|subscribe|read more of our)\b/iu;
/** A body's own name: capitalised words with small connectors ("The Workers' Ledger", "Raise Marston"). */
const ORG_NAME = String.raw`(?:The )?\p{Lu}[\p{L}'’&.-]*(?: (?:of|for|and|the|&|\p{Lu}[\p{L}'’&.-]*)){0,7}`;
const ORG_NOUNS = String.raw`(?:nonprofit|non-profit|not-for-profit|charity|coalition|campaign|alliance|network|newsroom|organi[sz]ation|foundation|think tank|publication|project|movement|collective|initiative|advocacy group|campaign group|pressure group|lobby group|trade body|membership body)`;
/** "Raise Marston is a coalition of …", "The Workers' Ledger is a nonprofit newsroom …". */
const ORG_SELF = new RegExp(String.raw`^(${ORG_NAME}) (?:is|are) (?:a|an) (?:[\p{L}'’,-]+ ){0,5}${ORG_NOUNS}\b[^]{0,300}$`, 'u');
/**
 * "… is funded by its readers.", "… was founded in 2024 by relatives of …": the body describing
 * itself, only in the present simple with nothing after but who funds it ("The group is funded by
 * member subscriptions, its accounts show." reports a source and stays).
 */
const ORG_FACTS = new RegExp(String.raw`^(${ORG_NAME}) (?:(?:is|are) (?:funded|published|supported) (?:entirely |wholly |mainly )?(?:by|with (?:support|funding|a grant) from) [^,;]{2,120}|(?:is|are) (?:reader|member|donor)-(?:funded|supported)|(?:was|were) founded in \d{4} by [^,;]{2,120}|receives? no (?:funding|money) from [^,;]{2,120}|operates? independently of [^,;]{2,80}|accepts? no (?:advertising|funding)[^,;]{0,80})\.?$`, 'u');
/** A self-description's text without a closing appeal ("… is funded by its readers. Support our reporting: …"). */
const ORG_FACTS_BODY = (text: string): string => text.replace(/(?<=[.!?])\s+(?:donate|support|chip in|become|subscribe|read more of our)\b[^]*$/iu, '');
/** "It receives no funding from government or the care industry." — only right after a note. */
const PRONOUN_FACTS = /^(?:It|They) (?:(?:is|are) (?:funded|supported) (?:entirely |wholly |mainly )?by [^,;]{2,120}|receives? no (?:funding|money) from [^,;]{2,120}|accepts? no (?:advertising|funding)[^,;]{0,80})\.?$/u;
/** A short line giving the reader an address or inviting a reply. */
const CONTACT_PROMPT = new RegExp(String.raw`${EMAIL_OR_WEB}|^(?:want to respond|send (?:us )?(?:your|a) letter|write to us|to comment|read more\b[^.!?]{0,20}:)`, 'iu');
/** "Editorials represent the view of the Courier's editorial board.", "The views expressed are the author's own." */
const BOARD_NOTE = /^(?:Editorials? (?:represents?|reflects?) the (?:views?|opinions?) of\b|(?:The )?views expressed (?:here |in this (?:article|piece|column) )?(?:are (?:the author's|those of|his|her|their)|do not necessarily)\b)/u;

/** Whether the story already named this person or body (any case; letters beyond ASCII too). */
/** A name without its title ("Dr", "Prof", "Rev", …), lower-cased. */
const untitled = (name: string): string => name.replace(/^(?:(?:Dr|Prof|Professor|Rev|Sir|Dame)\.? )/u, '').toLowerCase();

function namedBefore(name: string, earlier: string): boolean {
  const bare = untitled(name).replace(/^the /u, '');
  const parts = bare.split(' ');
  const lower = earlier.toLowerCase();
  // A surname of two letters counts too ("Dr Li said …" names Wei Li); a short given name alone does not.
  return lower.includes(bare) || parts.some((p, i) => (p.length > 2 || (i === parts.length - 1 && i > 0 && p.length === 2)) && new RegExp(`(?<![\\p{L}])${escapeRegExp(p)}(?![\\p{L}])`, 'u').test(lower));
}

/**
 * A line under the title that says who wrote or published the piece: "By Ellen Farquhar, Fair Plate
 * Dunmere", "From the newsroom of Sanctuary Watch UK", "Raise Marston newsroom", a bare name. Not a
 * standfirst ("Housing charity Shelter says 2,000 families face eviction").
 */
function isBylineLike(line: string): boolean {
  const t = line.trim();
  if (countWords(t) > 12 || /[.!?]$/.test(t)) return false;
  // Only capitalised words and connectors after "By"/"From" ("From Monday, Marston Foodbank will open …" is a standfirst).
  const named = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ ,|]+(?:\p{Lu}[\p{L}'’.-]*|of|and|&|the|news ?team|newsroom|news ?desk|team|desk|staff))*`;
  return isMetadataLine(t) || bareName(t) || new RegExp(String.raw`^(?:By|From|(?:Interview|Words|Reporting|Report|Analysis|Text|Story)(?: and (?:photos|pictures|photographs))? by) (?:the )?(?:newsroom of )?${named}$`, 'u').test(t) ||
    // "Tom Aske, Business Reporter", "Priya Lathom, Health Correspondent": a name and a newsroom role (not a
    // caption's "Walt Demarest, blacksmith" nor a dateline's "Port Talbot, Wales").
    /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, (?:\p{L}[\p{L}'’-]* ){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Jj]ournalist|[Cc]ritic|[Ss]taff)$/u.test(t) ||
    /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:news ?team|newsroom|news ?desk|staff|reporters|editorial board)$/u.test(t);
}

/** A heading that is only a person's name ("Margot Delahunty" under an op-ed's title): a byline without "By". */
export function bareName(line: string): boolean {
  const m = /^(\p{Lu}[\p{L}'’.-]+)(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u.exec(line.trim());
  return !!m && isGivenName(m[1]);
}

/** Why a closing paragraph is a note rather than the story, or undefined; 'pronoun' and 'after note' only count after a note. */
function noteReason(block: string, earlier: string, earlierBody: string, lead: string): string | undefined {
  const text = noteText(block);
  const reason = ownNoteReason(text, earlier, earlierBody, lead);
  if (reason) return reason;
  // "Want to respond? Send your letter to opinion@…" under a bio: a short line to the reader with an
  // address, a note only after one (a story's "Anyone with information should email …" stays).
  return text.length <= 300 && countWords(text) <= 25 && CONTACT_PROMPT.test(text) ? 'after note' : undefined;
}

/** A note's words without the italics or dash it is set in ("*Ruth Pemberly is …*", "— Lionel Park writes …"). */
function noteText(block: string): string {
  return block.replace(/^[\s*_—–-]+|[\s*_]+$/gu, '');
}

function ownNoteReason(text: string, earlier: string, earlierBody: string, lead: string): string | undefined {
  if (countWords(text) > MAX_WORDS) return undefined;
  if (BOARD_NOTE.test(text)) return 'closing note';
  if (PRONOUN_FACTS.test(text)) return 'pronoun';
  // "Safe Care Families was founded in 2024 by relatives … It receives no funding from …": a
  // self-description may run on in a sentence about its funding.
  const [head, ...rest] = ORG_FACTS_BODY(text).split(/(?<=\.)\s+(?=(?:It|They) )/u);
  const org = ORG_SELF.exec(text) ?? (rest.every((r) => PRONOUN_FACTS.test(r)) ? ORG_FACTS.exec(head) : null);
  // A body the story never named describing itself. "Shelter is a housing charity …" about the
  // story's subject stays, unless the body is the publisher: its byline names it ("By the Safe Care
  // Families news team", "From the newsroom of Sanctuary Watch UK"), or the note asks the reader to
  // back it ("… Donate today.").
  if (org) return REPORTS.test(text) || (namedBefore(org[1], earlier) && !namedBefore(org[1], lead) && !APPEAL.test(text)) ? undefined : 'closing note';
  const strong = PERSON_BIO.exec(text);
  const m = strong ?? AUTHOR_BIO.exec(text);
  if (m && !REPORTS.test(text)) {
    const name = m[1] ?? m[3];
    const given = m[2] ?? m[4];
    // The byline must name this very person, not someone sharing a first name ("By Tom Hale" … "Tom Baines is the only coach …").
    const bylined = lead.toLowerCase().includes(untitled(name));
    if (!strong && !bylined) return undefined;
    // The byline's own name closing the piece is the author's bio, whatever the given name and
    // though a "Name, Role" byline named them above ("By Walt Demarest" … "Walt Demarest is a retired
    // science teacher …").
    if (bylined && !namedBefore(name, earlierBody)) return 'author note';
    // A person's bio: the name starts with a given name (not "Marston Council", "South Wales",
    // "Detective Inspector Sarah Mills") and the story never named them (title lines included; a
    // byline names the author, whose bio this is).
    if (!isGivenName(given) || namedBefore(name, earlierBody)) return undefined;
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
  const reasons = new Map<number, string>();
  // The short lines under the title (bylines, "From the newsroom of …"), whatever the cleaner made of them.
  const firstText = blocks.findIndex((b) => b.kind !== 'debris' || b.reason === 'byline');
  const bylines = blocks.slice(firstText + 1, firstText + 4).filter((b) => isBylineLike(b.text)).map((b) => b.text).join('\n');
  for (let k = paragraphs.length - 1; k >= Math.max(1, paragraphs.length - MAX_NOTES); k--) {
    const i = paragraphs[k];
    // Everything the story said before, headings (the title) included.
    const before = blocks.slice(0, paragraphs[k - 1] + 1);
    const earlier = before.filter((b) => b.kind !== 'debris').map((b) => b.text).join('\n');
    // (A byline heading names the author, not someone in the story: "Tom Aske, Business Reporter".)
    const earlierBody = before.filter((b, j) => b.kind !== 'debris' && !(b.kind === 'heading' && (isMetadataLine(b.text) || (j < 4 && isBylineLike(b.text))))).map((b) => b.text).join('\n');
    const reason = noteReason(blocks[i].text, earlier, earlierBody, bylines);
    if (!reason) break;
    reasons.set(i, reason);
  }
  // A note that needs the one above it ("It receives no funding …" after "Safe Care Families was
  // founded in 2024 by …") counts only when that one is a note; the run ends at the first that fails.
  const marked = new Map<number, string>();
  const run = paragraphs.filter((i) => reasons.has(i));
  for (let k = 0; k < run.length; k++) {
    const reason = reasons.get(run[k])!;
    if (reason !== 'pronoun' && reason !== 'after note') marked.set(run[k], reason);
    else if (k > 0 && marked.has(run[k - 1])) marked.set(run[k], 'closing note');
  }
  if (marked.size === 0) return blocks;
  return blocks.map((b, i) => (marked.has(i) ? { ...b, kind: 'debris', reason: marked.get(i) } : b));
}
