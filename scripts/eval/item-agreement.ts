/**
 * Does an automatically generated practice item agree with a teacher's answer key? One verdict
 * per item, using the JSON shape of `npm run items` (scripts/items.ts), so what is measured is
 * exactly what the outside checks read. Rules, fixed before any held-out article was scored:
 *
 * - classify: the expected label equals the key sentence's label. Added with analyser 2.28.0, after
 *   thirty-three held-out sets had been scored: an item graded on the writer's voice alone (gradedOn
 *   "voice") agrees on that (voiceAgree) when the key sentence is not attributed; on a line the key
 *   leaves out it has no voice verdict, and the evaluation counts such items on their own.
 * - loaded-words: the expected spans and the key's loaded words (any voice) match both ways (each
 *   overlaps one of the other); "none" agrees only with a key that lists none.
 * - who-says: "writer" agrees with a key sentence that is not attributed; a speaker agrees with an
 *   attributed key sentence whose source (or resolvedSource) names the same speaker (sameSpeaker:
 *   the answer's last word is the key's head noun or last word — not just any shared word);
 *   "none" with an attributed sentence whose key gives no source.
 * - hedge-certainty: expected markers and the key's hedges + certainty match both ways, kinds equal.
 * - source-check: the kind equals the key's claim source kind mapped as the app maps it
 *   (named/pronoun → named; group/vague/anonymous → vague; none → none); a sentence the key does not
 *   mark check-worthy uses its attribution source kind, or none.
 * - neutral-rewrite: the replaced words and the key's writer-voice loaded words match both ways.
 * - missing-voices: every choice sorted as the key sorts it (a choice the key lists under neither
 *   heard nor not heard — a place, a publication — is a disagreement).
 * An item whose sentence matches no key sentence is a disagreement. An item on a sentence that lies
 * inside one key sentence (a quotation over several sentences, keyed whole: matching.ts
 * containingSentence) is judged against that key sentence; the rule came in with analyser 2.17.0,
 * before the twenty-third held-out set was scored.
 */
import type { AnswerKey, KeySentence } from '../../src/core/samples/answer-key';
import type { ItemLine } from '../items';
import { containingSentence, findSentence } from './matching';
import { voiceMatchesEntry } from './voices';

interface Sp { start: number; end: number }

const overlaps = (a: Sp, b: Sp): boolean => a.start < b.end && b.start < a.end;

/** Both ways: every span of a overlaps one of b and vice versa. */
function sameSpans(a: Sp[], b: Sp[]): boolean {
  if (!a.length || !b.length) return a.length === b.length;
  return a.every((x) => b.some((y) => overlaps(x, y))) && b.every((y) => a.some((x) => overlaps(x, y)));
}

/** Every occurrence of each phrase inside the sentence, as absolute offsets. */
function locate(original: string, sentence: Sp, phrases: string[]): Sp[] {
  const text = original.slice(sentence.start, sentence.end);
  const out: Sp[] = [];
  for (const p of phrases) {
    if (!p) continue;
    let at = text.indexOf(p);
    if (at < 0) {
      // Curly/straight quote differences between key and text.
      const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
      at = norm(text).indexOf(norm(p));
    }
    if (at >= 0) out.push({ start: sentence.start + at, end: sentence.start + at + p.length });
  }
  return out;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'to', 'at', 'its', 'his', 'her', 'their', 'who', 'said', 'mr', 'mrs', 'ms', 'dr']);
function contentWords(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w)));
}

/**
 * The words that identify a speaker: the head of the first chunk ("spokeswoman" in "a spokeswoman
 * for the agency", "chief" in "the council's finance chief") and the phrase's last word ("agency";
 * a surname). Two descriptions name the same speaker when these agree, so "Jo Bell" is not "Jo
 * Smith" and "the council" is not "the council's finance chief", but "Interior Minister Katrin
 * Vosse" is "Katrin Vosse" and "a spokeswoman for the agency" may be answered "the agency".
 */
function speakerKeys(full: string): Set<string> {
  // A relative clause describes the speaker but does not name them ("…, who approved the plan"), nor
  // does an age ("Her neighbour, retired postman Alan Brigg, 74").
  const s = full.replace(/,\s*(who|whose|which)\b.*$/i, '').replace(/,\s*(aged\s+)?\d{1,3}\s*$/i, '');
  const words = [...contentWords(s.replace(/['’]s\b/g, ''))];
  if (!words.length) return new Set();
  const lower = ` ${s.toLowerCase()} `;
  // The first chunk ends at a comma (an appositive: "Tomas Ehrling, chief economist at …") or a preposition.
  const cut = lower.search(/,| \(| (of|for|at|in|from|with|who|whose|which|that|by|on|to|under|since|published|obtained|collected|prepared|released|commissioned|sent|representing|including|led|close|familiar|briefed|contacted|quoted|seen|speaking|involved) /);
  const firstChunk = cut > 0 ? [...contentWords(lower.slice(0, cut).replace(/['’]s\b/g, ''))] : words;
  const ids = new Set([firstChunk[firstChunk.length - 1] ?? words[words.length - 1], words[words.length - 1]]);
  // "The Police and Crime Commissioner, Anthony Greer, who approved the plan": a comma-separated
  // segment that is a proper name (every word capitalised) names the speaker too.
  for (const seg of s.split(',').slice(1)) {
    const ws = seg.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (ws.length >= 1 && ws.length <= 5 && ws.every((w) => /^\p{Lu}/u.test(w))) {
      const c = [...contentWords(seg)];
      if (c.length) ids.add(c[c.length - 1]);
    }
  }
  return ids;
}

function sameSpeaker(key: string, expected: string): boolean {
  const k = speakerKeys(key);
  const eWords = [...contentWords(expected.replace(/['’]s\b/g, ''))];
  if (eWords.length === 0) return false;
  // The expected answer's own last word (a surname, a body's head noun) must identify the key's
  // speaker, or its first chunk's head must ("A crew member contacted by this blog" is "A crew member").
  const lower = ` ${expected.toLowerCase()} `;
  const cut = lower.search(/,| \(| (of|for|at|in|from|with|who|whose|which|that|by|on|to|close|familiar|briefed|contacted|quoted|seen|speaking|involved) /);
  const head = cut > 0 ? [...contentWords(lower.slice(0, cut).replace(/['’]s\b/g, ''))].pop() : undefined;
  return k.has(eWords[eWords.length - 1]) || (head !== undefined && k.has(head));
}

/**
 * The names a key gives the speaker of sentence k. A quotation that continues the previous
 * attributed sentence (LABELLING.md: no source or cue of its own) is that sentence's speaker's,
 * even where an older key left `resolvedSource` empty.
 */
function speakerNames(key: AnswerKey, k: number): string[] {
  for (let i = k; i >= 0; i--) {
    const s = key.sentences[i];
    if (s.label !== 'attributed') return [];
    const names = [s.source, s.resolvedSource].filter((x): x is string => !!x);
    if (names.length > 0) return names;
    if (!s.direct) return [];
  }
  return [];
}

/** A continued quotation (no source of its own) has its previous speaker's kind of source (LABELLING.md). */
function continuedSourceKind(key: AnswerKey, k: number): string | undefined {
  for (let i = k; i >= 0; i--) {
    const s = key.sentences[i];
    if (s.label !== 'attributed') return undefined;
    if (s.sourceKind) return s.sourceKind;
    if (!s.direct) return undefined;
  }
  return undefined;
}

export function mapSourceKind(kind: string | undefined | null): 'named' | 'vague' | 'none' {
  if (kind === 'named' || kind === 'pronoun') return 'named';
  if (kind === 'group' || kind === 'vague' || kind === 'anonymous') return 'vague';
  return 'none';
}

export interface Verdict {
  agree: boolean;
  /**
   * Classify only: the key sentence is not attributed (what an item graded on the writer's voice asserts).
   * Absent when the key cannot judge the item: a line the key leaves out (page furniture such as an
   * author's bio or "Have photos or video?", which is no one's reported claim either) or no sentence.
   */
  voiceAgree?: boolean;
  why?: string;
}

export function itemAgreement(item: ItemLine, key: AnswerKey, original: string, sentenceTexts?: { texts: string[]; spans: Sp[] }): Verdict {
  if (item.skill === 'missing-voices') {
    const exp = item.expected as { notHeard: string[]; heard: string[] };
    const inKey = (name: string, list: string[]) => list.some((e) => voiceMatchesEntry(name, e));
    for (const n of exp.notHeard) {
      if (!inKey(n, key.voices.notHeard)) return { agree: false, why: `"${n}" is not a not-heard party in the key` };
    }
    for (const n of exp.heard) {
      if (!inKey(n, key.voices.heard)) return { agree: false, why: `"${n}" is not a heard party in the key` };
    }
    return { agree: true };
  }
  if (!item.sentence) return { agree: false, why: 'no sentence' };
  const texts = sentenceTexts?.texts ?? key.sentences.map((s) => s.text);
  const itemText = original.slice(item.sentence.start, item.sentence.end);
  let k = findSentence(itemText, texts);
  if (k < 0) k = containingSentence(itemText, texts);
  if (k < 0) return { agree: false, why: 'sentence not in the key' };
  const ks: KeySentence = key.sentences[k];
  const sent = item.sentence;
  switch (item.skill) {
    case 'classify': {
      // voiceAgree: the writer's-voice grading (items' gradedOn "voice") agrees when the key is not attributed.
      const voiceAgree = ks.label !== 'attributed';
      return item.expected === ks.label ? { agree: true, voiceAgree } : { agree: false, voiceAgree, why: `key says ${ks.label}` };
    }
    case 'loaded-words': {
      const exp = item.expected as Sp[];
      const keySpans = locate(original, sent, (ks.loaded ?? []).map((l) => l.text));
      return sameSpans(exp, keySpans) ? { agree: true } : { agree: false, why: `key loaded: ${(ks.loaded ?? []).map((l) => l.text).join(' | ') || 'none'}` };
    }
    case 'who-says': {
      const exp = item.expected as { speaker: string; start: number | null; end: number | null };
      if (exp.speaker === 'writer') return ks.label !== 'attributed' ? { agree: true } : { agree: false, why: `key: ${speakerNames(key, k).join(' / ') || 'continued quote'}` };
      if (exp.speaker === 'none') return ks.label === 'attributed' && !ks.source ? { agree: true } : { agree: false, why: 'key names a source or none is reported' };
      if (ks.label !== 'attributed') return { agree: false, why: `key says ${ks.label}` };
      const names = speakerNames(key, k);
      if (names.some((n) => sameSpeaker(n, exp.speaker))) return { agree: true };
      if (exp.start !== null && ks.source && sameSpeaker(ks.source, original.slice(exp.start, exp.end!))) return { agree: true };
      return { agree: false, why: `key speaker: ${names.join(' / ') || 'continued quotation'}` };
    }
    case 'hedge-certainty': {
      const exp = item.expected as (Sp & { kind: string })[];
      const hedges = locate(original, sent, ks.hedges ?? []);
      const certs = locate(original, sent, ks.certainty ?? []);
      const ok = sameSpans(exp.filter((m) => m.kind === 'hedge'), hedges) && sameSpans(exp.filter((m) => m.kind === 'certainty'), certs);
      return ok ? { agree: true } : { agree: false, why: `key hedges: ${(ks.hedges ?? []).join(' | ') || 'none'}; certainty: ${(ks.certainty ?? []).join(' | ') || 'none'}` };
    }
    case 'source-check': {
      const exp = item.expected as { kind: string };
      const keyKind = ks.checkWorthy
        ? mapSourceKind(ks.claimSource ? ks.claimSourceKind : 'none')
        : mapSourceKind(ks.label === 'attributed' ? (ks.sourceKind ?? continuedSourceKind(key, k)) : 'none');
      return exp.kind === keyKind ? { agree: true } : { agree: false, why: `key source kind: ${keyKind}` };
    }
    case 'neutral-rewrite': {
      const exp = item.expected as { changes: Sp[] };
      const writer = (ks.loaded ?? []).filter((l) => (l.voice ?? 'writer') === 'writer').map((l) => l.text);
      const keySpans = locate(original, sent, writer);
      return sameSpans(exp.changes, keySpans) ? { agree: true } : { agree: false, why: `key writer-voice loaded: ${writer.join(' | ') || 'none'}` };
    }
  }
  return { agree: false, why: 'unknown skill' };
}
