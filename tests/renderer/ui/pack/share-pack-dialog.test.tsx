// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SharePackDialog } from '../../../../src/renderer/src/ui/pack/SharePackDialog';
import type { ArticleSummary } from '../../../../src/renderer/src/db/articles';

afterEach(cleanup);

const articles = [
  { id: 3, title: 'Harbour notes' },
  { id: 7, title: 'Council vote' },
  { id: 9, title: 'School fair' },
] as ArticleSummary[];

function open() {
  const onShare = vi.fn();
  render(<SharePackDialog open articles={articles} onShare={onShare} onCancel={() => {}} />);
  return onShare;
}

describe('"Share as class pack…" picker', () => {
  it('shares the chosen articles in library order with an assignment of title, skills, items, due date and teacher', () => {
    const onShare = open();
    fireEvent.click(screen.getByRole('checkbox', { name: 'School fair' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Harbour notes' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Add an assignment' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Assignment title' }), { target: { value: ' Floods week ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Spot the loaded words' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fact, attributed or framing?' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Number of items' }), { target: { value: '12' } });
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2027-03-12' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Teacher’s name' }), { target: { value: 'Ms Ortiz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save class pack' }));
    expect(onShare).toHaveBeenCalledWith([3, 9], { title: 'Floods week', skills: ['classify', 'loaded-words'], items: 12, due: '2027-03-12', teacher: 'Ms Ortiz' });
  });

  it('shares without an assignment unless asked; refuses nothing chosen and an untitled assignment', () => {
    const onShare = open();
    fireEvent.click(screen.getByRole('button', { name: 'Save class pack' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose at least one article.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Council vote' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Add an assignment' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save class pack' }));
    expect(screen.getByRole('alert').textContent).toBe('Give the assignment a title.');
    expect(onShare).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Add an assignment' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save class pack' }));
    expect(onShare).toHaveBeenCalledWith([7], undefined);
  });

  it('holds no article rows while closed (a big library re-renders none on each listing), and every opening starts afresh', () => {
    const props = { articles, onShare: vi.fn(), onCancel: () => {} };
    const { container, rerender } = render(<SharePackDialog open={false} {...props} />);
    // The closed dialog is hidden from the accessibility tree, so look at the DOM itself.
    expect(container.querySelectorAll('input, li')).toHaveLength(0);
    rerender(<SharePackDialog open {...props} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Council vote' }));
    expect(screen.getByRole('checkbox', { name: 'Council vote' })).toHaveProperty('checked', true);
    rerender(<SharePackDialog open={false} {...props} />);
    expect(container.querySelectorAll('input, li')).toHaveLength(0);
    rerender(<SharePackDialog open {...props} />);
    expect(screen.getByRole('checkbox', { name: 'Council vote' })).toHaveProperty('checked', false);
    expect(screen.getByText('(0 articles chosen)')).toBeTruthy();
  });
});
