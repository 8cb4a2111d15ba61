// @vitest-environment jsdom
/**
 * A long article is drawn in slices (ui/analysis/use-drawn-count.ts): the first screens at once,
 * the rest when the window is idle, until every paragraph is in the page; the keys still reach
 * every sentence meanwhile.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalysisClient } from '../../../src/renderer/src/analysis/analysis-client';
import { AnalysedArticle, BLOCK_BUDGET } from '../../../src/renderer/src/ui/analysis/AnalysedArticle';
import { AnalysisReader } from '../../../src/renderer/src/ui/analysis/AnalysisReader';
import { CLAIM_BUDGET, ClaimsPanel } from '../../../src/renderer/src/ui/analysis/ClaimsPanel';
import { VOICE_BUDGET, VoicesPanel } from '../../../src/renderer/src/ui/analysis/VoicesPanel';
import { holdIdleCallbacks, LAST_SENTENCE, longArticle } from './long-fixture';
import { analysis, blocks, original } from './fixture';

let idle: ReturnType<typeof holdIdleCallbacks>;

beforeEach(() => {
  idle = holdIdleCallbacks();
});

afterEach(() => {
  cleanup();
  idle.restore();
  localStorage.clear();
});

/** Runs idle slices until none is left (each drawn slice asks for the next). */
async function drawAll(): Promise<number> {
  let slices = 0;
  while (idle.pending() > 0) {
    await act(async () => idle.run());
    slices++;
    if (slices > 100) throw new Error('the reader never finished drawing');
  }
  return slices;
}

const long = longArticle(400);
const paragraphs = () => [...document.querySelectorAll<HTMLElement>('.fw-an-article [data-block]')];

describe('a long article in the reader', () => {
  it('draws its first screens at once, then the rest in idle slices, until every paragraph holds exactly its text', async () => {
    const { container } = render(<AnalysedArticle original={long.original} blocks={long.blocks} analysis={long.analysis} />);
    const root = container.querySelector('.fw-an-article') as HTMLElement;
    const first = paragraphs().length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(long.blocks.length);
    // The first slice covers at least the budget's characters (several screens), not just a paragraph or two.
    const firstChars = long.blocks.slice(0, first).reduce((sum, block) => sum + block.end - block.start, 0);
    expect(firstChars).toBeGreaterThanOrEqual(BLOCK_BUDGET.first);
    expect(root.dataset.drawn).toBe('partial');

    const slices = await drawAll();
    expect(slices).toBeGreaterThan(1);
    expect(root.dataset.drawn).toBe('all');
    const drawn = paragraphs();
    expect(drawn).toHaveLength(long.blocks.length);
    drawn.forEach((paragraph, i) => {
      const copy = paragraph.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.fw-an-sr, .fw-an-tag').forEach((node) => node.remove());
      expect(copy.textContent).toBe(long.original.slice(long.blocks[i].start, long.blocks[i].end));
    });
    expect(container.querySelectorAll('[data-fw-sentence]')).toHaveLength(long.analysis.sentences.length);
  });

  it('draws an analysis that arrives after the plain text over it in slices, the plain text staying in the page meanwhile', async () => {
    const { container, rerender } = render(<AnalysedArticle original={long.original} blocks={long.blocks} analysis={null} />);
    await drawAll();
    expect(paragraphs()).toHaveLength(long.blocks.length);
    expect(container.querySelectorAll('[data-fw-sentence]')).toHaveLength(0);
    const plainText = paragraphs().map((paragraph) => paragraph.textContent);

    rerender(<AnalysedArticle original={long.original} blocks={long.blocks} analysis={long.analysis} />);
    const tagged = container.querySelectorAll('[data-fw-sentence]').length;
    expect(tagged).toBeGreaterThan(0);
    expect(tagged).toBeLessThan(long.analysis.sentences.length);
    expect(paragraphs()).toHaveLength(long.blocks.length);
    expect((container.querySelector('.fw-an-article') as HTMLElement).dataset.drawn).toBe('partial');

    await drawAll();
    expect(container.querySelectorAll('[data-fw-sentence]')).toHaveLength(long.analysis.sentences.length);
    expect((container.querySelector('.fw-an-article') as HTMLElement).dataset.drawn).toBe('all');
    // Same text, now with its tags (and screen-reader labels) in it.
    paragraphs().forEach((paragraph, i) => {
      const copy = paragraph.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.fw-an-sr, .fw-an-tag').forEach((node) => node.remove());
      expect(copy.textContent).toBe(plainText[i]);
    });
  });

  it('draws a short article whole in its first frame', () => {
    const { container } = render(<AnalysedArticle original={original} blocks={blocks} analysis={analysis} />);
    expect((container.querySelector('.fw-an-article') as HTMLElement).dataset.drawn).toBe('all');
    expect(container.querySelectorAll('[data-block]')).toHaveLength(blocks.length);
    expect(idle.pending()).toBe(0);
  });

  it('reaches the last sentence with [ before the rest is drawn, and steps back from it with [', async () => {
    const client = createAnalysisClient({ createWorker: null, analyseOnMainThread: vi.fn(async () => long.analysis) });
    render(<AnalysisReader article={long.article} client={client} />);
    await screen.findByText(/^Analysis ready/);
    expect(paragraphs().length).toBeLessThan(long.blocks.length);

    fireEvent.keyDown(document.body, { key: '[' });
    const last = long.analysis.sentences.length - 1;
    expect(document.activeElement?.getAttribute('data-fw-sentence')).toBe(String(last));
    expect(document.activeElement?.closest('.fw-an-sentence')?.textContent).toContain(LAST_SENTENCE);
    fireEvent.keyDown(document.body, { key: '[' });
    expect(document.activeElement?.getAttribute('data-fw-sentence')).toBe(String(last - 1));
    fireEvent.keyDown(document.body, { key: ']' });
    fireEvent.keyDown(document.body, { key: ']' });
    expect(document.activeElement?.getAttribute('data-fw-sentence')).toBe(String(last));
    await drawAll();
    expect(paragraphs()).toHaveLength(long.blocks.length);
  });

  it('shows a claim’s sentence from the claims panel before the text around it is drawn', async () => {
    const client = createAnalysisClient({ createWorker: null, analyseOnMainThread: vi.fn(async () => long.analysis) });
    render(<AnalysisReader article={long.article} client={client} />);
    await screen.findByText(/^Analysis ready/);
    // One idle slice each: the claims panel gets ahead of the text.
    await act(async () => idle.run());
    const claims = screen.getAllByRole('button', { name: /^Show sentence [\d,]+ in the article/ });
    const undrawn = claims
      .map((button) => Number(button.getAttribute('aria-label')!.match(/^Show sentence ([\d,]+)/)![1].replace(/,/g, '')) - 1)
      .filter((index) => !document.querySelector(`[data-fw-sentence="${index}"]`));
    expect(undrawn.length).toBeGreaterThan(0);
    const target = undrawn[undrawn.length - 1];
    fireEvent.click(claims.find((button) => button.getAttribute('aria-label')!.startsWith(`Show sentence ${(target + 1).toLocaleString('en')} `))!);
    expect(document.activeElement?.getAttribute('data-fw-sentence')).toBe(String(target));
    expect(document.activeElement?.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('the claims panel of a long article', () => {
  it('lists its first claims at once and every claim once idle', async () => {
    const { container } = render(<ClaimsPanel analysis={long.analysis} onShowSentence={() => {}} />);
    const list = container.querySelector('.fw-an-claims__list') as HTMLElement;
    expect(long.analysis.claims.length).toBeGreaterThan(CLAIM_BUDGET.first);
    expect(list.querySelectorAll('li')).toHaveLength(CLAIM_BUDGET.first);
    expect(list.dataset.drawn).toBe('partial');
    await drawAll();
    expect(list.querySelectorAll('li')).toHaveLength(long.analysis.claims.length);
    expect(list.dataset.drawn).toBe('all');
  });
});

describe('the voices panel of a long article', () => {
  it('lists the first voices of each list with the analysis and every voice once idle, in order of mentions', async () => {
    const [quincy] = long.analysis.voices;
    // Hundreds of voices, as a long report names: heard ones with 1–3 mentions, then those only spoken about.
    const voices = Array.from({ length: 300 }, (_, at) => ({
      ...quincy,
      name: `Voice ${at}`,
      heard: at % 3 === 0,
      mentions: quincy.mentions.slice(0, 1).concat(at % 7 === 0 ? quincy.mentions : []),
    }));
    const onSelect = vi.fn();
    const { container } = render(<VoicesPanel analysis={{ ...long.analysis, voices }} onSelect={onSelect} />);
    const lists = [...container.querySelectorAll<HTMLElement>('.fw-an-voices__list')];
    expect(lists).toHaveLength(2);
    for (const list of lists) {
      expect(list.querySelectorAll('li')).toHaveLength(VOICE_BUDGET.first);
      expect(list.dataset.drawn).toBe('partial');
    }
    await drawAll();
    expect(lists.map((list) => list.querySelectorAll('li').length)).toEqual([100, 200]);
    expect(lists.every((list) => list.dataset.drawn === 'all')).toBe(true);
    // Most mentioned first, as before; every voice can be chosen.
    const heardNames = [...lists[0].querySelectorAll('.fw-an-voice__name')].map((name) => name.textContent);
    expect(heardNames.slice(0, 2)).toEqual(['Voice 0', 'Voice 21']);
    fireEvent.click(screen.getByRole('button', { name: /^Highlight mentions of Voice 299,/ }));
    expect(onSelect).toHaveBeenCalledWith(299);
  });
});
