// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayKeyForOffset, type ItemOfSkill } from '../../../src/core/practice';
import { generateItems } from '../../../src/core/practice';
import { getArticle } from '../../../src/renderer/src/db/articles';
import { createProfile } from '../../../src/renderer/src/db/profiles';
import { answeredToday, parseDailyGoal } from '../../../src/renderer/src/practice/daily-goal';
import { answerItem } from '../../../src/renderer/src/practice/session';
import { learnerKey, STORAGE_KEYS } from '../../../src/renderer/src/shell/stored-preference';
import { SessionGoal } from '../../../src/renderer/src/ui/progress/DailyGoal';
import { ProgressView } from '../../../src/renderer/src/ui/progress/ProgressView';
import { seedKey, setupSeed, START, type Setup } from '../practice/helpers';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const HOUR = 3_600_000;

describe('daily goal (pure)', () => {
  it('reads only the offered goals back; anything else is off', () => {
    expect(parseDailyGoal(null)).toBe(0);
    expect(parseDailyGoal('20')).toBe(20);
    expect(parseDailyGoal('10')).toBe(10);
    expect(parseDailyGoal('30')).toBe(30);
    expect(parseDailyGoal('15')).toBe(0);
    expect(parseDailyGoal('lots')).toBe(0);
  });

  it('counts the answers given on the learner’s calendar day, not the last 24 hours', () => {
    const now = Date.UTC(2026, 10, 28, 1, 0); // 01:00 UTC
    const attempts = [
      { at: Date.UTC(2026, 10, 27, 23, 30) }, // yesterday, 90 minutes ago
      { at: Date.UTC(2026, 10, 28, 0, 10) },
      { at: Date.UTC(2026, 10, 28, 0, 50) },
    ];
    expect(answeredToday(attempts, now, dayKeyForOffset(0))).toBe(2);
    // Two hours ahead of UTC it is 03:00 on the 28th and all three fall on that day.
    expect(answeredToday(attempts, now, dayKeyForOffset(120))).toBe(3);
    expect(answeredToday([], now, dayKeyForOffset(0))).toBe(0);
  });
});

async function answerSome(setup: Setup, count: number, at: number, profileId = setup.profileId): Promise<void> {
  const record = await getArticle(setup.db, setup.articleId);
  const items = generateItems({ id: setup.articleId, hash: record!.hash, original: record!.original }, null, seedKey());
  const classify = items.filter((i): i is ItemOfSkill<'classify'> => i.skill === 'classify').slice(0, count);
  expect(classify).toHaveLength(count);
  for (const item of classify) {
    at += 60_000;
    const out = await answerItem({ store: setup.deps.store, profileId, item, answer: { label: item.key.label }, timeMs: 1_000, now: at });
    expect(out.saved).toBe(true);
  }
}

describe('daily goal in Progress', () => {
  it('is off by default; a chosen goal is kept per learner and shows today’s answers against it', async () => {
    const setup = await setupSeed();
    await answerSome(setup, 2, START - 24 * HOUR); // yesterday: not counted
    await answerSome(setup, 3, START); // today
    const other = await createProfile(setup.db, 'Someone else');
    await answerSome(setup, 1, START, other.id); // another learner: not counted
    setup.clock.now = START + HOUR;

    render(<ProgressView profileId={setup.profileId} onStartReview={() => {}} onOpenArticle={() => {}} deps={setup.deps} />);
    const card = await screen.findByTestId('progress-goal');
    const select = within(card).getByRole('combobox', { name: 'Daily goal' }) as HTMLSelectElement;
    expect(select.value).toBe('0');
    expect(within(card).queryByTestId('daily-goal-status')).toBeNull();
    expect(card.textContent).toContain('Set a goal');

    fireEvent.change(select, { target: { value: '20' } });
    const status = within(card).getByTestId('daily-goal-status');
    expect(status.textContent).toContain('3 of 20 today');
    const bar = within(status).getByRole('progressbar', { name: 'Today’s answered items against your daily goal' });
    expect(bar.getAttribute('value')).toBe('3');
    expect(bar.getAttribute('max')).toBe('20');
    expect(localStorage.getItem(learnerKey(STORAGE_KEYS.dailyGoal, setup.profileId))).toBe('20');
    expect(localStorage.getItem(learnerKey(STORAGE_KEYS.dailyGoal, other.id))).toBeNull();
    cleanup();

    // The goal is remembered for this learner; the other learner still has none.
    render(<ProgressView profileId={setup.profileId} onStartReview={() => {}} onOpenArticle={() => {}} deps={setup.deps} />);
    expect((await screen.findByTestId('daily-goal-status')).textContent).toContain('3 of 20 today');
    cleanup();
    render(<ProgressView profileId={other.id} onStartReview={() => {}} onOpenArticle={() => {}} deps={setup.deps} />);
    const otherCard = await screen.findByTestId('progress-goal');
    expect((within(otherCard).getByRole('combobox', { name: 'Daily goal' }) as HTMLSelectElement).value).toBe('0');
  });

  it('a new learner can set a goal from the empty state, and reaching it says so', async () => {
    const setup = await setupSeed();
    render(<ProgressView profileId={setup.profileId} onStartReview={() => {}} onOpenArticle={() => {}} deps={setup.deps} />);
    await screen.findByTestId('progress-empty');
    fireEvent.change(within(screen.getByTestId('progress-goal')).getByRole('combobox', { name: 'Daily goal' }), { target: { value: '10' } });
    expect(screen.getByTestId('daily-goal-status').textContent).toContain('0 of 10 today');
    expect(screen.queryByText('Goal reached for today.')).toBeNull();
    cleanup();

    localStorage.setItem(learnerKey(STORAGE_KEYS.dailyGoal, setup.profileId), '10');
    await answerSome(setup, 10, START);
    setup.clock.now = START + HOUR;
    render(<SessionGoal profileId={setup.profileId} deps={setup.deps} />);
    expect((await screen.findByTestId('daily-goal-status')).textContent).toContain('10 of 10 today');
    expect(screen.getByText('Goal reached for today.')).toBeDefined();
  });

  it('at the end of a session nothing about goals shows when the learner set none', async () => {
    const setup = await setupSeed();
    await answerSome(setup, 2, START);
    const { container } = render(<SessionGoal profileId={setup.profileId} deps={setup.deps} />);
    // Give the (skipped) load a chance to run before asserting absence.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });
});
