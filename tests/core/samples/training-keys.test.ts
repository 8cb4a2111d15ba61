import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateKey } from '../../../src/core/samples/validate-key';
import { loadKeyedArticles } from '../../../scripts/train-labeller';

const root = process.cwd();

const sets: [string, string, number][] = [
  ['training articles', join(root, 'scripts', 'data', 'articles'), 280],
  ['held-out articles', join(root, 'tests', 'heldout', 'articles'), 12],
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((n): [string, string, number] => [`held-out set ${n}`, join(root, 'tests', `heldout-${n}`, 'articles'), 12]),
];

describe.each(sets)('%s', (_name, dir, atLeast) => {
  const articles = loadKeyedArticles(dir);
  it(`has at least ${atLeast} keyed articles of at least ten kinds`, () => {
    expect(articles.length).toBeGreaterThanOrEqual(atLeast);
    expect(new Set(articles.map((a) => a.kind)).size).toBeGreaterThanOrEqual(10);
  });
  it('keys every article validly (exact sentences, full coverage, spans inside sentences)', () => {
    for (const a of articles) expect(validateKey(a.key, a.text), a.id).toEqual([]);
  });
});

it('the NewsSD-ENG re-labelling covers train and val only, one label per row', () => {
  const lines = readFileSync(join(root, 'scripts', 'data', 'newssd-eng-3label.tsv'), 'utf8').trim().split('\n');
  expect(lines[0].split('\t').slice(0, 3)).toEqual(['split', 'row', 'label']);
  const rows = lines.slice(1).map((l) => l.split('\t'));
  expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['train', 'val']));
  expect(new Set(rows.map((r) => `${r[0]}:${r[1]}`)).size).toBe(rows.length);
  for (const r of rows) expect(['fact', 'attributed', 'framing']).toContain(r[2]);
});
