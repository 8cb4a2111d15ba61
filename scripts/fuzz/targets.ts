/**
 * The fuzz targets: for each importer that runs in Node (txt, md, html through jsdom's
 * DOMParser and Readability, docx through mammoth, pdf through pdf.js's legacy build)
 * and for the backup reader, a seeded generator of hostile inputs and a runner that
 * classifies each outcome.
 *
 * Generation uses fast-check (a well-kept property-testing library) only as a seeded
 * source of structured random values (`fc.sample`): the runner wants counts over many
 * inputs, not the first failure, so properties and shrinking are not used.
 *
 * Outcomes: 'ok' (imported, and the article keeps its invariants), 'refused' (an
 * ImportError / BackupError: the documented refusals), 'invalid' (imported but broken:
 * blocks that do not slice the text, NUL in the text, a hash that is not the text's) and
 * 'crash' (any other exception). Cases slower than HANG_MS are counted as hangs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ImportError } from '../../src/core/import/errors';
import { hashDocument } from '../../src/core/text/hash';
import type { ImportedArticle } from '../../src/core/text/types';
import { applyRestore, BackupError, exportBackup, parseBackup, planRestore } from '../../src/renderer/src/db/backup';
import { openDatabase } from '../../src/renderer/src/db/database';
import { addArticle, getArticle } from '../../src/renderer/src/db/articles';
import { addDispute } from '../../src/renderer/src/db/progress';
import { importFile, type ImportDeps } from '../../src/renderer/src/import/import-file';
import type { PdfjsLike } from '../../src/renderer/src/import/import-pdf';
import { buildDocx, docxParagraphXml, xmlEscape } from '../../tests/fixtures/docx-builder';
import { pdfWithStream } from '../../tests/fixtures/pdf-builder';

export const HANG_MS = 5_000;

export type Outcome = 'ok' | 'refused' | 'invalid' | 'crash';

export interface FuzzCase {
  name: string;
  data: Uint8Array;
}

export interface Target {
  name: string;
  /** Loads libraries before timing starts, so the first case is not charged for them. */
  prepare(): Promise<void>;
  /** Seeded inputs: the same seed and count always give the same cases. */
  generate(seed: number, count: number): FuzzCase[];
  run(input: FuzzCase): Promise<{ outcome: Outcome; detail?: string }>;
}

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

// ---------------------------------------------------------------------------------
// Generators

const WORDS = ['The', 'council', 'said', 'on', 'Tuesday', 'that', 'costs', 'rose', 'by', '14%', 'Advertisement', 'Share', 'By Jane Roe', 'Published 2 April 2024', '“quoted”', 'Reporting by'];
/** Pieces that have broken text cleaners before: markup openers, odd separators, controls. */
const HOSTILE = ['#', '######', ' ', '   ', '\t', '\n', '\n\n', '\r', '\r\n', '\u2028', '\u2029', '*', '**', '_', '__', '`', '```', '~~', '[', ']', '(', ')', '![', '<', '>', '<!--', '-->', '\\', '---', '===', '> ', '- ', '1. ', '\u0000', '\u202e', '\u200b', '\ufeff', '\ud800', 'é', '😀', '&amp;'];

const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** A token repeated up to thousands of times: long runs are what make patterns backtrack. */
const run = fc.tuple(token, fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 20_000 }) }));

const textDocument = fc.array(run, { minLength: 1, maxLength: 200 }).map((runs) => runs.map(([t, n]) => t.repeat(n)).join(''));

/** Random bytes, or a valid file with a few bytes flipped, cut short or repeated. */
function mutated(base: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .array(fc.tuple(fc.nat({ max: Math.max(0, base.length - 1) }), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'cut', 'dup', 'zero')), {
      minLength: 1,
      maxLength: 8,
    })
    .map((edits) => {
      let bytes = base.slice();
      for (const [at, value, kind] of edits) {
        if (kind === 'flip' && at < bytes.length) bytes[at] = value;
        else if (kind === 'cut') bytes = bytes.slice(0, Math.max(0, Math.min(at, bytes.length)));
        else if (kind === 'zero' && at < bytes.length) bytes.fill(0, at, Math.min(bytes.length, at + value));
        else if (kind === 'dup' && bytes.length < 2_000_000 && at < bytes.length) {
          const piece = bytes.slice(at, at + value);
          const out = new Uint8Array(bytes.length + piece.length);
          out.set(bytes.subarray(0, at));
          out.set(piece, at);
          out.set(bytes.subarray(at), at + piece.length);
          bytes = out;
        }
      }
      return bytes;
    });
}

const HTML_TAGS = ['p', 'div', 'span', 'article', 'h1', 'h2', 'ul', 'li', 'table', 'tr', 'td', 'br', 'script', 'style', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'template', 'iframe', 'svg', 'math', 'title', 'textarea', 'a', 'img', 'nav', 'footer', 'aside', 'figure', 'figcaption', 'blockquote', 'pre'];
const ATTRIBUTES = ['', ' hidden', ' style="display:none"', ' onerror="globalThis.__pwned=1"', ' src="x"', ' srcdoc="<script>globalThis.__pwned=1</script>"', ' class="ad"', ' aria-hidden="true"'];
const htmlPiece = fc.oneof(
  fc.tuple(fc.constantFrom(...HTML_TAGS), fc.constantFrom(...ATTRIBUTES)).map(([t, a]) => `<${t}${a}>`),
  fc.constantFrom(...HTML_TAGS).map((t) => `</${t}>`),
  textDocument.map((t) => t.slice(0, 400)),
  fc.constant('<script>globalThis.__pwned = 1</script>'),
  fc.constant('<meta name="author" content="<b>x</b>">'),
);
const htmlDocument = fc
  .tuple(fc.array(htmlPiece, { maxLength: 300 }), fc.nat({ max: 3_000 }), fc.constantFrom('div', 'table', 'ul', 'span'))
  .map(([pieces, depth, nest]) => {
    const article = '<p>The council voted on Tuesday to close the old library on Mill Street, citing the cost of heating it.</p>';
    return `<!doctype html><html><head><title>${pieces.slice(0, 3).join('')}</title></head><body><article>${article}${pieces.join('')}${`<${nest}>`.repeat(depth)}x</article></body></html>`;
  });

const docxBody = fc
  .tuple(fc.array(textDocument.map((t) => t.slice(0, 300)), { maxLength: 40 }), fc.nat({ max: 3_000 }), fc.boolean())
  .map(([paragraphs, depth, raw]) => {
    const base = docxParagraphXml('The council voted on Tuesday to close the old library on Mill Street, citing costs.');
    const body = paragraphs.map((p) => (raw ? `<w:p><w:r><w:t>${xmlEscape(p)}</w:t></w:r>` : docxParagraphXml(p))).join('');
    const nested = depth > 0 ? '<w:tbl><w:tr><w:tc>'.repeat(depth) + `${docxParagraphXml('x')}</w:tc></w:tr></w:tbl>`.repeat(depth) : '';
    return base + body + nested;
  });

/** A content stream of text operators at random positions: many baselines, odd strings, huge runs. */
const pdfContent = fc
  .array(fc.tuple(fc.integer({ min: -100, max: 900 }), fc.integer({ min: -100, max: 900 }), textDocument.map((t) => t.slice(0, 120))), { maxLength: 400 })
  .map((ops) =>
    encode(
      ops
        .map(([x, y, t]) => `BT /F1 ${1 + (Math.abs(x) % 30)} Tf ${x} ${y} Td (${t.replace(/[()\\\r\n]/g, ' ')}) Tj ET`)
        .join('\n'),
    ),
  );

function sample<T>(arb: fc.Arbitrary<T>, seed: number, count: number): T[] {
  return count > 0 ? fc.sample(arb, { seed, numRuns: count }) : [];
}

// ---------------------------------------------------------------------------------
// Runners

let htmlParser: ((html: string) => Document) | undefined;
async function jsdomParser(): Promise<(html: string) => Document> {
  if (!htmlParser) {
    const { JSDOM } = (await import('jsdom')) as unknown as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
    const parser = new (new JSDOM('').window.DOMParser)();
    htmlParser = (html) => parser.parseFromString(html, 'text/html');
  }
  return htmlParser;
}
const loadPdfjs = async (): Promise<PdfjsLike> => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;

async function deps(): Promise<ImportDeps> {
  return { parseHtml: await jsdomParser(), loadPdfjs };
}

/** What every stored article must satisfy. Returns the broken rule, if any. */
export async function articleProblem(article: ImportedArticle): Promise<string | undefined> {
  const { original, blocks } = article.document;
  if (original.includes('\u0000')) return 'NUL in the text';
  let previousEnd = 0;
  for (const block of blocks) {
    if (block.start < previousEnd || block.end < block.start || block.end > original.length) return 'blocks out of order or outside the text';
    previousEnd = block.end;
  }
  if (!blocks.some((b) => b.kind !== 'debris')) return 'no article text';
  if ((await hashDocument(article.document)) !== article.hash) return 'hash is not the text’s';
  for (const value of [article.title, article.byline, article.siteName]) {
    if (value !== undefined && (value.length > 2_000 || /[\u0000\u202a-\u202e\u200b]/.test(value))) return 'metadata not cleaned';
  }
  if (article.format === 'html' && /<\/?(script|img|iframe|svg)\b/i.test(original)) return 'markup in the text';
  return undefined;
}

async function runImport(input: FuzzCase): Promise<{ outcome: Outcome; detail?: string }> {
  try {
    const article = await importFile(input, await deps());
    const problem = await articleProblem(article);
    return problem ? { outcome: 'invalid', detail: problem } : { outcome: 'ok' };
  } catch (error) {
    if (error instanceof ImportError) return { outcome: 'refused', detail: error.code };
    return { outcome: 'crash', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

function importTarget(name: string, fileName: string, arb: (seed: number) => fc.Arbitrary<Uint8Array>): Target {
  return {
    name,
    prepare: async () => {
      await deps();
      await loadPdfjs();
    },
    generate: (seed, count) => sample(arb(seed), seed, count).map((data, i) => ({ name: fileName.replace('#', String(i)), data })),
    run: runImport,
  };
}

// A valid backup to mutate, built once.
let validBackup: string | undefined;
async function backupText(): Promise<string> {
  if (validBackup) return validBackup;
  const db = openDatabase(`fuzz-source-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const text = 'The council voted on Tuesday to close the old library.\n\nCampaigners said they would appeal the decision.';
  const { importText } = await import('../../src/renderer/src/import/import-text');
  const stored = await addArticle(db, await importText(text, 'a.txt', 'txt'));
  const [profile] = await db.profiles.toArray();
  await addDispute(db, { profileId: profile.id, articleId: stored.id, itemId: 'i:1', sentenceStart: 0, sentenceEnd: 10, reason: 'why', at: 1 });
  validBackup = new TextDecoder().decode(await exportBackup(db));
  db.close();
  return validBackup;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const jsonLeaf = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string({ maxLength: 30 }), fc.constant('x'.repeat(5_000)), fc.constant(-1), fc.constant(''));

/** Structural damage to a parsed backup: replace, delete or deepen a value at a random path. */
const backupEdit = fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.constantFrom('replace', 'delete', 'deepen', 'swap-hash'), jsonLeaf, fc.nat({ max: 30_000 }));

function editJson(root: Json, [path, kind, leaf, depth]: [number[], string, Json, number]): Json {
  let parent: Json = root;
  let key: string | number | undefined;
  for (const step of path) {
    const holder: Json = key === undefined ? parent : (parent as Record<string, Json>)[key as string];
    if (holder === null || typeof holder !== 'object') break;
    const keys = Object.keys(holder);
    if (keys.length === 0) break;
    parent = holder;
    key = Array.isArray(holder) ? step % holder.length : keys[step % keys.length];
  }
  if (key === undefined || parent === null || typeof parent !== 'object') return root;
  const obj = parent as Record<string, Json>;
  if (kind === 'delete') delete obj[key as string];
  else if (kind === 'deepen') {
    let deep: Json = leaf;
    for (let i = 0; i < depth; i++) deep = [deep];
    obj[key as string] = deep;
  } else if (kind === 'swap-hash') obj[key as string] = 'a'.repeat(64);
  else obj[key as string] = leaf;
  return root;
}

function serializeDeep(value: Json): string {
  try {
    return JSON.stringify(value);
  } catch {
    // Too deep for JSON.stringify itself: write the nesting as text.
    return '{"format":"framewise-backup","formatVersion":1,"x":' + '['.repeat(30_000) + ']'.repeat(30_000) + '}';
  }
}

const backupTarget: Target = {
  name: 'backup',
  prepare: async () => {
    await backupText();
  },
  generate(seed, count) {
    // Generation needs the valid backup, which is built asynchronously: run() rebuilds lazily.
    return sample(fc.tuple(fc.array(backupEdit, { minLength: 0, maxLength: 4 }), fc.boolean()), seed, count).map((edits, i) => ({
      name: `backup-${i}.framewise.json`,
      data: encode(JSON.stringify(edits)),
    }));
  },
  async run(input) {
    const [edits, raw] = JSON.parse(new TextDecoder().decode(input.data)) as [[number[], string, Json, number][], boolean];
    const base = await backupText();
    let text: string;
    if (raw) {
      // Byte-level damage to the JSON text.
      const bytes = encode(base);
      for (const [path, , , n] of edits) bytes[(path[0] ?? 0) % bytes.length] = n % 256;
      text = new TextDecoder().decode(bytes);
    } else {
      text = serializeDeep(edits.reduce<Json>((json, edit) => editJson(json, edit), JSON.parse(base) as Json));
    }
    const db = openDatabase(`fuzz-target-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    try {
      const backup = parseBackup(text);
      const plan = await planRestore(db, backup);
      await applyRestore(db, backup, plan, { mode: 'replace' });
      for (const summary of await db.articles.toArray()) {
        const article = (await getArticle(db, summary.id!))!;
        const problem = await articleProblem({ ...article, document: { original: article.original, blocks: article.blocks } });
        if (problem) return { outcome: 'invalid', detail: problem };
      }
      return { outcome: 'ok' };
    } catch (error) {
      if (error instanceof BackupError) return { outcome: 'refused', detail: error.code };
      return { outcome: 'crash', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    } finally {
      db.close();
    }
  },
};

export const TARGETS: Target[] = [
  importTarget('txt', 'fuzz-#.txt', () => fc.oneof(textDocument.map(encode), mutated(fixture('utf8-bom.txt')), fc.uint8Array({ maxLength: 4_000 }))),
  importTarget('md', 'fuzz-#.md', () => fc.oneof(textDocument.map(encode), mutated(fixture('article.md')))),
  importTarget('html', 'fuzz-#.html', () => fc.oneof(htmlDocument.map(encode), mutated(fixture('news-page.html')), mutated(fixture('hostile.html')))),
  importTarget('docx', 'fuzz-#.docx', () => fc.oneof(docxBody.map((body) => buildDocx(body)), mutated(fixture('article.docx')))),
  importTarget('pdf', 'fuzz-#.pdf', () =>
    fc.oneof(
      mutated(fixture('article.pdf')),
      mutated(fixture('scanned.pdf')),
      mutated(fixture('encrypted.pdf')),
      pdfContent.map((content) => pdfWithStream(content, ' /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>')),
    ),
  ),
  backupTarget,
];

export interface TargetReport {
  target: string;
  cases: number;
  ok: number;
  refused: number;
  invalid: number;
  crashes: number;
  hangs: number;
  slowestMs: number;
  largestInputBytes: number;
  /** Resident memory when this target started, libraries loaded (MB). */
  startRssMb: number;
  /** Peak resident memory of the process while this target ran (MB). */
  peakRssMb: number;
  /** Largest growth of resident memory over one case (MB). */
  maxGrowthMb: number;
  /** Cases whose memory grew by more than 10 × their input + 200 MB. */
  memoryOverruns: number;
  /**
   * Promise rejections nobody handled while this target ran (pdf.js rejects some internal
   * promises after a damaged file was already refused). In the app they are logged by the
   * worker and change nothing; here they are counted instead of ending the run.
   */
  unhandledRejections: number;
  examples: string[];
}

/** Runs `count` seeded cases of one target and counts the outcomes. */
export async function runTarget(
  target: Target,
  seed: number,
  count: number,
  log?: (line: string) => void,
  onCase?: (input: FuzzCase) => void,
): Promise<TargetReport> {
  await target.prepare();
  const inputs = target.generate(seed, count);
  const startRssMb = Math.round(process.memoryUsage().rss / (1024 * 1024));
  const report: TargetReport = { target: target.name, cases: 0, ok: 0, refused: 0, invalid: 0, crashes: 0, hangs: 0, slowestMs: 0, largestInputBytes: 0, startRssMb, peakRssMb: startRssMb, maxGrowthMb: 0, memoryOverruns: 0, unhandledRejections: 0, examples: [] };
  let currentCase = '';
  const onUnhandled = (reason: unknown): void => {
    report.unhandledRejections++;
    if (report.examples.length < 10) report.examples.push(`unhandled rejection after ${currentCase}: ${String(reason)}`);
  };
  process.on('unhandledRejection', onUnhandled);
  const gc = (globalThis as { gc?: () => void }).gc;
  let afterGc = 0;
  for (const input of inputs) {
    currentCase = input.name;
    onCase?.(input);
    // With --expose-gc (npm run fuzz), garbage of earlier cases is not charged to this one.
    // A full collection costs up to a second with jsdom and pdf.js loaded: only when it pays.
    if (gc && process.memoryUsage().rss - afterGc > 64 * 1024 * 1024) {
      gc();
      afterGc = process.memoryUsage().rss;
    }
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const result = await target.run(input);
    const ms = performance.now() - started;
    const rss = process.memoryUsage().rss;
    report.cases++;
    report.largestInputBytes = Math.max(report.largestInputBytes, input.data.byteLength);
    report.slowestMs = Math.max(report.slowestMs, ms);
    report.peakRssMb = Math.max(report.peakRssMb, rss / (1024 * 1024));
    const growthMb = (rss - rssBefore) / (1024 * 1024);
    report.maxGrowthMb = Math.max(report.maxGrowthMb, growthMb);
    if (growthMb > (10 * input.data.byteLength) / (1024 * 1024) + 200) {
      report.memoryOverruns++;
      report.examples.push(`memory +${Math.round(growthMb)} MB: ${input.name}`);
    }
    if (ms > HANG_MS) {
      report.hangs++;
      report.examples.push(`hang ${Math.round(ms)} ms: ${input.name}`);
      log?.(`  ${target.name}: hang of ${Math.round(ms)} ms on ${input.name}`);
    }
    if (result.outcome === 'ok') report.ok++;
    else if (result.outcome === 'refused') report.refused++;
    else if (result.outcome === 'invalid') report.invalid++;
    else report.crashes++;
    if ((result.outcome === 'crash' || result.outcome === 'invalid') && report.examples.length < 10) {
      report.examples.push(`${result.outcome} ${input.name}: ${result.detail}`);
      log?.(`  ${target.name}: ${result.outcome} on ${input.name}: ${result.detail}`);
    }
  }
  // Rejections of the last case surface after a turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 50));
  process.off('unhandledRejection', onUnhandled);
  report.peakRssMb = Math.round(report.peakRssMb);
  report.maxGrowthMb = Math.round(report.maxGrowthMb);
  report.slowestMs = Math.round(report.slowestMs);
  return report;
}
