// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanText } from '../../../src/core/text/clean';
import { ReaderView } from '../../../src/renderer/src/ui/ReaderView';
import { ServicesProvider } from '../../../src/renderer/src/ui/services-context';
import { articleRecord, fakeServices } from './fakes';

// The reader remembers its switch, filter and legend in localStorage: each test starts afresh.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const original = [
  'Council approves <b>bridge</b> funding',
  'The council voted on Monday to fund a new bridge <script>alert(1)</script> over the river, officials said.',
  'Share this article',
  'What happens next',
  'Construction is expected to start next year, according to the plan.',
  'Advertisement',
].join('\n\n');

function renderReader() {
  const doc = cleanText(original);
  const services = fakeServices([
    articleRecord({
      id: 7,
      title: 'Council approves bridge funding',
      original,
      blocks: doc.blocks,
      siteName: 'Riverton Gazette',
      byline: 'A. Reporter',
      publishedAt: '2024-05-02',
      wordCount: 42,
      format: 'html',
    }),
  ]);
  const onBack = vi.fn();
  const onDelete = vi.fn();
  render(
    <ServicesProvider services={services}>
      <ReaderView articleId={7} onBack={onBack} onDelete={onDelete} />
    </ServicesProvider>,
  );
  return { onBack, onDelete };
}

describe('ReaderView', () => {
  it('renders headings and paragraphs as text, never as markup', async () => {
    renderReader();
    expect(await screen.findByRole('heading', { level: 1, name: 'Council approves bridge funding' })).toBeTruthy();
    const body = document.querySelector('.reader__body') as HTMLElement;
    expect(body.querySelector('b, script')).toBeNull();
    expect(body.textContent).toContain('<script>alert(1)</script>');
    expect(screen.getByRole('heading', { level: 2, name: 'What happens next' })).toBeTruthy();
    expect(body.querySelectorAll('p.reader__paragraph')).toHaveLength(2);
  });

  it('shows the meta line and a note about removed page clutter', async () => {
    renderReader();
    // A named group: ARIA does not allow a name on a plain paragraph.
    const meta = await screen.findByRole('group', { name: 'Article details' });
    expect(meta.textContent).toContain('Riverton Gazette');
    expect(meta.textContent).toContain('By A. Reporter');
    expect(meta.textContent).toContain('May 2, 2024');
    expect(meta.textContent).toContain('42 words');
    expect(meta.textContent).toContain('Saved web page');
    expect(document.querySelector('.reader__body')?.textContent).not.toContain('Share this article');
    const note = screen.getByText('2 lines of page clutter were removed');
    expect(note.closest('details')?.textContent).toContain('Share this article');
  });

  it('moves focus between blocks with j / k and goes back with Escape', async () => {
    const { onBack } = renderReader();
    await screen.findByRole('heading', { level: 1 });
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('[data-block]'));
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(document.activeElement).toBe(blocks[0]);
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(blocks[1]);
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(document.activeElement).toBe(blocks[0]);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onBack).toHaveBeenCalled();
  });

  it('deletes from the reader', async () => {
    const { onDelete } = renderReader();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete article' }));
    expect(onDelete).toHaveBeenCalledWith(7);
  });

  it('says so when the article is gone', async () => {
    const services = fakeServices();
    render(
      <ServicesProvider services={services}>
        <ReaderView articleId={99} onBack={() => {}} onDelete={() => {}} />
      </ServicesProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('This article is no longer in your library.');
  });
});
