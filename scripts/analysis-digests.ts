/**
 * npm run digests            check: analyse every guarded text and compare with the stored digests
 * npm run digests -- --write  (re)write tests/fixtures/analysis-digests.json from the current analyser
 *
 * The output-equality guard for speed work on src/core/analysis: a SHA-256 of the stable JSON of
 * the whole ArticleAnalysis (scripts/lib/analysis-digest.ts) for each bundled sample
 * (resources/samples/*.txt), each training article (scripts/data/articles/**\/*.txt), each article of
 * the bench corpus (scripts/bench/corpus.ts, 1,000 articles) and the bench's 80,000-word long
 * document. Only --write after a change that is MEANT to change the analysis (and say so in the
 * commit); a pure speed-up must pass the check unchanged. The unit test
 * tests/scripts/analysis-digests.test.ts recomputes the samples only, to stay fast.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../src/core/analysis/index';
import { ANALYSER_VERSION } from '../src/core/analysis/analyser';
import { generateCorpus, longDocument } from './bench/corpus';
import { digestOf } from './lib/analysis-digest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIGESTS_PATH = join(root, 'tests', 'fixtures', 'analysis-digests.json');

export interface DigestFile {
  command: string;
  analyserVersion: string;
  digests: Record<string, string>;
}

function txtFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...txtFiles(p));
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}

/** Every guarded text, by a stable name. */
export function guardedTexts(which: 'samples' | 'all' = 'all'): [string, () => string][] {
  const files = which === 'samples'
    ? txtFiles(join(root, 'resources', 'samples'))
    : [...txtFiles(join(root, 'resources', 'samples')), ...txtFiles(join(root, 'scripts', 'data', 'articles'))];
  const out: [string, () => string][] = files.map((f) => [relative(root, f).split('\\').join('/'), () => readFileSync(f, 'utf8')]);
  if (which === 'all') {
    const corpus = generateCorpus(1000);
    for (const a of corpus) out.push([`bench/${a.id}`, () => a.text]);
    const long = longDocument(corpus);
    out.push([`bench/long-${long.words}-words`, () => long.text]);
  }
  return out;
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const analyser = createAnalyser();
  const digests: Record<string, string> = {};
  const t0 = performance.now();
  for (const [name, text] of guardedTexts('all')) digests[name] = digestOf(analyser.analyzeArticle(text()));
  const seconds = (performance.now() - t0) / 1000;
  if (write) {
    const file: DigestFile = { command: 'npm run digests -- --write', analyserVersion: ANALYSER_VERSION, digests };
    writeFileSync(DIGESTS_PATH, JSON.stringify(file, null, 1) + '\n');
    console.log(`wrote ${Object.keys(digests).length} digests to ${relative(root, DIGESTS_PATH)} (${seconds.toFixed(1)} s)`);
    return;
  }
  const stored = JSON.parse(readFileSync(DIGESTS_PATH, 'utf8')) as DigestFile;
  const names = new Set([...Object.keys(stored.digests), ...Object.keys(digests)]);
  const differ = [...names].filter((n) => stored.digests[n] !== digests[n]);
  if (differ.length) {
    console.error(`${differ.length} of ${names.size} analyses differ from the stored digests:`);
    for (const n of differ.slice(0, 20)) console.error(`  ${n}`);
    process.exit(1);
  }
  console.log(`all ${names.size} analyses identical to the stored digests (${seconds.toFixed(1)} s)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error((err as Error).stack ?? err);
    process.exit(1);
  });
}
