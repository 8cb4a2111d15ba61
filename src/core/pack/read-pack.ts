/**
 * Reads a class pack strictly: size first, then UTF-8, nesting depth, JSON, the format marker
 * and version, every field's type, then each article's two SHA-256 digests and each key against
 * its text. It is pure (no storage): a refused file has changed nothing because nothing has been
 * written yet; the caller writes only a pack this returned.
 */
import { MAX_ARTICLE_CHARS } from '../import/limits';
import { SKILLS, type Skill } from '../practice/types';
import { checkKeyAgainstText } from '../samples/check-key';
import { hashableText, sha256Hex } from '../text/hash';
import { isJsonObject as isObject, parseJsonFile, type JsonFileRefusal, type JsonObject as Obj } from '../text/json-file';
import type { ArticleFormat, BlockKind, ImportedArticle, TextBlock } from '../text/types';
import { countWords } from '../text/words';
import { PackError, type PackErrorCode } from './errors';
import {
  ARTICLE_FORMATS,
  MAX_ASSIGNMENT_ITEMS,
  MAX_NAME_CHARS,
  MAX_PACK_ARTICLES,
  MAX_PACK_BYTES,
  MAX_PACK_DEPTH,
  MAX_TITLE_CHARS,
  PACK_FORMAT,
  PACK_VERSION,
  type ClassPack,
  type PackArticle,
  type PackAssignment,
} from './format';

const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'debris'];
const HEX64 = /^[0-9a-f]{64}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const bad = (path: string, expected: string): PackError => new PackError('bad-field', `${path}: expected ${expected}`);

function text(value: unknown, path: string, max: number, required = true): string {
  if (typeof value !== 'string' || value.length > max || (required && value.trim() === '')) {
    throw bad(path, `${required ? 'a non-empty' : 'a'} string of at most ${max} characters`);
  }
  return value;
}

function optText(value: unknown, path: string, max: number): string | undefined {
  return value === undefined ? undefined : text(value, path, max, false);
}

function isoTime(value: unknown, path: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw bad(path, 'an ISO 8601 date-time');
  return ms;
}

// How the shared JSON-file checks' refusals read as a pack's.
const PACK_REFUSALS: Record<JsonFileRefusal, PackErrorCode> = {
  'too-large': 'too-large',
  'not-utf8': 'not-a-pack',
  'too-deep': 'too-deep',
  'not-json': 'not-a-pack',
};

/** The pack's JSON value from its bytes: size, encoding, depth and syntax. */
export function parsePackBytes(bytes: Uint8Array): unknown {
  return parseJsonFile(bytes, { maxBytes: MAX_PACK_BYTES, maxDepth: MAX_PACK_DEPTH }, (reason, detail) => new PackError(PACK_REFUSALS[reason], detail));
}

function blocksOf(value: unknown, path: string, length: number): TextBlock[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > length + 1) throw bad(path, 'a non-empty list of blocks');
  let previousEnd = 0;
  return value.map((b, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(b)) throw bad(at, 'an object');
    if (!BLOCK_KINDS.includes(b.kind as BlockKind)) throw bad(`${at}.kind`, BLOCK_KINDS.join(' | '));
    const { start, end } = b;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < previousEnd || (end as number) < (start as number) || (end as number) > length) {
      throw bad(`${at}.start/end`, 'offsets in order inside the text');
    }
    previousEnd = end as number;
    const block: TextBlock = { kind: b.kind as BlockKind, start: start as number, end: end as number, text: text(b.text, `${at}.text`, MAX_ARTICLE_CHARS, false) };
    const reason = optText(b.reason, `${at}.reason`, MAX_NAME_CHARS);
    if (reason !== undefined) block.reason = reason;
    return block;
  });
}

/** Fields of one article entry, typed; digests and key are checked afterwards. */
function articleEntry(value: unknown, path: string): { entry: Obj; article: ImportedArticle } {
  if (!isObject(value)) throw bad(path, 'an object');
  if (typeof value.hash !== 'string' || !HEX64.test(value.hash)) throw bad(`${path}.hash`, 'a SHA-256 hex digest');
  if (typeof value.textSha256 !== 'string' || !HEX64.test(value.textSha256)) throw bad(`${path}.textSha256`, 'a SHA-256 hex digest');
  const original = text(value.text, `${path}.text`, MAX_ARTICLE_CHARS);
  if (!ARTICLE_FORMATS.includes(value.format as ArticleFormat)) throw bad(`${path}.format`, ARTICLE_FORMATS.join(' | '));
  const document = { original, blocks: blocksOf(value.blocks, `${path}.blocks`, original.length) };
  const article: ImportedArticle = {
    title: text(value.title, `${path}.title`, MAX_TITLE_CHARS),
    format: value.format as ArticleFormat,
    fileName: text(value.fileName, `${path}.fileName`, MAX_NAME_CHARS),
    document,
    hash: value.hash,
    wordCount: countWords(hashableText(document)),
  };
  const byline = optText(value.byline, `${path}.byline`, MAX_TITLE_CHARS);
  if (byline !== undefined) article.byline = byline;
  const siteName = optText(value.siteName, `${path}.siteName`, MAX_TITLE_CHARS);
  if (siteName !== undefined) article.siteName = siteName;
  const publishedAt = optText(value.publishedAt, `${path}.publishedAt`, MAX_NAME_CHARS);
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  return { entry: value, article };
}

function assignmentOf(value: unknown): PackAssignment | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw bad('assignment', 'an object');
  const assignment: PackAssignment = { title: text(value.title, 'assignment.title', MAX_TITLE_CHARS) };
  if (value.skills !== undefined) {
    if (!Array.isArray(value.skills) || value.skills.some((s) => !SKILLS.includes(s as Skill)) || new Set(value.skills).size !== value.skills.length) {
      throw bad('assignment.skills', `distinct skills among ${SKILLS.join(', ')}`);
    }
    assignment.skills = value.skills as Skill[];
  }
  if (value.items !== undefined) {
    if (!Number.isInteger(value.items) || (value.items as number) < 1 || (value.items as number) > MAX_ASSIGNMENT_ITEMS) {
      throw bad('assignment.items', `a whole number from 1 to ${MAX_ASSIGNMENT_ITEMS}`);
    }
    assignment.items = value.items as number;
  }
  if (value.due !== undefined) {
    const m = typeof value.due === 'string' ? DATE.exec(value.due) : null;
    const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
    if (!m || !date || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) throw bad('assignment.due', 'a date YYYY-MM-DD');
    assignment.due = value.due as string;
  }
  const teacher = optText(value.teacher, 'assignment.teacher', MAX_NAME_CHARS);
  if (teacher !== undefined) assignment.teacher = teacher;
  return assignment;
}

/**
 * A class pack from a parsed JSON value. Throws PackError: 'not-a-pack' (foreign JSON),
 * 'newer-version', 'bad-field', 'hash-mismatch' (either digest of an article), 'key-mismatch'.
 */
export async function validatePack(value: unknown): Promise<ClassPack> {
  if (!isObject(value) || value.format !== PACK_FORMAT) throw new PackError('not-a-pack', 'no "format": "framewise-pack"');
  if (!Number.isInteger(value.version) || (value.version as number) < 1) throw bad('version', 'a whole number');
  if ((value.version as number) > PACK_VERSION) throw new PackError('newer-version', `version ${String(value.version)} > ${PACK_VERSION}`);
  const createdAt = isoTime(value.createdAt, 'createdAt');
  if (!Array.isArray(value.articles) || value.articles.length === 0 || value.articles.length > MAX_PACK_ARTICLES) {
    throw bad('articles', `a list of 1 to ${MAX_PACK_ARTICLES} articles`);
  }
  const entries = value.articles.map((a, i) => articleEntry(a, `articles[${i}]`));
  const assignment = assignmentOf(value.assignment);
  // Keys' shapes before any hashing, so a bad field is reported as one whatever the order.
  const seen = new Set<string>();
  const articles: PackArticle[] = [];
  for (const [i, { entry, article }] of entries.entries()) {
    const path = `articles[${i}]`;
    if (seen.has(article.hash)) throw bad(`${path}.hash`, 'each article once');
    seen.add(article.hash);
    if (entry.key !== undefined && (!isObject(entry.key) || !isObject(entry.key.answerKey))) throw bad(`${path}.key`, 'an object with answerKey and checkedAt');
    const checkedAt = entry.key === undefined ? 0 : isoTime((entry.key as Obj).checkedAt, `${path}.key.checkedAt`);
    if ((await sha256Hex(article.document.original)) !== entry.textSha256) throw new PackError('hash-mismatch', `${path}.text`);
    if ((await sha256Hex(hashableText(article.document))) !== article.hash) throw new PackError('hash-mismatch', `${path}.hash`);
    const packArticle: PackArticle = { article };
    if (entry.key !== undefined) {
      const check = checkKeyAgainstText((entry.key as Obj).answerKey, article.document.original);
      if (!check.ok) throw new PackError('key-mismatch', `${path}.key: ${check.problems[0]}`);
      packArticle.key = { answerKey: check.key, checkedAt };
    }
    articles.push(packArticle);
  }
  const pack: ClassPack = { version: value.version as number, createdAt, articles };
  if (assignment) pack.assignment = assignment;
  return pack;
}

/** Reads a `.framewise-pack` file's bytes; throws PackError on any refusal. */
export async function readPack(bytes: Uint8Array): Promise<ClassPack> {
  return validatePack(parsePackBytes(bytes));
}
