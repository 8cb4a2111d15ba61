// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listProfiles } from '../../../../src/renderer/src/db/profiles';
import { getSetting } from '../../../../src/renderer/src/db/settings';
import { FirstRun } from '../../../../src/renderer/src/ui/lesson/FirstRun';
import { lessonExample } from '../../../../src/renderer/src/ui/lesson/lesson-examples';
import { closeDatabases, freshStore } from '../../settings/helpers';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  closeDatabases();
});

const names = async (db: Parameters<typeof listProfiles>[0]) => (await listProfiles(db)).map((p) => p.name);
const card = () => screen.findByRole('region', { name: 'Welcome to Framewise' });

describe('the first run', () => {
  it('focuses an empty name field, teaches the three ideas with sample sentences, then offers the first step', async () => {
    const { db, store } = freshStore();
    const done = vi.fn();
    render(<FirstRun store={store} onDone={done} />);
    const region = await card();
    const field = within(region).getByRole('textbox', { name: 'Your name (optional)' }) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.value).toBe('');
    expect(within(region).getByText('Shown on your progress. Leave it empty to be called “Learner”.')).toBeDefined();
    fireEvent.change(field, { target: { value: 'Maya' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Show me' }));

    for (const [idea, title] of [
      ['fact', 'A reported fact'],
      ['attributed', 'An attributed claim'],
      ['framing', 'Framing'],
    ] as const) {
      const heading = within(region).getByRole('heading', { name: title });
      expect(document.activeElement).toBe(heading);
      expect(within(region).getByText(lessonExample(idea)!.sentence.text)).toBeDefined();
      fireEvent.click(within(region).getByRole('button', { name: 'Next idea' }));
    }
    expect(within(region).getByRole('heading', { name: 'Your first step' })).toBeDefined();
    const open = within(region).getByRole('button', { name: 'Open the sample article' });
    expect(document.activeElement).toBe(open);
    expect(await getSetting(db, 'welcomed')).toBeUndefined();

    fireEvent.click(open);
    await waitFor(() => expect(done).toHaveBeenCalledWith(expect.objectContaining({ openSample: true })));
    expect(await names(db)).toEqual(['Maya']);
    expect(await getSetting(db, 'welcomed')).toBe(true);
    expect(screen.queryByRole('region', { name: 'Welcome to Framewise' })).toBeNull();
  });

  it('keeps the default name when skipped with the field empty, and never shows again', async () => {
    const { db, store } = freshStore();
    const done = vi.fn();
    const { unmount } = render(<FirstRun store={store} onDone={done} />);
    fireEvent.click(within(await card()).getByRole('button', { name: 'Skip the introduction' }));
    await waitFor(() => expect(done).toHaveBeenCalledWith(expect.objectContaining({ openSample: false })));
    expect(await names(db)).toEqual(['Learner']);
    unmount();
    render(<FirstRun store={store} onDone={done} />);
    // Give it the same chance to appear as the first time.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('region', { name: 'Welcome to Framewise' })).toBeNull();
  });

  it('goes back a screen, and shows the name problem on the first screen', async () => {
    const { store } = freshStore();
    vi.spyOn(store, 'renameProfile').mockRejectedValue(new Error('boom'));
    render(<FirstRun store={store} onDone={() => {}} />);
    const region = await card();
    fireEvent.change(within(region).getByRole('textbox'), { target: { value: 'Sam' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Show me' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Next idea' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Previous idea' }));
    expect(within(region).getByRole('heading', { name: 'A reported fact' })).toBeDefined();
    fireEvent.click(within(region).getByRole('button', { name: 'Skip the introduction' }));
    expect(await within(region).findByRole('alert')).toBeDefined();
    expect(within(region).getByRole('textbox')).toBeDefined();
  });

  it('without learners, is remembered in local storage and has no name field', async () => {
    const done = vi.fn();
    const { unmount } = render(<FirstRun onDone={done} />);
    const region = await card();
    expect(within(region).queryByRole('textbox')).toBeNull();
    fireEvent.click(within(region).getByRole('button', { name: 'Skip the introduction' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    unmount();
    render(<FirstRun onDone={done} />);
    expect(screen.queryByRole('region', { name: 'Welcome to Framewise' })).toBeNull();
  });
});
