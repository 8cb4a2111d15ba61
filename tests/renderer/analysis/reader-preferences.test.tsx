// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalysisClient } from '../../../src/renderer/src/analysis/analysis-client';
import { AnalysisLegend } from '../../../src/renderer/src/ui/analysis/AnalysisLegend';
import { AnalysisReader } from '../../../src/renderer/src/ui/analysis/AnalysisReader';
import { parseReaderFilter, shownSentences } from '../../../src/renderer/src/ui/analysis/reader-filter';
import { SHORT_WINDOW_QUERY } from '../../../src/renderer/src/ui/short-window';
import { stubMatchMedia } from '../ui/media-query-stub';
import { analysis, article } from './fixture';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function fixtureClient() {
  return createAnalysisClient({ createWorker: null, analyseOnMainThread: vi.fn(async () => analysis) });
}

/** The sentence tags a reader can press, by their visible tag text. */
function tags(): string[] {
  return Array.from(document.querySelectorAll<HTMLButtonElement>('.fw-an-article .fw-an-tag')).map((tag) => tag.getAttribute('aria-label') ?? '');
}

describe('AnalysisLegend', () => {
  it('explains the uncertain tags (F?, Fr?) with the dashed outline the text uses', () => {
    render(<AnalysisLegend />);
    const uncertain = screen.getByTestId('legend-uncertain');
    const swatches = Array.from(uncertain.querySelectorAll('.fw-an-legend__swatch--uncertain'));
    expect(swatches.map((swatch) => swatch.textContent)).toEqual(['F?', 'Fr?']);
    expect(uncertain.textContent).toMatch(/Uncertain \(dashed outline/);
  });

  it('folds away with a named disclosure button and remembers it', () => {
    const first = render(<AnalysisLegend />);
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Source (bold)')).toBeTruthy();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.hidden).toBe(true);
    first.unmount();

    render(<AnalysisLegend />);
    const again = screen.getByRole('button', { name: 'Legend' });
    expect(again.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(again);
    expect(localStorage.getItem('framewise.legendCollapsed')).toBe('false');
  });
});

describe('AnalysisLegend in a short window', () => {
  afterEach(() => vi.unstubAllGlobals());

  function stubWindowHeight(short: boolean) {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: short && query === '(max-height: 720px)', media: query }));
  }

  it('starts folded until the learner chooses, so the article text is on the first screen', () => {
    stubWindowHeight(true);
    render(<AnalysisLegend />);
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.hidden).toBe(true);
  });

  it('stays open when the learner opened it, and opens by default in a tall window', () => {
    stubWindowHeight(true);
    localStorage.setItem('framewise.legendCollapsed', 'false');
    const first = render(<AnalysisLegend />);
    expect(screen.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded')).toBe('true');
    first.unmount();

    localStorage.clear();
    stubWindowHeight(false);
    render(<AnalysisLegend />);
    expect(screen.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded')).toBe('true');
  });
});

describe('AnalysisReader in a short window', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads "Analysis ready" out without drawing it (the shared .visually-hidden rule), and draws it again in a tall window', async () => {
    const media = stubMatchMedia([SHORT_WINDOW_QUERY]);
    render(<AnalysisReader article={article} client={fixtureClient()} />);
    await screen.findByRole('button', { name: /^Framing/ });
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/^Analysis ready: /);
    expect(status.classList.contains('visually-hidden')).toBe(true);
    act(() => media.set([]));
    expect(status.classList.contains('visually-hidden')).toBe(false);
  });
});

describe('reader filter', () => {
  it('parses unknown stored values to "all" and lists the kept sentences', () => {
    expect(parseReaderFilter('framing')).toBe('framing');
    expect(parseReaderFilter('nonsense')).toBe('all');
    expect(parseReaderFilter(null)).toBe('all');
    expect(shownSentences(['fact', 'attributed', 'framing', 'attributed'], 'attributed')).toEqual([1, 3]);
    expect(shownSentences(['fact', 'framing'], 'all')).toEqual([0, 1]);
  });

  it('"Only framing" leaves only framing tagged, skips the others with ] and is remembered for the learner', async () => {
    const first = render(<AnalysisReader article={article} client={fixtureClient()} learnerId={1} />);
    await screen.findByRole('button', { name: /^Framing/ });
    expect(tags()).toHaveLength(4);
    fireEvent.click(screen.getByRole('radio', { name: 'Only framing' }));
    expect(tags()).toEqual(['Framing, uncertain — discuss (55%). Show why']);
    expect(document.querySelectorAll('[data-filtered="true"]')).toHaveLength(3);
    // The plain sentences stay readable: the article's text is all there.
    expect(document.querySelector('.fw-an-article')?.textContent).toContain('Mara Quill');
    expect(screen.getByRole('status').textContent).toContain('Only framing: 1 of 4 sentences keep their tint and tag');
    // ] from nowhere goes to the first kept sentence, not sentence 0.
    act(() => {
      fireEvent.keyDown(document.body, { key: ']' });
    });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Framing, uncertain — discuss (55%). Show why');
    first.unmount();

    const same = render(<AnalysisReader article={article} client={fixtureClient()} learnerId={1} />);
    await screen.findByRole('button', { name: /^Framing/ });
    expect((screen.getByRole('radio', { name: 'Only framing' }) as HTMLInputElement).checked).toBe(true);
    expect(tags()).toHaveLength(1);
    same.unmount();

    render(<AnalysisReader article={article} client={fixtureClient()} learnerId={2} />);
    await screen.findByRole('button', { name: /^Framing/ });
    expect((screen.getByRole('radio', { name: 'All' }) as HTMLInputElement).checked).toBe(true);
    expect(tags()).toHaveLength(4);
  });

  it('"Only attributed" steps between the attributed sentences only', async () => {
    render(<AnalysisReader article={article} client={fixtureClient()} />);
    await screen.findByRole('button', { name: /^Framing/ });
    fireEvent.click(screen.getByRole('radio', { name: 'Only attributed' }));
    const names = () => document.activeElement?.closest('[data-sentence-index]')?.getAttribute('data-sentence-index');
    act(() => {
      fireEvent.keyDown(document.body, { key: ']' });
    });
    expect(names()).toBe('1');
    act(() => {
      fireEvent.keyDown(document.body, { key: ']' });
    });
    expect(names()).toBe('3');
    act(() => {
      fireEvent.keyDown(document.body, { key: '[' });
    });
    expect(names()).toBe('1');
  });
});

describe('analysis switch per learner', () => {
  it('remembers the switch for each learner, and reads the other learner\'s choice on a switch of learner', async () => {
    const view = render(<AnalysisReader article={article} client={fixtureClient()} learnerId={1} />);
    const toggle = screen.getByRole('switch');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    view.unmount();

    const again = render(<AnalysisReader article={article} client={fixtureClient()} learnerId={1} />);
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    // Another learner on the same computer still starts with the analysis on.
    again.rerender(<AnalysisReader article={article} client={fixtureClient()} learnerId={2} />);
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    again.rerender(<AnalysisReader article={article} client={fixtureClient()} learnerId={1} />);
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
  });
});
