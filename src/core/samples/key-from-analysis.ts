/**
 * The analyser's judgement of an article written as an answer key (the samples' format), so the
 * key editor can start from it and show what a teacher changed. Pure: the article text and its
 * analysis in, a key out. The result is the machine's best guess, not necessarily a valid key
 * (e.g. an attributed sentence whose speaker the analyser did not find): the editor validates it
 * with validateKey and shows the problems for the teacher to fix.
 */
import type { ArticleAnalysis, Segment, SourceKind } from '../analysis/types';
import type { AnswerKey, KeySentence } from './answer-key';

/** The note the key format asks of a quotation continued from the previous sentence (validateKey looks for "continu"). */
export const CONTINUED_NOTE = 'Continues the quotation of the previous sentence.';

const SOURCE_KINDS: readonly SourceKind[] = ['named', 'group', 'vague', 'anonymous', 'pronoun'];

export interface KeyMeta {
  id: string;
  title: string;
}

/** Whole trimmed lines of a segment (headings and debris are listed by line in a key). */
function segmentLines(original: string, segment: Segment): string[] {
  return original
    .slice(segment.start, segment.end)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function isSourceKind(value: unknown): value is SourceKind {
  return SOURCE_KINDS.includes(value as SourceKind);
}

export function keyFromAnalysis(original: string, analysis: ArticleAnalysis, meta: KeyMeta): AnswerKey {
  const sentences: KeySentence[] = analysis.sentences.map((s, index) => {
    const text = original.slice(s.start, s.end).trim();
    const out: KeySentence = { text, label: s.label };
    if (s.label === 'attributed') {
      const attribution = analysis.attributions.find((a) => a.sentenceIndex === index);
      out.direct = attribution?.direct ?? /["\u201C]/.test(text);
      if (attribution?.source && text.includes(attribution.source.text)) {
        out.source = attribution.source.text;
        out.sourceKind = isSourceKind(attribution.sourceKind) ? attribution.sourceKind : 'named';
        if (attribution.resolvedSource) out.resolvedSource = attribution.resolvedSource.text;
      }
      if (attribution && text.includes(attribution.cue.text)) out.cue = attribution.cue.text;
      // A quotation going on from the previous attributed sentence has no speaker of its own;
      // the key format says so with a note (docs/LABELLING.md), which the teacher can reword.
      const previous = analysis.sentences[index - 1];
      if (!out.source && /^["\u201C]/.test(text) && previous?.label === 'attributed') {
        out.direct = true;
        out.note = CONTINUED_NOTE;
      }
    }
    const loaded = analysis.loaded
      .filter((l) => l.sentenceIndex === index && text.includes(l.text))
      .map((l) => ({ text: l.text, ...(l.neutral[0] ? { neutral: l.neutral[0] } : {}), voice: l.voice }));
    if (loaded.length) out.loaded = loaded;
    const markers = analysis.markers.filter((m) => m.sentenceIndex === index && text.includes(m.text));
    const hedges = markers.filter((m) => m.kind === 'hedge').map((m) => m.text);
    const certainty = markers.filter((m) => m.kind === 'certainty').map((m) => m.text);
    if (hedges.length) out.hedges = hedges;
    if (certainty.length) out.certainty = certainty;
    const claim = analysis.claims.find((c) => c.sentenceIndex === index);
    if (s.checkWorthy || claim) {
      out.checkWorthy = true;
      // A key's claim source is words of the sentence itself; one given elsewhere counts as none here.
      if (claim?.source && text.includes(claim.source.text) && isSourceKind(claim.sourceKind)) {
        out.claimSource = claim.source.text;
        out.claimSourceKind = claim.sourceKind;
      } else {
        out.claimSource = null;
        out.claimSourceKind = 'none';
        if (claim?.sourceOwed !== undefined) out.sourceOwed = claim.sourceOwed;
      }
    }
    return out;
  });
  return {
    id: meta.id,
    title: meta.title,
    kind: 'feature',
    file: `${meta.id}.txt`,
    practiceMaterial: true,
    sentences,
    headings: analysis.segments.filter((g) => g.kind === 'heading').flatMap((g) => segmentLines(original, g)),
    debris: debrisLines(original, analysis.segments),
    voices: {
      heard: unique(analysis.voices.filter((v) => v.heard).map((v) => v.name)),
      notHeard: unique(analysis.voices.filter((v) => !v.heard && v.kind !== 'place' && v.mentions.length > 0).map((v) => v.name)),
    },
  };
}

/**
 * The debris lines in text order: the analyser's debris segments, and any line it left out of
 * every segment (a "###" end mark), which a key must list or it is unlabelled text.
 */
function debrisLines(original: string, segments: readonly Segment[]): string[] {
  const found: { at: number; line: string }[] = [];
  for (const g of segments.filter((segment) => segment.kind === 'debris')) {
    let from = g.start;
    for (const line of segmentLines(original, g)) {
      const at = original.indexOf(line, from);
      from = at + line.length;
      found.push({ at, line });
    }
  }
  let offset = 0;
  for (const raw of original.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (line && !segments.some((g) => g.start < start + raw.length && g.end > start)) found.push({ at: start, line });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.line);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
