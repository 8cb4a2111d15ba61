/**
 * The class pack (`.framewise-pack`): articles a teacher chose, their checked answer keys and an
 * optional assignment, in one UTF-8 JSON file. The format is documented in docs/PACK-FORMAT.md;
 * this module holds its types and limits, read-pack.ts and write-pack.ts the two directions.
 *
 * Why JSON and not a zip: a pack is text (articles and keys) that compresses well but is small
 * already (a 900-word article is about 6 kB, its key about 10 kB), a teacher or a school's IT can
 * open and inspect it in any editor, and JSON needs no archive library or unpacking step whose
 * own limits (entry counts, expansion ratios) we would have to police as well.
 */
import type { AnswerKey } from '../samples/answer-key';
import type { Skill } from '../practice/types';
import type { ArticleFormat, ImportedArticle } from '../text/types';

export const PACK_FORMAT = 'framewise-pack';
/** Bumped on any change an older reader could misread; readers refuse a newer version. */
export const PACK_VERSION = 1;
export const PACK_EXTENSION = '.framewise-pack';
/** The file's bytes: room for ~100 long articles with keys; a bigger file is not a class pack. */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;
export const MAX_PACK_ARTICLES = 200;
/** Nesting the format needs is 8 levels; anything much deeper is not ours (and deep JSON costs stack). */
export const MAX_PACK_DEPTH = 16;
export const MAX_TITLE_CHARS = 500;
export const MAX_NAME_CHARS = 200;
export const MAX_ASSIGNMENT_ITEMS = 500;

export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['txt', 'md', 'html', 'docx', 'pdf', 'paste', 'sample'];

export interface PackKey {
  answerKey: AnswerKey;
  /** When the teacher checked the key (epoch ms); the later of two keys for one article wins. */
  checkedAt: number;
}

export interface PackArticle {
  /** As the app stores it: metadata, text and blocks, the content hash (verified) and word count (recomputed). */
  article: ImportedArticle;
  key?: PackKey;
}

export interface PackAssignment {
  title: string;
  skills?: Skill[];
  /** How many practice items the assignment asks for. */
  items?: number;
  /** Calendar date, YYYY-MM-DD. */
  due?: string;
  teacher?: string;
}

export interface ClassPack {
  version: number;
  /** When the pack was written (epoch ms). */
  createdAt: number;
  articles: PackArticle[];
  assignment?: PackAssignment;
}
