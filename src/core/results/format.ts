/**
 * The results file (`.framewise-results`): what a learner hands back to the teacher after
 * practising a class pack — their name, the pack it answers (id and article hashes), each
 * answer with its score, a per-skill summary, time spent and the learner's disputes. Nothing
 * else leaves the learner's machine. Documented in docs/RESULTS-FORMAT.md; read-results.ts and
 * write-results.ts are the two directions, class.ts aggregates many files for the class view.
 *
 * Like the class pack it is plain UTF-8 JSON, so a teacher or a school's IT can read it.
 */
import type { Skill } from '../practice/types';

export const RESULTS_FORMAT = 'framewise-results';
/**
 * Bumped on any change an older reader could misread; readers refuse a newer version. Version 2
 * (analyser 2.28.0) adds an item's `gradedPart`; a file written without one is still version 1, so
 * every reader since version 1 reads it.
 */
export const RESULTS_VERSION = 2;
export const RESULTS_EXTENSION = '.framewise-results';
/** A term's practice on a pack is a few hundred kB; a bigger file is not a results file. */
export const MAX_RESULTS_BYTES = 8 * 1024 * 1024;
export const MAX_RESULT_ITEMS = 10_000;
export const MAX_RESULT_DISPUTES = 1_000;
export const MAX_RESULT_ARTICLES = 200;
/** The format needs 6 levels (an answer nests a little); much deeper is not ours. */
export const MAX_RESULTS_DEPTH = 12;
/** An answer is a choice, a few spans or a rewritten sentence. */
export const MAX_ANSWER_CHARS = 4_000;
export const MAX_LEARNER_NAME_CHARS = 200;
export const MAX_PACK_TITLE_CHARS = 500;
export const MAX_ITEM_ID_CHARS = 200;
export const MAX_REASON_CHARS = 2_000;

/** One answer the learner gave on one of the pack's items. */
export interface ResultItem {
  /** Index into `pack.articleHashes`. */
  article: number;
  /** The practice item's id (the same on every machine: article hash prefix, skill, anchor). */
  itemId: string;
  skill: Skill;
  /** The learner's answer as the app stored it (JSON). */
  answer: unknown;
  /** 0..1; null for an item the app does not mark ("discuss"). */
  score: number | null;
  correct: boolean | null;
  graded: boolean;
  /** 'voice': a classify item graded on the writer's own voice alone, fact against framing left to discuss. */
  gradedPart?: 'voice';
  /** Whether the expected answer came from a (teacher's or sample's) key or from the analyser. */
  source: 'key' | 'analyser';
  timeMs: number;
  /** When it was answered (epoch ms). */
  at: number;
}

export interface ResultDispute {
  article: number;
  itemId: string;
  /** The disputed sentence: offsets into the article's original text (0, 0: the whole article). */
  sentenceStart: number;
  sentenceEnd: number;
  reason: string;
  at: number;
}

export interface SkillResult {
  skill: Skill;
  /** Answers on this skill. */
  items: number;
  /** Of which marked. */
  graded: number;
  /** Mean score of the marked answers, 0..1 (one graded on the writer's voice alone weighs half); null when none is marked. */
  score: number | null;
}

export interface ResultsPack {
  /** The pack's id (pack-id.ts): SHA-256 of its creation time and article hashes. */
  id: string;
  /** The pack's createdAt (epoch ms). */
  createdAt: number;
  /** The assignment's title, when the pack had one. */
  title?: string;
  articleHashes: string[];
}

export interface ClassResults {
  version: number;
  /** When the learner exported the file (epoch ms): of two files from one learner, the later wins. */
  exportedAt: number;
  learner: { name: string };
  pack: ResultsPack;
  items: ResultItem[];
  /** Derived from `items` (the reader recomputes and compares). */
  skills: SkillResult[];
  /** Sum of the items' time (ms). */
  timeSpentMs: number;
  disputes: ResultDispute[];
}

/** What a writer supplies: the summary and time are computed from the items. */
export type ResultsInput = Omit<ClassResults, 'version' | 'skills' | 'timeSpentMs'>;
