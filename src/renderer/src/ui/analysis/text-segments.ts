/**
 * Cuts a stretch of the original text into pieces at every mark boundary, so marks that
 * overlap (a loaded word inside a source, a hedge across a loaded phrase) each keep
 * their exact extent. Joining the pieces' text gives back the slice exactly.
 */
import type { ArticleAnalysis, LoadedSpan, Span } from '../../../../core/analysis/types';

export type MarkKind = 'loaded' | 'hedge' | 'certainty' | 'intensifier' | 'source' | 'reporting' | 'mention';

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** For loaded words: the lexicon entry (reason, neutral alternatives, voice). */
  loaded?: LoadedSpan;
}

export interface TextPiece {
  start: number;
  end: number;
  text: string;
  /** The marks covering this whole piece. */
  marks: Mark[];
  /** The marks that end with this piece (where a screen-reader label belongs). */
  ending: Mark[];
}

export function splitAtMarks(original: string, start: number, end: number, marks: readonly Mark[]): TextPiece[] {
  const inside = marks.filter((mark) => mark.end > start && mark.start < end && mark.end > mark.start);
  const cuts = new Set<number>([start, end]);
  for (const mark of inside) {
    cuts.add(Math.max(start, mark.start));
    cuts.add(Math.min(end, mark.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    if (to <= from) continue;
    const covering = inside.filter((mark) => mark.start <= from && mark.end >= to);
    pieces.push({
      start: from,
      end: to,
      text: original.slice(from, to),
      marks: covering,
      ending: covering.filter((mark) => Math.min(end, mark.end) === to),
    });
  }
  return pieces;
}

/** Every mark the reader draws, from the analysis (deduplicated), plus any highlighted mentions. */
export function marksFromAnalysis(analysis: ArticleAnalysis, highlight: readonly Span[] = []): Mark[] {
  const seen = new Set<string>();
  const marks: Mark[] = [];
  const add = (mark: Mark) => {
    const id = `${mark.kind}:${mark.start}:${mark.end}`;
    if (seen.has(id) || mark.end <= mark.start) return;
    seen.add(id);
    marks.push(mark);
  };
  for (const loaded of analysis.loaded) add({ kind: 'loaded', start: loaded.start, end: loaded.end, loaded });
  for (const marker of analysis.markers) add({ kind: marker.kind, start: marker.start, end: marker.end });
  for (const attribution of analysis.attributions) {
    if (attribution.source) add({ kind: 'source', start: attribution.source.start, end: attribution.source.end });
    add({ kind: 'reporting', start: attribution.cue.start, end: attribution.cue.end });
  }
  for (const sentence of analysis.sentences) {
    for (const cue of sentence.cues) {
      if (cue.kind === 'source') add({ kind: 'source', start: cue.start, end: cue.end });
      else if (cue.kind === 'reporting-verb') add({ kind: 'reporting', start: cue.start, end: cue.end });
    }
  }
  for (const span of highlight) add({ kind: 'mention', start: span.start, end: span.end });
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}
