// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryView, type LibraryViewProps } from '../../../src/renderer/src/ui/LibraryView';
import { articleRecord, summaryOf } from './fakes';

afterEach(cleanup);

const articles = [
  summaryOf(articleRecord({ id: 1, title: 'Floods close the valley road', siteName: 'Valley Post', publishedAt: '2024-03-25', wordCount: 1234 })),
  summaryOf(articleRecord({ id: 2, title: 'Library hours cut', sampleId: 'local-library' })),
  summaryOf(articleRecord({ id: 3, title: 'Tram strike ends' })),
];

function renderLibrary(overrides: Partial<LibraryViewProps> = {}) {
  const props: LibraryViewProps = {
    articles,
    query: '',
    sort: 'imported-desc',
    onSortChange: vi.fn(),
    onOpen: vi.fn(),
    onDelete: vi.fn(),
    onClearSearch: vi.fn(),
    onImport: vi.fn(),
    onPaste: vi.fn(),
    ...overrides,
  };
  render(<LibraryView {...props} />);
  return props;
}

describe('LibraryView', () => {
  it('lists title, source, published date, word count and import date', () => {
    renderLibrary();
    const table = screen.getByRole('table', { name: 'Articles in your library' });
    const row = within(table).getByRole('button', { name: 'Floods close the valley road' }).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Valley Post');
    expect(row.textContent).toContain('Mar 25, 2024');
    expect(row.textContent).toContain('1,234');
    expect(row.textContent).toContain('Jan 1, 2026');
    expect(screen.getByText('Sample')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('3 articles');
  });

  it('opens on click and deletes with the row button', () => {
    const props = renderLibrary();
    fireEvent.click(screen.getByRole('button', { name: 'Tram strike ends' }));
    expect(props.onOpen).toHaveBeenCalledWith(3);
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Tram strike ends”' }));
    expect(props.onDelete).toHaveBeenCalledWith(3);
  });

  it('moves between rows with the arrow keys and deletes with the Delete key', () => {
    const props = renderLibrary();
    const first = screen.getByRole('button', { name: 'Floods close the valley road' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = screen.getByRole('button', { name: 'Library hours cut' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tram strike ends' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: 'Delete' });
    expect(props.onDelete).toHaveBeenCalledWith(2);
  });

  it('keeps focus in the list when a row\'s Delete button is used', async () => {
    const props = renderLibrary();
    const button = screen.getByRole('button', { name: 'Delete “Library hours cut”' });
    button.focus();
    fireEvent.click(button);
    expect(props.onDelete).toHaveBeenCalledWith(2);
    // The next row's title takes focus once the frame is drawn (not <body>).
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tram strike ends' }));
  });

  it('changes the sort order', () => {
    const props = renderLibrary();
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'title' } });
    expect(props.onSortChange).toHaveBeenCalledWith('title');
  });

  it('explains what to do when the library is empty', () => {
    const props = renderLibrary({ articles: [] });
    expect(screen.getByRole('heading', { name: 'Your library is empty' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import an article' }));
    expect(props.onImport).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Paste text' }));
    expect(props.onPaste).toHaveBeenCalled();
  });

  it('says when a search matches nothing and offers to clear it', () => {
    const props = renderLibrary({ articles: [], query: 'zebra' });
    expect(screen.getByRole('heading', { name: 'No articles match “zebra”' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(props.onClearSearch).toHaveBeenCalled();
  });

  it('focuses the row of the article the learner came back from', () => {
    renderLibrary({ focusId: 3 });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tram strike ends' }));
  });

  it('focuses a restored article once its row arrives, and only once', () => {
    const props: LibraryViewProps = {
      articles: articles.slice(0, 2),
      query: '',
      sort: 'imported-desc',
      onSortChange: vi.fn(),
      onOpen: vi.fn(),
      onDelete: vi.fn(),
      onClearSearch: vi.fn(),
      onImport: vi.fn(),
      onPaste: vi.fn(),
      focusId: 3,
    };
    const { rerender } = render(<LibraryView {...props} />);
    // Undo asks for the row before the refreshed list holds it.
    expect(document.activeElement).toBe(document.body);
    rerender(<LibraryView {...props} articles={articles} />);
    const restored = screen.getByRole('button', { name: 'Tram strike ends' });
    expect(document.activeElement).toBe(restored);
    // A later refresh does not pull focus back from where the learner moved it.
    screen.getByRole('button', { name: 'Library hours cut' }).focus();
    rerender(<LibraryView {...props} articles={[...articles]} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Library hours cut' }));
  });
});
