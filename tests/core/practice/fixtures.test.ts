import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../../src/core/analysis/types';
import { seedAnalysis, seedText } from '../../fixtures/practice/seed';
import { wireAnalysis, wireText } from '../../fixtures/practice/wire';

function allSpans(a: ArticleAnalysis) {
  return [
    ...a.sentences,
    ...a.sentences.flatMap((s) => s.cues),
    ...a.loaded,
    ...a.markers,
    ...a.attributions.flatMap((x) => [x.cue, ...(x.source ? [x.source] : [])]),
    ...a.claims.flatMap((c) => [...c.anchors, ...(c.source ? [c.source] : [])]),
    ...a.voices.flatMap((v) => v.mentions),
  ];
}

describe.each([
  ['seed', seedText, seedAnalysis],
  ['wire', wireText, wireAnalysis],
])('%s fixture', (_name, text, analysis) => {
  it('has every span at its offsets in the original text', () => {
    for (const span of allSpans(analysis)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
  it('has probabilities that sum to 1 and labels that are the most probable', () => {
    for (const s of analysis.sentences) {
      const p = s.probabilities;
      expect(p.fact + p.attributed + p.framing).toBeCloseTo(1, 6);
      expect(Math.max(p.fact, p.attributed, p.framing)).toBe(p[s.label]);
    }
  });
});

it('the seed fixture follows the hand labelling: 13 sentences, 4 attributed, 9 framing, no plain fact', () => {
  const labels = seedAnalysis.sentences.map((s) => s.label);
  expect(labels).toHaveLength(13);
  expect(labels.filter((l) => l === 'attributed')).toHaveLength(4);
  expect(labels.filter((l) => l === 'framing')).toHaveLength(9);
  expect(seedAnalysis.segments.filter((g) => g.kind === 'heading')).toHaveLength(3);
  expect(seedAnalysis.segments.filter((g) => g.kind === 'debris')).toHaveLength(2);
});
