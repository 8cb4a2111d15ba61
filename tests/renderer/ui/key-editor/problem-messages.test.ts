import { describe, expect, it } from 'vitest';
import { validateKey } from '../../../../src/core/samples/validate-key';
import { keyWith } from '../../../core/samples/key-fixture';
import { keyProblem } from '../../../../src/renderer/src/ui/key-editor/problem-messages';

const TEXT = 'Title line\n\nThe mayor said so. It rained "all day".\nA wrapped\nsentence.\n';

describe('key problems in the catalogue', () => {
  it('words the problems the editor can meet, with their sentence', () => {
    const problems = validateKey(
      keyWith(
        [
          { text: 'The mayor said so.', label: 'attributed', direct: false },
          { text: 'It rained "all day".', label: 'attributed', direct: true, source: 'It', sourceKind: 'named' },
        ],
        { headings: ['Title line'] },
      ),
      TEXT,
    ).map(keyProblem);
    expect(problems).toEqual([
      { sentence: 0, text: 'Sentence 1 is attributed but has no speaker and reporting verb: select them in the sentence, or change its label.' },
      { sentence: 1, text: 'Sentence 2 is attributed but has no reporting verb: select it in the sentence (“said”, “according to”).' },
      { sentence: null, text: 'Some text is in no sentence, heading or debris: “A wrapped”. This article’s key cannot be saved.' },
      { sentence: null, text: 'Some text is in no sentence, heading or debris: “sentence.”. This article’s key cannot be saved.' },
    ]);
  });

  it('keeps an unknown problem inside a catalogue sentence', () => {
    expect(keyProblem('sentence 3: loaded voice must be writer or source')).toEqual({
      sentence: 2,
      text: 'The key does not fit the article: sentence 3: loaded voice must be writer or source',
    });
  });
});
