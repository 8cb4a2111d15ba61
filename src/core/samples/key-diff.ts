/**
 * What a teacher's key says differently from the machine's (both in the key format): per
 * sentence, which fields differ, and whether the voices do. Sentences are matched by their
 * position and text; a sentence the machine does not have counts as changed in every field.
 */
import type { AnswerKey, KeySentence } from './answer-key';

export type KeyField = 'label' | 'speaker' | 'sourceKind' | 'loaded' | 'markers' | 'claim' | 'note';

export const KEY_FIELDS: readonly KeyField[] = ['label', 'speaker', 'sourceKind', 'loaded', 'markers', 'claim', 'note'];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

function fieldValue(s: KeySentence, field: KeyField): unknown {
  switch (field) {
    case 'label':
      return s.label;
    case 'speaker':
      return [s.source ?? null, s.cue ?? null];
    case 'sourceKind':
      return s.sourceKind ?? null;
    case 'loaded':
      return [...(s.loaded ?? [])].map((l) => [l.text, l.neutral ?? null]).sort();
    case 'markers':
      return [sorted(s.hedges), sorted(s.certainty)];
    case 'claim':
      return s.checkWorthy ? [s.claimSource ?? null, s.claimSourceKind ?? null] : null;
    case 'note':
      return s.note?.trim() || null;
  }
}

/** The fields of `sentence` that differ from `machine` (all of them when there is no machine sentence). */
export function changedFields(sentence: KeySentence, machine: KeySentence | undefined): KeyField[] {
  if (!machine || machine.text !== sentence.text) return [...KEY_FIELDS];
  return KEY_FIELDS.filter((field) => !same(fieldValue(sentence, field), fieldValue(machine, field)));
}

export interface KeyDiff {
  /** Per sentence of the edited key (same index): the fields that differ. */
  sentences: KeyField[][];
  voices: boolean;
  /** How many sentences differ in any field. */
  changedSentences: number;
}

export function diffKeys(edited: AnswerKey, machine: AnswerKey): KeyDiff {
  const sentences = edited.sentences.map((s, i) => changedFields(s, machine.sentences[i]));
  const voices =
    !same(sorted(edited.voices.heard), sorted(machine.voices.heard)) || !same(sorted(edited.voices.notHeard), sorted(machine.voices.notHeard));
  return { sentences, voices, changedSentences: sentences.filter((f) => f.length > 0).length };
}
