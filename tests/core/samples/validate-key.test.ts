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

describe('validateKey on a quotation that runs over several sentences', () => {
  const TEXT = 'Ferry ends\n\n“It isn’t the money,” said Ana Reyes. “It’s the paperwork. Nobody reads it.”\n';
  const said = { text: '“It isn’t the money,” said Ana Reyes.', label: 'attributed' as const, source: 'Ana Reyes', sourceKind: 'named' as const, cue: 'said', direct: true };
  const opens = { text: '“It’s the paperwork.', label: 'attributed' as const, direct: true, note: 'Continued quotation from Ana Reyes.' };
  const middle = { text: 'Nobody reads it.”', label: 'attributed' as const, direct: true, note: 'Continued quotation from Ana Reyes.' };

  it('accepts a continued sentence with no opening quote mark while the quotation is still open', () => {
    expect(validateKey(keyWith([said, opens, middle], { headings: ['Ferry ends'] }), TEXT)).toEqual([]);
  });

  it('refuses a sourceless sentence after the quotation has closed', () => {
    const text = 'Ferry ends\n\n“It isn’t the money,” said Ana Reyes. Nobody reads it.\n';
    const closed = { ...middle, text: 'Nobody reads it.', direct: true };
    const problems = validateKey(keyWith([said, closed], { headings: ['Ferry ends'] }), text);
    expect(problems.some((p) => p.startsWith('sentence 2 (attributed) needs a source and cue'))).toBe(true);
    expect(problems).toContain('sentence 2 is direct but has no quote marks');
  });

  it('takes British single quotation marks as quote marks, but not an apostrophe alone', () => {
    const text = 'Ferry ends\n\n‘It isn’t the money,’ said Ana Reyes. It isn’t over, she said.\n';
    const single = { ...said, text: '‘It isn’t the money,’ said Ana Reyes.' };
    const apostrophe = { text: 'It isn’t over, she said.', label: 'attributed' as const, source: 'she', sourceKind: 'pronoun' as const, resolvedSource: 'Ana Reyes', cue: 'said', direct: true };
    const problems = validateKey(keyWith([single, apostrophe], { headings: ['Ferry ends'] }), text);
    expect(problems).not.toContain('sentence 1 is direct but has no quote marks');
    expect(problems).toContain('sentence 2 is direct but has no quote marks');
  });

  it('follows a British single-quoted quotation over several sentences, and closes it at its end', () => {
    const text = 'Ferry ends\n\n‘It isn’t the money,’ said Ana Reyes. ‘It’s the workers’ paperwork. Nobody reads it.’ The ferry stops in May.\n';
    const single = { ...said, text: '‘It isn’t the money,’ said Ana Reyes.' };
    const opensSingle = { ...opens, text: '‘It’s the workers’ paperwork.' };
    const middleSingle = { ...middle, text: 'Nobody reads it.’' };
    const after = { text: 'The ferry stops in May.', label: 'attributed' as const, direct: true, note: 'Continued quotation from Ana Reyes.' };
    expect(validateKey(keyWith([single, opensSingle, middleSingle], { headings: ['Ferry ends'] }), text.replace(' The ferry stops in May.', ''))).toEqual([]);
    const problems = validateKey(keyWith([single, opensSingle, middleSingle, after], { headings: ['Ferry ends'] }), text);
    expect(problems.some((p) => p.startsWith('sentence 4 (attributed) needs a source and cue'))).toBe(true);
  });
});

describe('validateKey on a transcript answer that runs over several sentences', () => {
  const TEXT = 'Sensor fault\n\nQ: When did the alarm start?\n\nKessler: It came on now and then from March. Nobody logged it.\n';
  const question = { text: 'Q: When did the alarm start?', label: 'fact' as const };
  const answer = { text: 'Kessler: It came on now and then from March.', label: 'attributed' as const, source: 'Kessler', sourceKind: 'named' as const, cue: ':', direct: false };
  const more = { text: 'Nobody logged it.', label: 'attributed' as const, direct: false, note: 'Continued answer from Kessler.' };

  it('accepts the later sentences of an answer keyed with ":" as its cue', () => {
    expect(validateKey(keyWith([question, answer, more], { headings: ['Sensor fault'] }), TEXT)).toEqual([]);
  });

  it('still refuses a sourceless unquoted sentence after a said-report', () => {
    const said = { ...answer, text: 'Kessler: It came on now and then from March.', cue: 'said' };
    const problems = validateKey(keyWith([question, said, more], { headings: ['Sensor fault'] }), TEXT);
    expect(problems.some((p) => p.startsWith('sentence 3 (attributed) needs a source and cue'))).toBe(true);
  });
});

describe('validateKey on a paraphrase carried on without a cue (LABELLING.md)', () => {
  const TEXT = 'Line to close\n\nMr Hale said the line would close in May. Buses would replace trains for six weeks. The line carries 4,000 passengers a day.\n';
  const said = { text: 'Mr Hale said the line would close in May.', label: 'attributed' as const, source: 'Mr Hale', sourceKind: 'named' as const, cue: 'said', direct: false };
  const carried = { text: 'Buses would replace trains for six weeks.', label: 'attributed' as const, direct: false, note: 'Continued paraphrase of Mr Hale.' };
  const fact = { text: 'The line carries 4,000 passengers a day.', label: 'fact' as const };

  it('accepts a backshifted sentence that carries on the reported speech', () => {
    expect(validateKey(keyWith([said, carried, fact], { headings: ['Line to close'] }), TEXT)).toEqual([]);
  });

  it('refuses one the writer could state in their own voice, or one without the note', () => {
    const ownVoice = { ...fact, label: 'attributed' as const, direct: false, note: 'Continued paraphrase of Mr Hale.' };
    expect(validateKey(keyWith([said, carried, ownVoice], { headings: ['Line to close'] }), TEXT).some((p) => p.startsWith('sentence 3 (attributed) needs a source and cue'))).toBe(true);
    const unnoted = { ...carried, note: undefined };
    expect(validateKey(keyWith([said, unnoted, fact], { headings: ['Line to close'] }), TEXT).some((p) => p.startsWith('sentence 2 (attributed) needs a source and cue'))).toBe(true);
  });
});
