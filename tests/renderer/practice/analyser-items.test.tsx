// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addArticle } from '../../../src/renderer/src/db/articles';
import { getActiveProfileId } from '../../../src/renderer/src/db/profiles';
import { createItemSource } from '../../../src/renderer/src/practice/item-source';
import { createPracticeStore } from '../../../src/renderer/src/practice/store';
import { articleFromText } from '../../../src/renderer/src/samples/build-article';
import { PracticeView } from '../../../src/renderer/src/ui/practice/PracticeView';
import { analysisFromAnswerKey, dayKeyForOffset, generateItems, type PracticeItem } from '../../../src/core/practice';
import type { ArticleAnalysis } from '../../../src/core/analysis/types';
import { freshDatabase } from '../db/helpers';
import { seedKey, seedText as readSeedText, START } from './helpers';

const seedText = readSeedText();

/** Analyser-like output: the key's labels, but unsure about every other sentence. */
function unsureAnalysis(): ArticleAnalysis {
  const base = analysisFromAnswerKey(seedText, seedKey());
  return {
    ...base,
    analyserVersion: 'test-analyser-1',
    sentences: base.sentences.map((s, i) =>
      i % 2 === 0 ? s : { ...s, probabilities: { fact: 0.4, attributed: 0.35, framing: 0.25 }, pSubjective: 0.5 },
    ),
  };
}
const seedAnalysis = unsureAnalysis();

afterEach(cleanup);

describe('PracticeView with the analyser as the answer source', () => {
  it('shows discuss items without a score, says the answer is automatic, and schedules no card for them', async () => {
    const db = freshDatabase(`analyser-${Math.random()}`);
    // An imported copy (no sampleId): the analyser, not the key, is the answer source.
    const imported = await articleFromText({ text: seedText, title: 'Imported copy', format: 'txt', fileName: 'copy.txt' });
    const { id: articleId } = await addArticle(db, imported);
    const profileId = await getActiveProfileId(db);
    const analyse = vi.fn(async () => seedAnalysis);
    const clock = { now: START };
    const deps = {
      store: createPracticeStore(db),
      items: createItemSource({ analyse, keyFor: () => undefined }),
      now: () => clock.now,
      dayKey: dayKeyForOffset(0),
    };
    const items = new Map(
      generateItems({ id: articleId, hash: imported.hash, original: seedText }, seedAnalysis).map((i) => [i.itemId, i] as const),
    );
    const discussCount = [...items.values()].filter((i) => !i.graded).length;
    expect(discussCount).toBeGreaterThan(0);

    render(<PracticeView profileId={profileId} articleId={articleId} sessionSize={items.size} onOpenArticle={() => {}} onShowProgress={() => {}} deps={deps} />);
    await screen.findByRole('progressbar', { name: 'Session progress' });
    expect(analyse).toHaveBeenCalledTimes(1);

    // Graded items come first; walk to the first discuss item, answering with the first option / word.
    let discuss: PracticeItem | undefined;
    for (let guard = 0; guard < items.size && !discuss; guard++) {
      const el = document.querySelector<HTMLElement>('[data-item-id]')!;
      const item = items.get(el.dataset.itemId!)!;
      if (el.dataset.graded === 'false') discuss = item;
      if (item.skill === 'loaded-words') fireEvent.keyDown(document.body, { key: '0' });
      else if (item.skill === 'hedge-certainty') fireEvent.keyDown(document.body, { key: 'n' });
      else fireEvent.keyDown(document.body, { key: '1' });
      fireEvent.keyDown(document.body, { key: 'Enter' });
      const feedback = await waitFor(() => {
        const found = el.querySelector<HTMLElement>('.pr-feedback');
        expect(found).not.toBeNull();
        return found!;
      });
      expect(within(feedback).getByTestId('practice-source').textContent).toContain('automatic analyser');
      if (discuss) {
        expect(feedback.dataset.verdict).toBe('discuss');
        expect(feedback.textContent).toContain('Not graded — the analyser isn’t sure; what do you think?');
        expect(within(feedback).getByText('The automatic answer')).toBeDefined();
        expect(feedback.textContent).not.toMatch(/Right|Not quite|Partly right/);
        break;
      }
      fireEvent.keyDown(document.body, { key: 'Enter' });
      await waitFor(() => expect(document.querySelector<HTMLElement>('[data-item-id]')!.dataset.itemId).not.toBe(item.itemId));
    }
    expect(discuss).toBeDefined();
    const attempt = (await db.attempts.where('itemId').equals(discuss!.itemId).toArray())[0];
    expect(attempt).toMatchObject({ graded: false, correct: null, score: null, source: 'analyser' });
    expect(await db.reviewCards.get([profileId, discuss!.itemId])).toBeUndefined();
  });
});
