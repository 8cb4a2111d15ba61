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
  | 'multi-sided';

export interface KeySentence {
  /** The sentence exactly as it appears in the article text. */
  text: string;
  label: SentenceLabel;
  /** For attributed sentences: who speaks (exact words in the sentence) and the reporting cue. */
  source?: string;
  sourceKind?: SourceKind;
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
