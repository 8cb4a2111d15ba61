// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DisputedItem } from '../../../../src/core/results';
import { DisputedItems } from '../../../../src/renderer/src/ui/class/DisputedItems';

afterEach(cleanup);

const HERE = 'a'.repeat(64);
const ELSEWHERE = 'b'.repeat(64);
const dispute = (articleHash: string, itemId: string, sentenceStart: number): DisputedItem => ({
  articleHash,
  itemId,
  sentenceStart,
  sentenceEnd: sentenceStart + 20,
  learners: 1,
  reasons: [{ learner: 'Ada', reason: 'It is quoted.' }],
});

describe('DisputedItems', () => {
  it('leads to the key editor (and the reader) at the disputed sentence of an article in the library', () => {
    const onOpenKeyEditor = vi.fn();
    const onOpenArticle = vi.fn();
    render(
      <DisputedItems
        disputed={[dispute(HERE, 'x:classify:2', 57)]}
        articles={new Map([[HERE, { id: 4, title: 'Harbour' }]])}
        quotes={new Map([[`${HERE}|x:classify:2`, 'The wall reopened.']])}
        onOpenKeyEditor={onOpenKeyEditor}
        onOpenArticle={onOpenArticle}
      />,
    );
    const item = screen.getAllByRole('listitem')[0];
    expect(item.textContent).toContain('Harbour · x:classify:2 — disputed by 1 learner');
    expect(item.textContent).toContain('“The wall reopened.”');
    expect(item.textContent).toContain('Ada: “It is quoted.”');
    fireEvent.click(screen.getByRole('button', { name: 'Check the disputed sentence of “Harbour” in the answer key' }));
    expect(onOpenKeyEditor).toHaveBeenCalledWith(4, 57);
    fireEvent.click(screen.getByRole('button', { name: 'Open “Harbour” in the reader at the disputed sentence' }));
    expect(onOpenArticle).toHaveBeenCalledWith(4, 57);
  });

  it('says when the article is not in the library, with no button to follow', () => {
    render(
      <DisputedItems disputed={[dispute(ELSEWHERE, 'y:classify:1', 0)]} articles={new Map()} quotes={new Map()} onOpenKeyEditor={vi.fn()} onOpenArticle={vi.fn()} />,
    );
    const list = screen.getAllByRole('list')[0];
    expect(within(list).queryAllByRole('button')).toHaveLength(0);
    expect(list.textContent).toContain('Article not in your library · y:classify:1');
    expect(list.textContent).toContain('This article is not in your library, so its key cannot be checked here.');
  });

  it('says when no learner disputed anything', () => {
    render(<DisputedItems disputed={[]} articles={new Map()} quotes={new Map()} onOpenArticle={vi.fn()} />);
    expect(screen.getByText('No learner disputed an answer.')).toBeDefined();
  });
});
