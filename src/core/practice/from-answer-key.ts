/**
 * Turns a hand answer key into the analysis contract, so keyed sample articles feed the same
 * generators with the key as the answer source. Keys name sentences and spans by their exact
 * text; offsets are found with indexOf, in order, so repeated phrases resolve to the right place.
 */
import type {
  ArticleAnalysis,
  Attribution,
  CheckWorthyClaim,
  Cue,
  LoadedSpan,
  MarkerSpan,
  Segment,
  SentenceAnalysis,
  SentenceLabel,
  Span,
  Voice,
} from '../analysis/types';
import type { AnswerKey, KeySentence } from '../samples/answer-key';
import { escapeRegExp } from '../text/regexp';

export class AnswerKeyMismatchError extends Error {
  constructor(
    message: string,
    readonly missing: string,
  ) {
    super(message);
    this.name = 'AnswerKeyMismatchError';
  }
}

export function keyAnalyserVersion(key: AnswerKey): string {
  return `key:${key.id}`;
}

/** Finds `needle` at or after `from`; tolerates different whitespace runs. */
function locate(haystack: string, needle: string, from: number): { start: number; end: number } | null {
  const exact = haystack.indexOf(needle, from);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  const pattern = needle
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join('\\s+');
  if (!pattern) return null;
  const re = new RegExp(pattern, 'g');
  re.lastIndex = from;
  const m = re.exec(haystack);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function spanIn(original: string, sentence: Span, text: string, from = sentence.start): Span | null {
  const hit = locate(original.slice(0, sentence.end), text, from);
  return hit && hit.start >= sentence.start ? { ...hit, text: original.slice(hit.start, hit.end) } : null;
}

function oneHot(label: SentenceLabel): Record<SentenceLabel, number> {
  return { fact: label === 'fact' ? 1 : 0, attributed: label === 'attributed' ? 1 : 0, framing: label === 'framing' ? 1 : 0 };
}

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s?%|\s?per\s?cent)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b(?:\s+(?:months?|years?|weeks?|days?|hours?))?/gi;

const ORGANISATION_WORDS =
  /\b(council|ministry|house|nations|states|kingdom|jihad|hamas|government|agency|authority|service|office|company|party|union|association|organi[sz]ation|committee|court|police|army|forces|district|transit|chamber|commerce|university|board|department)\b/i;

/** Display hint only: the key lists names, not kinds. */
function guessVoiceKind(name: string): Voice['kind'] {
  if (ORGANISATION_WORDS.test(name)) return 'organisation';
  if (/^\p{Ll}/u.test(name) || /\b(civilians|people|residents|groups?|workers|sources?|officials|experts|supporters|members|staff|passengers|commuters|pupils|parents|families)\b/i.test(name)) return 'group';
  const words = name.split(/\s+/);
  if (words.length >= 2 && words.every((w) => /\p{Lu}/u.test(w))) return 'person';
  return 'organisation';
}

/**
 * Key voices are labels a teacher wrote ("Ismail Haniyeh (Hamas), via "discussions"",
 * "the finance ministry (did not respond)"). The choice label drops the comments, which
 * would give the answer away.
 */
export function cleanVoiceName(name: string): string {
  return name
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/,\s*via\b.*$/i, '')
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words a voice goes by in the text: each "/"- or "and"-separated part, and a person's surname. */
export function voiceNameVariants(cleanName: string): string[] {
  const parts = cleanName
    .split(/\s*\/\s*|\s+and\s+|\s*;\s*/)
    .map((p) => p.replace(/^(the|its|an?|any|his|her|their)\s+/i, '').trim())
    .filter((p) => p.length > 2);
  const out = new Set(parts);
  for (const part of parts) {
    const words = part.split(/\s+/);
    const last = words[words.length - 1];
    const before = words[words.length - 2];
    if (before && /^\p{Lu}/u.test(before) && /\p{Lu}/u.test(last) && !ORGANISATION_WORDS.test(part)) out.add(last);
  }
  return [...out];
}

function wholeWord(variant: string): RegExp {
  const escaped = escapeRegExp(variant);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, /^\p{Ll}/u.test(variant) ? 'giu' : 'gu');
}

export function analysisFromAnswerKey(original: string, key: AnswerKey): ArticleAnalysis {
  const segments: Segment[] = [];
  const located: { key: KeySentence; span: Span }[] = [];
  let cursor = 0;
  for (const ks of key.sentences) {
    const hit = locate(original, ks.text, cursor);
    if (!hit) {
      throw new AnswerKeyMismatchError(
        `Answer key "${key.id}": sentence not found in the article text (in order): "${ks.text.slice(0, 80)}"`,
        ks.text,
      );
    }
    located.push({ key: ks, span: { ...hit, text: original.slice(hit.start, hit.end) } });
    cursor = hit.end;
  }

  for (const [kind, list] of [['heading', key.headings], ['debris', key.debris]] as const) {
    let from = 0;
    for (const text of list) {
      const hit = locate(original, text, from);
      if (!hit) throw new AnswerKeyMismatchError(`Answer key "${key.id}": ${kind} not found: "${text}"`, text);
      segments.push({ kind, start: hit.start, end: hit.end });
      from = hit.end;
    }
  }
  // Paragraphs: the blank-line blocks that hold sentences.
  const blockRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of original.matchAll(blockRe)) {
    const start = m.index ?? 0;
    const end = start + m[0].trimEnd().length;
    if (located.some((l) => l.span.start >= start && l.span.start < end) && !segments.some((g) => g.start < end && g.end > start)) {
      segments.push({ kind: 'paragraph', start, end });
    }
  }
  segments.sort((a, b) => a.start - b.start);

  const sentences: SentenceAnalysis[] = [];
  const attributions: Attribution[] = [];
  const loaded: LoadedSpan[] = [];
  const markers: MarkerSpan[] = [];
  const claims: CheckWorthyClaim[] = [];

  located.forEach(({ key: ks, span }, index) => {
    const cues: Cue[] = [];
    const blockIndex = Math.max(0, segments.findIndex((g) => span.start >= g.start && span.start < g.end));
    let source: Span | null = null;
    let cue: Span | null = null;
    if (ks.source) {
      source = spanIn(original, span, ks.source);
      if (source) cues.push({ ...source, kind: 'source', note: 'who is speaking' });
    }
    if (ks.cue) {
      cue = spanIn(original, span, ks.cue);
      if (cue) cues.push({ ...cue, kind: 'reporting-verb', note: 'reporting cue' });
    }
    if (ks.label === 'attributed' && cue) {
      attributions.push({
        sentenceIndex: index,
        source,
        sourceKind: source ? ks.sourceKind ?? 'named' : null,
        cue,
        content: null,
        direct: ks.direct ?? false,
      });
    }
    let from = span.start;
    for (const l of ks.loaded ?? []) {
      const hit = spanIn(original, span, l.text, from) ?? spanIn(original, span, l.text);
      if (!hit) throw new AnswerKeyMismatchError(`Answer key "${key.id}": loaded "${l.text}" not in its sentence`, l.text);
      from = hit.end;
      loaded.push({
        ...hit,
        sentenceIndex: index,
        category: 'evaluative',
        reason: 'marked in the answer key',
        neutral: l.neutral === undefined ? [] : [l.neutral],
        voice: l.voice ?? 'writer',
      });
      cues.push({ ...hit, kind: 'loaded', note: 'loaded word' });
    }
    for (const [kind, list] of [['hedge', ks.hedges], ['certainty', ks.certainty]] as const) {
      for (const text of list ?? []) {
        const hit = spanIn(original, span, text);
        if (!hit) throw new AnswerKeyMismatchError(`Answer key "${key.id}": ${kind} "${text}" not in its sentence`, text);
        markers.push({ ...hit, sentenceIndex: index, kind });
        cues.push({ ...hit, kind, note: kind });
      }
    }
    if (ks.checkWorthy) {
      const anchors: Span[] = [];
      for (const m of span.text.matchAll(NUMBER)) {
        const start = span.start + (m.index ?? 0);
        anchors.push({ start, end: start + m[0].length, text: m[0] });
      }
      for (const a of anchors) cues.push({ ...a, kind: 'number', note: 'check-worthy' });
      const claimSource = ks.claimSource ? spanIn(original, span, ks.claimSource) ?? locate(original, ks.claimSource, 0) : null;
      claims.push({
        sentenceIndex: index,
        anchors,
        source: claimSource ? { start: claimSource.start, end: claimSource.end, text: original.slice(claimSource.start, claimSource.end) } : null,
        sourceKind: claimSource ? ks.claimSourceKind ?? 'named' : 'none',
        // The key says whether a reader needs the missing source; older keys (no field) flag every one.
        ...(claimSource ? {} : { sourceOwed: ks.sourceOwed !== false }),
      });
    }
    cues.sort((a, b) => a.start - b.start);
    sentences.push({
      ...span,
      blockIndex,
      label: ks.label,
      probabilities: oneHot(ks.label),
      subjective: ks.label === 'framing',
      pSubjective: ks.label === 'framing' ? 1 : 0,
      checkWorthy: ks.checkWorthy ?? false,
      cues,
    });
  });

  const voices: Voice[] = [];
  for (const [heard, names] of [[true, key.voices.heard], [false, key.voices.notHeard]] as const) {
    for (const raw of names) {
      const name = cleanVoiceName(raw) || raw;
      const patterns = voiceNameVariants(name).map(wholeWord);
      const mentions: Span[] = [];
      for (const re of patterns) {
        for (const m of original.matchAll(re)) {
          const start = m.index ?? 0;
          if (!mentions.some((x) => x.start < start + m[0].length && start < x.end)) mentions.push({ start, end: start + m[0].length, text: m[0] });
        }
      }
      mentions.sort((a, b) => a.start - b.start);
      const attributionIdx = heard
        ? attributions.flatMap((a, n) => (a.source && patterns.some((re) => new RegExp(re.source, re.flags.replace('g', '')).test(a.source!.text)) ? [n] : []))
        : [];
      voices.push({ name, kind: guessVoiceKind(name), mentions, heard, attributions: attributionIdx });
    }
  }

  markers.sort((a, b) => a.start - b.start);
  return { analyserVersion: keyAnalyserVersion(key), segments, sentences, attributions, loaded, markers, claims, voices };
}

/** Teacher notes by sentence index, in the same order analysisFromAnswerKey assigns. */
export function keyNotes(key: AnswerKey): Map<number, string> {
  const notes = new Map<number, string>();
  key.sentences.forEach((s, i) => {
    if (s.note) notes.set(i, s.note);
  });
  return notes;
}
