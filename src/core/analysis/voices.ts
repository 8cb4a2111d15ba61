/**
 * Voices: people, organisations, places and groups named in the article, and whether each is
 * heard (the source of an attribution). Names come from capitalised token sequences plus the
 * organisation list; this is a heuristic (no statistical name tagger), chosen for speed.
 *
 * A capitalised word is a person's name only with evidence: a title or role before it ("Mr",
 * "council leader"), a first and last name, or being the source of a reporting verb. A single
 * capitalised word without evidence is a weak mention: it joins a full name it belongs to
 * ("Calder" -> "Ruth Calder") or is dropped. An ordinary English word opening a sentence
 * ("Construction is scheduled", "Ticket prices") is not a name. Places: the lists, place words
 * ("the Slow River", "Harbour Road"), a place noun after the word ("Varne province") or a
 * preposition before it ("the islands of Holm and Brack").
 */
import { isGivenName } from './given-names';
import type { Span, Voice } from './types';
import type { Token } from './nlp';
import type { Lexicons } from './lexicons';

export interface Mention {
  span: Span;
  kind: Voice['kind'];
  /** Canonical key for merging. */
  key: string;
  sentenceIndex: number;
  /** No evidence that this is a name: kept only when it joins a voice found with evidence. */
  weak?: boolean;
  /** An ordinary word opening a sentence: may only join a person's name ("Alder" -> "Gwen Alder"). */
  surnameOnly?: boolean;
  /** A place only by its context ("in X", "X province"): may still be a person's surname. */
  guess?: boolean;
}

export interface MentionContext {
  /** True for a lower-case word that is ordinary English (see Nlp.isCommonWord). */
  isCommonWord(lower: string): boolean;
  /** Its part of speech read alone (see Nlp.commonWordPos); without it, nouns are assumed. */
  commonWordPos?(lower: string): string | null;
  /** Source spans of the sentence's attributions: a name there is a speaker. */
  sources?: Span[];
}

const CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'der', 'di', 'du', 'la', 'le', 'abu', 'ben']);
const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'you', 'but',
  'and', 'or', 'in', 'on', 'at', 'as', 'by', 'for', 'with', 'from', 'to', 'of', 'after', 'before', 'despite',
  'while', 'when', 'although', 'however', 'both', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'mr', 'mrs',
  'ms', 'dr', 'said', 'says', 'according', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'advertisement', 'advertisment', 'read', 'share', 'also', 'yet', 'so', 'then',
  'now', 'there', 'here', 'what', 'who', 'why', 'how', 'if', 'all', 'some', 'many', 'more', 'most', 'one',
  'no', 'no.', 'next', 'last', 'today', 'tonight', 'yesterday', 'tomorrow',
]);
const GROUP_SUFFIX = /(?:ians|ans|ese|is|ists|ites|ish)$/;
const OPENERS = new Set(['“', '"', '‘', "'", '«', '—', '–', ':', ';']);

function isNamePart(t: Token): boolean {
  return t.cap && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB');
}

/** The token opens its sentence or a quotation: its capital says nothing about being a name. */
function opensSentence(toks: Token[], i: number, sentenceStartToken: number): boolean {
  for (let k = i - 1; k >= sentenceStartToken; k--) {
    const t = toks[k];
    if (OPENERS.has(t.text)) return true;
    if (t.pos === 'PUNCT' && t.text !== ',') continue;
    return false;
  }
  return true;
}

/** A lower-case role or title word just before the name ("council leader Anita Rowe", "Mr Holm"). */
function titledBefore(toks: Token[], from: number, lex: Lexicons): boolean {
  const b = toks[from - 1];
  if (!b) return false;
  if (lex.titles.has(b.norm)) return true;
  const kind = lex.sourceNouns.get(b.norm) ?? lex.sourceNouns.get(b.lemma);
  return kind === 'person' && !b.cap && b.norm === b.lemma;
}

/** A place preposition before the name, over a determiner and adjectives ("in the low-lying Dannick"). */
function placePrepositionBefore(toks: Token[], from: number, lex: Lexicons): string | null {
  for (let k = from - 1, hops = 0; k >= 0 && hops < 4; k--, hops++) {
    const t = toks[k];
    if (lex.placePrepositions.has(t.norm) && t.pos === 'ADP') return t.norm;
    if (t.cap || !(t.pos === 'DET' || t.pos === 'ADJ' || t.text === '-' || (t.pos === 'NOUN' && toks[k + 1]?.text === '-'))) {
      // "the islands of Holm and Brack": the second name of a pair shares the first one's preposition.
      if (t.norm === 'and' && k > 1 && toks[k - 1].cap) return placePrepositionBefore(toks, k - 1, lex);
      return null;
    }
  }
  return null;
}

export function findMentions(
  original: string,
  toks: Token[],
  sentenceIndex: number,
  lex: Lexicons,
  ctx: MentionContext,
  sentenceStartToken = 0,
): Mention[] {
  const out: Mention[] = [];
  const heading = sentenceIndex < 0;
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].cap) continue;
    const org = lex.organisations.matchAt(toks, i);
    // Listed names must keep their capitals ("the un" is not "UN").
    if (org && !toks.slice(org.from, org.to).every((t) => t.cap || !/^\p{L}/u.test(t.text) || t.text.length <= 3 && !t.cap && ['of', 'the', 'al', 'for', 'and'].includes(t.norm))) continue;
    if (org) {
      const a = toks[org.from];
      const b = toks[org.to - 1];
      out.push({ span: { start: a.start, end: b.end, text: original.slice(a.start, b.end) }, kind: 'organisation', key: org.entry.name, sentenceIndex });
      i = org.to - 1;
      continue;
    }
    const t = toks[i];
    if (!isNamePart(t)) continue;
    let j = i + 1;
    while (j < toks.length) {
      const x = toks[j];
      const next = toks[j + 1];
      if (isNamePart(x)) j++;
      else if ((x.text === '-' || x.text === '‐') && !x.spaceBefore && next && !next.spaceBefore) j++;
      else if (CONNECTORS.has(x.norm) && next && (next.cap || next.text === '-')) j++;
      // "the Tram Drivers' Union": a plural possessive inside an organisation's name.
      else if ((x.text === "'" || x.text === '’') && next && next.cap && lex.orgSuffixes.has(next.text)) j++;
      // "Caldmouth Chamber of Commerce", "Bank of Valdria".
      else if (x.norm === 'of' && next && next.cap && lex.orgSuffixes.has(toks[j - 1].text) && !lex.titles.has(toks[j - 1].norm)) j++;
      else break;
    }
    let from = i;
    // A lower-case particle glued to the name ("al-Nakhaleh").
    if (from > 0 && CONNECTORS.has(toks[from - 1].norm) && toks[from - 1].end === t.start - 1 && original[t.start - 1] === '-') from--;
    else if (from > 1 && toks[from - 1].text === '-' && CONNECTORS.has(toks[from - 2].norm) && !toks[from - 1].spaceBefore) from -= 2;
    i = j - 1;
    let k = from;
    while (k < j && NOT_NAMES.has(toks[k].norm)) k++;
    // An ordinary word opening the sentence ("Construction", "Ticket prices", "Using Solvane").
    // Kept when it looks like a first name before an unknown surname ("Mark Teller said").
    const inSource = (a: Token, b: Token): boolean => !!ctx.sources?.some((s) => a.start >= s.start && b.end <= s.end &&
      !/\b(?:of|in|at|from|near|on|across|outside|between|among|with|along)\s/i.test(original.slice(s.start, a.start)));
    const lastTok = toks[j - 1];
    const orgName = j - k >= 2 && lex.orgSuffixes.has(lastTok.text.replace(/\.$/, ''));
    if (!heading && !orgName && k < j && toks[k].cap && opensSentence(toks, k, sentenceStartToken) && ctx.isCommonWord(toks[k].norm)) {
      const rest = j - k - 1;
      const pos = ctx.commonWordPos?.(toks[k].norm) ?? 'NOUN';
      // A listed given name opens a person's name even before a surname that is also a word ("Grace Whitlow").
      const firstName = rest === 1 && (isGivenName(toks[k].norm) || ((pos === 'NOUN' || (pos === 'VERB' && !/(?:ing|ed)$/.test(toks[k].norm))) && !ctx.isCommonWord(toks[k + 1].norm))) &&
        !lex.orgSuffixes.has(toks[k + 1].text) && !lex.placeSuffixes.has(toks[k + 1].text) && !lex.titles.has(toks[k].norm) && !lex.placePrefixes.has(toks[k].text);
      // A surname that is also a word, as a speaker: "Teller said", "Vane added" (not "Critics said").
      const w = toks[k];
      const speakerSurname = rest === 0 && inSource(w, w) && !!ctx.sources?.some((s) => s.end === w.end) &&
        !lex.vagueNouns.has(w.norm) && !lex.sourceNouns.has(w.lemma) && !lex.sourceNouns.has(w.norm) && !lex.sourceNouns.has(w.norm.replace(/s$/, '')) && !(w.norm !== w.lemma && w.norm.endsWith('s'));
      // "Amir-Abdollahian": a hyphenated name is never an ordinary word.
      const hyphenated = toks[k + 1]?.text === '-' && !toks[k + 1].spaceBefore;
      if (!firstName && !speakerSurname && !hyphenated) {
        // "Alder has used ...": kept only if it is the surname of a person named with evidence.
        if (rest === 0) out.push({ span: { start: w.start, end: w.end, text: w.text }, kind: 'person', key: w.text, sentenceIndex, weak: true, surnameOnly: true });
        k++;
      }
      while (k < j && NOT_NAMES.has(toks[k].norm)) k++;
    }
    let end = j;
    while (end > k && (toks[end - 1].text === '-' || CONNECTORS.has(toks[end - 1].norm))) end--;
    if (end <= k) continue;
    const afterThe = toks[k - 1]?.norm === 'the';
    const fullText = original.slice(toks[k].start, toks[end - 1].end);
    const fullLast = toks[end - 1].text.replace(/\.$/, '');
    // Organisations and places keep their full names ("Foreign Ministry", "Harbour Road").
    if (lex.orgSuffixes.has(fullLast) || toks.slice(k + 1, end - 1).some((x, n) => lex.orgSuffixes.has(x.text) && toks[k + 2 + n].norm === 'of')) {
      if (!(end - k === 1 && toks[k].cap && opensSentence(toks, k, sentenceStartToken) && ctx.isCommonWord(toks[k].norm))) {
        out.push({ span: { start: toks[k].start, end: toks[end - 1].end, text: fullText }, kind: 'organisation', key: fullText, sentenceIndex });
      }
      continue;
    }
    // (Not a given name and a surname that is also a place word: "Damon Hill", "Alice Springs said".)
    const personLike = end - k === 2 && isGivenName(toks[k].text) && !lex.placePrefixes.has(toks[k].text);
    if (lex.places.has(fullText) || (!heading && end - k >= 2 && !personLike && (lex.placeSuffixes.has(fullLast) || lex.placePrefixes.has(toks[k].text)))) {
      out.push({ span: { start: toks[k].start, end: toks[end - 1].end, text: fullText }, kind: 'place', key: fullText, sentenceIndex });
      continue;
    }
    // "St Aldric's", "St Brannoc's Chapel": a saint's name is a hospital, church or school, not a speaker.
    if (end - k >= 2 && /^(?:St\.?|Saint)$/.test(toks[k].text)) {
      out.push({ span: { start: toks[k].start, end: toks[end - 1].end, text: fullText }, kind: 'place', key: fullText, sentenceIndex, guess: true });
      continue;
    }
    // Strip leading titles, roles and nationality adjectives ("Iranian Foreign Minister Hossein ...").
    let titled = titledBefore(toks, k, lex);
    let lastTitle = -1;
    for (let x = k; x < end - 1; x++) if (lex.titles.has(toks[x].norm)) lastTitle = x;
    if (lastTitle >= 0) {
      k = lastTitle + 1;
      titled = true;
    }
    // "Iranian Foreign Minister …": a demonym, never a given name that ends the same way ("Ian", "Julian").
    while (k < end - 1 && ((toks[k].pos === 'ADJ' && GROUP_SUFFIX.test(toks[k].norm)) || (toks[k].norm.endsWith('ian') && toks[k].cap && toks[k].norm.length > 4 && !isGivenName(toks[k].norm)))) k++;
    while (k < end && NOT_NAMES.has(toks[k].norm)) k++;
    while (k < end && (toks[k].text === '-' || CONNECTORS.has(toks[k].norm)) && !(toks[k + 1]?.text === '-')) k++;
    if (end <= k) continue;
    const first = toks[k];
    const last = toks[end - 1];
    const text = original.slice(first.start, last.end);
    const words = end - k;
    const span: Span = { start: first.start, end: last.end, text };
    if (words === 1 && lex.titles.has(first.norm)) continue;
    if (words === 1 && first.pos === 'ADJ' && !lex.places.has(text) && GROUP_SUFFIX.test(first.norm)) continue; // "Palestinian", "Israeli"
    // Demonyms used as adjectives ("Palestinian lives", "Western powers") are not voices.
    if (words === 1 && !lex.places.has(text) && /(?:ian|ean|ese|ish|i|ern|ic|an)$/.test(first.norm) && toks[end] && !toks[end].cap && /^\p{L}/u.test(toks[end].text)) continue;
    if (lex.places.has(text)) {
      out.push({ span, kind: 'place', key: text, sentenceIndex });
      continue;
    }
    if (heading) continue;
    const speaker = inSource(first, last);
    const after = toks[end];
    const prep = placePrepositionBefore(toks, k, lex);
    const placeNounAfter = words === 1 && !!after && !after.cap && lex.placeNouns.has(after.norm);
    const common = words === 1 && ctx.isCommonWord(first.norm);
    if (!titled && !speaker && !common && (placeNounAfter || (prep && (words === 1 || (prep !== 'from' && prep !== 'of'))))) {
      out.push({ span, kind: 'place', key: text, sentenceIndex, guess: true });
      continue;
    }
    if (words === 1 && GROUP_SUFFIX.test(first.norm) && first.norm.endsWith('s') && !ctx.isCommonWord(first.norm) && first.pos !== 'NOUN') {
      out.push({ span, kind: 'group', key: text, sentenceIndex }); // "Palestinians"
      continue;
    }
    if (afterThe && words >= 2) {
      // People's names do not take "the": "the Port Ellery Mariners", "the Sorrel Highlands".
      out.push({ span, kind: 'organisation', key: text, sentenceIndex });
      continue;
    }
    const allCaps = /^\p{Lu}{5,}$/u.test(first.text) && words === 1;
    const evidence = titled || speaker || words >= 2 || first.text.includes('-');
    out.push({ span, kind: 'person', key: text, sentenceIndex, ...(evidence && !allCaps && !(common && !titled && !speaker) ? {} : { weak: true }) });
  }
  return out;
}

/**
 * Merges mentions into voices: a person's surname alone joins the full name ("Amir-Abdollahian"
 * with "Hossein Amir-Abdollahian"); organisation aliases join their listed name. Weak mentions
 * (a lone capitalised word with no evidence of being a name) only join a voice found with
 * evidence: the same name, a person's first or last name, or the first word of exactly one
 * multi-word name ("Solvane" -> "Solvane Energy"); otherwise they are dropped (voiceOf -1).
 */
const rank = (m: Mention): number => (m.weak ? 2 : m.guess ? 1 : 0);

export function mergeVoices(mentions: Mention[]): { voices: Voice[]; voiceOf: number[] } {
  const voices: Voice[] = [];
  const byKey = new Map<string, number>();
  const voiceOf: number[] = new Array<number>(mentions.length).fill(-1);
  // Longer names first so that short forms can join them; weak mentions after all others.
  const order = mentions
    .map((m, i) => i)
    .sort((a, b) => rank(mentions[a]) - rank(mentions[b]) || mentions[b].key.length - mentions[a].key.length);
  // Lookups that a scan of every voice per mention would answer (quadratic in a long document):
  // the first person voice (in creation order) with a multi-word name that a short form joins, by
  // that short form; and, per name prefix ending before a space, how many voices start with it.
  const personByPart = new Map<string, number>();
  const byPrefix = new Map<string, { count: number; first: number }>();
  const addVoice = (key: string, idx: number, kind: Voice['kind']): void => {
    byKey.set(key, idx);
    if (kind === 'person') {
      const parts = key.split(/\s+/);
      if (parts.length > 1) {
        // A short form joins when it is the name's last or first word, or any ending after a space.
        const forms = new Set([parts[parts.length - 1], parts[0]]);
        for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) forms.add(key.slice(at + 1));
        for (const f of forms) if (!personByPart.has(f)) personByPart.set(f, idx);
      }
    }
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
      const prefix = key.slice(0, at);
      const p = byPrefix.get(prefix);
      if (p) p.count++;
      else byPrefix.set(prefix, { count: 1, first: idx });
    }
  };
  for (const i of order) {
    const m = mentions[i];
    let v = byKey.get(m.key);
    if (v === undefined && (m.kind === 'person' || m.guess)) v = personByPart.get(m.key);
    if (v !== undefined && m.surnameOnly && voices[v].kind !== 'person') v = undefined;
    if (v === undefined && m.weak && !m.surnameOnly) {
      const starts = byPrefix.get(m.key);
      if (starts && starts.count === 1) v = starts.first;
    }
    if (v === undefined && m.weak) continue;
    if (v === undefined) {
      v = voices.length;
      voices.push({ name: m.key, kind: m.kind, mentions: [], heard: false, attributions: [] });
      addVoice(m.key, v, m.kind);
    }
    voiceOf[i] = v;
  }
  for (let i = 0; i < mentions.length; i++) if (voiceOf[i] >= 0) voices[voiceOf[i]].mentions.push(mentions[i].span);
  for (const v of voices) v.mentions.sort((a, b) => a.start - b.start);
  return { voices, voiceOf };
}

/** Vague sources that are not people or bodies: no voice of their own. */
const NOT_PEOPLE = new Set(['studies', 'reports', 'rumours', 'rumors', 'media', 'estimates', 'research', 'some', 'many', 'others', 'several', 'someone']);
const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'official', 'officials', 'spokespeople']);
const COMPANY_NOUNS = new Set(['company', 'firm', 'operator', 'group', 'business', 'miner', 'developer', 'airline', 'utility']);
const COMPANY_SUFFIXES = new Set(['energy', 'minerals', 'mining', 'transit', 'ferries', 'airlines', 'airways', 'motors', 'holdings', 'partners', 'inc', 'inc.', 'ltd', 'ltd.', 'corp', 'corp.', 'co.', 'company', 'group', 'railway', 'railways']);
/** Singular nouns for a body of people: "Police said" is a source, "officer said" a tagging slip. */
const COLLECTIVE = new Set(['police', 'staff', 'crew', 'management', 'government', 'military', 'army', 'public', 'press', 'coastguard', 'council']);
/** Roles that are also titles before a name, so "the judge" is the titled person named earlier. */
const TITLES: ReadonlyMap<string, RegExp> = new Map(
  Object.entries({
    judge: 'judge|justice', mayor: 'mayor', minister: 'minister', coroner: 'coroner', prosecutor: 'prosecutor', sheriff: 'sheriff',
    governor: 'governor', senator: 'senator', chancellor: 'chancellor', commissioner: 'commissioner', superintendent: 'superintendent|supt\\.?',
    inspector: 'inspector|insp\\.?', magistrate: 'magistrate', recorder: 'recorder',
  }).map(([k, v]) => {
    // Either case for the title's first letter only: a capitalised word may sit between title and name ("Judge Fiona Ashdown").
    const words = v.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
    return [k, new RegExp(`\\b(?:${words})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+)?$`, 'u')];
  }),
);
const ROLE_DETERMINERS = /^(?:the|a|an|some|several|both|many|most|one|two|three)\s+/i;
const ROLE_CUT = /,\s|\s(?:who|which|that|whose)\s|\s[—–]\s/;
const ROLE_PREPOSITION = /\s(?:of|in|at|for|from|on|near|across|outside|along|with|among)\s/i;

export interface RoleSource {
  index: number;
  source: Span;
  sourceKind: string | null;
}

/**
 * Heard parties without a name: an attribution whose source names nobody ("the operator",
 * "police in Varne province", "residents", "a spokeswoman for the agency") becomes a voice of
 * kind organisation (when its head noun is a body: operator, council, police) or group. A
 * document ("the report") is not a voice, but its owner is ("the council's own budget report" ->
 * "the council"). Sources that contain a name (outside an "of/in/at ..." phrase) are left to the
 * named voice. Same wording, case and leading determiner aside, is one voice.
 */
export function roleVoices(
  original: string,
  sources: RoleSource[],
  named: Voice[],
  lex: Lexicons,
  isCommonWord: (lower: string) => boolean,
): Voice[] {
  const out: Voice[] = [];
  const byKey = new Map<string, Voice>();
  // The named voices' mentions by start (kept sorted as mentions are added below), so a source
  // looks only at the mentions inside it rather than at every mention of the article.
  const namedSet = new Set(named);
  const namedMentions = named.flatMap((v) => v.mentions).sort((x, y) => x.start - y.start);
  const firstFrom = (start: number): number => {
    let lo = 0;
    let hi = namedMentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (namedMentions[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const nameInHead = (s: Span): boolean => {
    for (let k = firstFrom(s.start); k < namedMentions.length && namedMentions[k].start <= s.end; k++) {
      const m = namedMentions[k];
      if (m.end <= s.end && !ROLE_PREPOSITION.test(' ' + original.slice(s.start, m.start))) return true;
    }
    return false;
  };
  const headNoun = (text: string): string => {
    const words = text.split(ROLE_PREPOSITION)[0].trim().split(/\s+/);
    return (words[words.length - 1] ?? '').toLowerCase().replace(/['’]s?$/, '');
  };
  const kindOf = (w: string) => lex.sourceNouns.get(w) ?? lex.sourceNouns.get(w.replace(/(?:ies)$/, 'y').replace(/s$/, ''));
  const sub = (s: Span, from: number, to: number): Span => ({ start: s.start + from, end: s.start + to, text: s.text.slice(from, to) });
  /** Whether a person was named with this role as a title: "Mrs Justice Pemberton", "District Judge Fiona Ashdown", "Mayor Teresa Quill". */
  const titled = (head: string, m: Span): boolean => {
    const title = TITLES.get(head);
    return !!title && title.test(original.slice(Math.max(0, m.start - 30), m.start));
  };
  /** The latest voice mentioned before `at` whose name fits ("the union" -> "Tram Drivers' Union", "the judge" -> "Mrs Justice Pemberton"). */
  const antecedent = (head: string, at: number): Voice | undefined => {
    let best: Voice | undefined;
    let bestAt = -1;
    for (const v of [...named, ...out]) {
      if (v.kind === 'person') {
        if (!v.mentions.some((m) => m.end <= at && titled(head, m))) continue;
      } else if (v.kind !== 'organisation') continue;
      else {
        const last = v.name.toLowerCase().split(/\s+/).pop()!.replace(/['’]s?$/, '');
        const fits = last === head || (COMPANY_NOUNS.has(head) && COMPANY_SUFFIXES.has(last));
        if (!fits) continue;
      }
      const before = v.mentions.filter((m) => m.end <= at).map((m) => m.start);
      const latest = before.length ? Math.max(...before) : -1;
      if (latest > bestAt) {
        best = v;
        bestAt = latest;
      }
    }
    return best;
  };
  /** People by surname (the last word of a name of two or more words), for a speaker named by surname alone. */
  const bySurname = new Map<string, Voice | null>();
  for (const v of named) {
    const words = v.name.split(/\s+/);
    if (v.kind !== 'person' || words.length < 2) continue;
    const last = words[words.length - 1].replace(/['’]s$/, '');
    bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== v ? null : v);
  }
  for (const a of sources) {
    if (!a.sourceKind || a.sourceKind === 'pronoun') continue;
    const src = a.source;
    if (nameInHead(src)) continue;
    // "“…,” Vasic said." where the mention finder kept no name: the one person of that surname
    // ("Teodor Vasic"), not a group of its own (two people of one surname: left alone).
    const person = /^\p{Lu}[\p{L}'’-]+$/u.test(src.text.trim()) ? bySurname.get(src.text.trim()) : undefined;
    if (person) {
      if (!person.mentions.some((m) => m.start === src.start)) {
        const added = { ...src };
        person.mentions.push(added);
        namedMentions.splice(firstFrom(added.start), 0, added);
      }
      continue;
    }
    const cut = src.text.search(ROLE_CUT);
    let span: Span = cut > 0 ? sub(src, 0, cut) : src;
    let head = headNoun(span.text);
    if (!head) continue;
    // "A spokeswoman for the civil protection agency" speaks for the agency.
    const forAt = span.text.search(/\sfor\s/i);
    if (SPOKES.has(head) && forAt > 0) {
      span = sub(span, forAt + 5, span.text.length);
      if (nameInHead(span)) continue;
      head = headNoun(span.text);
    }
    if (kindOf(head) === 'document' || NOT_PEOPLE.has(head)) {
      // A document speaks for its owner: "the council's own budget report" -> "the council".
      const pos = span.text.search(/['’]s\s/);
      if (pos <= 0) continue;
      span = sub(span, 0, pos);
      if (nameInHead(span)) continue;
      head = headNoun(span.text);
      if (!kindOf(head)) continue;
    }
    const kind = COLLECTIVE.has(head) ? 'organisation' : kindOf(head);
    const words = span.text.split(ROLE_PREPOSITION)[0].trim().split(/\s+/);
    // A bare singular role ("officer") is a tagging slip; an anonymous source must be a person.
    if (words.length === 1 && kind === 'person' && !/s$/.test(head)) continue;
    if (a.sourceKind === 'anonymous' && kind !== 'person') continue;
    // "the union", "the company": the body named earlier.
    if (words.length === 2 && /^the$/i.test(words[0])) {
      const v = antecedent(head, span.start);
      if (v) {
        if (!v.mentions.some((m) => m.start === span.start)) {
          const added = { ...span };
          v.mentions.push(added);
          if (namedSet.has(v)) namedMentions.splice(firstFrom(added.start), 0, added);
        }
        continue;
      }
    }
    const firstWord = span.text.split(/\s/)[0];
    const name = isCommonWord(firstWord.toLowerCase()) ? span.text.charAt(0).toLowerCase() + span.text.slice(1) : span.text;
    const key = name.toLowerCase().replace(/[’]/g, "'").replace(ROLE_DETERMINERS, '');
    let v = byKey.get(key);
    if (!v) {
      v = { name, kind: kind === 'organisation' ? 'organisation' : 'group', mentions: [], heard: false, attributions: [] };
      byKey.set(key, v);
      out.push(v);
    }
    if (!v.mentions.some((m) => m.start === span.start && m.end === span.end)) v.mentions.push({ ...span });
  }
  for (const v of named) v.mentions.sort((x, y) => x.start - y.start);
  return out;
}
