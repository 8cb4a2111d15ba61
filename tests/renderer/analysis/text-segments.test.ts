import { describe, expect, it } from 'vitest';
import { marksFromAnalysis, splitAtMarks } from '../../../src/renderer/src/ui/analysis/text-segments';
import { analysis, original, S1 } from './fixture';

describe('splitAtMarks', () => {
  const start = original.indexOf(S1);
  const end = start + S1.length;

  it('cuts overlapping spans at every boundary and joins back to the exact slice', () => {
    const pieces = splitAtMarks(original, start, end, marksFromAnalysis(analysis));
    expect(pieces.map((piece) => piece.text).join('')).toBe(original.slice(start, end));

    const kinds = (text: string) =>
      pieces
        .find((piece) => piece.text === text)
        ?.marks.map((mark) => mark.kind)
        .sort();
    // "utterly disgraceful" (loaded) overlaps "disgraceful betrayal" (loaded); "utterly" is also an intensifier.
    expect(kinds('utterly')).toEqual(['intensifier', 'loaded']);
    expect(kinds(' ')).toEqual(['loaded']);
    expect(kinds('disgraceful')).toEqual(['loaded', 'loaded']);
    expect(kinds(' betrayal')).toEqual(['loaded']);
    expect(kinds('Mara Quill')).toEqual(['source']);
    expect(kinds('said')).toEqual(['reporting']);
  });

  it('reports each mark as ending on its last piece only', () => {
    const pieces = splitAtMarks(original, start, end, marksFromAnalysis(analysis));
    const endings = pieces.flatMap((piece) => piece.ending.map((mark) => `${mark.kind}:${piece.text}`));
    expect(endings).toEqual(['intensifier:utterly', 'loaded:disgraceful', 'loaded: betrayal', 'reporting:said', 'source:Mara Quill']);
  });

  it('clips marks that run past the stretch and keeps text without marks whole', () => {
    const pieces = splitAtMarks(original, start + 3, start + 10, [{ kind: 'hedge', start, end: start + 5 }]);
    expect(pieces.map((piece) => [piece.text, piece.marks.length])).toEqual([
      [original.slice(start + 3, start + 5), 1],
      [original.slice(start + 5, start + 10), 0],
    ]);
  });

  it('adds highlighted mentions as marks', () => {
    const mention = analysis.voices[2].mentions;
    const marks = marksFromAnalysis(analysis, mention);
    expect(marks.filter((mark) => mark.kind === 'mention').map((mark) => original.slice(mark.start, mark.end))).toEqual(['council', 'council']);
  });
});
