import { describe, expect, it } from 'vitest';
import { generateItems } from '../../../src/core/practice';
import type { AnswerKey } from '../../../src/core/samples/answer-key';
import { keyWith } from './key-fixture';
import { ALL_ITEMS, changedItemIds } from '../../../src/core/samples/key-changes';

const TEXT = 'The mayor said the plan works. It is a disastrous plan. The plan costs 4 million euros.\n';
const article = { id: 1, hash: 'ab'.repeat(32), original: TEXT };

const key: AnswerKey = keyWith(
  [
    { text: 'The mayor said the plan works.', label: 'attributed', source: 'The mayor', sourceKind: 'named', cue: 'said', direct: false },
    { text: 'It is a disastrous plan.', label: 'framing', loaded: [{ text: 'disastrous', neutral: 'poor' }] },
    { text: 'The plan costs 4 million euros.', label: 'fact', checkWorthy: true, claimSource: null, claimSourceKind: 'none' },
  ],
  { voices: { heard: ['The mayor'], notHeard: [] } },
);

describe('changedItemIds', () => {
  const before = generateItems(article, null, key, ALL_ITEMS);

  it('finds no change for the same key', () => {
    expect(changedItemIds(before, generateItems(article, null, key, ALL_ITEMS))).toEqual([]);
  });

  it('finds the items whose answer a new label changes, and only those', () => {
    const edited: AnswerKey = { ...key, sentences: [key.sentences[0], { ...key.sentences[1], label: 'fact' }, key.sentences[2]] };
    const after = generateItems(article, null, edited, ALL_ITEMS);
    const changed = changedItemIds(before, after);
    const classify = before.find((i) => i.skill === 'classify' && i.sentence?.text === 'It is a disastrous plan.');
    expect(classify).toBeDefined();
    expect(changed).toContain(classify!.itemId);
    const untouched = before.filter((i) => i.sentence?.text === 'The mayor said the plan works.');
    expect(untouched.length).toBeGreaterThan(0);
    for (const item of untouched) expect(changed).not.toContain(item.itemId);
  });
});
