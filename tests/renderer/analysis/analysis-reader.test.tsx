// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanText } from '../../../src/core/text/clean';
import type { AnswerKey } from '../../../src/core/samples/answer-key';
import { createAnalysisClient } from '../../../src/renderer/src/analysis/analysis-client';
import { sampleAnswerKey } from '../../../src/renderer/src/analysis/sample-keys';
import { useArticleAnalysis } from '../../../src/renderer/src/analysis/use-article-analysis';
import { AnalysisReader } from '../../../src/renderer/src/ui/analysis/AnalysisReader';
import { analysis, article } from './fixture';

// The reader remembers its switch, filter and legend in localStorage: each test starts afresh.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const SAMPLE = 'wire-varne-river-floods';

function sampleArticle() {
  const original = readFileSync(resolve(import.meta.dirname, `../../../resources/samples/${SAMPLE}.txt`), 'utf8');
  return { hash: 'sample-hash', original, blocks: cleanText(original, { format: 'txt' }).blocks, sampleId: SAMPLE };
}

function fixtureClient() {
  return createAnalysisClient({ createWorker: null, analyseOnMainThread: vi.fn(async () => analysis) });
}

describe('useArticleAnalysis', () => {
  it('uses the hand answer key for a keyed sample', () => {
    const key = sampleAnswerKey(SAMPLE) as AnswerKey;
    expect(key).toBeDefined();
    const client = fixtureClient();
    const { result } = renderHook(() => useArticleAnalysis(sampleArticle(), { client }));
    expect(result.current.status).toBe('ready');
    expect(result.current.source).toBe('key');
    expect(result.current.analysis?.sentences).toHaveLength(key.sentences.length);
    expect(result.current.analysis?.sentences.map((sentence) => sentence.label)).toEqual(key.sentences.map((sentence) => sentence.label));
    expect(result.current.analysis?.sentences.every((sentence) => sentence.probabilities[sentence.label] === 1)).toBe(true);
    const noted = key.sentences.findIndex((sentence) => sentence.note);
    if (noted >= 0) expect(result.current.analysis?.sentences[noted].reason).toBe(key.sentences[noted].note);
  });

  it('prefers an article\'s teacher-checked key, over the analyser and over a sample\'s own key, and says so', () => {
    const key = sampleAnswerKey(SAMPLE) as AnswerKey;
    const teacher: AnswerKey = { ...key, sentences: key.sentences.map((s, i) => (i === 0 ? { ...s, note: 'Checked by Ms Ortiz.' } : s)) };
    const client = fixtureClient();
    const plain = { ...sampleArticle(), sampleId: undefined };
    const { result } = renderHook(() => useArticleAnalysis(plain, { client, checkedKey: teacher }));
    expect(result.current).toMatchObject({ status: 'ready', source: 'key', checkedByTeacher: true });
    expect(result.current.analysis?.sentences[0].reason).toBe('Checked by Ms Ortiz.');
    const sample = renderHook(() => useArticleAnalysis(sampleArticle(), { client, checkedKey: teacher }));
    expect(sample.result.current.analysis?.sentences[0].reason).toBe('Checked by Ms Ortiz.');
    const without = renderHook(() => useArticleAnalysis(sampleArticle(), { client }));
    expect(without.result.current.checkedByTeacher).toBeUndefined();
    render(<AnalysisReader article={plain} client={client} checkedKey={teacher} shortcuts={false} />);
    expect(document.querySelector('.fw-an-notice')?.textContent).toMatch(/Your teacher checked the answer key of this article/);
  });

  it('runs the analyser for other articles: running, then ready', async () => {
    const client = fixtureClient();
    const { result } = renderHook(() => useArticleAnalysis(article, { client }));
    expect(result.current).toMatchObject({ status: 'running', source: 'analyser', analysis: null });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.analysis).toBe(analysis);
  });

  it('takes an analysis the client holds in memory in its first render, so the reader never draws the plain text first', async () => {
    const client = fixtureClient();
    await client.analyze(article.original, article.blocks, { hash: article.hash });
    const statuses: string[] = [];
    const { result } = renderHook(() => {
      const state = useArticleAnalysis(article, { client });
      statuses.push(state.status);
      return state;
    });
    expect(statuses[0]).toBe('ready');
    expect(result.current.analysis).toBe(analysis);
    await act(async () => {});
    expect(statuses).not.toContain('running');
  });

  it('stays idle when disabled and reports errors', async () => {
    const idle = renderHook(() => useArticleAnalysis(article, { client: fixtureClient(), enabled: false }));
    expect(idle.result.current.status).toBe('idle');
    const failing = createAnalysisClient({ createWorker: null, analyseOnMainThread: async () => Promise.reject(new Error('boom')) });
    const { result } = renderHook(() => useArticleAnalysis(article, { client: failing }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBe('boom');
  });
});

describe('AnalysisReader', () => {
  it('shows the analysis with the honest notice, and explains a sentence on click', async () => {
    render(<AnalysisReader article={article} client={fixtureClient()} />);
    expect(screen.getByRole('status').textContent).toBe('Analysing the article…');
    const framing = await screen.findByRole('button', { name: 'Framing, uncertain — discuss (55%). Show why' });
    expect(screen.getByText('These are automatic judgements by a heuristic analyser and can be wrong — check the cues.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Analysis ready: 4 sentences.');
    fireEvent.click(framing);
    expect(framing.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Framing: uncertain — discuss (55%)')).toBeTruthy();
    expect(document.getElementById(framing.getAttribute('aria-controls')!)?.textContent).toContain('“clearly”');
    fireEvent.keyDown(framing, { key: 'Escape' });
    expect(framing.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Framing: uncertain — discuss (55%)')).toBeNull();

    // Escape from inside the panel closes it too, is not passed on (the reader would go back
    // to the library), and returns focus to the sentence.
    fireEvent.click(framing);
    const next = screen.getByRole('button', { name: 'Next sentence' });
    next.focus();
    const passedOn = vi.fn();
    const onDocumentKey = (event: KeyboardEvent) => {
      if (!event.defaultPrevented) passedOn();
    };
    document.addEventListener('keydown', onDocumentKey);
    fireEvent.keyDown(next, { key: 'Escape' });
    document.removeEventListener('keydown', onDocumentKey);
    expect(passedOn).not.toHaveBeenCalled();
    expect(framing.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(framing);
  });

  it('toggles with the switch and Alt+A, and moves between sentences with ] and [', async () => {
    render(<AnalysisReader article={article} client={fixtureClient()} />);
    await screen.findByRole('button', { name: /^Framing/ });
    const toggle = screen.getByRole('switch', { name: /Analysis/ });
    expect(toggle.getAttribute('aria-checked')).toBe('true');

    fireEvent.keyDown(document.body, { key: ']' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Reported fact/);
    fireEvent.keyDown(document.body, { key: ']' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Attributed claim, (likely|uncertain — discuss)/);
    fireEvent.keyDown(document.body, { key: '[' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Reported fact/);

    fireEvent.keyDown(document.body, { key: 'a', code: 'KeyA', altKey: true });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(screen.queryByRole('button', { name: /^Framing/ })).toBeNull();
    expect(screen.queryByText(/automatic judgements/)).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('button', { name: /^Framing/ })).toBeTruthy();
  });

  it('highlights a voice’s mentions and jumps to a claim’s sentence', async () => {
    const { container } = render(<AnalysisReader article={article} client={fixtureClient()} />);
    await screen.findByRole('button', { name: /^Framing/ });
    fireEvent.click(screen.getByRole('button', { name: /Highlight mentions of council/ }));
    expect([...container.querySelectorAll('.fw-an-mark--mention')].map((node) => node.textContent)).toEqual(['council', 'council']);

    fireEvent.click(screen.getByRole('button', { name: /Show sentence 4 in the article/ }));
    const fourth = screen.getByRole('button', { name: 'Attributed claim, very likely (86%). Show why' });
    expect(document.activeElement).toBe(fourth);
    expect(fourth.getAttribute('aria-expanded')).toBe('true');
    const why = document.getElementById(fourth.getAttribute('aria-controls')!);
    expect(why?.textContent).toContain('Source: “the port authority” (a group)');
    expect(why?.textContent).toContain('Source the article gives: “the port authority”');
  });

  it('says so when a sample’s labels come from its hand key', () => {
    render(<AnalysisReader article={sampleArticle()} client={fixtureClient()} />);
    expect(screen.getByText(/This sample has a hand-made answer key/)).toBeTruthy();
    expect(screen.queryByText(/automatic judgements/)).toBeNull();
    expect(screen.getAllByRole('button', { name: /from the answer key\. Show why$/ }).length).toBeGreaterThan(3);
  });

  it('shows the plain text and a clear message when the analysis fails', async () => {
    const failing = createAnalysisClient({ createWorker: null, analyseOnMainThread: async () => Promise.reject(new Error('boom')) });
    const { container } = render(<AnalysisReader article={article} client={failing} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('could not be analysed: boom'));
    expect(container.querySelectorAll('[data-block]')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /Show why/ })).toBeNull();
  });

  it('lets the parent control the switch', async () => {
    const onEnabledChange = vi.fn();
    render(<AnalysisReader article={article} client={fixtureClient()} enabled={false} onEnabledChange={onEnabledChange} />);
    await act(async () => {});
    fireEvent.click(screen.getByRole('switch'));
    expect(onEnabledChange).toHaveBeenCalledWith(true);
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
  });
});
