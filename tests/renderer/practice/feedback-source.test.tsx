// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { generateItems, gradeItem } from '../../../src/core/practice';
import { Feedback } from '../../../src/renderer/src/ui/practice/Feedback';
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
