/**
 * Checks a hand answer key against its article text: every sentence quoted exactly and in order,
 * every non-blank character of the body covered, spans inside their sentences, the fields each
 * label needs. Used by the sample-library test, the training-corpus test and
 * `npx tsx scripts/validate-keys.ts DIR` (which the people writing keys run while they write).
 * Returns human-readable problems; an empty list means the key is valid.
 */
import type { AnswerKey, KeySentence } from './answer-key';

const LABELS = new Set(['fact', 'attributed', 'framing']);
const SOURCE_KINDS = new Set(['named', 'group', 'vague', 'anonymous', 'pronoun']);

/** Lines of the article that are neither headings nor debris (each listed line consumes one occurrence). */
export function bodyLines(text: string, key: Pick<AnswerKey, 'headings' | 'debris'>): { line: string; start: number }[] {
  const pending = [...key.headings, ...key.debris];
  const out: { line: string; start: number }[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (!line) continue;
    const i = pending.indexOf(line);
    if (i >= 0) {
      pending.splice(i, 1);
      continue;
    }
    out.push({ line: raw, start });
  }
  return out;
}

export function keySpans(s: KeySentence): [string, string][] {
  const spans: [string, string][] = [];
  if (s.source) spans.push(['source', s.source]);
  if (s.cue) spans.push(['cue', s.cue]);
  if (s.claimSource) spans.push(['claimSource', s.claimSource]);
  for (const h of s.hedges ?? []) spans.push(['hedge', h]);
  for (const c of s.certainty ?? []) spans.push(['certainty', c]);
  for (const l of s.loaded ?? []) spans.push(['loaded', l.text]);
  return spans;
}

/**
 * A quotation opened in an earlier sentence and not yet closed when sentence i starts: the middle
 * sentences of a quotation that runs over several ("It isn't. It's the paperwork.") carry no opening
 * quote mark of their own, and are keyed apart as a reader splits them.
 */
export function insideQuote(sentences: readonly Pick<KeySentence, 'text'>[], i: number): boolean {
  return quotationOpenBefore(sentences.slice(0, i))[i] ?? false;
}

/**
 * For each sentence, whether a quotation is still open when it starts (one pass over the key; the
 * last entry is the state after every sentence). Straight quote marks open after a space or at the
 * start and close otherwise; a new opening mark while a quotation is open is the next paragraph of
 * the same quotation (news style), not a close.
 */
export function quotationOpenBefore(sentences: readonly Pick<KeySentence, 'text'>[]): boolean[] {
  const states = [false];
  let open = false;
  // British copy quotes with single marks: an opening ‘ opens; a ’ closes only where it cannot be an
  // apostrophe inside a word or after a plural ("workers’ union"): after punctuation or a letter
  // other than s, and before anything but a letter.
  let single = false;
  for (const { text: t } of sentences) {
    for (let c = 0; c < t.length; c++) {
      const ch = t[c];
      // A straight or single mark opens at the start or after a space, bracket or dash.
      const opensHere = c === 0 || /[\s([—–-]/u.test(t[c - 1]);
      if (ch === '\u201C') open = true;
      else if (ch === '\u201D') open = false;
      else if (ch === '"') open = opensHere;
      else if (ch === '\u2018' && opensHere) single = true;
      else if (ch === '\u2019' && single && !/\p{L}/u.test(t[c + 1] ?? '') && /[.,!?;:…\p{L}]/u.test(t[c - 1] ?? '') && !/s/i.test(t[c - 1] ?? '')) single = false;
    }
    states.push(open || single);
  }
  return states;
}

export function validateKey(key: AnswerKey, text: string): string[] {
  const problems: string[] = [];
  const short = (t: string) => (t.length > 70 ? `${t.slice(0, 70)}…` : t);
  if (!key.sentences?.length) return ['the key has no sentences'];
  if (!Array.isArray(key.headings) || !Array.isArray(key.debris)) problems.push('headings and debris must be arrays');
  if (!key.voices || !Array.isArray(key.voices.heard) || !Array.isArray(key.voices.notHeard)) problems.push('voices.heard and voices.notHeard must be arrays');
  const headings = key.headings ?? [];
  const debris = key.debris ?? [];
  const lines = text.split('\n').map((l) => l.trim());
  for (const h of headings) {
    if (!lines.includes(h)) problems.push(`heading is not a whole line of the article: "${short(h)}"`);
    if (/[.!?]$/.test(h)) problems.push(`heading ends with sentence punctuation: "${short(h)}"`);
  }
  for (const d of debris) if (!lines.includes(d)) problems.push(`debris is not a whole line of the article: "${short(d)}"`);
  const body = bodyLines(text, { headings, debris });
  // A paragraph is a run of body lines with nothing between them (no blank line, heading or debris):
  // a hard-wrapped .txt or .md article has sentences that cross its line breaks.
  const paragraphs: { start: number; end: number }[] = [];
  for (const b of body) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && b.start === last.end + 1) last.end = b.start + b.line.length;
    else paragraphs.push({ start: b.start, end: b.start + b.line.length });
  }
  const covered = new Uint8Array(text.length);
  let cursor = 0;
  const quoteOpen = quotationOpenBefore(key.sentences);
  key.sentences.forEach((s, i) => {
    if (typeof s.text !== 'string' || !s.text) {
      problems.push(`sentence ${i + 1} has no text`);
      return;
    }
    if (s.text !== s.text.trim()) problems.push(`sentence ${i + 1} has leading or trailing spaces`);
    const at = text.indexOf(s.text, cursor);
    if (at < 0) {
      problems.push(`sentence ${i + 1} not found (exactly, after the previous one): "${short(s.text)}"`);
      return;
    }
    const inBody = paragraphs.some((p) => at >= p.start && at + s.text.length <= p.end);
    if (!inBody) problems.push(`sentence ${i + 1} is not inside one body paragraph: "${short(s.text)}"`);
    covered.fill(1, at, at + s.text.length);
    cursor = at + s.text.length;
    if (!LABELS.has(s.label)) problems.push(`sentence ${i + 1} has an invalid label "${s.label}"`);
    for (const [what, span] of keySpans(s)) {
      if (!span) problems.push(`sentence ${i + 1}: empty ${what}`);
      else if (!s.text.includes(span)) problems.push(`sentence ${i + 1}: ${what} "${span}" is not in the sentence`);
    }
    for (const l of s.loaded ?? []) {
      if (l.voice !== undefined && l.voice !== 'writer' && l.voice !== 'source') problems.push(`sentence ${i + 1}: loaded voice must be writer or source`);
      if (l.neutral !== undefined && !l.neutral.trim()) problems.push(`sentence ${i + 1}: empty neutral alternative`);
    }
    if (s.label !== 'attributed') {
      if (s.source !== undefined) problems.push(`sentence ${i + 1} is ${s.label} but has a source`);
    } else {
      if (typeof s.direct !== 'boolean') problems.push(`sentence ${i + 1} (attributed) needs "direct": true/false`);
      if (s.source === undefined) {
        const prev = key.sentences[i - 1];
        const opens = /^["\u201C\u2018]/.test(s.text) || quoteOpen[i];
        // A transcript answer over several sentences ("Kessler: It came on now and then. Nobody logged it."):
        // the later sentences continue the answer keyed with ":" as its cue (LABELLING.md).
        let answer = i - 1;
        while (answer >= 0 && key.sentences[answer].label === 'attributed' && key.sentences[answer].source === undefined && key.sentences[answer].direct === false) answer--;
        const transcript = !s.direct && answer >= 0 && key.sentences[answer].label === 'attributed' && key.sentences[answer].cue === ':';
        const continued = /continu/i.test(s.note ?? '') && prev?.label === 'attributed';
        // A paraphrase carried on without a cue ("He said the line would close in May. Buses would replace
        // trains for six weeks."): reported speech still backshifted to the report before it (LABELLING.md).
        const paraphrase = !s.direct && prev?.direct === false && /\b(?:would|could|might|had)\b/i.test(s.text) && !/["\u201C\u201D\u2018]/.test(s.text);
        if (!(continued && ((s.direct && opens) || transcript || paraphrase))) {
          problems.push(`sentence ${i + 1} (attributed) needs a source and cue, unless it is a quotation continuing the previous attributed sentence (direct: true, starts with a quote mark or inside a quotation still open, note mentions "continued"), a transcript answer continuing one keyed with ":" (direct: false, note mentions "continued") or a paraphrase continuing the previous reported speech (direct: false, no quote marks, backshifted "would/could/might/had", note mentions "continued")`);
        }
      } else {
        if (!SOURCE_KINDS.has(s.sourceKind ?? '')) problems.push(`sentence ${i + 1}: sourceKind must be one of named, group, vague, anonymous, pronoun`);
        if (!s.cue) problems.push(`sentence ${i + 1} (attributed) needs a cue`);
      }
      // (British copy quotes with single marks: an opening ‘ counts; a closing ’ alone is an apostrophe.)
      if (s.direct && !/["\u201C\u201D\u2018]/.test(s.text) && !quoteOpen[i]) problems.push(`sentence ${i + 1} is direct but has no quote marks`);
    }
    if (!s.checkWorthy) {
      if (s.claimSource !== undefined) problems.push(`sentence ${i + 1} has a claimSource but is not checkWorthy`);
    } else if (s.claimSource === null) {
      if (s.claimSourceKind !== 'none') problems.push(`sentence ${i + 1}: claimSource null needs claimSourceKind "none"`);
    } else if (typeof s.claimSource !== 'string') {
      problems.push(`sentence ${i + 1} is checkWorthy: give claimSource (exact words) or null`);
    } else if (!SOURCE_KINDS.has(s.claimSourceKind ?? '')) {
      problems.push(`sentence ${i + 1}: claimSourceKind must be named, group, vague, anonymous or pronoun`);
    }
  });
  for (const b of body) {
    for (let i = 0; i < b.line.length; i++) {
      if (/\s/.test(b.line[i])) continue;
      if (!covered[b.start + i]) {
        problems.push(`unlabelled text (not in any key sentence, heading or debris): "${short(b.line.slice(i))}"`);
        break;
      }
    }
  }
  return problems;
}
