/**
 * The backup file format (formatVersion 1) and its strict reader.
 *
 * Why a hand-written format rather than dexie-export-import: a restore never loads
 * rows as they are. It merges them into a live database, matching articles by hash
 * and learners by name and giving every row a new local id, so a raw table dump buys
 * nothing at restore time. A format of our own can be validated field by field before
 * anything is written (a foreign or damaged file must change nothing), is plain JSON a
 * person can inspect, and does not depend on Blob streaming, so the same code runs in
 * Electron, in browser mode and in Node tests.
 *
 * {
 *   "format": "framewise-backup", "formatVersion": 1, "appVersion": "0.1.0",
 *   "exportedAt": "2026-11-28T05:30:00.000Z", "schemaVersion": 2,
 *   "tables": { "articles": [...], "settings": [...], "profiles": [...],
 *               "attempts": [...], "reviewCards": [...], "disputes": [...],
 *               "checkedKeys": [...] }
 * }
 *
 * `checkedKeys` (teachers' checked answer keys, schema version 4) was added without a new
 * formatVersion: an older reader ignores the table it does not know and restores the rest, and
 * this reader reads a file without it as having no keys. Unlike the other tables, a key that is
 * damaged or does not fit its article's text does not refuse the backup: it is dropped and listed
 * in `droppedCheckedKeys` (the restore plan shows it), since losing one teacher's key is no reason
 * to withhold a learner's whole library.
 *
 * `assignments` (teachers' assignments from class packs, schema version 5) was added the same way:
 * an older reader ignores it, this reader reads a file without it as having none. Assignments name
 * their articles by content hash, so they need no relinking; they are read strictly like the
 * other tables (a damaged one means a damaged file).
 *
 * Ids inside the file are the exporting database's ids; they only link rows of the
 * same file to each other.
 */
import { MAX_ARTICLE_CHARS } from '../../../core/import/limits';
import { MAX_SHORT_TEXT_CHARS, removeInvisible, truncateText } from '../../../core/text/short-text';
import type { ArticleFormat, TextBlock } from '../../../core/text/types';
import { checkKeyAgainstText } from '../../../core/samples/check-key';
import type { AnswerKey } from '../../../core/samples/answer-key';
import { MAX_BACKUP_BYTES as MAX_BACKUP_FILE_BYTES } from '../../../shared/ipc-contract';
import { MAX_ASSIGNMENT_ITEMS } from '../../../core/pack/format';
import { SKILLS, type Skill } from '../../../core/practice/types';
import type {
  ArticleRecord,
  AssignmentRecord,
  AttemptRecord,
  DisputeRecord,
  DisputeResolution,
  ProfileRecord,
  ReviewCardRecord,
  SettingRecord,
  StoredFsrsCard,
} from './database';
import { cleanProfileName, MAX_PROFILE_NAME_LENGTH } from './profiles';

export const BACKUP_FORMAT = 'framewise-backup';
export const BACKUP_FORMAT_VERSION = 1;
/**
 * Far above any real library (articles are at most 10 MB each as imported files). The
 * same limit main applies when it saves or opens a backup, so every backup the app
 * saves can be restored.
 */
export const MAX_BACKUP_BYTES = MAX_BACKUP_FILE_BYTES;
/**
 * Longest title, name, file name, id or other short text field a backup may carry: the
 * same bound every store of these fields applies (src/core/text/short-text.ts).
 */
export { MAX_SHORT_TEXT_CHARS };
/** Deepest nesting of a free-form value (answers, settings): real ones are a few levels deep. */
export const MAX_JSON_DEPTH = 64;

export interface BackupTables {
  articles: ArticleRecord[];
  settings: SettingRecord[];
  profiles: ProfileRecord[];
  attempts: AttemptRecord[];
  reviewCards: ReviewCardRecord[];
  disputes: DisputeRecord[];
  checkedKeys: BackupCheckedKey[];
  /** Teachers' assignments, without their local id (absent in files from before them: none). */
  assignments: BackupAssignment[];
}

export type BackupAssignment = Omit<AssignmentRecord, 'id'>;

/**
 * A checked answer key in a backup. `articleId` is the backup's id of its article; there is no
 * hash: a restore binds the key to the restored article's own id and hash, after checking the
 * key against that article's text.
 */
export interface BackupCheckedKey {
  articleId: number;
  key: AnswerKey;
  /** When the teacher checked it (epoch ms): on a merge the later check wins. */
  checkedAt: number;
  savedAt: number;
  teacher?: string;
}

/** Why a key in the backup was left out of the restore. */
export type DroppedKeyReason = 'damaged' | 'no-article' | 'duplicate' | 'does-not-fit' | 'does-not-fit-here';

export interface DroppedCheckedKey {
  /** The backup's article id, when the entry named one. */
  articleId?: number;
  /** The article's title, when the backup has that article. */
  title?: string;
  reason: DroppedKeyReason;
  /** For developers and logs: what exactly is wrong. */
  detail?: string;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  appVersion?: string;
  /** ISO 8601 date-time of the export. */
  exportedAt: string;
  /** Dexie schema version (db.verno) of the exporting database; informational. */
  schemaVersion: number;
  tables: BackupTables;
  /** Keys of the file that were not read (see the top of this file); written to no file. */
  droppedCheckedKeys?: DroppedCheckedKey[];
}

export type BackupErrorCode = 'not-json' | 'not-a-backup' | 'newer-version' | 'too-large' | 'corrupt' | 'plan-outdated';

export const BACKUP_ERROR_MESSAGES: Readonly<Record<BackupErrorCode, string>> = {
  'not-json':
    'This file is not a Framewise backup (it is not readable backup text). Choose the .framewise.json file that Framewise saved. Nothing was changed.',
  'not-a-backup':
    'This file is not a Framewise backup. Choose the .framewise.json file that Framewise saved when you chose “Export backup”. Nothing was changed.',
  'newer-version':
    'This backup was made by a newer version of Framewise. Update Framewise on this computer, then import the backup again. Nothing was changed.',
  'too-large': 'This file is too large to be a Framewise backup. Choose the backup file Framewise saved. Nothing was changed.',
  corrupt:
    'This backup file is damaged or incomplete, so it cannot be restored. Try another copy of the backup (for example the one you saved before). Nothing was changed.',
  'plan-outdated':
    'Your library or progress changed after the backup was checked. Open the backup again to see what it will change. Nothing was changed.',
};

export class BackupError extends Error {
  readonly code: BackupErrorCode;
  /** For developers and logs: where exactly the file is wrong. Not shown to learners. */
  readonly detail?: string;

  constructor(code: BackupErrorCode, detail?: string) {
    super(BACKUP_ERROR_MESSAGES[code]);
    this.name = 'BackupError';
    this.code = code;
    this.detail = detail;
  }
}

export interface ParseBackupOptions {
  maxBytes?: number;
}

/**
 * Reads and validates a backup file. Throws BackupError ('not-json', 'not-a-backup',
 * 'newer-version', 'too-large' or 'corrupt'); never touches the database.
 */
export function parseBackup(input: Uint8Array | ArrayBuffer | string, opts: ParseBackupOptions = {}): Backup {
  const maxBytes = opts.maxBytes ?? MAX_BACKUP_BYTES;
  const text = decodeInput(input, maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // A parser that runs out of stack on absurd nesting read JSON, just damaged JSON.
    if (error instanceof RangeError) throw new BackupError('corrupt', error.message);
    throw new BackupError('not-json', error instanceof Error ? error.message : String(error));
  }
  try {
    return validateBackup(json);
  } catch (error) {
    // Whatever a hostile file provokes, the learner gets the "damaged backup" message.
    if (error instanceof BackupError) throw error;
    throw new BackupError('corrupt', error instanceof Error ? error.message : String(error));
  }
}

function decodeInput(input: Uint8Array | ArrayBuffer | string, maxBytes: number): string {
  if (typeof input === 'string') {
    // UTF-16 length is a lower bound of the UTF-8 size: good enough for a guard.
    if (input.length > maxBytes) throw new BackupError('too-large', `${input.length} characters`);
    return input.replace(/^\uFEFF/u, '');
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength > maxBytes) throw new BackupError('too-large', `${bytes.byteLength} bytes`);
  if (bytes.byteLength === 0) throw new BackupError('not-json', 'empty file');
  try {
    // fatal: random or binary bytes are refused here rather than parsed as mojibake.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new BackupError('not-json', 'not UTF-8 text');
  }
}

export function validateBackup(json: unknown): Backup {
  if (!isPlainObject(json) || json.format !== BACKUP_FORMAT) {
    throw new BackupError('not-a-backup', 'no "format": "framewise-backup" marker');
  }
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError('corrupt', 'formatVersion must be a positive integer');
  }
  if (version > BACKUP_FORMAT_VERSION) throw new BackupError('newer-version', `formatVersion ${version}`);

  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: check(json.exportedAt, 'exportedAt', isoDateTime),
    schemaVersion: check(json.schemaVersion, 'schemaVersion', positiveInt),
    tables: readTables(json.tables),
  };
  if (json.appVersion !== undefined) backup.appVersion = check(json.appVersion, 'appVersion', str);
  checkReferences(backup.tables);
  const keys = readCheckedKeys((json.tables as Record<string, unknown>).checkedKeys, backup.tables.articles);
  backup.tables.checkedKeys = keys.kept;
  if (keys.dropped.length > 0) backup.droppedCheckedKeys = keys.dropped;
  return backup;
}

// ---------------------------------------------------------------------------------
// Field checks. Each record kind has a spec with one entry per field of its record
// type (the mapped types make the compiler flag a field added to database.ts but not
// here), and only those fields are copied, so nothing foreign reaches the database.

type Check<T> = (value: unknown, path: string) => T;
interface Field<T> {
  check: Check<T>;
  optional?: boolean;
}
type Spec<R> = { [K in keyof R]-?: Field<Exclude<R[K], undefined>> };

function fail(path: string, expected: string): never {
  throw new BackupError('corrupt', `${path}: expected ${expected}`);
}

function check<T>(value: unknown, path: string, fn: Check<T>): T {
  return fn(value, path);
}

// Short fields are bounded: a hostile file must not plant a 200 MB "title" the UI would lay out.
const str: Check<string> = (v, p) =>
  typeof v === 'string' && v.length <= MAX_SHORT_TEXT_CHARS ? v : fail(p, `a string of at most ${MAX_SHORT_TEXT_CHARS} characters`);
const nonEmptyStr: Check<string> = (v, p) => (str(v, p).length > 0 ? (v as string) : fail(p, 'a non-empty string'));
/**
 * Text a person reads (titles, bylines, site names, file names, dispute reasons). The app
 * caps these where it stores them; a longer one (written before the caps existed) is
 * shortened rather than refusing the learner's whole backup, and invisible or
 * direction-changing characters are dropped as they are on import.
 */
const displayText: Check<string> = (v, p) => (typeof v === 'string' ? truncateText(removeInvisible(v)) : fail(p, 'a string'));
/** Article text: as long as the largest article an import may produce, no longer. */
const articleText: Check<string> = (v, p) =>
  typeof v === 'string' && v.length <= MAX_ARTICLE_CHARS ? v : fail(p, `a text of at most ${MAX_ARTICLE_CHARS} characters`);
const sha256Hex: Check<string> = (v, p) => (typeof v === 'string' && /^[0-9a-f]{64}$/u.test(v) ? v : fail(p, 'a SHA-256 hex hash'));
const finite: Check<number> = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(p, 'a number'));
const int: Check<number> = (v, p) => (typeof v === 'number' && Number.isInteger(v) ? v : fail(p, 'an integer'));
const nonNegInt: Check<number> = (v, p) => (int(v, p) >= 0 ? (v as number) : fail(p, 'an integer >= 0'));
const positiveInt: Check<number> = (v, p) => (int(v, p) >= 1 ? (v as number) : fail(p, 'an integer >= 1'));
const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'true or false'));
const isoDateTime: Check<string> = (v, p) =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : fail(p, 'an ISO date-time');

function oneOf<T extends string | number>(values: readonly T[]): Check<T> {
  return (v, p) => ((values as readonly unknown[]).includes(v) ? (v as T) : fail(p, `one of ${values.join(', ')}`));
}
function nullable<T>(inner: Check<T>): Check<T | null> {
  return (v, p) => (v === null ? null : inner(v, p));
}
function arrayOf<T>(inner: Check<T>): Check<T[]> {
  return (v, p) => (Array.isArray(v) ? v.map((item, i) => inner(item, `${p}[${i}]`)) : fail(p, 'a list'));
}
/**
 * Any JSON value (answers and setting values are free-form), nested at most MAX_JSON_DEPTH
 * deep: storing a 20,000-deep value overflows the stack of IndexedDB's structured clone.
 * Walked with an explicit stack, so the check itself cannot overflow.
 */
const jsonValue: Check<unknown> = (v, p) => {
  if (v === undefined) fail(p, 'a value');
  const pending: [unknown, number][] = [[v, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) fail(p, `a value nested at most ${MAX_JSON_DEPTH} deep`);
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return v;
};

function record<R>(spec: Spec<R>): Check<R> {
  return (v, p) => {
    if (!isPlainObject(v)) fail(p, 'an object');
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(spec) as [string, Field<unknown>][]) {
      const value = v[key];
      if (value === undefined && field.optional) continue;
      out[key] = field.check(value, `${p}.${key}`);
    }
    return out as R;
  };
}

const ARTICLE_FORMATS: readonly ArticleFormat[] = ['txt', 'md', 'html', 'docx', 'pdf', 'paste', 'sample'];

const textBlock = record<TextBlock>({
  kind: { check: oneOf(['heading', 'paragraph', 'debris'] as const) },
  start: { check: nonNegInt },
  end: { check: nonNegInt },
  text: { check: articleText },
  reason: { check: displayText, optional: true },
});

const articleRecord = record<ArticleRecord>({
  id: { check: positiveInt },
  hash: { check: sha256Hex },
  title: { check: displayText },
  byline: { check: displayText, optional: true },
  siteName: { check: displayText, optional: true },
  publishedAt: { check: str, optional: true },
  format: { check: oneOf(ARTICLE_FORMATS) },
  fileName: { check: displayText },
  encoding: { check: str, optional: true },
  original: { check: articleText },
  blocks: { check: arrayOf(textBlock) },
  wordCount: { check: nonNegInt },
  importedAt: { check: finite },
  updatedAt: { check: finite },
  deletedAt: { check: nullable(finite), optional: true },
  sampleId: { check: str, optional: true },
});

const settingRecord = record<SettingRecord>({
  key: { check: nonEmptyStr },
  value: { check: jsonValue },
});

const profileRecord = record<ProfileRecord>({
  id: { check: positiveInt },
  // The same rule as creating a learner here: a backup cannot plant a name the app itself refuses.
  name: { check: (v, p) => (typeof v === 'string' && isValidProfileName(cleanProfileName(v)) ? v : fail(p, 'a name')) },
  createdAt: { check: finite },
});

const attemptRecord = record<AttemptRecord>({
  id: { check: positiveInt },
  profileId: { check: positiveInt },
  articleId: { check: positiveInt },
  itemId: { check: nonEmptyStr },
  skill: { check: nonEmptyStr },
  // JSON drops an undefined answer, so an absent one is read back as absent.
  answer: { check: jsonValue, optional: true },
  correct: { check: nullable(bool) },
  score: { check: nullable(finite) },
  graded: { check: bool },
  gradedPart: { check: oneOf(['voice'] as const), optional: true },
  timeMs: { check: (v, p) => (finite(v, p) >= 0 ? (v as number) : fail(p, 'a duration >= 0')) },
  at: { check: finite },
  source: { check: oneOf(['key', 'analyser'] as const) },
  keyChangedAt: { check: finite, optional: true },
});

const fsrsCard = record<StoredFsrsCard>({
  due: { check: finite },
  stability: { check: finite },
  difficulty: { check: finite },
  elapsed_days: { check: finite },
  scheduled_days: { check: finite },
  learning_steps: { check: nonNegInt },
  reps: { check: nonNegInt },
  lapses: { check: nonNegInt },
  state: { check: oneOf([0, 1, 2, 3] as const) },
  last_review: { check: finite, optional: true },
});

const reviewCardRecord = record<ReviewCardRecord>({
  profileId: { check: positiveInt },
  itemId: { check: nonEmptyStr },
  articleId: { check: positiveInt },
  skill: { check: nonEmptyStr },
  card: { check: fsrsCard },
  due: { check: finite },
});

const disputeResolution = record<DisputeResolution>({
  status: { check: oneOf(['accepted', 'rejected'] as const) },
  note: { check: displayText, optional: true },
  at: { check: finite },
});

const disputeRecord = record<DisputeRecord>({
  id: { check: positiveInt },
  profileId: { check: positiveInt },
  articleId: { check: positiveInt },
  itemId: { check: nonEmptyStr },
  sentenceStart: { check: nonNegInt },
  sentenceEnd: { check: nonNegInt },
  reason: { check: displayText },
  at: { check: finite },
  keyFingerprint: { check: nonEmptyStr, optional: true },
  resolution: { check: disputeResolution, optional: true },
});

function isValidProfileName(clean: string): boolean {
  return clean.length > 0 && [...clean].length <= MAX_PROFILE_NAME_LENGTH;
}

function readTables(value: unknown): BackupTables {
  if (!isPlainObject(value)) fail('tables', 'an object with the backup tables');
  const tables: BackupTables = {
    articles: arrayOf(articleRecord)(value.articles, 'tables.articles'),
    settings: arrayOf(settingRecord)(value.settings, 'tables.settings'),
    profiles: arrayOf(profileRecord)(value.profiles, 'tables.profiles'),
    attempts: arrayOf(attemptRecord)(value.attempts, 'tables.attempts'),
    reviewCards: arrayOf(reviewCardRecord)(value.reviewCards, 'tables.reviewCards'),
    disputes: arrayOf(disputeRecord)(value.disputes, 'tables.disputes'),
    // Read after the references are checked (readCheckedKeys), against the articles' texts.
    checkedKeys: [],
    assignments: value.assignments === undefined ? [] : arrayOf(assignmentRecord)(value.assignments, 'tables.assignments'),
  };
  // The stored copy of `due` must agree with the card, or the queue would lie.
  tables.reviewCards.forEach((c, i) => {
    if (c.due !== c.card.due) fail(`tables.reviewCards[${i}].due`, 'the same value as card.due');
  });
  return tables;
}

/** Every link inside the file must resolve within the file; ids and hashes are unique. */
function checkReferences(tables: BackupTables): void {
  const articleIds = uniqueIds(tables.articles, 'articles', (a) => a.id);
  uniqueIds(tables.articles, 'articles', (a) => a.hash, 'hash');
  const profileIds = uniqueIds(tables.profiles, 'profiles', (p) => p.id);
  uniqueIds(tables.attempts, 'attempts', (a) => a.id);
  uniqueIds(tables.disputes, 'disputes', (d) => d.id);
  uniqueIds(tables.settings, 'settings', (s) => s.key, 'key');
  uniqueIds(tables.reviewCards, 'reviewCards', (c) => `${c.profileId}\u0000${c.itemId}`, 'profileId+itemId');
  if (tables.profiles.length === 0) fail('tables.profiles', 'at least one learner');

  tables.articles.forEach((article, i) => checkArticleBlocks(article, `tables.articles[${i}]`));
  const linked: [string, { profileId: number; articleId: number }[]][] = [
    ['attempts', tables.attempts],
    ['reviewCards', tables.reviewCards],
    ['disputes', tables.disputes],
  ];
  for (const [name, rows] of linked) {
    rows.forEach((row, i) => {
      if (!profileIds.has(row.profileId)) fail(`tables.${name}[${i}].profileId`, 'a learner in the backup');
      if (!articleIds.has(row.articleId)) fail(`tables.${name}[${i}].articleId`, 'an article in the backup');
    });
  }
  const textLengthById = new Map(tables.articles.map((a) => [a.id, a.original.length]));
  tables.disputes.forEach((d, i) => {
    if (d.sentenceStart > d.sentenceEnd) fail(`tables.disputes[${i}]`, 'sentenceStart <= sentenceEnd');
    // The reader slices the article's text by these offsets too.
    if (d.sentenceEnd > textLengthById.get(d.articleId)!) fail(`tables.disputes[${i}].sentenceEnd`, 'an offset inside the article text');
  });
  for (const setting of tables.settings) {
    if (setting.key === 'activeProfileId') positiveInt(setting.value, 'settings.activeProfileId');
    if (setting.key === 'samplesOffered') arrayOf(str)(setting.value, 'settings.samplesOffered');
  }
}

const skillList: Check<Skill[]> = (v, p) =>
  Array.isArray(v) && v.every((s) => SKILLS.includes(s as Skill)) && new Set(v).size === v.length ? (v as Skill[]) : fail(p, 'distinct practice skills');
const calendarDate: Check<string> = (v, p) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : fail(p, 'a date YYYY-MM-DD');
const assignmentItems: Check<number> = (v, p) => (positiveInt(v, p) <= MAX_ASSIGNMENT_ITEMS ? (v as number) : fail(p, `at most ${MAX_ASSIGNMENT_ITEMS}`));
const hashList: Check<string[]> = (v, p) => {
  const hashes = arrayOf(sha256Hex)(v, p);
  return hashes.length > 0 ? hashes : fail(p, 'at least one article hash');
};

const assignmentRecord = record<BackupAssignment>({
  title: { check: (v, p) => (displayText(v, p).trim() ? displayText(v, p) : fail(p, 'a title')) },
  skills: { check: skillList, optional: true },
  items: { check: assignmentItems, optional: true },
  due: { check: calendarDate, optional: true },
  teacher: { check: displayText, optional: true },
  articleHashes: { check: hashList },
  packCreatedAt: { check: finite },
  importedAt: { check: finite },
});

const checkedKeyFields = record<Omit<BackupCheckedKey, 'key'>>({
  articleId: { check: positiveInt },
  checkedAt: { check: finite },
  savedAt: { check: finite },
  teacher: { check: displayText, optional: true },
});

/**
 * The file's checked keys, each parsed and checked against its article's text exactly as a class
 * pack's key is (checkKeyAgainstText: shape, validateKey, practice can place it). An entry that
 * fails is dropped with its reason; only a `checkedKeys` that is not a list at all makes the file
 * damaged. A backup from before keys (no `checkedKeys`) has none.
 */
function readCheckedKeys(value: unknown, articles: ArticleRecord[]): { kept: BackupCheckedKey[]; dropped: DroppedCheckedKey[] } {
  const kept: BackupCheckedKey[] = [];
  const dropped: DroppedCheckedKey[] = [];
  if (value === undefined) return { kept, dropped };
  if (!Array.isArray(value)) fail('tables.checkedKeys', 'a list');
  const byId = new Map(articles.map((a) => [a.id, a]));
  const seen = new Set<number>();
  value.forEach((entry, i) => {
    const path = `tables.checkedKeys[${i}]`;
    let fields: Omit<BackupCheckedKey, 'key'>;
    try {
      fields = checkedKeyFields(entry, path);
    } catch (error) {
      const articleId = isPlainObject(entry) && typeof entry.articleId === 'number' ? entry.articleId : undefined;
      const title = articleId !== undefined ? byId.get(articleId)?.title : undefined;
      dropped.push({ ...(articleId !== undefined ? { articleId } : {}), ...(title !== undefined ? { title } : {}), reason: 'damaged', detail: errorText(error) });
      return;
    }
    const article = byId.get(fields.articleId);
    if (!article) {
      dropped.push({ articleId: fields.articleId, reason: 'no-article', detail: `${path}.articleId: not an article in the backup` });
      return;
    }
    const about = { articleId: article.id, title: article.title };
    if (seen.has(article.id)) {
      dropped.push({ ...about, reason: 'duplicate', detail: `${path}: a second key for one article` });
      return;
    }
    seen.add(article.id);
    let checked: ReturnType<typeof checkKeyAgainstText>;
    try {
      checked = checkKeyAgainstText((entry as Record<string, unknown>).key, article.original);
    } catch (error) {
      checked = { ok: false, problems: [errorText(error)] };
    }
    if (!checked.ok) {
      dropped.push({ ...about, reason: 'does-not-fit', detail: `${path}.key: ${checked.problems[0] ?? ''}` });
      return;
    }
    kept.push({ ...fields, key: checked.key });
  });
  return { kept, dropped };
}

function errorText(error: unknown): string {
  if (error instanceof BackupError) return error.detail ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The blocks must describe the article's own text: in order, not overlapping, inside
 * the text, each block's words taken from its slice of the text (cleaning only removes
 * whitespace and markup, so every other character of `text` appears in the slice, in
 * order), and at least one block with words outside debris: an article with an empty
 * body is nothing the app could have stored.
 */
function checkArticleBlocks(article: ArticleRecord, path: string): void {
  let previousEnd = 0;
  let hasBody = false;
  article.blocks.forEach((block, j) => {
    const at = `${path}.blocks[${j}]`;
    if (block.start > block.end || block.end > article.original.length) fail(at, 'offsets inside the article text');
    if (block.start < previousEnd) fail(at, 'blocks in text order that do not overlap');
    previousEnd = block.end;
    if (!isDrawnFrom(block.text, article.original, block.start, block.end)) fail(`${at}.text`, 'the text at its offsets');
    if (block.kind !== 'debris' && /\S/u.test(block.text)) hasBody = true;
  });
  if (!hasBody) fail(`${path}.blocks`, 'an article with text');
}

/** Whether every non-whitespace character of `text` occurs in `source[start, end)`, in order (linear). */
function isDrawnFrom(text: string, source: string, start: number, end: number): boolean {
  let k = start;
  for (let t = 0; t < text.length; t++) {
    const ch = text[t];
    if (/\s/u.test(ch)) continue;
    while (k < end && source[k] !== ch) k++;
    if (k >= end) return false;
    k++;
  }
  return true;
}

function uniqueIds<T, K>(rows: T[], table: string, keyOf: (row: T) => K, what = 'id'): Set<K> {
  const seen = new Set<K>();
  rows.forEach((row, i) => {
    const key = keyOf(row);
    if (seen.has(key)) fail(`tables.${table}[${i}].${what}`, `a ${what} not used by another row`);
    seen.add(key);
  });
  return seen;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
