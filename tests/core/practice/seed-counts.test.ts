import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { countItems, SKILLS } from '../../../src/core/practice';
import { seedItems, seedKeyItems } from './helpers';

function table(title: string, counts: ReturnType<typeof countItems>): string {
  const rows = SKILLS.map((s) => `  ${s.padEnd(16)} ${String(counts[s].total).padStart(3)} total ${String(counts[s].graded).padStart(3)} graded`);
  const total = SKILLS.reduce((n, s) => n + counts[s].total, 0);
  const graded = SKILLS.reduce((n, s) => n + counts[s].graded, 0);
  return [title, ...rows, `  ${'all'.padEnd(16)} ${String(total).padStart(3)} total ${String(graded).padStart(3)} graded`].join('\n');
}

it('the seed article yields items of every type (printed for the issue note)', () => {
  const keyed = countItems(seedKeyItems());
  const analysed = countItems(seedItems());
  console.log(table('Seed article, hand answer key:', keyed));
  console.log(table('Seed article, analyser-like fixture (fixture-analyser-1):', analysed));
  expect(keyed).toEqual({
    classify: { total: 13, graded: 13 },
    'loaded-words': { total: 10, graded: 10 },
    'who-says': { total: 6, graded: 6 },
    'hedge-certainty': { total: 3, graded: 3 },
    'source-check': { total: 2, graded: 2 },
    'neutral-rewrite': { total: 6, graded: 6 },
    'missing-voices': { total: 1, graded: 1 },
  });
  expect(analysed).toEqual({
    classify: { total: 13, graded: 11 },
    'loaded-words': { total: 10, graded: 7 },
    'who-says': { total: 6, graded: 5 },
    'hedge-certainty': { total: 3, graded: 3 },
    'source-check': { total: 2, graded: 2 },
    'neutral-rewrite': { total: 6, graded: 4 },
    'missing-voices': { total: 1, graded: 0 },
  });
});

it('the practice core imports no DOM, React, Dexie or Electron code', () => {
  const root = fileURLToPath(new URL('../../../src/core/practice', import.meta.url));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  walk(root);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) expect(spec, `${file} imports ${spec}`).toMatch(/^(\.|ts-fsrs$)/);
    expect(source).not.toMatch(/\b(document|window|localStorage|indexedDB)\./);
  }
});
