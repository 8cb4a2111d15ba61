/**
 * npm run --silent label -- --sentences FILE.tsv
 * npm run --silent label -- --article FILE...
 *
 * The labelling CLI (a stable contract, see src/core/analysis/README.md). Writes JSON lines to stdout; on
 * bad input writes one line to stderr and exits non-zero without writing partial results.
 * Files are read as UTF-8. Article offsets index the decoded JavaScript string exactly: a leading
 * byte-order mark is kept as U+FEFF at offset 0 (it is whitespace, so no sentence starts there).
 * TSV files: a leading BOM is ignored for the header; fields may be quoted ("a ""b""" style).
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createAnalyser, type Analyser } from '../src/core/analysis/index';

class UsageError extends Error {}

const USAGE = 'usage: label --sentences FILE.tsv | --article FILE...';

export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      i++;
      continue;
    }
    if (c === '\t') {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c;
    atFieldStart = false;
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function readText(file: string): string {
  if (!existsSync(file)) throw new UsageError(`file not found: ${file}`);
  if (!statSync(file).isFile()) throw new UsageError(`not a file: ${file}`);
  return readFileSync(file, 'utf8');
}

const span = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, text: s.text });
const round = (p: number) => Math.round(p * 10000) / 10000;

function labelSentences(file: string, analyser: () => Analyser): string[] {
  const raw = readText(file).replace(/^\uFEFF/, '');
  const rows = parseTsv(raw);
  if (!rows.length) throw new UsageError(`${file}: empty file (expected a header row with columns id and text)`);
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const idCol = header.indexOf('id');
  const textCol = header.indexOf('text');
  if (idCol < 0 || textCol < 0) throw new UsageError(`${file}: header must have columns "id" and "text" (found: ${rows[0].join(', ')})`);
  if (rows.length < 2) throw new UsageError(`${file}: no rows after the header`);
  rows.slice(1).forEach((r, k) => {
    if (!(r[textCol] ?? '').trim()) throw new UsageError(`${file}: row ${k + 2} has empty text`);
  });
  const a = analyser();
  return rows.slice(1).map((r) => {
    const text = r[textCol];
    const s = a.analyzeSentence(text);
    const first = s.attributions.find((x) => x.source) ?? s.attributions[0];
    return JSON.stringify({
      id: r[idCol] ?? '',
      label: s.label,
      subjective: s.subjective,
      p_subjective: round(s.pSubjective),
      loaded: s.loaded.map(span),
      hedges: s.markers.filter((m) => m.kind === 'hedge').map(span),
      check_worthy: s.checkWorthy,
      source: first?.source?.text ?? null,
      cue: first?.cue.text ?? null,
    });
  });
}

function labelArticle(file: string, a: Analyser): string {
  const text = readText(file);
  if (!text.trim()) throw new UsageError(`${file}: empty text`);
  const r = a.analyzeArticle(text);
  return JSON.stringify({
    sentences: r.sentences.map((s) => ({
      start: s.start,
      end: s.end,
      label: s.label,
      subjective: s.subjective,
      p_subjective: round(s.pSubjective),
      check_worthy: s.checkWorthy,
    })),
    loaded: r.loaded.map(span),
    hedges: r.markers.filter((m) => m.kind === 'hedge').map(span),
    attributions: r.attributions.map((x) => ({
      source: x.source ? span(x.source) : null,
      cue: span(x.cue),
      content: x.content ? { start: x.content.start, end: x.content.end } : null,
    })),
  });
}

export function run(argv: string[]): string[] {
  let analyser: Analyser | null = null;
  const get = (): Analyser => (analyser ??= createAnalyser());
  if (argv[0] === '--sentences') {
    if (argv.length !== 2) throw new UsageError(`--sentences takes exactly one file. ${USAGE}`);
    return labelSentences(argv[1], get);
  }
  if (argv[0] === '--article') {
    const files = argv.slice(1);
    if (!files.length) throw new UsageError(`--article needs at least one file. ${USAGE}`);
    for (const f of files) readText(f); // fail before any output
    return files.map((f) => labelArticle(f, get()));
  }
  throw new UsageError(argv.length ? `unknown option ${argv[0]}. ${USAGE}` : USAGE);
}

function main(): void {
  // A closed pipe (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  try {
    const lines = run(process.argv.slice(2).filter((x) => x !== '--'));
    const chunk = 2000;
    for (let i = 0; i < lines.length; i += chunk) process.stdout.write(lines.slice(i, i + chunk).join('\n') + '\n');
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`label: ${msg.split('\n')[0]}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  }
}

main();
