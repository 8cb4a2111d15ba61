/**
 * The output-equality guard, fast half: the bundled samples' analyses must match the digests
 * stored by `npm run digests -- --write` (taken before the analyser's speed work). The script
 * itself (`npm run digests`) checks the training articles and the bench corpus as well.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/core/analysis';
import { ANALYSER_VERSION } from '../../src/core/analysis/analyser';
import { DIGESTS_PATH, guardedTexts, type DigestFile } from '../../scripts/analysis-digests';
import { digestOf, stableJson } from '../../scripts/lib/analysis-digest';

const stored = JSON.parse(readFileSync(DIGESTS_PATH, 'utf8')) as DigestFile;

describe('analysis digests', () => {
  it('stable JSON does not depend on key order', () => {
    expect(stableJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: 3 } })).toBe('{"a":{"c":3,"d":[2,{"x":0,"y":1}]},"b":1}');
    expect(digestOf({ a: 1, b: 2 })).toBe(digestOf({ b: 2, a: 1 }));
    expect(digestOf({ a: 1 })).not.toBe(digestOf({ a: 1.0000000000000002 }));
  });

  it('were stored for this analyser version and cover every guarded set', () => {
    expect(stored.analyserVersion).toBe(ANALYSER_VERSION);
    const names = Object.keys(stored.digests);
    expect(names.filter((n) => n.startsWith('resources/samples/')).length).toBeGreaterThanOrEqual(10);
    expect(names.filter((n) => n.startsWith('scripts/data/articles/')).length).toBeGreaterThanOrEqual(200);
    expect(names.filter((n) => /^bench\/bench-\d+$/.test(n)).length).toBe(1000);
    expect(names.some((n) => /^bench\/long-\d+-words$/.test(n))).toBe(true);
  });

  it('every sample is analysed exactly as when the digests were taken', () => {
    const analyser = createAnalyser();
    const samples = guardedTexts('samples');
    expect(samples.length).toBeGreaterThanOrEqual(10);
    for (const [name, text] of samples) {
      expect({ name, digest: digestOf(analyser.analyzeArticle(text())) }).toEqual({ name, digest: stored.digests[name] });
    }
  });
});
