/**
 * The one Dexie database of the app. Schema versions are append-only: never edit a
 * released version(n); add version(n + 1) and move data in its .upgrade().
 */
import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type { ImportedArticle, TextBlock } from '../../../core/text/types';

export const DEFAULT_DATABASE_NAME = 'framewise';
export const DEFAULT_PROFILE_NAME = 'Learner';

/**
 * A stored article: what the importer produced (metadata, hash, word count), with the
 * document flattened into `original` and `blocks`, plus storage bookkeeping.
 */
export interface ArticleRecord extends Omit<ImportedArticle, 'document'> {
  id: number;
  /** The text exactly as decoded / extracted: every offset points into it. */
  original: string;
  blocks: TextBlock[];
  importedAt: number;
  updatedAt: number;
  /** Epoch ms of a soft delete; null or absent while the article is live. */
  deletedAt?: number | null;
  /** Set when the article came from the bundled sample library. */
  sampleId?: string;
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
  timeMs: number;
  at: number;
  /** Whether the expected answer came from a hand answer key or from the analyser. */
  source: 'key' | 'analyser';
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
}

export type ReviewCardKey = [profileId: number, itemId: string];

export class FramewiseDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  profiles!: EntityTable<ProfileRecord, 'id'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  reviewCards!: Table<ReviewCardRecord, ReviewCardKey>;
  disputes!: EntityTable<DisputeRecord, 'id'>;

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
