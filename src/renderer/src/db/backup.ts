/**
 * One backup file with the library and every learner's progress: export, a dry-run
 * plan of what a restore would change, and the restore itself (merge, or replace when
 * the learner explicitly confirms it).
 *
 * What is exported: live articles only. Articles in "recently deleted" are left out,
 * and so are attempts, review cards and disputes on them (they would be purged with
 * the article anyway); restoring a backup never brings back something the learner
 * deleted. All settings and all learners are included.
 *
 * Merge rules (never overwrite newer local data silently):
 * - articles are matched by content hash; an article already here is kept as it is, also when
 *   its title differs (listed as conflicting); one that is only in "recently deleted" here is
 *   brought back from it (the learner restores a backup to get its articles back, and a deleted
 *   article is otherwise lost 30 days later);
 * - learners are matched by name (case and spacing ignored); unknown names are added;
 * - attempts and disputes are the same when learner, item and time match; only new ones are added;
 * - for each learner and item, the review card reviewed most recently wins; a local card
 *   at least as recent as the backup's is kept;
 * - a teacher's checked key is bound to the restored article's id and hash; of a key here and one
 *   in the backup, the later `checkedAt` wins; a key that does not fit this library's copy of the
 *   text (same hash, other raw text) is dropped and listed, as are keys the reader dropped;
 * - settings already set here are kept; keys only the backup has are added; the lists of
 *   samples already offered are united.
 */
import type {
  ArticleRecord,
  AssignmentRecord,
  AttemptRecord,
  CheckedKeyRecord,
  DisputeRecord,
  FramewiseDB,
  ProfileRecord,
  ReviewCardRecord,
  SettingRecord,
} from './database';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  type Backup,
  type BackupAssignment,
  type BackupCheckedKey,
  type BackupTables,
  type DroppedCheckedKey,
} from './backup-format';
import { checkKeyAgainstText } from '../../../core/samples/check-key';
import { hashDocument } from '../../../core/text/hash';
import { profileNameKey, cleanProfileName } from './profiles';
import { lastReview } from './progress';

export * from './backup-format';

export interface ExportBackupOptions {
  appVersion?: string;
  /** Clock override, for tests. */
  now?: Date;
}

export type TableCounts = Record<keyof BackupTables, number>;

export interface ArticleRef {
  /** The backup's id for the article. */
  backupId: number;
  title: string;
}

export interface ConflictingArticle extends ArticleRef {
  localId: number;
  localTitle: string;
  /** Why the local copy differs; the local copy is kept as it is. */
  reason: 'different-details';
}

export interface RestoredArticle extends ArticleRef {
  /** The id of the copy in "recently deleted" here, which the merge brings back. */
  localId: number;
}

export interface ProfileRestorePlan {
  /** The learner's name as shown (the local spelling for a learner already here). */
  name: string;
  status: 'new' | 'existing';
  attempts: { new: number; present: number };
  reviewCards: { new: number; replaced: number; keptLocalNewer: number; same: number };
  disputes: { new: number; present: number };
}

/** What a restore would change, for the UI to show before anything is written. */
export interface RestorePlan {
  backup: { exportedAt: string; appVersion?: string; schemaVersion: number; counts: TableCounts };
  /** What is stored here now: everything a 'replace' restore would remove. */
  local: TableCounts;
  /** restored: only in "recently deleted" here; a merge takes them out of it. */
  articles: { new: ArticleRef[]; present: ArticleRef[]; conflicting: ConflictingArticle[]; restored: RestoredArticle[] };
  profiles: { new: string[]; existing: string[] };
  perProfile: ProfileRestorePlan[];
  attempts: { new: number; present: number };
  /** new: no local card; replaced: an older local card gives way; keptLocalNewer: the local card is more recent. */
  reviewCards: { new: number; replaced: number; keptLocalNewer: number; same: number };
  disputes: { new: number; present: number };
  /**
   * Teachers' checked keys. new: the article here has none; replaced: the backup's was checked later;
   * keptLocalNewer: the one here was checked later; same: checked at the same time. dropped: keys
   * left out, each with its reason (damaged, or not fitting the article's text).
   */
  checkedKeys: { new: number; replaced: number; keptLocalNewer: number; same: number; dropped: DroppedCheckedKey[] };
  /**
   * Teachers' assignments, matched by title and pack date (as a pack import does). new: not here;
   * updated: the backup's was imported later; kept: the one here is as recent or more.
   */
  assignments: { new: number; updated: number; kept: number };
  settings: { added: string[]; merged: string[]; kept: string[] };
  /**
   * Set when a merge makes the backup's active learner the active one here: only when the
   * learner active here has no progress at all (e.g. a fresh install's default learner), so
   * restoring onto a new computer lands on the restored progress instead of an empty learner.
   */
  activeLearner?: { from: string; to: string };
  /** False when a merge would write nothing (e.g. the same backup imported twice). */
  hasChanges: boolean;
  /** Identifies the database state the plan was made against (see applyRestore). */
  fingerprint: string;
}

export type RestoreMode = 'merge' | 'replace';

export interface RestoreSummary {
  mode: RestoreMode;
  articlesAdded: number;
  /** Articles brought back from "recently deleted". */
  articlesRestored: number;
  profilesAdded: number;
  attemptsAdded: number;
  reviewCardsAdded: number;
  reviewCardsReplaced: number;
  reviewCardsKept: number;
  disputesAdded: number;
  /** Checked keys written (new, or replacing an earlier check). */
  checkedKeysSaved: number;
  checkedKeysDropped: number;
  /** Assignments added or updated. */
  assignmentsSaved: number;
  settingsChanged: number;
  /** The learner made active by a merge (see RestorePlan.activeLearner). */
  activeLearner?: string;
  /** For 'replace': what was removed before loading the backup. */
  removed?: TableCounts;
}

export const BACKUP_FILE_EXTENSION = '.framewise.json';

/** `framewise-backup-YYYY-MM-DD.framewise.json`, dated in local time (what the learner sees). */
export function backupFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `framewise-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}${BACKUP_FILE_EXTENSION}`;
}

/** Reads everything to back up in one read transaction, so the file is a consistent snapshot. */
export async function createBackup(db: FramewiseDB, opts: ExportBackupOptions = {}): Promise<Backup> {
  const tables = await db.transaction('r', allTables(db), async () => {
    const summaries = await db.articles.filter((a) => a.deletedAt == null).toArray();
    const bodies = await db.articleBodies.bulkGet(summaries.map((a) => a.id));
    const articles: ArticleRecord[] = summaries.map((a, i) => ({ ...a, original: bodies[i]?.original ?? '', blocks: bodies[i]?.blocks ?? [] }));
    const profiles = await db.profiles.toArray();
    const articleIds = new Set(articles.map((a) => a.id));
    const hashById = new Map(articles.map((a) => [a.id, a.hash]));
    const profileIds = new Set(profiles.map((p) => p.id));
    const linked = (row: { profileId: number; articleId: number }) =>
      articleIds.has(row.articleId) && profileIds.has(row.profileId);
    return {
      articles,
      settings: await db.settings.toArray(),
      profiles,
      attempts: (await db.attempts.toArray()).filter(linked),
      reviewCards: (await db.reviewCards.toArray()).filter(linked),
      disputes: (await db.disputes.toArray()).filter(linked),
      // Only keys still bound to their article's text (getCheckedKey's rule): a stale one would not be used here either.
      checkedKeys: (await db.checkedKeys.where('articleId').anyOf([...articleIds]).toArray())
        .filter((k) => k.hash === hashById.get(k.articleId))
        .map(({ articleId, key, checkedAt, savedAt, teacher }): BackupCheckedKey => ({
          articleId,
          key,
          checkedAt,
          savedAt,
          ...(teacher !== undefined ? { teacher } : {}),
        })),
      // Named by article hash, so an assignment stays true on any machine its articles reach.
      assignments: (await db.assignments.toArray()).map(({ id: _id, ...assignment }) => assignment),
    };
  });
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    schemaVersion: db.verno,
    tables,
  };
  if (opts.appVersion) backup.appVersion = opts.appVersion;
  return backup;
}

/** The backup file's bytes (UTF-8 JSON), ready for a save dialog or a download. */
export async function exportBackup(db: FramewiseDB, opts: ExportBackupOptions = {}): Promise<Uint8Array> {
  return new TextEncoder().encode(serializeBackup(await createBackup(db, opts)));
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

/** Compares a backup with the database without writing anything. */
export async function planRestore(db: FramewiseDB, backup: Backup): Promise<RestorePlan> {
  const checked = await withTrueHashes(backup);
  return db.transaction('r', allTables(db), async () => (await computeMerge(db, checked)).plan);
}

/**
 * The backup with each article's hash recomputed from its own text. A stored hash is
 * only a claim: a crafted file could give one text another's hash, and a later import of
 * the genuine article would then be answered "already in your library" by the planted
 * text. Re-keying (rather than trusting or refusing) keeps every honest backup restorable
 * and makes the hash describe the text that is actually stored. Two articles with the
 * same text cannot both be stored (hashes are unique), so such a file is damaged.
 * Runs outside any Dexie transaction: Web Crypto is not an IndexedDB request.
 */
export async function withTrueHashes(backup: Backup): Promise<Backup> {
  const articles = await Promise.all(
    backup.tables.articles.map(async (article) => {
      const hash = await hashDocument({ original: article.original, blocks: article.blocks });
      return hash === article.hash ? article : { ...article, hash };
    }),
  );
  const seen = new Set<string>();
  articles.forEach((article, i) => {
    if (seen.has(article.hash)) throw new BackupError('corrupt', `tables.articles[${i}]: the same text as another article`);
    seen.add(article.hash);
  });
  return { ...backup, tables: { ...backup.tables, articles } };
}

/**
 * Restores a backup in one read-write transaction over every table: either all of it
 * lands or nothing does. `plan` must come from planRestore on the same data; if the
 * database changed since, nothing is written and BackupError 'plan-outdated' is thrown,
 * so the learner never gets changes they were not shown.
 *
 * 'merge' follows the rules at the top of this file. 'replace' removes every article,
 * learner, attempt, card, dispute and setting here and loads the backup instead; only
 * call it after the learner has confirmed that (plan.local says what is removed).
 */
export async function applyRestore(
  db: FramewiseDB,
  unchecked: Backup,
  plan: RestorePlan,
  opts: { mode: RestoreMode },
): Promise<RestoreSummary> {
  const backup = await withTrueHashes(unchecked);
  // The analysis cache is not in backups (derivable); a replace clears it with the articles it served.
  return db.transaction('rw', [...allTables(db), db.analysisCache], async () => {
    const current = await computeMerge(db, backup);
    if (current.plan.fingerprint !== plan.fingerprint) {
      throw new BackupError('plan-outdated', 'the database changed between planRestore and applyRestore');
    }
    if (opts.mode === 'replace') {
      const removed = current.plan.local;
      await Promise.all([...allTables(db), db.analysisCache].map((table) => table.clear()));
      const fresh = await computeMerge(db, backup);
      return { ...(await writeMerge(db, backup, fresh, true)), mode: 'replace', removed };
    }
    if (opts.mode !== 'merge') throw new TypeError(`Unknown restore mode: ${String(opts.mode)}`);
    return { ...(await writeMerge(db, backup, current, false)), mode: 'merge' };
  });
}

// ---------------------------------------------------------------------------------

interface MergeComputation {
  plan: RestorePlan;
  /** Backup article id -> local id, for articles already here. */
  articleIds: Map<number, number>;
  /** Backup profile id -> local id, for learners already here. */
  profileIds: Map<number, number>;
  /** Backup profile id -> name key, to create each new learner once. */
  profileKeys: Map<number, string>;
  newArticles: ArticleRecord[];
  newAttempts: AttemptRecord[];
  /** New cards and cards that replace an older local one. */
  cardsToPut: ReviewCardRecord[];
  newDisputes: DisputeRecord[];
  /** Backup keys to write (new, or later than the one here), by the backup's article id. */
  keysToPut: BackupCheckedKey[];
  /** Backup assignments to write, with the local id of the one they update. */
  assignmentsToPut: (BackupAssignment & { id?: number })[];
  settingsToPut: SettingRecord[];
  /** Name key of the backup learner a merge makes active, if any. */
  switchActiveKey?: string;
}

const SEP = '\u0000';

async function computeMerge(db: FramewiseDB, backup: Backup): Promise<MergeComputation> {
  const t = backup.tables;
  const local = await countTables(db);

  // Articles, by content hash.
  const hashes = t.articles.map((a) => a.hash);
  const localByHash = new Map((await db.articles.where('hash').anyOf(hashes).toArray()).map((a) => [a.hash, a]));
  // Only the texts of articles in both places are read, to tell a same-hash article with other details.
  const localBodies = new Map(
    (await db.articleBodies.bulkGet([...localByHash.values()].map((a) => a.id))).flatMap((b) => (b ? [[b.id, b.original] as const] : [])),
  );
  const articleIds = new Map<number, number>();
  const articles: RestorePlan['articles'] = { new: [], present: [], conflicting: [], restored: [] };
  const newArticles: ArticleRecord[] = [];
  for (const article of t.articles) {
    const here = localByHash.get(article.hash);
    const ref = { backupId: article.id, title: article.title };
    if (!here) {
      articles.new.push(ref);
      newArticles.push(article);
      continue;
    }
    articleIds.set(article.id, here.id);
    if (here.deletedAt != null) {
      articles.restored.push({ ...ref, localId: here.id });
    } else if (here.title !== article.title || localBodies.get(here.id) !== article.original) {
      articles.conflicting.push({ ...ref, localId: here.id, localTitle: here.title, reason: 'different-details' });
    } else {
      articles.present.push(ref);
    }
  }

  // Learners, by name.
  const localProfiles = new Map<string, ProfileRecord>();
  for (const p of await db.profiles.orderBy(':id').toArray()) {
    const key = profileNameKey(p.name);
    if (!localProfiles.has(key)) localProfiles.set(key, p);
  }
  const profileIds = new Map<number, number>();
  const profileKeys = new Map<number, string>();
  const perProfile = new Map<string, ProfileRestorePlan>();
  for (const p of t.profiles) {
    const key = profileNameKey(p.name);
    profileKeys.set(p.id, key);
    const here = localProfiles.get(key);
    if (here) profileIds.set(p.id, here.id);
    if (!perProfile.has(key)) {
      perProfile.set(key, {
        name: here ? here.name : cleanProfileName(p.name),
        status: here ? 'existing' : 'new',
        attempts: { new: 0, present: 0 },
        reviewCards: { new: 0, replaced: 0, keptLocalNewer: 0, same: 0 },
        disputes: { new: 0, present: 0 },
      });
    }
  }
  const matchedLocalIds = [...new Set(profileIds.values())];
  const summaryOf = (backupProfileId: number) => perProfile.get(profileKeys.get(backupProfileId)!)!;
  // Rows are compared by learner name key, so two backup learners with one name merge into one.
  const rowKey = (row: { profileId: number; itemId: string }, extra = '') =>
    `${profileKeys.get(row.profileId)}${SEP}${row.itemId}${extra}`;
  const localKeyOf = new Map<number, string>();
  for (const [key, p] of localProfiles) localKeyOf.set(p.id, key);
  const localRowKey = (row: { profileId: number; itemId: string }, extra = '') =>
    `${localKeyOf.get(row.profileId)}${SEP}${row.itemId}${extra}`;

  // Attempts and disputes: the same learner, item and time means the same record.
  const seenAttempts = new Set(
    (await db.attempts.where('profileId').anyOf(matchedLocalIds).toArray()).map((a) => localRowKey(a, `${SEP}${a.at}`)),
  );
  const newAttempts: AttemptRecord[] = [];
  for (const a of t.attempts) {
    const key = rowKey(a, `${SEP}${a.at}`);
    if (seenAttempts.has(key)) {
      summaryOf(a.profileId).attempts.present++;
    } else {
      seenAttempts.add(key);
      newAttempts.push(a);
      summaryOf(a.profileId).attempts.new++;
    }
  }
  const seenDisputes = new Set(
    (await db.disputes.where('profileId').anyOf(matchedLocalIds).toArray()).map((d) => localRowKey(d, `${SEP}${d.at}`)),
  );
  const newDisputes: DisputeRecord[] = [];
  for (const d of t.disputes) {
    const key = rowKey(d, `${SEP}${d.at}`);
    if (seenDisputes.has(key)) {
      summaryOf(d.profileId).disputes.present++;
    } else {
      seenDisputes.add(key);
      newDisputes.push(d);
      summaryOf(d.profileId).disputes.new++;
    }
  }

  // Review cards: the most recently reviewed card of each learner and item wins.
  const localCards = new Map(
    (await db.reviewCards.where('profileId').anyOf(matchedLocalIds).toArray()).map((c) => [localRowKey(c), c]),
  );
  const bestBackupCard = new Map<string, ReviewCardRecord>();
  for (const c of t.reviewCards) {
    const key = rowKey(c);
    const other = bestBackupCard.get(key);
    if (!other || lastReview(c) > lastReview(other)) bestBackupCard.set(key, c);
  }
  const cardsToPut: ReviewCardRecord[] = [];
  for (const [key, c] of bestBackupCard) {
    const here = localCards.get(key);
    const counts = summaryOf(c.profileId).reviewCards;
    if (!here) {
      counts.new++;
      cardsToPut.push(c);
    } else if (lastReview(c) > lastReview(here)) {
      counts.replaced++;
      cardsToPut.push(c);
    } else if (lastReview(c) < lastReview(here)) {
      counts.keptLocalNewer++;
    } else {
      counts.same++;
    }
  }

  // Checked keys: bound to the article here; the later check wins.
  const backupArticleById = new Map(t.articles.map((a) => [a.id, a]));
  const checkedKeys: RestorePlan['checkedKeys'] = { new: 0, replaced: 0, keptLocalNewer: 0, same: 0, dropped: [...(backup.droppedCheckedKeys ?? [])] };
  const keysToPut: BackupCheckedKey[] = [];
  const localKeyIds = [...articleIds.values()];
  const localKeys = new Map((await db.checkedKeys.where('articleId').anyOf(localKeyIds).toArray()).map((k) => [k.articleId, k]));
  const localHashById = new Map([...localByHash.values()].map((a) => [a.id, a.hash]));
  for (const k of t.checkedKeys) {
    const source = backupArticleById.get(k.articleId)!;
    const localId = articleIds.get(k.articleId);
    if (localId === undefined) {
      checkedKeys.new++;
      keysToPut.push(k);
      continue;
    }
    // The same cleaned text can come from a raw text with other debris lines: the key must fit the copy here.
    const localText = localBodies.get(localId);
    if (localText !== source.original && (localText === undefined || !checkKeyAgainstText(k.key, localText).ok)) {
      checkedKeys.dropped.push({ articleId: source.id, title: source.title, reason: 'does-not-fit-here' });
      continue;
    }
    const here = localKeys.get(localId);
    const current = here && here.hash === localHashById.get(localId) ? here : undefined;
    if (!current) {
      checkedKeys.new++;
      keysToPut.push(k);
    } else if (k.checkedAt > current.checkedAt) {
      checkedKeys.replaced++;
      keysToPut.push(k);
    } else if (k.checkedAt < current.checkedAt) {
      checkedKeys.keptLocalNewer++;
    } else {
      checkedKeys.same++;
    }
  }

  // Assignments: the same assignment is the same title and pack date; the later import wins.
  const assignments: RestorePlan['assignments'] = { new: 0, updated: 0, kept: 0 };
  const assignmentsToPut: MergeComputation['assignmentsToPut'] = [];
  const localAssignments = await db.assignments.toArray();
  for (const a of t.assignments) {
    const here = localAssignments.find((l) => l.title === a.title && l.packCreatedAt === a.packCreatedAt);
    if (!here) {
      assignments.new++;
      assignmentsToPut.push(a);
    } else if (a.importedAt > here.importedAt) {
      assignments.updated++;
      assignmentsToPut.push({ ...a, id: here.id });
    } else {
      assignments.kept++;
    }
  }

  // Settings: local values win; the backup fills gaps; offered-sample lists are united.
  const localSettings = new Map((await db.settings.toArray()).map((s) => [s.key, s.value]));

  // A backup's active learner is a preference of the other machine and is not imported,
  // unless the learner active here has no progress at all (a fresh install's default
  // learner): then the restored learner becomes active, so their progress is what they see.
  let activeLearner: RestorePlan['activeLearner'];
  let switchActiveKey: string | undefined;
  // Which learner was active on the other computer: the same rule as getActiveProfileId there
  // (the stored one if it exists, else the first), since a single learner never stores it.
  const storedThere = t.settings.find((s) => s.key === 'activeProfileId')?.value;
  const backupActive =
    t.profiles.find((p) => p.id === storedThere) ?? [...t.profiles].sort((a, b) => a.id - b.id)[0];
  const backupActiveKey = backupActive ? profileKeys.get(backupActive.id) : undefined;
  if (backupActiveKey !== undefined) {
    const ordered = await db.profiles.orderBy(':id').toArray();
    const stored = localSettings.get('activeProfileId');
    // The same rule as getActiveProfileId: the stored learner if it exists, else the first.
    const here = ordered.find((p) => p.id === stored) ?? ordered[0];
    if (here && profileNameKey(here.name) !== backupActiveKey && (await hasNoProgress(db, here.id))) {
      activeLearner = { from: here.name, to: perProfile.get(backupActiveKey)!.name };
      switchActiveKey = backupActiveKey;
    }
  }

  const settings: RestorePlan['settings'] = { added: [], merged: [], kept: [] };
  const settingsToPut: SettingRecord[] = [];
  for (const s of t.settings) {
    const mine = localSettings.get(s.key);
    if (s.key === 'activeProfileId') {
      if (mine !== undefined && !switchActiveKey) settings.kept.push(s.key);
      continue;
    }
    if (mine === undefined) {
      settings.added.push(s.key);
      settingsToPut.push(s);
    } else if (s.key === 'samplesOffered' && Array.isArray(mine)) {
      const union = [...new Set([...(mine as string[]), ...(s.value as string[])])];
      if (union.length > mine.length) {
        settings.merged.push(s.key);
        settingsToPut.push({ key: s.key, value: union });
      } else {
        settings.kept.push(s.key);
      }
    } else {
      settings.kept.push(s.key);
    }
  }

  const profiles = { new: [] as string[], existing: [] as string[] };
  for (const p of perProfile.values()) profiles[p.status === 'new' ? 'new' : 'existing'].push(p.name);
  const perProfileList = [...perProfile.values()];
  const sum = <K extends 'attempts' | 'disputes'>(k: K) => ({
    new: perProfileList.reduce((n, p) => n + p[k].new, 0),
    present: perProfileList.reduce((n, p) => n + p[k].present, 0),
  });
  const reviewCards = { new: 0, replaced: 0, keptLocalNewer: 0, same: 0 };
  for (const p of perProfileList) {
    for (const k of Object.keys(reviewCards) as (keyof typeof reviewCards)[]) reviewCards[k] += p.reviewCards[k];
  }

  const planBody = {
    backup: {
      exportedAt: backup.exportedAt,
      ...(backup.appVersion !== undefined ? { appVersion: backup.appVersion } : {}),
      schemaVersion: backup.schemaVersion,
      counts: countBackup(t),
    },
    local,
    articles,
    profiles,
    perProfile: perProfileList,
    attempts: sum('attempts'),
    reviewCards,
    disputes: sum('disputes'),
    checkedKeys,
    assignments,
    settings,
    ...(activeLearner ? { activeLearner } : {}),
    hasChanges:
      newArticles.length + articles.restored.length + profiles.new.length + newAttempts.length + cardsToPut.length + newDisputes.length +
        keysToPut.length + assignmentsToPut.length +
        settingsToPut.length + (switchActiveKey ? 1 : 0) >
      0,
  };
  // Everything the learner is shown is in planBody, and so are the local table sizes:
  // if any of it differs at apply time, the data changed in a way the learner did not see.
  const plan: RestorePlan = { ...planBody, fingerprint: JSON.stringify(planBody) };
  return {
    plan,
    articleIds,
    profileIds,
    profileKeys,
    newArticles,
    newAttempts,
    cardsToPut,
    newDisputes,
    keysToPut,
    assignmentsToPut,
    settingsToPut,
    switchActiveKey,
  };
}

async function hasNoProgress(db: FramewiseDB, profileId: number): Promise<boolean> {
  const counts = await Promise.all([db.attempts, db.reviewCards, db.disputes].map((table) => table.where('profileId').equals(profileId).count()));
  return counts.every((count) => count === 0);
}

async function writeMerge(
  db: FramewiseDB,
  backup: Backup,
  m: MergeComputation,
  replacing: boolean,
): Promise<Omit<RestoreSummary, 'mode' | 'removed'>> {
  const articleIds = new Map(m.articleIds);
  for (const article of m.newArticles) {
    const { id: backupId, original, blocks, ...fields } = article;
    const id = await db.articles.add(fields);
    await db.articleBodies.put({ id, original, blocks });
    articleIds.set(backupId, id);
  }
  const now = Date.now();
  for (const article of m.plan.articles.restored) await db.articles.update(article.localId, { deletedAt: null, updatedAt: now });

  const localIdByKey = new Map<string, number>();
  for (const [backupId, localId] of m.profileIds) localIdByKey.set(m.profileKeys.get(backupId)!, localId);
  let profilesAdded = 0;
  for (const p of backup.tables.profiles) {
    const key = m.profileKeys.get(p.id)!;
    if (localIdByKey.has(key)) continue;
    localIdByKey.set(key, await db.profiles.add({ name: cleanProfileName(p.name), createdAt: p.createdAt }));
    profilesAdded++;
  }
  const profileId = (backupId: number) => localIdByKey.get(m.profileKeys.get(backupId)!)!;
  const articleId = (backupId: number) => articleIds.get(backupId)!;
  const relink = <R extends { profileId: number; articleId: number }>(row: R): R => ({
    ...row,
    profileId: profileId(row.profileId),
    articleId: articleId(row.articleId),
  });

  await db.attempts.bulkAdd(m.newAttempts.map(({ id: _id, ...a }) => relink(a) as AttemptRecord));
  await db.reviewCards.bulkPut(m.cardsToPut.map(relink));
  await db.disputes.bulkAdd(m.newDisputes.map(({ id: _id, ...d }) => relink(d) as DisputeRecord));

  // Keys are bound to the article as stored here: its local id and its hash.
  const localHashes = new Map((await db.articles.bulkGet(m.keysToPut.map((k) => articleId(k.articleId)))).flatMap((a) => (a ? [[a.id, a.hash] as const] : [])));
  const savedAt = Date.now();
  await db.checkedKeys.bulkPut(
    m.keysToPut.map((k): CheckedKeyRecord => {
      const id = articleId(k.articleId);
      return {
        articleId: id,
        hash: localHashes.get(id)!,
        key: k.key,
        checkedAt: k.checkedAt,
        savedAt,
        ...(k.teacher !== undefined ? { teacher: k.teacher } : {}),
      };
    }),
  );

  await db.assignments.bulkPut(m.assignmentsToPut as AssignmentRecord[]);

  const settings = [...m.settingsToPut];
  if (replacing) {
    const active = backup.tables.settings.find((s) => s.key === 'activeProfileId');
    const mapped = typeof active?.value === 'number' ? localIdByKey.get(m.profileKeys.get(active.value) ?? '') : undefined;
    if (mapped !== undefined) settings.push({ key: 'activeProfileId', value: mapped });
  } else if (m.switchActiveKey !== undefined) {
    settings.push({ key: 'activeProfileId', value: localIdByKey.get(m.switchActiveKey)! });
  }
  await db.settings.bulkPut(settings);

  return {
    articlesAdded: m.newArticles.length,
    articlesRestored: m.plan.articles.restored.length,
    profilesAdded,
    attemptsAdded: m.newAttempts.length,
    reviewCardsAdded: m.plan.reviewCards.new,
    reviewCardsReplaced: m.plan.reviewCards.replaced,
    reviewCardsKept: m.plan.reviewCards.keptLocalNewer,
    disputesAdded: m.newDisputes.length,
    checkedKeysSaved: m.keysToPut.length,
    checkedKeysDropped: m.plan.checkedKeys.dropped.length,
    assignmentsSaved: m.assignmentsToPut.length,
    settingsChanged: settings.length,
    ...(!replacing && m.plan.activeLearner ? { activeLearner: m.plan.activeLearner.to } : {}),
  };
}

function allTables(db: FramewiseDB) {
  return [db.articles, db.articleBodies, db.settings, db.profiles, db.attempts, db.reviewCards, db.disputes, db.checkedKeys, db.assignments];
}

async function countTables(db: FramewiseDB): Promise<TableCounts> {
  return {
    articles: await db.articles.count(),
    settings: await db.settings.count(),
    profiles: await db.profiles.count(),
    attempts: await db.attempts.count(),
    reviewCards: await db.reviewCards.count(),
    disputes: await db.disputes.count(),
    checkedKeys: await db.checkedKeys.count(),
    assignments: await db.assignments.count(),
  };
}

/** How many rows each table of a backup holds. */
export function countBackup(t: BackupTables): TableCounts {
  return {
    articles: t.articles.length,
    settings: t.settings.length,
    profiles: t.profiles.length,
    attempts: t.attempts.length,
    reviewCards: t.reviewCards.length,
    disputes: t.disputes.length,
    checkedKeys: t.checkedKeys.length,
    assignments: t.assignments.length,
  };
}
