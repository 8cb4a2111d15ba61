// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalyser } from '../../../src/core/analysis';
import { generateItems, gradeItem, type ClassifyItem } from '../../../src/core/practice';
import { Feedback } from '../../../src/renderer/src/ui/practice/Feedback';
import { ItemQuestion } from '../../../src/renderer/src/ui/practice/ItemQuestion';
import { EMPTY_DRAFT } from '../../../src/renderer/src/practice/draft';
import { seedKey, seedText } from './helpers';

afterEach(cleanup);

describe('Feedback: where the answer comes from', () => {
  const original = seedText();
  const item = generateItems({ id: 1, hash: 'cd'.repeat(32), original }, null, seedKey()).find((i) => i.skill === 'classify')!;
  const answer = { label: 'fact' as const };
  const show = (checkedByTeacher?: boolean) =>
    render(
      <Feedback
        item={{ ...item, ...(checkedByTeacher ? { checkedByTeacher } : {}) }}
        answer={answer}
        result={gradeItem(item, answer)}
        original={original}
        saveError={null}
        onDispute={async () => {}}
      />,
    );

  it('says "checked by your teacher" for an item from a checked key', () => {
    show(true);
    expect(screen.getByTestId('practice-source').textContent).toBe('✎ Answer checked by your teacher');
  });

  it('still says "hand-made answer key" for a bundled sample key', () => {
    show();
    expect(screen.getByTestId('practice-source').textContent).toBe('✎ Answer from a hand-made answer key');
  });
});

/** A classify item of the sample article graded on the writer's voice alone (label never graded, voice always). */
function voiceOnlyItem(original: string): ClassifyItem {
  const analysis = createAnalyser().analyzeArticle(original);
  return generateItems({ id: 1, hash: 'cd'.repeat(32), original }, analysis, null, { cutoffs: { classify: 2 }, voiceCutoff: 0 }).find(
    (i): i is ClassifyItem => i.skill === 'classify' && !!i.voiceOnly,
  )!;
}

describe('Feedback: an item graded on the writer\'s voice alone', () => {
  const original = seedText();
  const item = voiceOnlyItem(original);
  const show = (label: 'fact' | 'attributed' | 'framing') =>
    render(<Feedback item={item} answer={{ label }} result={gradeItem(item, { label })} original={original} saveError={null} onDispute={async () => {}} />);

  it('says the voice was right, that fact against framing is open, and gives the voice as the answer', () => {
    show(item.key.label === 'fact' ? 'framing' : 'fact');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('Right — this is the writer’s own statement');
    expect(screen.getByTestId('practice-why').textContent).toContain('that part was not graded');
    expect(screen.getByTestId('practice-key').textContent).toBe('Either “Reported fact” or “Framing” — the writer’s own statement');
  });

  it('says "attributed" is not right', () => {
    show('attributed');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('Not quite — this is the writer’s own statement, not someone else’s claim');
  });
});

describe('ItemQuestion after checking an item graded on the writer\'s voice alone', () => {
  it('marks both of the writer\'s labels accepted and "Attributed claim" wrong when chosen', () => {
    const original = seedText();
    const item = voiceOnlyItem(original);
    render(<ItemQuestion item={item} original={original} draft={{ ...EMPTY_DRAFT, choice: 'attributed' }} onDraft={() => {}} locked />);
    const option = (id: string) => document.querySelector(`button[data-choice="${id}"]`)!;
    for (const id of ['fact', 'framing']) expect(option(id).textContent).toContain('✓ Accepted');
    expect(option('attributed').textContent).toContain('✗');
    expect(option('attributed').className).toContain('pr-option--wrong');
  });
});
