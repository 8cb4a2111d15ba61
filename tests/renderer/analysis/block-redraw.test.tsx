// @vitest-environment jsdom
/**
 * Each paragraph of the reader is its own memoised block: highlighting a voice redraws the
 * paragraphs that mention it, and moving between sentences redraws no paragraph's text, however
 * long the article (splitAtMarks, which cuts a sentence's text at its marks, is counted).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalysisClient } from '../../../src/renderer/src/analysis/analysis-client';
import { AnalysisReader } from '../../../src/renderer/src/ui/analysis/AnalysisReader';
import { splitAtMarks } from '../../../src/renderer/src/ui/analysis/text-segments';
import { holdIdleCallbacks, longArticle } from './long-fixture';

vi.mock('../../../src/renderer/src/ui/analysis/text-segments', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/renderer/src/ui/analysis/text-segments')>();
  return { ...actual, splitAtMarks: vi.fn(actual.splitAtMarks) };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('redrawing a long article', () => {
  it('redraws only the paragraph a highlighted voice is in, and no paragraph text on ] or [', async () => {
    const idle = holdIdleCallbacks();
    try {
      const long = longArticle(300);
      const client = createAnalysisClient({ createWorker: null, analyseOnMainThread: vi.fn(async () => long.analysis) });
      const { container } = render(<AnalysisReader article={long.article} client={client} />);
      await screen.findByText(/^Analysis ready/);
      while (idle.pending() > 0) await act(async () => idle.run());
      expect(container.querySelectorAll('.fw-an-article [data-block]')).toHaveLength(long.blocks.length);

      const cut = vi.mocked(splitAtMarks);
      cut.mockClear();
      fireEvent.click(screen.getByRole('button', { name: /^Highlight mentions of Marmalade Quincyworth/ }));
      expect(container.querySelectorAll('.fw-an-mark--mention')).toHaveLength(1);
      // The voice is mentioned in the last paragraph only: its three sentences are cut again, nothing else.
      expect(cut.mock.calls.length).toBeGreaterThan(0);
      expect(cut.mock.calls.length).toBeLessThanOrEqual(3);

      cut.mockClear();
      fireEvent.keyDown(document.body, { key: ']' });
      fireEvent.keyDown(document.body, { key: ']' });
      fireEvent.keyDown(document.body, { key: '[' });
      expect(document.activeElement?.getAttribute('data-fw-sentence')).toBe('0');
      expect(cut).not.toHaveBeenCalled();
    } finally {
      idle.restore();
    }
  });
});
