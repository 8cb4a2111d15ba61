import type { AnswerKey } from '../../../src/core/samples/answer-key';

/** A minimal answer key around the given sentences (the envelope every key test needs). */
export function keyWith(sentences: AnswerKey['sentences'], fields: Partial<AnswerKey> = {}): AnswerKey {
  return {
    id: 'a',
    title: 't',
    kind: 'feature',
    file: 'a.txt',
    practiceMaterial: true,
    sentences,
    headings: [],
    debris: [],
    voices: { heard: [], notHeard: [] },
    ...fields,
  };
}
