// @vitest-environment jsdom
/**
 * Clearer items: every choice reachable by keyboard (arrows past the nine number keys),
 * missing-voices feedback grouped into never heard / heard, and neutral-rewrite versions with
 * the words that differ from the article's sentence highlighted.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateItems, gradeItem, type Choice, type ItemOfSkill, type PracticeItem, type Skill } from '../../../src/core/practice';
import { EMPTY_DRAFT, type Draft } from '../../../src/renderer/src/practice/draft';
import { rewriteParts } from '../../../src/renderer/src/practice/rewrite-diff';
import { Feedback } from '../../../src/renderer/src/ui/practice/Feedback';
import { ItemQuestion } from '../../../src/renderer/src/ui/practice/ItemQuestion';
import { seedKey, seedText } from './helpers';

afterEach(cleanup);

const original = seedText();
const all = (): PracticeItem[] => generateItems({ id: 1, hash: 'f'.repeat(64), original }, null, seedKey());
const originalOf = (_item: PracticeItem) => original;
function ofSkill<S extends Skill>(items: PracticeItem[], skill: S): ItemOfSkill<S>[] {
  return items.filter((i): i is ItemOfSkill<S> => i.skill === skill);
}

/** A missing-voices item with 14 parties: its own plus made-up ones, so the number keys run out. */
function fourteenVoices(): ItemOfSkill<'missing-voices'> {
  const item = ofSkill(all(), 'missing-voices')[0];
  const extra: Choice[] = Array.from({ length: 14 - item.choices.length }, (_, i) => ({ id: `extra-${i}`, label: `Party ${i + 1}` }));
  const choices = [...item.choices, ...extra];
  const [unheard, lastHeard] = extra.slice(-2);
  const heard = [...item.key.heard, ...extra.slice(0, -2).map((c) => c.id), lastHeard.id];
  return { ...item, choices, key: { notHeard: [...item.key.notHeard, unheard.id], heard } };
}

function Controlled({ item }: { item: PracticeItem }) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  return <ItemQuestion item={item} original={originalOf(item)} draft={draft} onDraft={setDraft} locked={false} />;
}

describe('every choice reachable by keyboard', () => {
  it('arrow keys walk all 14 options (wrapping) and Space ticks the 14th, which no number key reaches', () => {
    const item = fourteenVoices();
    expect(item.choices).toHaveLength(14);
    render(<Controlled item={item} />);
    const buttons = screen.getAllByRole('button').filter((b) => b.dataset.prAnswer === 'choice');
    expect(buttons).toHaveLength(14);
    expect(buttons.filter((b) => b.getAttribute('aria-keyshortcuts'))).toHaveLength(9);
    buttons[0].focus();
    for (let i = 1; i < 14; i++) {
      fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
      expect(document.activeElement).toBe(buttons[i]);
    }
    fireEvent.click(document.activeElement!); // what Space does on a focused button
    expect(buttons[13].getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(buttons[13]);
    expect(screen.getByText(/↑ ↓ move between all of them/)).toBeDefined();
  });
});

describe('missing-voices feedback', () => {
  it('groups the parties into never heard and heard, each once, with whether the learner ticked them', () => {
    const item = fourteenVoices();
    const answer = { choiceIds: [item.key.notHeard[0], item.key.heard[0]] };
    render(
      <Feedback item={item} answer={answer} result={gradeItem(item, answer)} original={originalOf(item)} saveError={null} onDispute={vi.fn()} />,
    );
    const notHeard = screen.getByTestId('voices-not-heard');
    const heard = screen.getByTestId('voices-heard');
    expect(within(notHeard).getByRole('heading').textContent).toBe(`Talked about, never heard (${item.key.notHeard.length})`);
    expect(within(heard).getByRole('heading').textContent).toBe(`Heard (quoted or paraphrased) (${item.key.heard.length})`);
    expect(within(notHeard).getAllByRole('listitem')).toHaveLength(item.key.notHeard.length);
    expect(within(heard).getAllByRole('listitem')).toHaveLength(item.key.heard.length);
    expect(within(notHeard).getAllByRole('listitem')[0].textContent).toContain('you ticked it');
    const [unheard, lastHeard] = item.choices.slice(-2);
    expect(within(notHeard).getByText(unheard.label).closest('li')!.textContent).toContain('you did not tick it');
    expect(within(heard).getByText(lastHeard.label)).toBeDefined();
    // No cloud of mention chips.
    expect(document.querySelector('.pr-cues')).toBeNull();
  });
});

describe('neutral-rewrite choices', () => {
  it('marks exactly the words a version changes from the article’s sentence', () => {
    expect(rewriteParts('Officials slammed the reckless plan on Monday.', 'Officials criticised the plan on Monday.')).toEqual([
      { text: 'Officials ', changed: false },
      { text: 'criticised', changed: true },
      { text: ' the plan on Monday.', changed: false },
    ]);
    expect(rewriteParts('Same words here.', 'Same words here.')).toEqual([{ text: 'Same words here.', changed: false }]);
  });

  it('highlights the differing words in each version on screen; the unchanged version has none', () => {
    const item = ofSkill(all(), 'neutral-rewrite')[0];
    render(<Controlled item={item} />);
    expect(screen.getByText('Highlighted: the words each version changes from the article’s sentence.')).toBeDefined();
    for (const choice of item.choices) {
      const button = document.querySelector<HTMLElement>(`[data-choice="${choice.id}"]`)!;
      const marks = [...button.querySelectorAll('mark.pr-diff')].map((m) => m.textContent);
      const variant = item.key.variants[choice.id];
      if (variant === 'original') expect(marks).toEqual([]);
      else expect(marks.length).toBeGreaterThan(0);
      // A replacement word the sentence did not have before is marked (one it already had may align with it).
      if (variant === 'neutral') {
        for (const r of item.key.replacements) {
          const word = r.to.split(' ')[0];
          if (word && !item.sentence!.text.includes(word)) expect(marks.join(' ')).toContain(word);
        }
      }
      // The text read is still the whole version.
      expect(button.querySelector('.pr-option__label')!.textContent).toBe(choice.label);
    }
  });
});
