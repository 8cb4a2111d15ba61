/**
 * A hand answer key for a sample article, in the seed-gold taxonomy. Sentences are
 * identified by their exact text (robust to segmentation changes); spans by their
 * exact text inside that sentence.
 */
import type { SentenceLabel, SourceKind } from '../analysis/types';

export type SampleKind =
  | 'seed'
  | 'wire-report'
  | 'local-news'
  | 'interview-feature'
  | 'op-ed'
  | 'editorial'
  | 'press-release'
  | 'advocacy'
  | 'multi-sided'
  | 'court-report'
  | 'science-health'
  | 'business'
  | 'local-politics'
  | 'explainer'
  | 'live-blog'
  | 'feature';

export interface KeySentence {
  /** The sentence exactly as it appears in the article text. */
  text: string;
  label: SentenceLabel;
  /** For attributed sentences: who speaks (exact words in the sentence) and the reporting cue. */
  source?: string;
  sourceKind?: SourceKind;
  /** For a pronoun, a surname alone or a continued quotation: the speaker's fullest name as written earlier. */
  resolvedSource?: string;
  cue?: string;
  direct?: boolean;
  /** Loaded words/phrases as they appear, each with a neutral alternative when one exists. */
  loaded?: { text: string; neutral?: string; voice?: 'writer' | 'source' }[];
  hedges?: string[];
  certainty?: string[];
  checkWorthy?: boolean;
  /** For check-worthy sentences: the source the article gives (exact words) or null for none. */
  claimSource?: string | null;
  claimSourceKind?: SourceKind | 'none';
  /** For a check-worthy sentence without a source: whether a careful reader is owed one (docs/LABELLING.md). */
  sourceOwed?: boolean;
  /** One or two plain sentences a teacher would say about it. */
  note?: string;
}

export interface AnswerKey {
  id: string;
  title: string;
  kind: SampleKind;
  /** File name of the article text beside the key, in resources/samples/. */
  file: string;
  practiceMaterial: boolean;
  sentences: KeySentence[];
  headings: string[];
  debris: string[];
  voices: { heard: string[]; notHeard: string[] };
}
