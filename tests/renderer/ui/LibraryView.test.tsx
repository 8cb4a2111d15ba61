// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryView, VIRTUALISE_ABOVE, type LibraryViewProps } from '../../../src/renderer/src/ui/LibraryView';
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

  it('does not repeat "Framewise practice library" on every sample row (the badge says it), but still names it for screen readers', () => {
    const samples = [4, 5].map((id) =>
      summaryOf(articleRecord({ id, title: `Sample ${id}`, sampleId: `s${id}`, siteName: 'Framewise practice library' })),
    );
    renderLibrary({ articles: [...samples, articles[0]] });
    for (const id of [4, 5]) {
      const cell = screen.getByRole('button', { name: `Sample ${id}` }).closest('tr')!.querySelectorAll('td')[1];
      const shown = Array.from(cell.childNodes).filter((node) => !(node instanceof HTMLElement && node.classList.contains('visually-hidden')));
      expect(shown.map((node) => node.textContent).join('')).toBe('');
      expect(cell.textContent).toBe('Framewise practice library');
    }
    const imported = screen.getByRole('button', { name: 'Floods close the valley road' }).closest('tr')!.querySelectorAll('td')[1];
    expect(imported.querySelector('.visually-hidden')).toBeNull();
    expect(imported.textContent).toBe('Valley Post');
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

describe('LibraryView with a big library', () => {
  const many = Array.from({ length: 2_000 }, (_, i) => summaryOf(articleRecord({ id: i + 1, title: `Article number ${i + 1}` })));
  const ROW_PX = 52;
  let restore: (() => void) | undefined;

  /** jsdom does no layout: give rows a height and make window.scrollTo move the page. */
  function fakeLayout() {
    // The virtualiser measures rendered rows by offsetHeight.
    Object.defineProperty(HTMLTableRowElement.prototype, 'offsetHeight', { get: () => ROW_PX, configurable: true });
    // The page is as tall as its rows, so scrolling to the last one is not clamped to 0.
    Object.defineProperty(document.documentElement, 'scrollHeight', { get: () => many.length * ROW_PX + 500, configurable: true });
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(((options: ScrollToOptions) => {
      Object.defineProperty(window, 'scrollY', { value: options.top ?? 0, configurable: true });
      // As in a browser, the scroll event comes after the call returns.
      setTimeout(() => window.dispatchEvent(new Event('scroll')), 0);
    }) as typeof window.scrollTo);
    restore = () => {
      delete (HTMLTableRowElement.prototype as { offsetHeight?: number }).offsetHeight;
      delete (document.documentElement as { scrollHeight?: number }).scrollHeight;
      scrollTo.mockRestore();
      Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    };
  }
  afterEach(() => restore?.());

  const rowButtons = () => screen.getAllByRole('button').filter((b) => b.classList.contains('row-open'));

  it('renders only the rows near the viewport, and tells assistive technology the size and each row\'s place', () => {
    fakeLayout();
    renderLibrary({ articles: many });
    expect(many.length).toBeGreaterThan(VIRTUALISE_ABOVE);
    const table = screen.getByRole('table', { name: 'Articles in your library' });
    expect(table.getAttribute('aria-rowcount')).toBe('2001');
    const rendered = rowButtons();
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(100);
    const firstRow = rendered[0].closest('tr')!;
    expect(firstRow.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('2,000 articles');
  });

  it('keeps arrow keys, End and Home working across rows that were not rendered yet', async () => {
    fakeLayout();
    const props = renderLibrary({ articles: many });
    const first = screen.getByRole('button', { name: 'Article number 1' });
    first.focus();
    fireEvent.keyDown(first, { key: 'End' });
    const last = await screen.findByRole('button', { name: 'Article number 2000' });
    await waitFor(() => expect(document.activeElement).toBe(last));
    expect(last.closest('tr')!.getAttribute('aria-rowindex')).toBe('2001');
    // The first row is no longer rendered.
    expect(screen.queryByRole('button', { name: 'Article number 1' })).toBeNull();
    fireEvent.keyDown(last, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Article number 1999' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Article number 1' })));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Delete' });
    expect(props.onDelete).toHaveBeenCalledWith(1);
  });

  it('focuses the row the learner came back from, far down the list', async () => {
    fakeLayout();
    renderLibrary({ articles: many, focusId: 1500 });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Article number 1500' })));
  });
});

describe('LibraryView searching', () => {
  it('shows the matching passage with the matched words marked', () => {
    const found = {
      ...summaryOf(articleRecord({ id: 7, title: 'Council budget' })),
      snippet: { text: 'Critics called the budget reckless', highlights: [{ start: 19, end: 25 }], cutBefore: true, cutAfter: false },
    };
    renderLibrary({ articles: [found], query: 'budget', sort: 'relevance' });
    const row = screen.getByRole('button', { name: 'Council budget' }).closest('tr')!;
    expect(row.textContent).toContain('Matching passage: … Critics called the budget reckless');
    expect(row.querySelector('mark')?.textContent).toBe('budget');
  });

  it('offers "Best match" while searching (the library store switches to it) and changes no order itself', () => {
    const onSortChange = vi.fn();
    const base: LibraryViewProps = {
      articles,
      query: '',
      sort: 'title',
      onSortChange,
      onOpen: vi.fn(),
      onDelete: vi.fn(),
      onClearSearch: vi.fn(),
      onImport: vi.fn(),
      onPaste: vi.fn(),
    };
    const { rerender } = render(<LibraryView {...base} />);
    expect(screen.queryByRole('option', { name: 'Best match' })).toBeNull();
    rerender(<LibraryView {...base} query="budget" sort="relevance" />);
    expect(screen.getByRole('option', { name: 'Best match' })).toBeTruthy();
    rerender(<LibraryView {...base} query="" sort="title" />);
    expect(screen.queryByRole('option', { name: 'Best match' })).toBeNull();
    expect(onSortChange).not.toHaveBeenCalled();
  });
});

describe('LibraryView: from your teacher', () => {
  const floodsWeek = {
    assignment: { id: 7, title: 'Floods week', due: '2027-03-12', teacher: 'Ms Ortiz', articleHashes: ['a', 'b', 'c'], packCreatedAt: 1, importedAt: 2 },
    articleIds: [1, 2, 3],
    practised: 1,
  };
  const gone = { assignment: { id: 8, title: 'Old week', articleHashes: ['z'], packCreatedAt: 1, importedAt: 1 }, articleIds: [], practised: 0 };

  it('shows each assignment with its due date and progress, and starts its practice', () => {
    const props = renderLibrary({ assignments: [floodsWeek, gone], onPractiseAssignment: vi.fn() });
    const panel = screen.getByRole('region', { name: 'From your teacher' });
    expect(panel.textContent).toContain('Floods week, due Mar 12, 2027, 1 of 3 articles practised. Set by Ms Ortiz.');
    expect(panel.textContent).toContain('Old week, 0 of 0 articles practised.');
    expect(panel.textContent).toContain('None of its articles is in your library any more.');
    // Only an assignment with articles left offers practice.
    expect(within(panel).getAllByRole('button')).toHaveLength(1);
    fireEvent.click(within(panel).getByRole('button', { name: 'Practise the assignment “Floods week”' }));
    expect(props.onPractiseAssignment).toHaveBeenCalledWith(floodsWeek);
  });

  it('shows nothing without assignments', () => {
    renderLibrary({ assignments: [], onPractiseAssignment: vi.fn() });
    expect(screen.queryByRole('region', { name: 'From your teacher' })).toBeNull();
  });
});
