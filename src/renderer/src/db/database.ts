/**
 * The one Dexie database of the app. Schema versions are append-only: never edit a
 * released version(n); add version(n + 1) and move data in its .upgrade().
 */
import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type { ArticleAnalysis } from '../../../core/analysis/types';
import type { AnswerKey } from '../../../core/samples/answer-key';
import type { ImportedArticle, TextBlock } from '../../../core/text/types';
import type { PackAssignment } from '../../../core/pack/format';
import type { ClassResults } from '../../../core/results/format';

export const DEFAULT_DATABASE_NAME = 'framewise';
export const DEFAULT_PROFILE_NAME = 'Learner';

/**
 * A whole article as the repositories hand it out: what the importer produced (metadata,
 * hash, word count), with the document flattened into `original` and `blocks`, plus storage
 * bookkeeping. Since version 3 it is stored in two rows: the summary in `articles` and the
 * text in `articleBodies`, so lists, sorting and counting never read a body.
 */
export interface ArticleRecord extends ArticleSummaryRecord, Omit<ArticleBodyRecord, 'id'> {}

/** The `articles` row (version 3+): everything but the text. */
export interface ArticleSummaryRecord extends Omit<ImportedArticle, 'document'> {
  id: number;
  importedAt: number;
  updatedAt: number;
  /** Epoch ms of a soft delete; null or absent while the article is live. */
  deletedAt?: number | null;
  /** Set when the article came from the bundled sample library. */
  sampleId?: string;
}

/** The `articleBodies` row: an article's text, under the same id as its summary. */
export interface ArticleBodyRecord {
  id: number;
  /** The text exactly as decoded / extracted: every offset points into it. */
  original: string;
  blocks: TextBlock[];
}

/** A persisted full-text index (see search-index.ts); `key` names the index. */
export interface SearchIndexRecord {
  key: string;
  /** Bumped whenever what is indexed or how it is tokenised changes; an older index is rebuilt. */
  version: number;
  /** Article ids in the index, so start-up reconciles it with the library from keys alone. */
  ids: number[];
  /**
   * MiniSearch's own JSON serialisation: the manifest's ids, or a bucket's head (its postings
   * in `parts`), or a whole bucket as stored before parts.
   */
  json: string;
  /**
   * A bucket's postings by the first two characters of their words, each MiniSearch's JSON
   * of those terms, so a search parses only the part of its word (search-index.ts). Not
   * indexed, so no schema version: a row stored without it is read whole.
   */
  parts?: Record<string, string>;
  savedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface ProfileRecord {
  id: number;
  name: string;
  createdAt: number;
}

export interface AttemptRecord {
  id: number;
  profileId: number;
  articleId: number;
  itemId: string;
  skill: string;
  answer: unknown;
  /** null when the item has no single right answer (e.g. open or disputed). */
  correct: boolean | null;
  score: number | null;
  graded: boolean;
  /** 'voice': a classify item graded on the writer's own voice alone (analyser 2.28.0). Not indexed, so no schema version. */
  gradedPart?: 'voice';
  timeMs: number;
  at: number;
  /** Whether the expected answer came from a hand answer key or from the analyser. */
  source: 'key' | 'analyser';
  /**
   * Set (epoch ms) when a teacher later changed this item's answer in the article's key: the
   * attempt was graded against an answer that no longer stands, so it is shown as "key changed"
   * and left out of mastery. Not indexed, so no schema version.
   */
  keyChangedAt?: number;
}

/**
 * A ts-fsrs Card in storable form: dates as epoch ms so the record survives
 * structured cloning and export/import unchanged.
 */
export interface StoredFsrsCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  /** ts-fsrs 5 keeps the position in the (re)learning steps on the card. */
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  last_review?: number;
}

export interface ReviewCardRecord {
  profileId: number;
  itemId: string;
  articleId: number;
  skill: string;
  card: StoredFsrsCard;
  /** Copy of card.due, indexed so "what is due now" is a range query. */
  due: number;
}

export interface DisputeRecord {
  id: number;
  profileId: number;
  articleId: number;
  itemId: string;
  sentenceStart: number;
  sentenceEnd: number;
  reason: string;
  at: number;
  /**
   * The disputed item's answer fingerprint (core `answerFingerprint`) when it was disputed: the
   * dispute suspends the item until its key changes. Not indexed, so no schema version.
   */
  keyFingerprint?: string;
  /** The teacher's decision in the key editor (not indexed, so no schema version). */
  resolution?: DisputeResolution;
}

/**
 * A teacher's answer to a dispute: accepted (the key is being fixed; the dispute lapses when the
 * item's answer changes) or rejected with a note the learner sees.
 */
export interface DisputeResolution {
  status: 'accepted' | 'rejected';
  note?: string;
  at: number;
}

export type ReviewCardKey = [profileId: number, itemId: string];

/**
 * A teacher-checked answer key of one article (version 4), in the samples' key format
 * (core/samples/answer-key.ts). It is bound to the article's content hash: a key is only
 * ever used for the exact text it was checked against.
 */
export interface CheckedKeyRecord {
  articleId: number;
  /** The article's content hash when the key was saved (ImportedArticle.hash). */
  hash: string;
  key: AnswerKey;
  /** When the teacher checked it (epoch ms): of two keys for one article, the later one wins. */
  checkedAt: number;
  /** When it was stored on this machine (epoch ms). */
  savedAt: number;
  /** The teacher's name, when a class pack gave one. */
  teacher?: string;
}

/**
 * A teacher's assignment, stored when a class pack that carries one is imported (version 5).
 * Its articles are named by content hash, not local id, so the record stays true whatever
 * ids the articles get (a later backup restore elsewhere, an article deleted and imported again).
 */
export interface AssignmentRecord {
  id: number;
  title: string;
  skills?: PackAssignment['skills'];
  items?: number;
  /** Calendar date, YYYY-MM-DD. */
  due?: string;
  teacher?: string;
  /** The pack's articles, by content hash, in pack order. */
  articleHashes: string[];
  /** The pack's createdAt (epoch ms): with the title, it tells the same assignment imported again. */
  packCreatedAt: number;
  /** When it was (last) imported here (epoch ms). */
  importedAt: number;
}

/**
 * A learner's results file as the teacher's class view holds it (version 6): one row per pack
 * and learner, so the same learner's file imported again replaces the row (the later export wins).
 */
export interface ClassResultsRecord {
  /** The pack's id (core/results packIdOf). */
  packId: string;
  /** The learner's name folded (core/results learnerKeyOf). */
  learnerKey: string;
  results: ClassResults;
  fileName: string;
  importedAt: number;
}

/**
 * A class pack this teacher shared from here (version 6), so the class view can name the class
 * and tell results for one of the teacher's own packs from results for a pack made elsewhere.
 */
export interface SharedPackRecord {
  /** The pack's id (core/results packIdOf). */
  id: string;
  /** The assignment's title, else the first article's. */
  title: string;
  createdAt: number;
  articleHashes: string[];
  sharedAt: number;
}

/**
 * One article's analysis as the analyser produced it (version 7), so reopening an article
 * does not analyse it again. Keyed by the article's content hash (one row per text, replaced
 * when a newer analyser version recomputes it). Only a cache: derivable from the text, so it
 * is not in backups and a lost or damaged row only costs one analysis.
 */
export interface AnalysisCacheRecord {
  /** The article's content hash (ImportedArticle.hash). */
  hash: string;
  /** The analyser version that produced `analysis` (equal to analysis.analyserVersion). */
  analyserVersion: string;
  analysis: ArticleAnalysis;
  savedAt: number;
}

export class FramewiseDB extends Dexie {
  articles!: EntityTable<ArticleSummaryRecord, 'id'>;
  articleBodies!: EntityTable<ArticleBodyRecord, 'id'>;
  searchIndex!: EntityTable<SearchIndexRecord, 'key'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  profiles!: EntityTable<ProfileRecord, 'id'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  reviewCards!: Table<ReviewCardRecord, ReviewCardKey>;
  disputes!: EntityTable<DisputeRecord, 'id'>;
  checkedKeys!: Table<CheckedKeyRecord, number>;
  assignments!: EntityTable<AssignmentRecord, 'id'>;
  classResults!: Table<ClassResultsRecord, [string, string]>;
  sharedPacks!: EntityTable<SharedPackRecord, 'id'>;
  analysisCache!: Table<AnalysisCacheRecord, string>;

  constructor(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);

    this.version(1).stores({
      articles: '++id, &hash, title, importedAt, deletedAt, sampleId',
      settings: '&key',
    });

    this.version(2)
      .stores({
        profiles: '++id, name',
        attempts: '++id, profileId, articleId, itemId, skill, at',
        reviewCards: '[profileId+itemId], profileId, articleId, due',
        disputes: '++id, profileId, articleId, itemId, at',
      })
      .upgrade(upgradeToVersion2);

    // Version 3 (library scale): bodies apart from summaries; compound indexes so practice
    // and progress ask for one learner's rows by article, time or due date instead of
    // filtering all of them; the persisted full-text index.
    this.version(3)
      .stores({
        articleBodies: 'id',
        searchIndex: '&key',
        attempts: '++id, profileId, articleId, itemId, skill, at, [profileId+articleId], [profileId+at]',
        reviewCards: '[profileId+itemId], profileId, articleId, due, [profileId+due], [profileId+articleId]',
      })
      .upgrade(upgradeToVersion3);

    // Version 4 (teacher's desk): checked answer keys, one per article, found by article id
    // and by content hash (a class pack names its articles by hash). A new, empty table:
    // no existing row changes, so there is nothing for an .upgrade() to move.
    this.version(4).stores({
      checkedKeys: 'articleId, hash',
    });

    // Version 5: teachers' assignments from class packs ("From your teacher" in the library).
    // A new, empty table: nothing to move, so no .upgrade().
    this.version(5).stores({
      assignments: '++id, importedAt',
    });

    // Version 6 (results back to the teacher): learners' results files by pack and learner,
    // and the packs this teacher shared. New, empty tables: nothing to move, so no .upgrade().
    this.version(6).stores({
      classResults: '[packId+learnerKey], packId',
      sharedPacks: 'id, sharedAt',
    });

    // Version 7: the analysis cache (analysis-cache.ts), keyed by content hash. A new, empty
    // table: nothing to move, so no .upgrade().
    this.version(7).stores({
      analysisCache: '&hash',
    });

    // Dexie runs upgraders only on existing databases; a fresh one needs the same
    // default learner so practice always has a profile to record against.
    this.on('populate', (tx) => addDefaultProfileIfNone(tx));
  }
}

async function upgradeToVersion2(tx: Transaction): Promise<void> {
  // Version 1 had no updatedAt; the best honest value is when the article arrived.
  await tx
    .table<ArticleRecord, number>('articles')
    .toCollection()
    .modify((article) => {
      if (typeof article.updatedAt !== 'number') article.updatedAt = article.importedAt ?? Date.now();
    });
  await addDefaultProfileIfNone(tx);
}

/** Rows moved per step of the version-3 upgrade, so a big library never sits in memory whole. */
const UPGRADE_PAGE = 200;

async function upgradeToVersion3(tx: Transaction): Promise<void> {
  const articles = tx.table<ArticleRecord, number>('articles');
  const bodies = tx.table<ArticleBodyRecord, number>('articleBodies');
  let after = -Infinity;
  for (;;) {
    const page = await articles.where(':id').above(after).limit(UPGRADE_PAGE).toArray();
    if (page.length === 0) return;
    await bodies.bulkPut(page.map((a) => ({ id: a.id, original: a.original ?? '', blocks: a.blocks ?? [] })));
    await articles.bulkPut(page.map(({ original: _original, blocks: _blocks, ...summary }) => summary as ArticleRecord));
    after = page[page.length - 1].id;
  }
}

async function addDefaultProfileIfNone(tx: Transaction): Promise<void> {
  const profiles = tx.table<ProfileRecord, number, Omit<ProfileRecord, 'id'>>('profiles');
  if ((await profiles.count()) === 0) {
    await profiles.add({ name: DEFAULT_PROFILE_NAME, createdAt: Date.now() });
  }
}

/**
 * A handle on the app database (opened lazily on first use). Tests pass their own
 * `indexedDB` / `IDBKeyRange` so each test gets an isolated store.
 */
export function openDatabase(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions): FramewiseDB {
  return new FramewiseDB(name, options);
}

let shared: FramewiseDB | undefined;

/** The app-wide instance, so every screen shares one connection. */
export function getDatabase(): FramewiseDB {
  shared ??= openDatabase();
  return shared;
}
