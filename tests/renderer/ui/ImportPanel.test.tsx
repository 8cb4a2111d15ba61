// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel, type BatchState } from '../../../src/renderer/src/ui/ImportPanel';

afterEach(cleanup);

const results: BatchState['results'] = [
  { name: 'a.txt', status: 'imported', articleId: 1, title: 'A' },
  { name: 'b.txt', status: 'duplicate', articleId: 2, title: 'B' },
  { name: 'empty.txt', status: 'rejected', reason: 'empty' },
];

describe('ImportPanel', () => {
  it('shows progress as a progressbar with "n of total" while running, and can stop', () => {
    const onCancel = vi.fn();
    render(<ImportPanel batch={{ total: 5, results, phase: 'running' }} onCancel={onCancel} onClose={() => {}} onOpen={() => {}} />);
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('3');
    expect(bar.getAttribute('aria-valuemax')).toBe('5');
    expect(bar.getAttribute('aria-valuetext')).toBe('3 of 5');
    expect(screen.getByRole('heading', { name: 'Importing 5 files' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Close import results' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Stop importing' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('lists each file with a status word (not only a colour) and the reason for rejections', () => {
    const onOpen = vi.fn();
    render(<ImportPanel batch={{ total: 3, results, phase: 'done' }} onCancel={() => {}} onClose={() => {}} onOpen={onOpen} />);
    expect(screen.getByTestId('batch-summary').textContent).toBe('1 imported1 already in your library1 rejected');
    const items = within(screen.getByRole('list', { name: 'Results per file' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.batch__status')?.textContent)).toEqual([
      '✓Imported',
      '=Already in your library',
      '✕Rejected',
    ]);
    expect(items[2].textContent).toContain('This file is empty.');
    fireEvent.click(screen.getByRole('button', { name: 'Open “B”' }));
    expect(onOpen).toHaveBeenCalledWith(2);
  });

  it('filters to the files that need attention and closes when done', () => {
    const onClose = vi.fn();
    render(<ImportPanel batch={{ total: 3, results, phase: 'done' }} onCancel={() => {}} onClose={onClose} onOpen={() => {}} />);
    fireEvent.click(screen.getByLabelText('Show only files that were not imported'));
    expect(within(screen.getByRole('list', { name: 'Results per file' })).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Close import results' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('closes with Escape when done, giving focus back to where it came from', () => {
    const onClose = vi.fn();
    const onOutsideEscape = vi.fn();
    render(
      <>
        <button type="button">Import an article</button>
        <ImportPanel batch={{ total: 3, results, phase: 'done' }} onCancel={() => {}} onClose={onClose} onOpen={() => {}} />
      </>,
    );
    const before = screen.getByRole('button', { name: 'Import an article' });
    before.focus();
    const close = screen.getByRole('button', { name: 'Close import results' });
    close.focus();
    fireEvent.focus(close, { relatedTarget: before });
    const onDocumentKey = (event: KeyboardEvent) => {
      if (!event.defaultPrevented) onOutsideEscape();
    };
    document.addEventListener('keydown', onDocumentKey);
    fireEvent.keyDown(close, { key: 'Escape' });
    document.removeEventListener('keydown', onDocumentKey);
    expect(onClose).toHaveBeenCalledTimes(1);
    // The reader's own Escape ("back to library") must not fire as well.
    expect(onOutsideEscape).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(before);
  });

  it('ignores Escape while the import is still running', () => {
    const onClose = vi.fn();
    render(<ImportPanel batch={{ total: 5, results, phase: 'running' }} onCancel={() => {}} onClose={onClose} onOpen={() => {}} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Stop importing' }), { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
  });
});
