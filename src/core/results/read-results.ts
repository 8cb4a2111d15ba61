/**
 * Reads a results file strictly: size, UTF-8, nesting depth, JSON, the format marker and
 * version, every field, the pack id against its article hashes, the summary and time against
 * the items, and the digest over the whole content. Pure: nothing is stored until it returns.
 */
import { SKILLS, type Skill } from '../practice/types';
import { sha256Hex } from '../text/hash';
import { isJsonObject as isObject, parseJsonFile, type JsonFileRefusal, type JsonObject as Obj } from '../text/json-file';
import { ResultsError, type ResultsErrorCode } from './errors';
import {
  MAX_ANSWER_CHARS,
  MAX_ITEM_ID_CHARS,
  MAX_LEARNER_NAME_CHARS,
  MAX_PACK_TITLE_CHARS,
  MAX_REASON_CHARS,
  MAX_RESULT_ARTICLES,
  MAX_RESULT_DISPUTES,
  MAX_RESULT_ITEMS,
  MAX_RESULTS_BYTES,
  MAX_RESULTS_DEPTH,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  type ClassResults,
  type ResultDispute,
  type ResultItem,
} from './format';
import { packIdOf } from './pack-id';
import { skillSummary, timeSpent } from './summary';

const HEX64 = /^[0-9a-f]{64}$/;

const corrupt = (path: string, expected: string) => new ResultsError('corrupt', `${path}: expected ${expected}`);

function text(value: unknown, path: string, max: number, allowEmpty = false): string {
  if (typeof value !== 'string' || value.length > max || (!allowEmpty && value.trim() === '')) {
    throw corrupt(path, `a${allowEmpty ? '' : ' non-empty'} string of at most ${max} characters`);
  }
  return value;
}

function isoTime(value: unknown, path: string): number {
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw corrupt(path, 'an ISO 8601 date-time');
  return ms;
}

function whole(value: unknown, path: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) throw corrupt(path, `a whole number from ${min}`);
  return value as number;
}

function skillOf(value: unknown, path: string): Skill {
  if (!SKILLS.includes(value as Skill)) throw corrupt(path, SKILLS.join(' | '));
  return value as Skill;
}

// How the shared JSON-file checks' refusals read as a results file's.
const RESULTS_REFUSALS: Record<JsonFileRefusal, ResultsErrorCode> = {
  'too-large': 'oversized',
  'not-utf8': 'foreign',
  'too-deep': 'corrupt',
  'not-json': 'foreign',
};

/** The file's JSON value from its bytes: size, encoding, depth and syntax. */
export function parseResultsBytes(bytes: Uint8Array): unknown {
  return parseJsonFile(bytes, { maxBytes: MAX_RESULTS_BYTES, maxDepth: MAX_RESULTS_DEPTH }, (reason, detail) => new ResultsError(RESULTS_REFUSALS[reason], detail));
}

function itemOf(value: unknown, path: string, articles: number): ResultItem {
  if (!isObject(value)) throw corrupt(path, 'an object');
  const answerJson = value.answer === undefined ? undefined : JSON.stringify(value.answer);
  if (answerJson === undefined || answerJson.length > MAX_ANSWER_CHARS) throw corrupt(`${path}.answer`, `an answer of at most ${MAX_ANSWER_CHARS} characters`);
  const score = value.score;
  if (score !== null && (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 1)) throw corrupt(`${path}.score`, 'null or 0..1');
  if (value.correct !== null && typeof value.correct !== 'boolean') throw corrupt(`${path}.correct`, 'null or a boolean');
  if (typeof value.graded !== 'boolean') throw corrupt(`${path}.graded`, 'a boolean');
  if (value.source !== 'key' && value.source !== 'analyser') throw corrupt(`${path}.source`, 'key | analyser');
  // Only a graded analyser classify item can have been graded on the writer's statement alone.
  if (value.gradedPart !== undefined && (value.gradedPart !== 'voice' || value.skill !== 'classify' || value.source !== 'analyser' || value.graded !== true)) {
    throw corrupt(`${path}.gradedPart`, 'absent, or voice on a graded analyser classify item');
  }
  return {
    article: whole(value.article, `${path}.article`, 0, articles - 1),
    itemId: text(value.itemId, `${path}.itemId`, MAX_ITEM_ID_CHARS),
    skill: skillOf(value.skill, `${path}.skill`),
    answer: JSON.parse(answerJson) as unknown,
    score: score as number | null,
    correct: value.correct as boolean | null,
    graded: value.graded,
    ...(value.gradedPart === 'voice' ? { gradedPart: 'voice' as const } : {}),
    source: value.source,
    timeMs: whole(value.timeMs, `${path}.timeMs`, 0),
    at: isoTime(value.at, `${path}.at`),
  };
}

function disputeOf(value: unknown, path: string, articles: number): ResultDispute {
  if (!isObject(value)) throw corrupt(path, 'an object');
  const sentenceStart = whole(value.sentenceStart, `${path}.sentenceStart`, 0);
  const sentenceEnd = whole(value.sentenceEnd, `${path}.sentenceEnd`, sentenceStart);
  return {
    article: whole(value.article, `${path}.article`, 0, articles - 1),
    itemId: text(value.itemId, `${path}.itemId`, MAX_ITEM_ID_CHARS),
    sentenceStart,
    sentenceEnd,
    reason: text(value.reason, `${path}.reason`, MAX_REASON_CHARS, true),
    at: isoTime(value.at, `${path}.at`),
  };
}

/**
 * The content in its one canonical shape (fixed key order, times as ISO strings), without the
 * digest: the writer writes it and the reader re-derives it from what it validated, so both
 * digest the same string whatever whitespace or key order an editor left in the file.
 */
export function canonicalResults(r: ClassResults): Obj {
  return {
    format: RESULTS_FORMAT,
    version: r.version,
    exportedAt: new Date(r.exportedAt).toISOString(),
    learner: { name: r.learner.name },
    pack: {
      id: r.pack.id,
      createdAt: new Date(r.pack.createdAt).toISOString(),
      ...(r.pack.title !== undefined ? { title: r.pack.title } : {}),
      articleHashes: r.pack.articleHashes,
    },
    items: r.items.map((i) => ({
      article: i.article,
      itemId: i.itemId,
      skill: i.skill,
      answer: i.answer,
      score: i.score,
      correct: i.correct,
      graded: i.graded,
      ...(i.gradedPart ? { gradedPart: i.gradedPart } : {}),
      source: i.source,
      timeMs: i.timeMs,
      at: new Date(i.at).toISOString(),
    })),
    skills: r.skills.map((s) => ({ skill: s.skill, items: s.items, graded: s.graded, score: s.score })),
    timeSpentMs: r.timeSpentMs,
    disputes: r.disputes.map((d) => ({
      article: d.article,
      itemId: d.itemId,
      sentenceStart: d.sentenceStart,
      sentenceEnd: d.sentenceEnd,
      reason: d.reason,
      at: new Date(d.at).toISOString(),
    })),
  };
}

export function resultsDigest(r: ClassResults): Promise<string> {
  return sha256Hex(JSON.stringify(canonicalResults(r)));
}

export interface ReadResultsOptions {
  /** Refuse ('wrong-pack') a file for any other pack: importing into one class. */
  expectPackId?: string;
}

/**
 * Results from a parsed JSON value. Throws ResultsError: 'foreign' (not a results file),
 * 'newer-version', 'corrupt' (a field, the summary, the pack id or the digest does not hold:
 * damaged or edited), 'wrong-pack'.
 */
export async function validateResults(value: unknown, opts: ReadResultsOptions = {}): Promise<ClassResults> {
  if (!isObject(value) || value.format !== RESULTS_FORMAT) throw new ResultsError('foreign', `no "format": "${RESULTS_FORMAT}"`);
  const version = whole(value.version, 'version', 1);
  if (version > RESULTS_VERSION) throw new ResultsError('newer-version', `version ${version} > ${RESULTS_VERSION}`);
  const exportedAt = isoTime(value.exportedAt, 'exportedAt');
  if (!isObject(value.learner)) throw corrupt('learner', 'an object');
  const name = text(value.learner.name, 'learner.name', MAX_LEARNER_NAME_CHARS);
  if (!isObject(value.pack)) throw corrupt('pack', 'an object');
  const p = value.pack;
  if (typeof p.id !== 'string' || !HEX64.test(p.id)) throw corrupt('pack.id', 'a SHA-256 hex digest');
  const hashes = p.articleHashes;
  if (!Array.isArray(hashes) || hashes.length === 0 || hashes.length > MAX_RESULT_ARTICLES || hashes.some((h) => typeof h !== 'string' || !HEX64.test(h))) {
    throw corrupt('pack.articleHashes', `1 to ${MAX_RESULT_ARTICLES} SHA-256 hex digests`);
  }
  const createdAt = isoTime(p.createdAt, 'pack.createdAt');
  if (opts.expectPackId !== undefined && p.id !== opts.expectPackId) throw new ResultsError('wrong-pack', `pack ${p.id} is not ${opts.expectPackId}`);
  const title = p.title === undefined ? undefined : text(p.title, 'pack.title', MAX_PACK_TITLE_CHARS);
  if (!Array.isArray(value.items) || value.items.length > MAX_RESULT_ITEMS) throw corrupt('items', `a list of at most ${MAX_RESULT_ITEMS}`);
  if (!Array.isArray(value.disputes) || value.disputes.length > MAX_RESULT_DISPUTES) throw corrupt('disputes', `a list of at most ${MAX_RESULT_DISPUTES}`);
  const items = value.items.map((v, i) => itemOf(v, `items[${i}]`, hashes.length));
  const disputes = value.disputes.map((v, i) => disputeOf(v, `disputes[${i}]`, hashes.length));
  const results: ClassResults = {
    version,
    exportedAt,
    learner: { name },
    pack: { id: p.id, createdAt, ...(title !== undefined ? { title } : {}), articleHashes: hashes as string[] },
    items,
    skills: skillSummary(items),
    timeSpentMs: timeSpent(items),
    disputes,
  };
  // Compared field by field, so an editor that reorders keys is not taken for an edit.
  const fileSkills = Array.isArray(value.skills)
    ? value.skills.map((s: unknown) => (isObject(s) ? { skill: s.skill, items: s.items, graded: s.graded, score: s.score } : s))
    : value.skills;
  if (JSON.stringify(fileSkills) !== JSON.stringify(canonicalResults(results).skills)) throw corrupt('skills', 'the summary of the items');
  if (value.timeSpentMs !== results.timeSpentMs) throw corrupt('timeSpentMs', 'the sum of the items’ time');
  if ((await packIdOf(createdAt, results.pack.articleHashes)) !== p.id) throw corrupt('pack.id', 'the id of the pack’s date and articles');
  if (value.digest !== (await resultsDigest(results))) throw corrupt('digest', 'the SHA-256 of the content (the file was changed)');
  return results;
}

/** Reads a `.framewise-results` file's bytes; throws ResultsError on any refusal. */
export async function readResults(bytes: Uint8Array, opts: ReadResultsOptions = {}): Promise<ClassResults> {
  return validateResults(parseResultsBytes(bytes), opts);
}
