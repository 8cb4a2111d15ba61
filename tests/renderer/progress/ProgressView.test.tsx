// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getArticle } from '../../../src/renderer/src/db/articles';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateItems, type ItemOfSkill, type PracticeItem } from '../../../src/core/practice';
import { createProfile } from '../../../src/renderer/src/db/profiles';
import { answerItem, saveDispute } from '../../../src/renderer/src/practice/session';
import { ProgressView } from '../../../src/renderer/src/ui/progress/ProgressView';
import { seedKey, setupSeed, START, type Setup } from '../practice/helpers';

afterEach(cleanup);

async function seedItems(setup: Setup): Promise<PracticeItem[]> {
  const record = await getArticle(setup.db, setup.articleId);
  return generateItems({ id: setup.articleId, hash: record!.hash, original: record!.original }, null, seedKey());
}

function meter(skillLabel: string): HTMLElement {
  return screen.getByRole('meter', { name: skillLabel });
}

describe('ProgressView', () => {
  it('shows mastery, the chart, reviews due, the streak, article completion and disputes for the learner', async () => {
    const setup = await setupSeed();
    const onStartReview = vi.fn();
    const onOpenArticle = vi.fn();

    // Before any practice: one empty state, no dashboard of 0 % bars.
    render(<ProgressView profileId={setup.profileId} onStartReview={onStartReview} onOpenArticle={onOpenArticle} deps={setup.deps} />);
    await screen.findByTestId('progress-empty');
    expect(screen.getByRole('heading', { name: 'Your progress starts with your first answers' })).toBeDefined();
    expect(screen.queryByTestId('progress-mastery')).toBeNull();
    expect(screen.queryAllByRole('meter')).toHaveLength(0);
    expect(screen.queryByTestId('progress-due')).toBeNull();
    cleanup();

    // Yesterday: three classify items right. Today: two who-says items wrong and a dispute.
    const items = await seedItems(setup);
    const classify = items.filter((i): i is ItemOfSkill<'classify'> => i.skill === 'classify').slice(0, 3);
    const whoSays = items.filter((i): i is ItemOfSkill<'who-says'> => i.skill === 'who-says').slice(0, 2);
    let at = START - 86_400_000;
    for (const item of classify) {
      at += 60_000;
      const out = await answerItem({ store: setup.deps.store, profileId: setup.profileId, item, answer: { label: item.key.label }, timeMs: 4_000, now: at });
      expect(out.saved).toBe(true);
    }
    at = START;
    for (const item of whoSays) {
      at += 60_000;
      const wrong = item.choices.find((c) => c.id !== item.key.choiceId)!.id;
      await answerItem({ store: setup.deps.store, profileId: setup.profileId, item, answer: { choiceId: wrong }, timeMs: 4_000, now: at });
    }
    await saveDispute({ store: setup.deps.store, profileId: setup.profileId, item: whoSays[0], reason: 'The writer says this, not them.', now: at });
    // Another learner's practice must not show up.
    const other = await createProfile(setup.db, 'Someone else');
    await answerItem({ store: setup.deps.store, profileId: other.id, item: whoSays[1], answer: { choiceId: whoSays[1].key.choiceId }, timeMs: 1, now: at });

    setup.clock.now = START + 3_600_000;
    const cards = await setup.db.reviewCards.where('profileId').equals(setup.profileId).toArray();
    const endOfDay = Date.UTC(2026, 10, 28, 23, 59, 59, 999);
    // Two cards are due today, but the disputed item's card is suspended.
    expect(cards.filter((c) => c.due <= endOfDay).length).toBe(2);
    const dueToday = 1;

    render(<ProgressView profileId={setup.profileId} onStartReview={onStartReview} onOpenArticle={onOpenArticle} deps={setup.deps} />);
    await screen.findByTestId('progress-mastery');

    const classifyMeter = meter('Fact, attributed or framing?');
    expect(Number(classifyMeter.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    expect(classifyMeter.getAttribute('aria-valuetext')).toMatch(/Fact, attributed or framing\?: \d+% mastery, 3 attempts/);
    const classifyRow = screen.getByTestId('progress-mastery').querySelector('[data-skill="classify"]')!;
    expect(classifyRow.textContent).toContain('3 attempts');
    expect(meter('Who says so?').getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByTestId('progress-mastery').querySelector('[data-skill="who-says"]')!.textContent).toContain('1 attempt');
    // (the disputed who-says answer is left out of mastery)
    expect(meter('Missing voices').getAttribute('aria-valuenow')).toBe('0');

    const due = screen.getByTestId('progress-due');
    expect(due.textContent).toContain(`${dueToday} review due today`);
    expect(due.textContent).toContain('new answers later the same day');
    fireEvent.click(within(due).getByRole('button', { name: 'Start review' }));
    expect(onStartReview).toHaveBeenCalledTimes(1);

    expect(screen.getByTestId('progress-streak').textContent).toContain('2 days');
    expect(screen.getByTestId('progress-streak').textContent).toContain('You practised today.');

    const chart = screen.getByRole('img', { name: 'Mastery over time' });
    expect(chart.querySelectorAll('[data-skill]')).toHaveLength(7);
    const table = within(screen.getByTestId('progress-chart')).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3); // header + two days
    fireEvent.click(screen.getByRole('button', { name: 'Show Who says so? in the chart' }));
    expect(chart.querySelector('[data-skill="who-says"]')).toBeNull();

    const articles = screen.getByTestId('progress-articles');
    const graded = items.filter((i) => i.graded).length;
    await waitFor(() => expect(articles.textContent).toContain(`3 of ${graded} items`));
    expect(articles.textContent).toContain(`${Math.round((3 / graded) * 100)}%`);

    const disputes = screen.getByTestId('progress-disputes');
    expect(disputes.textContent).toContain('The writer says this, not them.');
    expect(disputes.textContent).toContain('Who says so?');
    expect(disputes.textContent).toContain(seedKey().title);
    expect(disputes.textContent).toContain(whoSays[0].sentence!.text.slice(0, 40));
    expect(disputes.textContent).toContain('does not count toward your mastery');
    expect(disputes.textContent).toContain('1 disputed answer is left out of your mastery.');
    // The skill is its own heading, the sentence its own quotation: they never run together.
    expect(within(disputes).getByRole('heading', { level: 3, name: 'Who says so?' })).toBeDefined();
    expect(disputes.querySelector('blockquote')!.textContent).toContain(whoSays[0].sentence!.text.slice(0, 40));
    fireEvent.click(within(disputes).getByRole('button', { name: `Open “${seedKey().title}” in the reader` }));
    expect(onOpenArticle).toHaveBeenCalledWith(setup.articleId);

    // Withdrawing the dispute puts the item back in the reviews.
    fireEvent.click(within(disputes).getByRole('button', { name: `Withdraw your dispute of the Who says so? answer on “${seedKey().title}”` }));
    await waitFor(() => expect(screen.getByTestId('progress-due').textContent).toContain('2 reviews due today'));
    expect(screen.getByTestId('progress-disputes').textContent).toContain('You have not disputed any answers.');
    expect(screen.getByRole('status').textContent).toContain('Dispute withdrawn');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Answers you disputed' }));
    expect(await setup.db.disputes.count()).toBe(0);
  });

  it('offers a way to start while the learner has no answers, and not after', async () => {
    const setup = await setupSeed();
    const onStartPractice = vi.fn();
    render(
      <ProgressView
        profileId={setup.profileId}
        onStartReview={vi.fn()}
        onOpenArticle={vi.fn()}
        onStartPractice={onStartPractice}
        deps={setup.deps}
      />,
    );
    await screen.findByTestId('progress-empty');
    fireEvent.click(screen.getByRole('button', { name: 'Start practising' }));
    expect(onStartPractice).toHaveBeenCalledTimes(1);
    cleanup();

    const [item] = (await seedItems(setup)).filter((i): i is ItemOfSkill<'who-says'> => i.skill === 'who-says');
    await answerItem({ store: setup.deps.store, profileId: setup.profileId, item, answer: { choiceId: item.key.choiceId }, timeMs: 1, now: START });
    render(
      <ProgressView
        profileId={setup.profileId}
        onStartReview={vi.fn()}
        onOpenArticle={vi.fn()}
        onStartPractice={onStartPractice}
        deps={setup.deps}
      />,
    );
    await screen.findByTestId('progress-mastery');
    expect(screen.queryByRole('button', { name: 'Start practising' })).toBeNull();
  });
});
