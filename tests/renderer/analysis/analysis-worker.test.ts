import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateItems } from '../../../src/core/practice';
import { analysis as fixtureAnalysis, original } from './fixture';

const analyzeArticle = vi.hoisted(() => vi.fn(() => ({ sentences: [] })));
const createAnalyser = vi.hoisted(() => vi.fn(() => ({ analyzeArticle })));
vi.mock('../../../src/core/analysis', () => ({ ANALYSER_VERSION: 'test-version', createAnalyser }));

interface FakeScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage: ReturnType<typeof vi.fn>;
}

async function loadWorker(): Promise<FakeScope> {
  vi.resetModules();
  const scope: FakeScope = { onmessage: null, postMessage: vi.fn() };
  (globalThis as unknown as { self: FakeScope }).self = scope;
  await import('../../../src/renderer/src/analysis/analysis.worker');
  return scope;
}

describe('analysis worker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    analyzeArticle.mockClear();
    createAnalyser.mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (globalThis as unknown as { self?: unknown }).self;
  });

  it('announces its version at once and loads nothing until asked', async () => {
    const scope = await loadWorker();
    expect(scope.postMessage).toHaveBeenCalledWith({ type: 'version', version: 'test-version' });
    expect(createAnalyser).not.toHaveBeenCalled();
  });

  it('on "warm" loads the analyser and runs one small article through it, answering nothing', async () => {
    const scope = await loadWorker();
    scope.onmessage!({ data: { type: 'warm' } });
    vi.runAllTimers();
    expect(createAnalyser).toHaveBeenCalledTimes(1);
    expect(analyzeArticle).toHaveBeenCalledTimes(1);
    expect(String((analyzeArticle.mock.calls[0] as unknown[])[0])).toMatch(/libraries/);
    expect(scope.postMessage).toHaveBeenCalledTimes(1); // the version only
  });

  it('answers a real request with the same analyser, loaded once', async () => {
    const scope = await loadWorker();
    scope.onmessage!({ data: { type: 'warm' } });
    scope.onmessage!({ data: { type: 'analyse', id: 7, original: 'Text.', blocks: undefined } });
    vi.runAllTimers();
    expect(createAnalyser).toHaveBeenCalledTimes(1);
    expect(scope.postMessage).toHaveBeenLastCalledWith({ id: 7, analysis: { sentences: [] } });
  });

  it('generates practice items at once, ahead of the analyses still queued', async () => {
    const scope = await loadWorker();
    const article = { id: 3, hash: 'cd'.repeat(32), original };
    scope.onmessage!({ data: { type: 'analyse', id: 1, original: 'Queued.', blocks: undefined } });
    scope.onmessage!({ data: { type: 'generate', id: 2, article, analysis: fixtureAnalysis } });
    // No timer has run: the queued analysis has not started, the items are already sent.
    expect(analyzeArticle).not.toHaveBeenCalled();
    const items = generateItems(article, fixtureAnalysis);
    expect(items.length).toBeGreaterThan(0);
    expect(scope.postMessage).toHaveBeenLastCalledWith({ type: 'items', id: 2, items });
    vi.runAllTimers();
    expect(scope.postMessage).toHaveBeenLastCalledWith({ id: 1, analysis: { sentences: [] } });
  });

  it('generates the items along with an analysis asked for with `practice`', async () => {
    analyzeArticle.mockImplementationOnce(() => fixtureAnalysis as never);
    const scope = await loadWorker();
    const article = { id: 3, hash: 'cd'.repeat(32), original };
    scope.onmessage!({ data: { type: 'analyse', id: 9, original, blocks: undefined, practice: article } });
    vi.runAllTimers();
    expect(scope.postMessage).toHaveBeenLastCalledWith({ id: 9, analysis: fixtureAnalysis, items: generateItems(article, fixtureAnalysis) });
  });
});
