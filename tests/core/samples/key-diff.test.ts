import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../../src/core/samples/answer-key';
import { keyWith } from './key-fixture';
import { changedFields, diffKeys } from '../../../src/core/samples/key-diff';

const machine: AnswerKey = keyWith(
  [
    { text: 'The mayor said the plan works.', label: 'attributed', source: 'The mayor', sourceKind: 'named', cue: 'said', direct: false },
    { text: 'It is a disastrous plan.', label: 'framing', loaded: [{ text: 'disastrous', neutral: 'poor' }] },
  ],
  { voices: { heard: ['The mayor'], notHeard: [] } },
);

describe('key diff', () => {
  it('finds nothing when the keys agree (list order of spans aside)', () => {
    expect(diffKeys(machine, machine)).toEqual({ sentences: [[], []], voices: false, changedSentences: 0 });
  });

  it('names each changed field of a sentence', () => {
    const edited = { ...machine.sentences[1], label: 'fact' as const, loaded: [{ text: 'disastrous', neutral: 'bad' }], note: 'Look at the adjective.' };
    expect(changedFields(edited, machine.sentences[1])).toEqual(['label', 'loaded', 'note']);
  });

  it('marks the speaker and the source kind apart', () => {
    const edited = { ...machine.sentences[0], sourceKind: 'group' as const };
    expect(changedFields(edited, machine.sentences[0])).toEqual(['sourceKind']);
  });

  it('counts changed sentences and voices', () => {
    const edited: AnswerKey = {
      ...machine,
      sentences: [machine.sentences[0], { ...machine.sentences[1], label: 'fact' }],
      voices: { heard: ['The mayor'], notHeard: ['residents'] },
    };
    const diff = diffKeys(edited, machine);
    expect(diff.changedSentences).toBe(1);
    expect(diff.sentences[1]).toEqual(['label']);
    expect(diff.voices).toBe(true);
  });
});
