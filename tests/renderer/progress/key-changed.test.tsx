// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { generateItems, type ItemOfSkill } from '../../../src/core/practice';
import { ALL_ITEMS, changedItemIds } from '../../../src/core/samples/key-changes';
import { getArticle } from '../../../src/renderer/src/db/articles';
import { resolveDispute, saveEditedKey } from '../../../src/renderer/src/db/key-edits';
import { loadProgress } from '../../../src/renderer/src/practice/progress-data';
import { answerItem, saveDispute } from '../../../src/renderer/src/practice/session';
import { ProgressView } from '../../../src/renderer/src/ui/progress/ProgressView';
import { seedKey, setupSeed, START } from '../practice/helpers';

afterEach(cleanup);

describe('answers to items whose key a teacher changed', () => {
  it('are marked "key changed", left out of mastery, and the learner is told; a rejected dispute shows the note', async () => {
    const setup = await setupSeed();
    const record = (await getArticle(setup.db, setup.articleId))!;
    const article = { id: setup.articleId, hash: record.hash, original: record.original };
    const key = seedKey();
    const items = generateItems(article, null, key, ALL_ITEMS);
    const classify = items.filter((i): i is ItemOfSkill<'classify'> => i.skill === 'classify');
    const target = classify[0];
    // The learner answers two classify items right (by the sample's key).
    for (const [n, item] of [target, classify[1]].entries()) {
      await answerItem({ store: setup.deps.store, profileId: setup.profileId, item, answer: { label: item.key.label }, timeMs: 1_000, now: START + n });
    }
    await saveDispute({ store: setup.deps.store, profileId: setup.profileId, item: classify[1], reason: 'I think it is framing.', now: START + 5 });
    const dispute = (await setup.db.disputes.toArray())[0];
    await resolveDispute(setup.db, dispute.id, { status: 'rejected', note: 'The council said it.', at: START + 6 });

    // The teacher relabels the first item's sentence.
    const index = key.sentences.findIndex((s) => s.text === target.sentence!.text);
    const other = target.key.label === 'fact' ? 'framing' : 'fact';
    const edited = { ...key, sentences: key.sentences.map((s, i) => (i === index ? { ...s, label: other, source: undefined, sourceKind: undefined, cue: undefined, direct: undefined } : s)) };
    const changed = changedItemIds(items, generateItems(article, null, JSON.parse(JSON.stringify(edited)), ALL_ITEMS));
    expect(changed).toContain(target.itemId);
    const saved = await saveEditedKey(setup.db, setup.articleId, JSON.parse(JSON.stringify(edited)), { changedItemIds: changed, now: START + 10 });
    expect(saved.markedAttempts).toBe(1);

    const data = await loadProgress({ store: setup.deps.store, profileId: setup.profileId, now: START + 20, dayKey: setup.deps.dayKey });
    expect(data.keyChangedAttempts).toBe(1);
    // Of the two answers, one is key changed and the other disputed: neither counts.
    expect(data.mastery.classify.attempts).toBe(0);

    render(<ProgressView profileId={setup.profileId} onStartReview={() => {}} onOpenArticle={() => {}} deps={setup.deps} />);
    expect((await screen.findByTestId('progress-key-changed')).textContent).toContain('1 answer is marked “key changed”');
    expect(within(screen.getByTestId('progress-disputes')).getByText('Your teacher kept this answer: “The council said it.”')).toBeDefined();
  });
});
