// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanText } from '../../../src/core/text/clean';
import { createAnalysisClient } from '../../../src/renderer/src/analysis/analysis-client';
import { formatEpochDate } from '../../../src/renderer/src/i18n';
import { AnalysisReader } from '../../../src/renderer/src/ui/analysis/AnalysisReader';
import { SentenceWhy } from '../../../src/renderer/src/ui/analysis/SentenceWhy';
import { placeDisputes, type ReaderDispute } from '../../../src/renderer/src/ui/analysis/disputes';
import { ReaderView } from '../../../src/renderer/src/ui/ReaderView';
import { ServicesProvider } from '../../../src/renderer/src/ui/services-context';
import { articleRecord, fakeServices } from '../ui/fakes';
import { analysis, article, S1, S2 } from './fixture';

// The reader remembers its switch, filter and legend in localStorage: each test starts afresh.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const AT = Date.UTC(2026, 2, 14, 10, 30);

function disputeOn(sentence: string, reason: string, overrides: Partial<ReaderDispute> = {}): ReaderDispute {
  const start = article.original.indexOf(sentence);
  return { id: 1, itemId: 'fixturehash0:classify:' + start, sentenceStart: start, sentenceEnd: start + sentence.length, reason, at: AT, ...overrides };
}

function fixtureClient() {
  return createAnalysisClient({ createWorker: null, analyseOnMainThread: vi.fn(async () => analysis) });
}

describe('placeDisputes', () => {
  it('puts each dispute on the sentence its range overlaps most, oldest first', () => {
    const s2 = article.original.indexOf(S2);
    const later = disputeOn(S2, 'later', { id: 2, at: AT + 1000 });
    const earlier = disputeOn(S2, 'earlier', { id: 3 });
    // A range that starts in sentence 1 but lies mostly in sentence 2 still belongs to sentence 2.
    const straddling = disputeOn(S2, 'straddling', { id: 4, sentenceStart: s2 - 3, sentenceEnd: s2 + 20, at: AT + 2000 });
    const placed = placeDisputes(analysis, [later, straddling, earlier]);
    expect(placed.bySentence.get(2)?.map((d) => d.reason)).toEqual(['earlier', 'later', 'straddling']);
    expect(placed.bySentence.size).toBe(1);
    expect(placed.article).toEqual([]);
  });

  it('keeps article-level disputes (an empty range) and ranges no sentence covers for the whole article', () => {
    const voices = disputeOn(S1, 'voices', { id: 5, itemId: 'fixturehash0:missing-voices:0', sentenceStart: 0, sentenceEnd: 0 });
    const gone = disputeOn(S1, 'gone', { id: 6, sentenceStart: 5000, sentenceEnd: 5100 });
    const placed = placeDisputes(analysis, [voices, gone]);
    expect(placed.article.map((d) => d.reason)).toEqual(['voices', 'gone']);
    expect(placed.bySentence.size).toBe(0);
    // Without an analysis nothing can be placed on a sentence.
    expect(placeDisputes(null, [disputeOn(S1, 'x')]).article).toHaveLength(1);
  });
});

describe('SentenceWhy with disputes', () => {
  it('lists the reason, the exercise type and the date', () => {
    render(<SentenceWhy analysis={analysis} index={1} disputes={[disputeOn(S1, 'The council is the source, not Mara Quill.')]} />);
    const list = screen.getByTestId('why-disputes');
    expect(within(list).getByRole('heading', { name: 'Your disputes' })).toBeTruthy();
    expect(list.textContent).toContain('“The council is the source, not Mara Quill.”');
    expect(list.textContent).toContain(`Fact, attributed or framing? · ${formatEpochDate(AT)}`);
  });

  it('shows no disputes section without disputes', () => {
    render(<SentenceWhy analysis={analysis} index={1} />);
    expect(screen.queryByTestId('why-disputes')).toBeNull();
  });
});

describe('AnalysisReader with disputes', () => {
  it('flags the disputed sentence and lists the reason in the why panel', async () => {
    const dispute = disputeOn(S2, 'It is a forecast, but the fare rises are real.', {
      itemId: 'fixturehash0:loaded-words:' + article.original.indexOf(S2),
    });
    render(<AnalysisReader article={article} client={fixtureClient()} disputes={[dispute]} />);
    const flag = await screen.findByRole('button', {
      name: 'You disputed this answer: “It is a forecast, but the fare rises are real.”. Show why',
    });
    expect(flag.textContent).toContain('disputed');
    // Only the disputed sentence is flagged, and its tag says so to screen readers.
    expect(document.querySelectorAll('.fw-an-flag')).toHaveLength(1);
    expect(flag.closest('[data-sentence-index]')?.getAttribute('data-sentence-index')).toBe('2');
    const tag = screen.getByRole('button', { name: /^Framing, .*You disputed an answer here\.$/ });
    expect(screen.getByRole('button', { name: /^Reported fact, very likely \(90%\)\. Show why$/ })).toBeTruthy();
    expect(screen.getByTestId('reader-disputes').textContent).toContain('You disputed 1 answer on this article.');

    fireEvent.click(flag);
    expect(tag.getAttribute('aria-expanded')).toBe('true');
    const why = screen.getByTestId('why-disputes');
    expect(why.textContent).toContain('It is a forecast, but the fare rises are real.');
    expect(why.textContent).toContain('Spot the loaded words');

    // Another sentence's panel has no disputes.
    fireEvent.click(screen.getByRole('button', { name: /^Reported fact/ }));
    expect(screen.queryByTestId('why-disputes')).toBeNull();
  });

  it('lists article-level disputes (missing voices) above the text, and says where flags are when the analysis is off', async () => {
    const voices = disputeOn(S1, 'The council does speak, through its vote.', {
      id: 9,
      itemId: 'fixturehash0:missing-voices:0',
      sentenceStart: 0,
      sentenceEnd: 0,
    });
    render(<AnalysisReader article={article} client={fixtureClient()} disputes={[voices, disputeOn(S1, 'Quill is quoted.')]} />);
    await screen.findByRole('button', { name: /^Framing/ });
    const note = screen.getByTestId('reader-disputes');
    expect(note.textContent).toContain('You disputed 2 answers on this article.');
    expect(within(note).getByRole('heading', { name: 'Your disputes about the whole article' })).toBeTruthy();
    expect(note.textContent).toContain('The council does speak, through its vote.');
    expect(note.textContent).toContain('Missing voices');
    expect(note.textContent).not.toContain('Quill is quoted.');
    expect(document.querySelectorAll('.fw-an-flag')).toHaveLength(1);

    fireEvent.click(screen.getByRole('switch', { name: /Analysis/ }));
    expect(document.querySelectorAll('.fw-an-flag')).toHaveLength(0);
    expect(screen.getByTestId('reader-disputes').textContent).toContain('Turn the analysis on to see where.');
  });

  it('shows nothing about disputes when there are none', async () => {
    render(<AnalysisReader article={article} client={fixtureClient()} />);
    await screen.findByRole('button', { name: /^Framing/ });
    expect(screen.queryByTestId('reader-disputes')).toBeNull();
    expect(document.querySelector('.fw-an-flag')).toBeNull();
  });
});

describe('ReaderView loads the learner’s disputes', () => {
  const text = 'Bridge vote\n\nThe council voted on Monday to fund a new bridge, officials said.\n\nThe plan is a reckless waste of money.';

  function renderWith(loadDisputes?: (articleId: number) => Promise<readonly ReaderDispute[]>) {
    const services = fakeServices([
      articleRecord({ id: 7, title: 'Bridge vote', original: text, blocks: cleanText(text).blocks, wordCount: 20, format: 'txt' }),
    ]);
    render(
      <ServicesProvider services={services}>
        <ReaderView articleId={7} onBack={() => {}} onDelete={() => {}} loadDisputes={loadDisputes} />
      </ServicesProvider>,
    );
  }

  it('asks for the article’s disputes and flags the sentence', async () => {
    const sentence = 'The plan is a reckless waste of money.';
    const start = text.indexOf(sentence);
    const loadDisputes = vi.fn(async () => [
      { id: 1, itemId: `abc:classify:${start}`, sentenceStart: start, sentenceEnd: start + sentence.length, reason: 'This is opinion.', at: AT },
    ]);
    renderWith(loadDisputes);
    expect(await screen.findByRole('button', { name: 'You disputed this answer: “This is opinion.”. Show why' }, { timeout: 5000 })).toBeTruthy();
    expect(loadDisputes).toHaveBeenCalledWith(7);
  });

  it('reads without flags when loading the disputes fails or no loader is given', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderWith(async () => Promise.reject(new Error('database closed')));
    await screen.findByRole('heading', { level: 1, name: 'Bridge vote' });
    await waitFor(() => expect(warn).toHaveBeenCalled());
    expect(screen.queryByTestId('reader-disputes')).toBeNull();
    cleanup();
    renderWith();
    await screen.findByRole('heading', { level: 1, name: 'Bridge vote' });
    expect(screen.queryByTestId('reader-disputes')).toBeNull();
    warn.mockRestore();
  });
});
