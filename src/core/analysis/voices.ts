/**
 * Voices: people, organisations, places and groups named in the article, and whether each is
 * heard (the source of an attribution). Names come from capitalised token sequences plus the
 * organisation list; this is a heuristic (no statistical name tagger), chosen for speed.
 */
import type { Span, Voice } from './types';
import type { Token } from './nlp';
import type { Lexicons } from './lexicons';

export interface Mention {
  span: Span;
  kind: Voice['kind'];
  /** Canonical key for merging. */
  key: string;
  sentenceIndex: number;
}

const CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'der', 'di', 'du', 'la', 'le', 'abu', 'ben']);
const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'you', 'but',
  'and', 'or', 'in', 'on', 'at', 'as', 'by', 'for', 'with', 'from', 'to', 'of', 'after', 'before', 'despite',
  'while', 'when', 'although', 'however', 'both', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'mr', 'mrs',
  'ms', 'dr', 'said', 'says', 'according', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'advertisement', 'advertisment', 'read', 'share', 'also', 'yet', 'so', 'then',
  'now', 'there', 'here', 'what', 'who', 'why', 'how', 'if', 'all', 'some', 'many', 'more', 'most', 'one',
]);
const GROUP_SUFFIX = /(?:ians|ans|ese|is|ists|ites|ish)$/;

function isNamePart(t: Token): boolean {
  return t.cap && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB');
}

export function findMentions(
  original: string,
  toks: Token[],
  sentenceIndex: number,
  lex: Lexicons,
  sentenceStartToken = 0,
): Mention[] {
  const out: Mention[] = [];
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
      if (isNamePart(x)) j++;
      else if ((x.text === '-' || x.text === '‐') && !x.spaceBefore && toks[j + 1] && !toks[j + 1].spaceBefore) j++;
      else if (CONNECTORS.has(x.norm) && toks[j + 1] && (toks[j + 1].cap || toks[j + 1].text === '-')) j++;
      else break;
    }
    let from = i;
    // A lower-case particle glued to the name ("al-Nakhaleh").
    if (from > 0 && CONNECTORS.has(toks[from - 1].norm) && toks[from - 1].end === t.start - 1 && original[t.start - 1] === '-') from--;
    else if (from > 1 && toks[from - 1].text === '-' && CONNECTORS.has(toks[from - 2].norm) && !toks[from - 1].spaceBefore) from -= 2;
    // Strip leading titles, roles and nationality adjectives ("Iranian Foreign Minister Hossein ...").
    let k = from;
    while (k < j - 1 && (lex.titles.has(toks[k].norm) || (toks[k].pos === 'ADJ' && GROUP_SUFFIX.test(toks[k].norm)) || (toks[k].norm.endsWith('ian') && toks[k].cap))) k++;
    while (k < j && NOT_NAMES.has(toks[k].norm)) k++;
    let end = j;
    while (end > k && (toks[end - 1].text === '-' || CONNECTORS.has(toks[end - 1].norm))) end--;
    i = j - 1;
    if (end <= k) continue;
    const first = toks[k];
    const last = toks[end - 1];
    const text = original.slice(first.start, last.end);
    const words = end - k;
    // A lone capitalised first word of a sentence is usually not a name.
    if (k === sentenceStartToken && words === 1 && first.pos !== 'PROPN') continue;
    if (words === 1 && lex.titles.has(first.norm)) continue;
    if (words === 1 && first.pos === 'ADJ' && !lex.places.has(text)) continue; // "Palestinian", "Israeli"
    // Demonyms used as adjectives ("Palestinian lives", "Western powers") are not voices.
    if (words === 1 && !lex.places.has(text) && /(?:ian|ean|ese|ish|i|ern|ic|an)$/.test(first.norm) && toks[end] && !toks[end].cap && /^\p{L}/u.test(toks[end].text)) continue;
    let kind: Voice['kind'];
    if (lex.places.has(text)) kind = 'place';
    else if (lex.orgSuffixes.has(last.text.replace(/\.$/, ''))) kind = 'organisation';
    else if (words === 1 && GROUP_SUFFIX.test(first.norm) && first.norm.endsWith('s')) kind = 'group';
    else if (words >= 2 || first.text.includes('-')) kind = 'person';
    else kind = original.slice(first.end, first.end + 3) === "'s" || toks[end]?.norm === "'s" ? 'place' : 'person';
    out.push({ span: { start: first.start, end: last.end, text }, kind, key: text, sentenceIndex });
  }
  return out;
}

/**
 * Merges mentions into voices: a person's surname alone joins the full name ("Amir-Abdollahian"
 * with "Hossein Amir-Abdollahian"); organisation aliases join their listed name.
 */
export function mergeVoices(mentions: Mention[]): { voices: Voice[]; voiceOf: number[] } {
  const voices: Voice[] = [];
  const byKey = new Map<string, number>();
  const voiceOf: number[] = [];
  // Longer names first so that short forms can join them.
  const order = mentions.map((m, i) => i).sort((a, b) => mentions[b].key.length - mentions[a].key.length);
  for (const i of order) {
    const m = mentions[i];
    let v = byKey.get(m.key);
    if (v === undefined && m.kind === 'person') {
      for (const [key, idx] of byKey) {
        if (voices[idx].kind !== 'person') continue;
        const parts = key.split(/\s+/);
        if (parts.length > 1 && (parts[parts.length - 1] === m.key || parts[0] === m.key || key.endsWith(' ' + m.key))) {
          v = idx;
          break;
        }
      }
    }
    if (v === undefined) {
      v = voices.length;
      voices.push({ name: m.key, kind: m.kind, mentions: [], heard: false, attributions: [] });
      byKey.set(m.key, v);
    }
    voiceOf[i] = v;
  }
  for (let i = 0; i < mentions.length; i++) voices[voiceOf[i]].mentions.push(mentions[i].span);
  for (const v of voices) v.mentions.sort((a, b) => a.start - b.start);
  return { voices, voiceOf };
}
