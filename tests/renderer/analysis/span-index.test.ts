import { describe, expect, it } from 'vitest';
import { indexSpans, spansOverlapping, type SpanLike } from '../../../src/renderer/src/ui/analysis/span-index';

/** What the reader did before the index: every span tested against the stretch. */
function scan<T extends SpanLike>(spans: readonly T[], start: number, end: number): T[] {
  return spans.filter((span) => span.end > start && span.start < end);
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

describe('spansOverlapping', () => {
  it('finds exactly the spans a full scan finds, in start order, sorted or not, short or long', () => {
    const next = random(7);
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: 200 }, (_, id) => {
        const start = Math.floor(next() * 5_000);
        // Mostly short spans, a few long ones, some empty.
        const length = next() < 0.05 ? Math.floor(next() * 800) : next() < 0.05 ? 0 : Math.floor(next() * 30) + 1;
        return { id, start, end: start + length };
      });
      const index = indexSpans(spans);
      for (let query = 0; query < 40; query++) {
        const start = Math.floor(next() * 5_200) - 100;
        const end = start + Math.floor(next() * 400);
        const expected = scan(spans, start, end).sort((a, b) => a.start - b.start || a.id - b.id);
        expect(spansOverlapping(index, start, end)).toEqual(expected);
      }
    }
  });

  it('keeps the given order of spans that start together (marks are drawn in that order)', () => {
    const spans = [
      { start: 5, end: 9, kind: 'loaded' },
      { start: 5, end: 9, kind: 'mention' },
      { start: 1, end: 3, kind: 'hedge' },
    ];
    expect(spansOverlapping(indexSpans(spans), 0, 10).map((span) => span.kind)).toEqual(['hedge', 'loaded', 'mention']);
  });

  it('leaves out spans that only touch the stretch', () => {
    const index = indexSpans([
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ]);
    expect(spansOverlapping(index, 10, 20)).toEqual([]);
    expect(spansOverlapping(index, 9, 21)).toHaveLength(2);
  });
});
