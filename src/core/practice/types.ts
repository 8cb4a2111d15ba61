/**
 * The practice contract: items, answers, grades and the records the renderer stores.
 * Everything is plain data (structured-clone and JSON safe) so it can live in Dexie
 * and cross worker boundaries. Offsets are into the article's original text.
 */
import type { CueKind, SentenceLabel, Span } from '../analysis/types';
import type { Message } from './messages';

export const SKILLS = [
  'classify',
  'loaded-words',
  'who-says',
  'hedge-certainty',
  'source-check',
  'neutral-rewrite',
  'missing-voices',
] as const;

export type Skill = (typeof SKILLS)[number];

/** Where the expected answer came from: a hand answer key or the automatic analyser. */
export type AnswerSource = 'key' | 'analyser';

/**
 * Whether the item's material is neutral reporting or slanted writing. Sessions balance
 * the two so learners practise telling them apart rather than distrusting everything.
 */
export type Material = 'neutral' | 'manipulative';

export interface Token {
  /** Position in the item's token list (what the learner's answer refers to). */
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Choice {
  id: string;
  /** The text shown: article words (voices, rewritten sentences) or the English reference. */
  label: string;
  /** Set for fixed choices ("The writer", "No source given") so the UI can localise them. */
  message?: Message;
}

/** 'mention': a party that is talked about (used for voices that are never heard). */
export type HighlightKind = CueKind | 'mention';

export interface Highlight extends Span {
  kind: HighlightKind;
  /** For loaded words: more neutral alternatives ('' means "leave it out"). */
  neutral?: string[];
  /** For loaded words: whose words they are. */
  voice?: 'writer' | 'source';
}

export interface Explanation {
  /** The sentence the item is about (null for article-level items such as missing voices). */
  sentence: Span | null;
  /** Cue spans to highlight, in text order. */
  cues: Highlight[];
  /** One or two plain sentences of why (localisable messages). */
  why: Message[];
  /** A teacher's note from a hand answer key, shown as is. */
  note?: string;
}

interface ItemBase {
  /** Stable across regenerations for the same article text: `${hash12}:${skill}:${sentenceStart}`. */
  itemId: string;
  skill: Skill;
  articleId: number | null;
  articleHash: string;
  analyserVersion: string;
  answerSource: AnswerSource;
  /** Set (by the renderer's item source) when the key is one a teacher checked for this article, not a bundled sample's. */
  checkedByTeacher?: boolean;
  /** Only graded items get a score and a review card; the rest are "discuss" items. */
  graded: boolean;
  /** The confidence (0..1) behind the expected answer, compared with the skill's cut-off. */
  confidence: number;
  material: Material;
  /** Index into ArticleAnalysis.sentences, or null for article-level items. */
  sentenceIndex: number | null;
  sentence: Span | null;
  /** The paragraph around the sentence, so the UI can show it in context. */
  context: Span | null;
  prompt: Message;
  explanation: Explanation;
}

export interface ClassifyItem extends ItemBase {
  skill: 'classify';
  /** Always fact, attributed, framing (keys 1–3). */
  choices: SentenceLabel[];
  probabilities: Record<SentenceLabel, number>;
  key: { label: SentenceLabel };
  /**
   * Set on an analyser item that is not sure enough of its label to grade it, but sure the sentence
   * is in the writer's own voice (fact or framing, not a reported claim): the item is then graded on
   * that alone ("attributed" is wrong, "fact" and "framing" both right) and fact against framing is
   * left to discuss. `graded` is true; `confidence` stays the label's, `voiceOnly.confidence` is the
   * calibrated probability that the sentence is not attributed (confidence.ts).
   */
  voiceOnly?: { confidence: number };
}

export interface KeyLoadedSpan extends Span {
  tokenIndices: number[];
  neutral: string[];
  voice: 'writer' | 'source';
}

export interface LoadedWordsItem extends ItemBase {
  skill: 'loaded-words';
  tokens: Token[];
  /** Empty when the sentence has no loaded words (the answer is "none"). */
  key: { spans: KeyLoadedSpan[] };
}

export interface WhoSaysItem extends ItemBase {
  skill: 'who-says';
  choices: Choice[];
  key: { choiceId: string; kind: 'voice' | 'writer' | 'none'; source: Span | null; cue: Span | null };
}

export interface KeyMarker extends Span {
  tokenIndices: number[];
  kind: 'hedge' | 'certainty';
}

export interface HedgeCertaintyItem extends ItemBase {
  skill: 'hedge-certainty';
  tokens: Token[];
  /** Empty when neither doubt nor certainty is signalled (the answer is "neither"). */
  key: { markers: KeyMarker[] };
}

export type SourceCheckKind = 'named' | 'vague' | 'none';

export interface SourceCheckItem extends ItemBase {
  skill: 'source-check';
  tokens: Token[];
  choices: SourceCheckKind[];
  /** The numbers / events that make the claim check-worthy. */
  anchors: Span[];
  key: {
    kind: SourceCheckKind;
    source: Span | null;
    /** Tokens of the source inside this sentence; empty when there is none or it is elsewhere. */
    tokenIndices: number[];
  };
}

/** partly-neutral: only some loaded words replaced (the one left is still loaded). */
export type RewriteVariant = 'neutral' | 'original' | 'intensified' | 'fact-changed' | 'partly-neutral';

export interface NeutralRewriteItem extends ItemBase {
  skill: 'neutral-rewrite';
  /** The versions, in a fixed shuffled order; ids do not reveal the variant. */
  choices: Choice[];
  key: {
    choiceId: string;
    variants: Record<string, RewriteVariant>;
    /** What was replaced to make the neutral version (start/end: the replaced words in the original text). */
    replacements: { from: string; to: string; start: number; end: number }[];
    /** The fact that the fact-changed version alters, if there is one. */
    changedFact: { from: string; to: string } | null;
  };
}

export interface MissingVoicesItem extends ItemBase {
  skill: 'missing-voices';
  choices: Choice[];
  key: { notHeard: string[]; heard: string[] };
}

export type PracticeItem =
  | ClassifyItem
  | LoadedWordsItem
  | WhoSaysItem
  | HedgeCertaintyItem
  | SourceCheckItem
  | NeutralRewriteItem
  | MissingVoicesItem;

export type ItemOfSkill<S extends Skill> = Extract<PracticeItem, { skill: S }>;

export interface AnswerBySkill {
  classify: { label: SentenceLabel };
  /** Token indices the learner marked; an empty list means "none". */
  'loaded-words': { tokens: number[] };
  'who-says': { choiceId: string };
  'hedge-certainty': { kind: 'neither' } | { kind: 'hedge' | 'certainty'; tokenIndex: number };
  /** tokens: the words the learner marked as the source (asked when kind is named or vague). */
  'source-check': { kind: SourceCheckKind; tokens?: number[] };
  'neutral-rewrite': { choiceId: string };
  'missing-voices': { choiceIds: string[] };
}

export type AnswerOf<I extends PracticeItem> = AnswerBySkill[I['skill']];
export type PracticeAnswer = AnswerBySkill[Skill];

export interface GradeDetail {
  /** Key units the learner found (loaded spans, voices, source tokens…). */
  hits: string[];
  /** Key units the learner missed. */
  misses: string[];
  /** What the learner chose that is not in the key. */
  extras: string[];
}

export interface GradeResult<I extends PracticeItem = PracticeItem> {
  /** null for "discuss" items: the app is not confident enough to mark them. */
  correct: boolean | null;
  /** 0..1 with partial credit; null for discuss items. */
  score: number | null;
  /** The expected answer, in the same shape as the learner's answer. */
  expected: AnswerOf<I>;
  explanation: Explanation;
  /** Hits / misses / extras for multi-part answers (also filled for discuss items). */
  detail?: GradeDetail;
  /** For discuss items: what the score would have been against the automatic answer. */
  provisionalScore?: number;
  /**
   * 'voice' when only the writer's own voice against a reported claim was graded (a classify item
   * with `voiceOnly`): `correct` says whether the learner saw that; fact against framing is to discuss.
   */
  gradedPart?: 'voice';
}

/** One stored attempt (Dexie table `attempts`). `at` is epoch milliseconds. */
export interface AttemptRecord {
  id?: number;
  profileId: number;
  articleId: number | null;
  itemId: string;
  skill: Skill;
  answer: PracticeAnswer;
  correct: boolean | null;
  score: number | null;
  graded: boolean;
  /** 'voice': a classify item graded on the writer's own voice alone (GradeResult.gradedPart). */
  gradedPart?: 'voice';
  timeMs: number;
  at: number;
  source: AnswerSource;
}
