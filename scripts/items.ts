/**
 * npm run --silent items -- FILE...
 *
 * Practice items for each file, exactly as the app makes them for an imported article with no
 * hand key: the same importer (format detection, decoding, Readability for saved pages, mammoth
 * for .docx, pdf.js for .pdf), the same cleaning, the same analyser and the same generators.
 * One JSON object per line per item (a stable contract, README "items"):
 *   {"file","id","skill","graded","confidence","sentence":{"start","end"}|null,"question","choices":[…],"expected"}
 * plus "gradedOn":"voice" and "voiceConfidence" on classify items graded on the writer's voice alone.
 * Offsets index the article's original text; for .txt and .md files that is the file decoded as
 * Node's UTF-8 decoder reads it (a leading byte-order mark counts as offset 0, as in `label`).
 * A file that cannot be imported: one line on stderr naming it and why; the other files go on;
 * exit code 1 if any file failed, 2 on usage errors.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { createAnalyser, type Analyser } from '../src/core/analysis/index';
import { ImportError } from '../src/core/import/errors';
import { formatMessage } from '../src/core/practice/messages';
import { generateItems } from '../src/core/practice/generate';
import type { PracticeItem, Token } from '../src/core/practice/types';
import { importFile } from '../src/renderer/src/import/import-file';
import type { PdfjsLike } from '../src/renderer/src/import/import-pdf';
import type { TextBlock } from '../src/core/text/types';
import type { ArticleAnalysis } from '../src/core/analysis/types';

export interface ItemLine {
  file: string;
  id: string;
  skill: PracticeItem['skill'];
  graded: boolean;
  confidence: number;
  sentence: { start: number; end: number } | null;
  question: string;
  choices: string[];
  expected: unknown;
  /**
   * Classify items graded on the writer's own voice alone (`graded` is false: `expected` itself is not
   * marked; any answer but "attributed" is right) and the calibrated probability that the sentence is
   * not attributed.
   */
  gradedOn?: 'voice';
  voiceConfidence?: number;
}

/** jsdom as the inert HTML parser (scripts never run: runScripts is not enabled). */
const parseHtml = (html: string): Document => new JSDOM(html).window.document as unknown as Document;
const loadPdfjs = async (): Promise<PdfjsLike> => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;

const round = (x: number): number => Math.round(x * 10000) / 10000;
const tokenTexts = (tokens: Token[]): string[] => tokens.map((t) => t.text);

/** The `expected` field of one item, in the shape the README documents for its skill. */
export function expectedOf(item: PracticeItem, shift = 0): unknown {
  const sp = <T extends { start: number; end: number }>(s: T) => ({ start: s.start + shift, end: s.end + shift });
  switch (item.skill) {
    case 'classify':
      return item.key.label;
    case 'loaded-words':
      return item.key.spans.map((s) => ({ ...sp(s), text: s.text }));
    case 'who-says': {
      if (item.key.kind === 'writer') return { speaker: 'writer', start: null, end: null };
      if (item.key.kind === 'none') return { speaker: 'none', start: null, end: null };
      const label = item.choices.find((c) => c.id === item.key.choiceId)?.label ?? item.key.source?.text ?? '';
      return { speaker: label, ...(item.key.source ? sp(item.key.source) : { start: null, end: null }) };
    }
    case 'hedge-certainty':
      return item.key.markers.map((m) => ({ ...sp(m), text: m.text, kind: m.kind }));
    case 'source-check':
      return { kind: item.key.kind, ...(item.key.source ? sp(item.key.source) : { start: null, end: null }) };
    case 'neutral-rewrite': {
      const text = item.choices.find((c) => c.id === item.key.choiceId)?.label ?? '';
      return { text, changes: item.key.replacements.map((r) => ({ ...sp(r), from: r.from, to: r.to })) };
    }
    case 'missing-voices': {
      const label = (id: string) => item.choices.find((c) => c.id === id)?.label ?? id;
      return { notHeard: item.key.notHeard.map(label), heard: item.key.heard.map(label) };
    }
  }
}

function choicesOf(item: PracticeItem): string[] {
  switch (item.skill) {
    case 'classify':
      return item.choices.slice();
    case 'loaded-words':
    case 'hedge-certainty':
      return tokenTexts(item.tokens);
    case 'source-check':
      return item.choices.slice();
    default:
      return item.choices.map((c) => c.label);
  }
}

export function itemLine(file: string, item: PracticeItem, shift = 0): ItemLine {
  const voiceOnly = item.skill === 'classify' ? item.voiceOnly : undefined;
  return {
    file,
    id: item.itemId,
    skill: item.skill,
    graded: item.graded && !voiceOnly,
    confidence: round(item.confidence),
    sentence: item.sentence ? { start: item.sentence.start + shift, end: item.sentence.end + shift } : null,
    question: formatMessage(item.prompt),
    choices: choicesOf(item),
    expected: expectedOf(item, shift),
    ...(voiceOnly ? { gradedOn: 'voice' as const, voiceConfidence: round(voiceOnly.confidence) } : {}),
  };
}

/** Imports one file as the app does and returns its items (no hand key), with the offset shift for a BOM. */
export async function itemsForFile(
  path: string,
  analyser: Analyser,
): Promise<{ items: PracticeItem[]; shift: number; original: string; blocks: TextBlock[]; analysis: ArticleAnalysis }> {
  const data = new Uint8Array(readFileSync(path));
  const article = await importFile({ name: path, data }, { parseHtml, loadPdfjs });
  const { original, blocks } = article.document;
  const analysis = analyser.analyzeArticle(original, blocks);
  const items = generateItems({ id: null, hash: article.hash, original }, analysis, null);
  // Keep offsets in the same coordinates as `label`: the file decoded as UTF-8 with its BOM.
  const asUtf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
  const shift = asUtf8.charCodeAt(0) === 0xfeff && asUtf8.slice(1) === original ? 1 : 0;
  return { items, shift, original, blocks, analysis };
}

async function main(): Promise<void> {
  const files = process.argv.slice(2).filter((a) => a !== '--');
  if (!files.length) {
    process.stderr.write('usage: items FILE...\n');
    process.exit(2);
  }
  for (const f of files) {
    if (!existsSync(f)) {
      process.stderr.write(`items: ${f}: no such file\n`);
      process.exit(2);
    }
  }
  const analyser = createAnalyser();
  let failed = false;
  for (const f of files) {
    try {
      const { items, shift } = await itemsForFile(f, analyser);
      const out = items.map((item) => JSON.stringify(itemLine(f, item, shift))).join('\n');
      if (out) process.stdout.write(out + '\n');
    } catch (error) {
      failed = true;
      const why = error instanceof ImportError ? `${error.code}: ${error.message}` : (error as Error).message;
      process.stderr.write(`items: ${f}: ${why}\n`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
