// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getArticle } from '../../../src/renderer/src/db/articles';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  generateItems,
  MESSAGES_EN,
  type ItemOfSkill,
  type PracticeItem,
  type Skill,
  SKILLS,
} from '../../../src/core/practice';
import { renderMessage } from '../../../src/renderer/src/practice/format';
import { PracticeView } from '../../../src/renderer/src/ui/practice/PracticeView';
import { addArticle } from '../../../src/renderer/src/db/articles';
import type { ItemSource } from '../../../src/renderer/src/practice/item-source';
import { articleFromText } from '../../../src/renderer/src/samples/build-article';
import { learnerKey, STORAGE_KEYS } from '../../../src/renderer/src/shell/stored-preference';
import { seedKey, seedText, setupSeed, START, type Setup } from './helpers';

afterEach(cleanup);

type Mode = 'right' | 'wrong' | 'partial';

async function seedItems(setup: Setup): Promise<Map<string, PracticeItem>> {
  const record = await getArticle(setup.db, setup.articleId);
  const items = generateItems({ id: setup.articleId, hash: record!.hash, original: record!.original }, null, seedKey());
  return new Map(items.map((item) => [item.itemId, item]));
}

function press(key: string, target: Element | null = document.activeElement) {
  fireEvent.keyDown(target ?? document.body, { key });
}

function currentItemElement(): HTMLElement {
  const el = document.querySelector<HTMLElement>('[data-item-id]');
  if (!el) throw new Error('no item on screen');
  return el;
}

/** Tab into the sentence's words, walk with the arrow keys, toggle with Space. */
function markWords(tokenIndices: number[]) {
  const item = currentItemElement();
  const start = item.querySelector<HTMLButtonElement>('.pr-word[tabindex="0"]')!;
  start.focus();
  let at = Number(start.dataset.token);
  for (const target of [...tokenIndices].sort((a, b) => a - b)) {
    while (at < target) {
      press('ArrowRight');
      at++;
    }
    while (at > target) {
      press('ArrowLeft');
      at--;
    }
    expect(document.activeElement).toBe(item.querySelector(`.pr-word[data-token="${target}"]`));
    press(' ');
    expect(document.activeElement?.getAttribute('aria-pressed')).toBe('true');
  }
}

function digitFor<T>(list: readonly T[], value: T): string {
  const index = list.indexOf(value);
  expect(index).toBeGreaterThanOrEqual(0);
  expect(index).toBeLessThan(9);
  return String(index + 1);
}

function otherThan<T>(list: readonly T[], value: T): T {
  return list.find((x) => x !== value)!;
}

/** Answers the item on screen with keys only. Returns the mode actually used. */
function answer(item: PracticeItem, mode: Mode): Mode {
  switch (item.skill) {
    case 'classify': {
      const label = mode === 'right' ? item.key.label : otherThan(item.choices, item.key.label);
      press(digitFor(item.choices, label));
      return mode === 'right' ? 'right' : 'wrong';
    }
    case 'who-says':
    case 'neutral-rewrite': {
      const ids = item.choices.map((c) => c.id);
      press(digitFor(ids, mode === 'right' ? item.key.choiceId : otherThan(ids, item.key.choiceId)));
      return mode === 'right' ? 'right' : 'wrong';
    }
    case 'loaded-words': {
      const spans = item.key.spans;
      if (mode === 'right') {
        if (spans.length) markWords(spans.map((s) => s.tokenIndices[0]));
        else press('0');
        return 'right';
      }
      const inKey = new Set(spans.flatMap((s) => s.tokenIndices));
      const stray = item.tokens.find((t) => !inKey.has(t.index))!;
      markWords([stray.index]);
      return 'wrong';
    }
    case 'hedge-certainty': {
      const marker = item.key.markers[0];
      if (!marker) {
        if (mode === 'right') press('n');
        else {
          markWords([0]);
          press('h');
        }
        return mode === 'right' ? 'right' : 'wrong';
      }
      markWords([marker.tokenIndices[0]]);
      // Right word, wrong kind: half the score.
      const kind = mode === 'right' ? marker.kind : marker.kind === 'hedge' ? 'certainty' : 'hedge';
      press(kind === 'hedge' ? 'h' : 'c');
      return mode === 'right' ? 'right' : 'partial';
    }
    case 'source-check': {
      const kind = mode === 'right' ? item.key.kind : otherThan(item.choices, item.key.kind);
      press(digitFor(item.choices, kind));
      if (mode === 'right' && item.key.tokenIndices.length) markWords(item.key.tokenIndices);
      return mode === 'right' ? 'right' : 'wrong';
    }
    case 'missing-voices': {
      const ids = item.choices.map((c) => c.id);
      const tick = mode === 'right' ? item.key.notHeard : item.key.heard;
      for (const id of tick) press(digitFor(ids, id));
      return mode === 'right' ? 'right' : 'wrong';
    }
  }
}

function expectVerdict(mode: Mode, feedback: HTMLElement) {
  const verdict = feedback.querySelector('.pr-feedback__verdict')!.textContent!;
  if (mode === 'right') expect(verdict).toContain('Right');
  if (mode === 'wrong') expect(verdict).toContain('Not quite');
  if (mode === 'partial') expect(verdict).toMatch(/Partly right — 50%/);
  expect(feedback.dataset.verdict).toBe(mode);
}

/** Checks the cues the feedback highlights in the sentence for this item type. */
function expectCues(item: PracticeItem, feedback: HTMLElement) {
  const highlighted = feedback.querySelector<HTMLElement>('[data-testid="practice-highlighted"]');
  const marked = (kind: string) =>
    highlighted ? [...highlighted.querySelectorAll<HTMLElement>(`[data-cue~="${kind}"]`)].map((el) => el.firstChild?.textContent ?? '') : [];
  switch (item.skill) {
    case 'who-says':
      if (item.key.source) expect(marked('source').join('')).toContain(item.key.source.text.split(' ')[0]);
      if (item.key.cue) expect(marked('reporting-verb').join(' ')).toContain(item.key.cue.text.split(' ')[0]);
      break;
    case 'loaded-words':
      for (const span of item.key.spans) expect(marked('loaded').join(' ')).toContain(span.text.split(' ')[0]);
      for (const span of item.key.spans.filter((s) => s.neutral.some(Boolean))) {
        expect(within(feedback).getByRole('list', { name: 'The cues in the sentence' }).textContent).toContain(
          span.neutral.find(Boolean)!,
        );
      }
      break;
    case 'hedge-certainty':
      for (const m of item.key.markers) expect(marked(m.kind).join(' ')).toContain(m.text);
      break;
    case 'source-check':
      for (const a of item.anchors) expect(marked('number').join(' ')).toContain(a.text.split(' ')[0]);
      break;
    default:
      break;
  }
  // Every mark is also named in words for screen readers.
  if (highlighted && item.explanation.cues.some((c) => item.sentence && c.start >= item.sentence.start && c.end <= item.sentence.end)) {
    expect(highlighted.querySelector('.pr-cue .visually-hidden')).not.toBeNull();
  }
}

describe('PracticeView over the seed sample (hand key)', () => {
  it('runs a session answered by keyboard only: every type, right and wrong, stored with FSRS cards and a dispute', async () => {
    const setup = await setupSeed();
    const byId = await seedItems(setup);
    const onShowProgress = vi.fn();
    const onOpenArticle = vi.fn();
    render(<PracticeView profileId={setup.profileId} onOpenArticle={onOpenArticle} onShowProgress={onShowProgress} deps={setup.deps} />);

    await screen.findByRole('progressbar', { name: 'Session progress' });
    const progress = screen.getByRole('progressbar', { name: 'Session progress' });
    const total = Number(progress.getAttribute('aria-valuemax'));
    expect(total).toBe(10);

    const seen = new Map<Skill, Mode[]>();
    const outcomes: { item: PracticeItem; mode: Mode }[] = [];
    let disputed: PracticeItem | null = null;

    for (let n = 0; n < total; n++) {
      const el = currentItemElement();
      const item = byId.get(el.dataset.itemId!)!;
      expect(item, `item ${el.dataset.itemId} is one of the seed's`).toBeDefined();
      expect(progress.getAttribute('aria-valuenow')).toBe(String(n));
      expect(progress.getAttribute('aria-valuetext')).toBe(`Item ${n + 1} of ${total}`);
      // The prompt has the focus, and the sentence is shown in its paragraph.
      await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: renderMessage(item.prompt) })));
      if (item.sentence) expect(within(el).getByTestId('practice-sentence').textContent).toContain(item.sentence.text.slice(-30));

      const before = seen.get(item.skill) ?? [];
      // First item of a type: right for half the types, wrong (or partly right) for the others; then alternate.
      const wantRight = (SKILLS.indexOf(item.skill) + before.length) % 2 === 0;
      setup.clock.now += 5_000;
      const mode = answer(item, wantRight ? 'right' : 'wrong');
      seen.set(item.skill, [...before, mode]);
      outcomes.push({ item, mode });

      press('Enter');
      const feedback = await waitFor(() => {
        const found = el.querySelector<HTMLElement>('.pr-feedback');
        expect(found).not.toBeNull();
        return found!;
      });
      expectVerdict(mode, feedback);
      await waitFor(() => expect(document.activeElement).toBe(feedback.querySelector('.pr-feedback__verdict')));
      expect(within(feedback).getByTestId('practice-source').textContent).toBe('✎ Answer from a hand-made answer key');
      const why = within(feedback).getByTestId('practice-why').textContent!;
      expect(why).toContain(renderMessage(item.explanation.why[0]));
      expectCues(item, feedback);
      if (item.skill === 'classify') {
        expect(within(feedback).getByTestId('practice-key').textContent).toBe(MESSAGES_EN[`label.${item.key.label}`]);
      }
      if (item.skill === 'hedge-certainty' && item.key.markers.length) {
        expect(why).toMatch(/signals (doubt|certainty)/);
      }

      if (!disputed && mode !== 'right') {
        disputed = item;
        fireEvent.click(within(feedback).getByRole('button', { name: 'I think this answer is wrong' }));
        const field = within(feedback).getByLabelText('Your reason');
        fireEvent.click(within(feedback).getByRole('button', { name: 'Save my reason' }));
        expect(within(feedback).getByRole('alert').textContent).toMatch(/Write a few words/);
        fireEvent.change(field, { target: { value: '  I read it differently.  ' } });
        fireEvent.click(within(feedback).getByRole('button', { name: 'Save my reason' }));
        expect((await within(feedback).findByRole('status')).textContent).toMatch(/Saved/);
        feedback.querySelector<HTMLElement>('.pr-feedback__verdict')!.focus();
      }

      setup.clock.now += 1_000;
      press('Enter');
      if (n + 1 < total) await waitFor(() => expect(currentItemElement().dataset.itemId).not.toBe(item.itemId));
    }

    // Every type came up and was answered; right and wrong both happened.
    expect([...seen.keys()].sort()).toEqual([...SKILLS].sort());
    const modes = outcomes.map((o) => o.mode);
    expect(modes).toContain('right');
    expect(modes).toContain('wrong');

    const summary = await screen.findByTestId('practice-summary');
    await waitFor(() => expect(document.activeElement).toBe(within(summary).getByRole('heading', { name: 'Session finished' })));
    const right = modes.filter((m) => m === 'right').length;
    expect(summary.textContent).toContain(`${right} right`);
    for (const skill of seen.keys()) expect(summary.querySelector(`tr[data-skill="${skill}"]`)).not.toBeNull();
    expect(progress.getAttribute('aria-valuenow')).toBe(String(total));

    // Every attempt stored, with its card: a wrong answer is due again sooner than a right one.
    const attempts = await setup.db.attempts.toArray();
    expect(attempts).toHaveLength(total);
    for (const [i, { item, mode }] of outcomes.entries()) {
      const attempt = attempts.find((a) => a.itemId === item.itemId)!;
      expect(attempt).toMatchObject({
        profileId: setup.profileId,
        articleId: setup.articleId,
        skill: item.skill,
        graded: true,
        source: 'key',
        correct: mode === 'right',
      });
      expect(attempt.score).toBe(mode === 'right' ? 1 : mode === 'partial' ? 0.5 : attempt.score);
      expect(attempt.timeMs).toBeGreaterThan(0);
      expect(attempt.at).toBeGreaterThan(START);
      const card = await setup.db.reviewCards.get([setup.profileId, item.itemId]);
      expect(card, `card for item ${i}`).toBeDefined();
      expect(card!.due).toBeGreaterThan(attempt.at);
      expect(card!.card.reps).toBe(1);
      if (mode === 'right') expect(card!.due - attempt.at).toBeGreaterThanOrEqual(86_400_000);
      else expect(card!.due - attempt.at).toBeLessThan(86_400_000);
    }

    const disputes = await setup.db.disputes.toArray();
    expect(disputes).toHaveLength(1);
    expect(disputes[0]).toMatchObject({ profileId: setup.profileId, articleId: setup.articleId, itemId: disputed!.itemId, reason: 'I read it differently.' });

    fireEvent.click(within(summary).getByRole('button', { name: 'See progress' }));
    expect(onShowProgress).toHaveBeenCalledTimes(1);

    // Another session right away: new items, none of the ones just answered (they are not due yet).
    fireEvent.click(within(summary).getByRole('button', { name: 'Another session' }));
    await waitFor(() => expect(currentItemElement()).toBeDefined());
    const answeredIds = new Set(outcomes.map((o) => o.item.itemId));
    expect(answeredIds.has(currentItemElement().dataset.itemId!)).toBe(false);
    expect(setup.analysed).toEqual([]);
  });

  it('gives partial credit for loaded words and lists what was missed', async () => {
    const setup = await setupSeed();
    const byId = await seedItems(setup);
    const multi = [...byId.values()].filter(
      (i): i is ItemOfSkill<'loaded-words'> => i.skill === 'loaded-words' && i.key.spans.length >= 2,
    );
    expect(multi.length).toBeGreaterThan(0);
    render(<PracticeView profileId={setup.profileId} articleId={setup.articleId} sessionSize={41} onOpenArticle={() => {}} onShowProgress={() => {}} deps={setup.deps} />);
    await screen.findByRole('progressbar', { name: 'Session progress' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(`Practise: ${seedKey().title}`);
    // Walk to a loaded-words item with two or more loaded spans.
    for (;;) {
      const item = byId.get(currentItemElement().dataset.itemId!)!;
      if (item.skill === 'loaded-words' && item.key.spans.length >= 2) {
        markWords([item.key.spans[0].tokenIndices[0]]);
        press('Enter');
        const feedback = await waitFor(() => {
          const found = currentItemElement().querySelector<HTMLElement>('.pr-feedback');
          expect(found).not.toBeNull();
          return found!;
        });
        const score = (2 * 1 * (1 / item.key.spans.length)) / (1 + 1 / item.key.spans.length);
        expect(feedback.querySelector('.pr-feedback__verdict')!.textContent).toContain(`Partly right — ${Math.round(score * 100)}%`);
        expect(feedback.textContent).toContain(`Missed: “${item.key.spans[1].text}”`);
        const attempt = (await setup.db.attempts.toArray()).find((a) => a.itemId === item.itemId)!;
        expect(attempt.score).toBeCloseTo(score, 5);
        break;
      }
      // Any answer moves on: click "Check" with a complete answer, then "Continue".
      answer(item, 'right');
      press('Enter');
      await waitFor(() => expect(currentItemElement().querySelector('.pr-feedback')).not.toBeNull());
      press('Enter');
      await waitFor(() => expect(currentItemElement().dataset.itemId).not.toBe(item.itemId));
    }
  });

  it('asks for an answer before checking and stores nothing', async () => {
    const setup = await setupSeed();
    render(<PracticeView profileId={setup.profileId} onOpenArticle={() => {}} onShowProgress={() => {}} deps={setup.deps} />);
    await screen.findByRole('progressbar', { name: 'Session progress' });
    // On the page, not on an option: Enter on an option chooses it, and where focus is when the
    // item has just appeared depends on timing (a flake under load).
    press('Enter', document.body);
    expect(await screen.findByText('Choose an answer first.')).toBeDefined();
    expect(await setup.db.attempts.count()).toBe(0);
  });

  it('offers "What is this skill?" on the exercise, opening the first run\'s three ideas; keys do not answer behind it', async () => {
    const setup = await setupSeed();
    render(<PracticeView profileId={setup.profileId} onOpenArticle={() => {}} onShowProgress={() => {}} deps={setup.deps} />);
    await screen.findByRole('progressbar', { name: 'Session progress' });
    const item = currentItemElement();
    fireEvent.click(within(item).getByRole('button', { name: 'What is this skill?' }));
    const dialog = item.querySelector('dialog') as HTMLDialogElement;
    await waitFor(() => expect(dialog.open).toBe(true));
    for (const title of ['A reported fact', 'An attributed claim', 'Framing']) {
      expect(within(dialog).getByRole('heading', { name: title })).toBeDefined();
    }
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Close' }), { key: 'Enter' });
    expect(screen.queryByText('Choose an answer first.')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(dialog.open).toBe(false);
  });

  it('shows the empty states: no articles, and nothing due for a review', async () => {
    const empty = await setupSeed({ withArticle: false });
    const onImport = vi.fn();
    render(
      <PracticeView profileId={empty.profileId} onOpenArticle={() => {}} onShowProgress={() => {}} onImport={onImport} deps={empty.deps} />,
    );
    expect(await screen.findByText('No articles to practise on')).toBeDefined();
    // The empty state offers the way out, not only a sentence about it.
    fireEvent.click(screen.getByRole('button', { name: 'Import an article' }));
    expect(onImport).toHaveBeenCalledTimes(1);
    cleanup();

    const setup = await setupSeed();
    render(<PracticeView profileId={setup.profileId} reviewOnly onOpenArticle={() => {}} onShowProgress={() => {}} deps={setup.deps} />);
    expect(await screen.findByText('You’re up to date — practise something new')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Practise something new' }));
    await screen.findByRole('progressbar', { name: 'Session progress' });
    expect(currentItemElement()).toBeDefined();
  });

  it('a review session offers only the cards due today', async () => {
    const setup = await setupSeed();
    const byId = await seedItems(setup);
    render(<PracticeView profileId={setup.profileId} sessionSize={3} onOpenArticle={() => {}} onShowProgress={() => {}} deps={setup.deps} />);
    await screen.findByRole('progressbar', { name: 'Session progress' });
    const wrong: string[] = [];
    for (let n = 0; n < 3; n++) {
      const item = byId.get(currentItemElement().dataset.itemId!)!;
      answer(item, 'wrong');
      wrong.push(item.itemId);
      press('Enter');
      await waitFor(() => expect(currentItemElement().querySelector('.pr-feedback')).not.toBeNull());
      press('Enter');
      if (n < 2) await waitFor(() => expect(currentItemElement().dataset.itemId).not.toBe(item.itemId));
    }
    await screen.findByTestId('practice-summary');
    cleanup();

    await act(async () => {
      render(<PracticeView profileId={setup.profileId} reviewOnly onOpenArticle={() => {}} onShowProgress={() => {}} deps={setup.deps} />);
    });
    await screen.findByRole('progressbar', { name: 'Session progress' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Review');
    const progress = screen.getByRole('progressbar', { name: 'Session progress' });
    expect(progress.getAttribute('aria-valuemax')).toBe('3');
    expect(wrong).toContain(currentItemElement().dataset.itemId);
    expect(currentItemElement().textContent).toContain('Review');
  });

  it('offers "Review my mistakes" at the end: the wrong and partly right items again, straight away', async () => {
    const setup = await setupSeed();
    const byId = await seedItems(setup);
    render(<PracticeView profileId={setup.profileId} sessionSize={3} onOpenArticle={() => {}} onShowProgress={() => {}} deps={setup.deps} />);
    await screen.findByRole('progressbar', { name: 'Session progress' });
    const missed: string[] = [];
    for (let n = 0; n < 3; n++) {
      const item = byId.get(currentItemElement().dataset.itemId!)!;
      // The first right, the others wrong (or partly right).
      const used = answer(item, n === 0 ? 'right' : 'wrong');
      if (used !== 'right') missed.push(item.itemId);
      press('Enter');
      await waitFor(() => expect(currentItemElement().querySelector('.pr-feedback')).not.toBeNull());
      press('Enter');
      if (n < 2) await waitFor(() => expect(currentItemElement().dataset.itemId).not.toBe(item.itemId));
    }
    await screen.findByTestId('practice-summary');
    fireEvent.click(screen.getByRole('button', { name: `Review my mistakes (${missed.length} items)` }));
    await waitFor(() => expect(screen.queryByTestId('practice-summary')).toBeNull());
    expect(screen.getByRole('progressbar', { name: 'Session progress' }).getAttribute('aria-valuemax')).toBe(String(missed.length));
    expect(currentItemElement().dataset.itemId).toBe(missed[0]);
    const item = byId.get(missed[0])!;
    answer(item, 'right');
    press('Enter');
    await waitFor(() => expect(currentItemElement().querySelector('.pr-feedback')!.getAttribute('data-verdict')).toBe('right'));
    // The second answer is stored like any other.
    expect((await setup.db.attempts.toArray()).filter((a) => a.itemId === missed[0])).toHaveLength(2);
  });

  it('practises one chosen skill', async () => {
    const setup = await setupSeed();
    render(<PracticeView profileId={setup.profileId} onOpenArticle={() => {}} onShowProgress={() => {}} deps={setup.deps} />);
    await screen.findByRole('progressbar', { name: 'Session progress' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Exercise type' }), { target: { value: 'who-says' } });
    await waitFor(() => expect(currentItemElement().dataset.skill).toBe('who-says'));
    const total = Number(screen.getByRole('progressbar', { name: 'Session progress' }).getAttribute('aria-valuemax'));
    expect(total).toBeGreaterThan(0);
    const byId = await seedItems(setup);
    const whoSays = [...byId.values()].filter((i) => i.skill === 'who-says').length;
    expect(total).toBe(Math.min(10, whoSays));
  });

  it('says so when the chosen skill has nothing new or due', async () => {
    const setup = await setupSeed();
    const byId = await seedItems(setup);
    const later = START + 10 * 86_400_000;
    const { newReviewCard } = await import('../../../src/core/practice');
    const { toDbCard } = await import('../../../src/renderer/src/practice/store');
    await setup.db.reviewCards.bulkPut(
      [...byId.values()]
        .filter((i) => i.skill === 'who-says')
        .map((item) => {
          const card = toDbCard(newReviewCard(setup.profileId, item, START), setup.articleId);
          return { ...card, due: later, card: { ...card.card, due: later } };
        }),
    );
    render(<PracticeView profileId={setup.profileId} articleId={setup.articleId} onOpenArticle={() => {}} onShowProgress={() => {}} deps={setup.deps} />);
    await screen.findByRole('progressbar', { name: 'Session progress' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Exercise type' }), { target: { value: 'who-says' } });
    // Every who-says item of the keyed seed is graded, so each has its card, none due.
    expect([...byId.values()].filter((i) => i.skill === 'who-says').every((i) => i.graded)).toBe(true);
    expect(await screen.findByText('No “Who says so?” exercises to do now')).toBeDefined();
    expect(screen.getByText(/Choose another exercise type above/)).toBeDefined();
  });
});

describe('PracticeView and the daily goal', () => {
  it('the end of a session shows today’s answered items against the learner’s goal', async () => {
    localStorage.clear();
    const setup = await setupSeed();
    localStorage.setItem(learnerKey(STORAGE_KEYS.dailyGoal, setup.profileId), '20');
    const byId = await seedItems(setup);
    render(<PracticeView profileId={setup.profileId} sessionSize={3} onOpenArticle={() => {}} onShowProgress={() => {}} deps={setup.deps} />);
    await screen.findByRole('progressbar', { name: 'Session progress' });
    for (let n = 0; n < 3; n++) {
      const item = byId.get(currentItemElement().dataset.itemId!)!;
      answer(item, 'wrong');
      press('Enter');
      await waitFor(() => expect(currentItemElement().querySelector('.pr-feedback')).not.toBeNull());
      setup.clock.now += 1_000;
      press('Enter');
      if (n < 2) await waitFor(() => expect(currentItemElement().dataset.itemId).not.toBe(item.itemId));
    }
    const summary = await screen.findByTestId('practice-summary');
    const status = await within(summary).findByTestId('daily-goal-status');
    expect(status.textContent).toContain('3 of 20 today');
    localStorage.clear();
  });
});

describe('a session that starts before all its articles are ready (issue 11)', () => {
  /**
   * The seed article gives two items at once; a second article's items (the seed's, under its
   * own ids) come only when the test releases them, as an article still in the analysis worker.
   */
  async function twoArticles() {
    const setup = await setupSeed();
    const other = await articleFromText({ text: `${seedText()}\n\nA closing line.`, title: 'The slow article', format: 'txt', fileName: 'slow.txt' });
    const otherId = (await addArticle(setup.db, other, { now: START - 1_000 })).id;
    const byId = await seedItems(setup);
    const all = [...byId.values()].filter((item) => item.graded);
    const first = [all.find((i) => i.skill === 'classify')!, all.find((i) => i.skill !== 'classify')!];
    const later = all.filter((i) => !first.includes(i)).map((item) => ({ ...item, articleId: otherId, articleHash: 'slow', itemId: `slow|${item.itemId}` }));
    for (const item of later) byId.set(item.itemId, item);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const items: ItemSource = {
      itemsFor: async (article) => {
        if (article.id === setup.articleId) return first;
        await released;
        return later;
      },
    };
    return { setup, byId, first, release, deps: { ...setup.deps, items } };
  }

  async function answerAndCheck(item: PracticeItem) {
    answer(item, 'right');
    press('Enter');
    await waitFor(() => expect(currentItemElement().querySelector('.pr-feedback')).not.toBeNull());
  }

  it('shows the first item while another article is still being prepared, and keeps the learner in place when it arrives', async () => {
    const t = await twoArticles();
    render(<PracticeView profileId={t.setup.profileId} onOpenArticle={() => {}} onShowProgress={() => {}} deps={t.deps} />);
    const progress = await screen.findByRole('progressbar', { name: 'Session progress' });
    // The session's size is the count while items still arrive.
    expect(progress.getAttribute('aria-valuetext')).toBe('Item 1 of 10');
    const firstId = currentItemElement().dataset.itemId!;
    expect(t.first.map((i) => i.itemId)).toContain(firstId);
    await waitFor(() => expect(document.activeElement?.id).toBe('pr-prompt'));

    // Answered, with the focus on the feedback, when the slow article arrives: nothing moves.
    await answerAndCheck(t.byId.get(firstId)!);
    const verdict = currentItemElement().querySelector<HTMLElement>('.pr-feedback__verdict')!;
    await waitFor(() => expect(document.activeElement).toBe(verdict));
    await act(async () => {
      t.release();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(currentItemElement().dataset.itemId).toBe(firstId);
    expect(document.activeElement).toBe(verdict);

    // The rest of the session: ten items, each once.
    const shown = [firstId];
    press('Enter');
    for (let n = 1; n < 10; n++) {
      await waitFor(() => expect(currentItemElement().dataset.itemId).not.toBe(shown[shown.length - 1]));
      const id = currentItemElement().dataset.itemId!;
      shown.push(id);
      expect(progress.getAttribute('aria-valuetext')).toBe(`Item ${n + 1} of 10`);
      await answerAndCheck(t.byId.get(id)!);
      press('Enter');
    }
    expect(new Set(shown).size).toBe(10);
    expect(shown.some((id) => id.startsWith('slow|'))).toBe(true);
    await screen.findByTestId('practice-summary');
  });

  it('says the next item is being prepared when the learner gets ahead of the analysis, then shows it', async () => {
    const t = await twoArticles();
    render(<PracticeView profileId={t.setup.profileId} onOpenArticle={() => {}} onShowProgress={() => {}} deps={t.deps} />);
    await screen.findByRole('progressbar', { name: 'Session progress' });
    for (let n = 0; n < 2; n++) {
      const id = currentItemElement().dataset.itemId!;
      await answerAndCheck(t.byId.get(id)!);
      // Two items at hand, more to come: "Continue", not "Finish".
      expect(within(currentItemElement()).getByRole('button', { name: /^Continue/ })).toBeDefined();
      press('Enter');
      if (n === 0) await waitFor(() => expect(currentItemElement().dataset.itemId).not.toBe(id));
    }
    const waiting = await screen.findByText('Preparing the next exercise…');
    expect(waiting.getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.activeElement).toBe(waiting));
    expect(screen.getByRole('progressbar', { name: 'Session progress' }).getAttribute('aria-valuenow')).toBe('2');
    await act(async () => t.release());
    await waitFor(() => expect(document.activeElement?.id).toBe('pr-prompt'));
    expect(currentItemElement().dataset.itemId!.startsWith('slow|')).toBe(true);
    expect(screen.queryByText('Preparing the next exercise…')).toBeNull();
  });
});
