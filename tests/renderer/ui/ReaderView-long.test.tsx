// @vitest-environment jsdom
/**
 * The reader opened at an offset (a disputed sentence, from the class view) on a long article,
 * which is drawn in slices: it focuses the paragraph that holds the offset once that paragraph
 * is drawn, never the last paragraph drawn so far.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderView } from '../../../src/renderer/src/ui/ReaderView';
import { ServicesProvider } from '../../../src/renderer/src/ui/services-context';
import { holdIdleCallbacks, longArticle } from '../analysis/long-fixture';
import { articleRecord, fakeServices } from './fakes';

const long = longArticle(300);

// The app-wide analysis client, answering with the long article's hand-built analysis.
vi.mock('../../../src/renderer/src/analysis/analysis-client', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/renderer/src/analysis/analysis-client')>();
  const { longArticle: build } = await import('../analysis/long-fixture');
  const client = actual.createAnalysisClient({ createWorker: null, analyseOnMainThread: async () => build(300).analysis });
  return { ...actual, getAnalysisClient: () => client };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('ReaderView on a long article', () => {
  it('opened at an offset near the end, focuses the paragraph holding it once it is drawn', async () => {
    const idle = holdIdleCallbacks();
    try {
      const target = long.blocks[long.blocks.length - 3];
      const services = fakeServices([articleRecord({ id: 3, title: 'A long report', original: long.original, blocks: long.blocks, hash: long.article.hash })]);
      render(
        <ServicesProvider services={services}>
          <ReaderView articleId={3} onBack={() => {}} onDelete={() => {}} at={target.start + 5} />
        </ServicesProvider>,
      );
      await screen.findByText(/^Analysis ready/);
      const drawn = () => document.querySelectorAll('.reader__body [data-block]');
      expect(drawn().length).toBeLessThan(long.blocks.length);
      // While the rest waits to be drawn, no paragraph is focused (the last one drawn is not the one asked for).
      await act(() => new Promise((resolve) => setTimeout(resolve, 350)));
      expect(document.activeElement?.closest('[data-block]')).toBeNull();

      while (idle.pending() > 0) await act(async () => idle.run());
      expect(drawn()).toHaveLength(long.blocks.length);
      await waitFor(() => expect((document.activeElement as HTMLElement | null)?.dataset.block).toBe(String(target.start)));
    } finally {
      idle.restore();
    }
  });
});
