/**
 * The first-run lesson's example sentences: which sample and which key sentence, read from
 * the bundled answer keys at run time, so the lesson always quotes the samples exactly (a
 * test checks each sentence is in its sample text with the label the lesson claims).
 * All three come from one local-news report: a reader can open it and meet them again.
 */
import type { KeySentence } from '../../../../core/samples/answer-key';
import { sampleAnswerKey } from '../../analysis/sample-keys';

export type LessonIdea = 'fact' | 'attributed' | 'framing';

export const LESSON_IDEAS: readonly LessonIdea[] = ['fact', 'attributed', 'framing'];

export const LESSON_EXAMPLES: Record<LessonIdea, { sampleId: string; sentence: number }> = {
  fact: { sampleId: 'local-millbrook-by-election', sentence: 8 },
  attributed: { sampleId: 'local-millbrook-by-election', sentence: 18 },
  framing: { sampleId: 'local-millbrook-by-election', sentence: 17 },
};

export interface LessonExample {
  idea: LessonIdea;
  /** The sample's title, to say where the sentence comes from. */
  title: string;
  sentence: KeySentence;
}

/** The example of one idea, or undefined if the sample or its key is missing from this build. */
export function lessonExample(idea: LessonIdea): LessonExample | undefined {
  const { sampleId, sentence } = LESSON_EXAMPLES[idea];
  const key = sampleAnswerKey(sampleId);
  const found = key?.sentences[sentence];
  if (!key || !found || found.label !== idea) return undefined;
  return { idea, title: key.title, sentence: found };
}
