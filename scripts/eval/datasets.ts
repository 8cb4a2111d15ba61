/**
 * Readers for the evaluation / training data in ../shared/data. The files are read in
 * place at run time; nothing from the evaluation-only sets (CheckThat!, BABE, ClaimBuster)
 * is ever copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LabelledSentence {
  id: string;
  text: string;
  /** true = SUBJ. */
  subjective: boolean;
}

export interface BabeRow {
  text: string;
  biased: boolean;
  opinion: string;
  biasedWords: string[];
}

export interface ClaimRow {
  id: string;
  text: string;
  checkWorthy: boolean;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The data folder: FRAMEWISE_DATA_DIR, else ../shared/data beside the repository. */
export function dataDir(): string {
  const override = process.env.FRAMEWISE_DATA_DIR;
  if (override && override.trim()) return resolve(override);
  return resolve(repoRoot, '..', 'shared', 'data');
}

export function dataAvailable(dir = dataDir()): boolean {
  return existsSync(join(dir, 'newssd-eng', 'train.csv'));
}

/**
 * RFC 4180-style parser: quoted fields may hold the delimiter, doubled quotes and newlines.
 * Returns rows of raw string cells (the header row included).
 */
export function parseDelimited(input: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let i = 0;
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  while (i < text.length) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.length === 0) {
      inQuotes = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      row.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      row.push(cell);
      cell = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      if (ch === '\r' && text[i + 1] === '\n') i++;
      i++;
      continue;
    }
    cell += ch;
    i++;
  }
  if (cell.length > 0 || row.length > 0) {
    row.push(cell);
    if (row.length > 1 || row[0] !== '') rows.push(row);
  }
  return rows;
}

function withHeader(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, k) => [h.trim(), cells[k] ?? ''])));
}

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export type NewsSdSplit = 'train' | 'val' | 'test';

export function loadNewsSd(split: NewsSdSplit, dir = dataDir()): LabelledSentence[] {
  const rows = withHeader(parseDelimited(readText(join(dir, 'newssd-eng', `${split}.csv`)), ','));
  return rows.map((r, k) => ({
    id: `newssd-${split}-${k}`,
    text: r.Sentence.trim(),
    subjective: r.Label.trim() === 'SUBJ',
  }));
}

/** CheckThat! English subjectivity (evaluation only). The TSV has no quoting convention. */
export function loadCheckThat(split: 'dev' | 'train', dir = dataDir()): LabelledSentence[] {
  const lines = readText(join(dir, 'checkthat-subjectivity-en', `${split}_en.tsv`)).split(/\r?\n/);
  const header = lines[0].split('\t');
  const iText = header.indexOf('sentence');
  const iLabel = header.indexOf('label');
  const iId = header.indexOf('sentence_id');
  const out: LabelledSentence[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const cells = line.split('\t');
    out.push({ id: cells[iId], text: cells[iText].trim(), subjective: cells[iLabel].trim() === 'SUBJ' });
  }
  return out;
}

/** Python-repr list of strings as stored in BABE's biased_words column: ['a', "b's"]. */
export function parsePyList(cell: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cell))) out.push((m[1] ?? m[2]).replace(/\\(.)/g, '$1'));
  return out;
}

export function loadBabe(dir = dataDir()): BabeRow[] {
  const rows = withHeader(parseDelimited(readText(join(dir, 'babe', 'babe_sg2_dev.csv')), ';'));
  return rows
    .filter((r) => r.text && (r.label_bias === 'Biased' || r.label_bias === 'Non-biased'))
    .map((r) => ({
      text: r.text.trim(),
      biased: r.label_bias === 'Biased',
      opinion: r.label_opinion,
      biasedWords: parsePyList(r.biased_words ?? ''),
    }));
}

export function loadClaimBuster(dir = dataDir()): ClaimRow[] {
  const rows = JSON.parse(readText(join(dir, 'claimbuster', 'train.json'))) as {
    sentence_id: number;
    label: number;
    text: string;
  }[];
  return rows.map((r) => ({ id: String(r.sentence_id), text: r.text, checkWorthy: r.label === 1 }));
}

export function seedPaths(dir = dataDir()): { article: string; gold: string } {
  return {
    article: join(dir, 'seed', 'iran-pij-gaza-exchange.txt'),
    gold: join(dir, 'seed', 'seed-gold.md'),
  };
}
