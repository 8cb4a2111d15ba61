import { describe, expect, it } from 'vitest';
import { checkKeyAgainstText } from '../../../src/core/samples/check-key';
import { validateKey } from '../../../src/core/samples/validate-key';
import { keyWith } from './key-fixture';

// A hard-wrapped article, as .txt and .md files often are: its sentences cross line breaks.
const WRAPPED = 'Library closes\n\nThe council voted on Tuesday to close the old library\non Mill Street. Critics called it rushed.\n\nIt reopens next year.\n';

describe('validateKey on a hard-wrapped article', () => {
  const sentences = [
    { text: 'The council voted on Tuesday to close the old library\non Mill Street.', label: 'fact' as const },
    { text: 'Critics called it rushed.', label: 'attributed' as const, source: 'Critics', sourceKind: 'vague' as const, cue: 'called', direct: false },
    { text: 'It reopens next year.', label: 'fact' as const },
  ];

  it('accepts a sentence that crosses a line break inside its paragraph, and practice can place it', () => {
    const key = keyWith(sentences, { headings: ['Library closes'] });
    expect(validateKey(key, WRAPPED)).toEqual([]);
    expect(checkKeyAgainstText(key, WRAPPED).ok).toBe(true);
  });

  it('refuses a sentence that runs across a paragraph break or a heading', () => {
    const across = 'The council voted on Tuesday to close the old library\non Mill Street. Critics called it rushed.\n\nIt reopens next year.';
    const key = keyWith([{ text: across, label: 'fact' }], { headings: ['Library closes'] });
    expect(validateKey(key, WRAPPED)).toContain(`sentence 1 is not inside one body paragraph: "${across.slice(0, 70)}…"`);
    const intoHeading = keyWith([{ text: 'Library closes\n\nThe council voted on Tuesday to close the old library\non Mill Street.', label: 'fact' }, ...sentences.slice(1)]);
    expect(validateKey(intoHeading, WRAPPED).some((p) => p.startsWith('sentence 1 is not inside one body paragraph'))).toBe(true);
  });
});
