// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addArticle } from '../../../src/renderer/src/db/articles';
import { listProfiles, getActiveProfileId, createProfile } from '../../../src/renderer/src/db/profiles';
import { listAttempts, recordAttempt } from '../../../src/renderer/src/db/progress';
import { ProfileSwitcher } from '../../../src/renderer/src/ui/profiles/ProfileSwitcher';
import { ProfilesSettings } from '../../../src/renderer/src/ui/settings/ProfilesSettings';
import { attempt, card, closeDatabases, freshStore, makeArticle } from './helpers';

afterEach(() => {
  cleanup();
  closeDatabases();
});

const names = async (db: Parameters<typeof listProfiles>[0]) => (await listProfiles(db)).map((p) => p.name);

function learnerList() {
  return screen.getByRole('list', { name: 'Learners on this computer' });
}

describe('ProfilesSettings', () => {
  it('adds a learner, and refuses an empty or duplicate name with what to do', async () => {
    const { db, store } = freshStore();
    render(<ProfilesSettings store={store} />);
    await screen.findByText('Learner');

    const input = screen.getByRole('textbox', { name: 'New learner’s name' });
    fireEvent.click(screen.getByRole('button', { name: 'Add learner' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type a name for the learner.');
    expect(input.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(input, { target: { value: '  Ana  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add learner' }));
    expect(await within(learnerList()).findByText('Ana')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Added “Ana”.');
    expect(await names(db)).toEqual(['Learner', 'Ana']);

    fireEvent.change(input, { target: { value: 'ANA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add learner' }));
    expect((await screen.findByRole('alert')).textContent).toContain('There is already a learner with this name.');
    // The earlier success is not left beside the refusal, as if this one had worked too.
    expect(screen.queryByText('Added “Ana”.')).toBeNull();
    expect(await names(db)).toEqual(['Learner', 'Ana']);
  });

  it('renames a learner inline (Enter saves, Escape cancels) and reports a clash', async () => {
    const { db, store } = freshStore();
    await createProfile(db, 'Sam');
    render(<ProfilesSettings store={store} />);
    await screen.findByText('Sam');

    fireEvent.click(screen.getByRole('button', { name: 'Rename Learner' }));
    const field = screen.getByRole('textbox', { name: 'New name for Learner' });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'sam' } });
    fireEvent.submit(field);
    expect((await screen.findByRole('alert')).textContent).toContain('There is already a learner with this name.');

    fireEvent.change(field, { target: { value: 'Ana' } });
    fireEvent.submit(field);
    expect(await within(learnerList()).findByText('Ana')).toBeTruthy();
    expect(await names(db)).toEqual(['Ana', 'Sam']);
    // Focus returns to the row's Rename button.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename Ana' })));

    fireEvent.click(screen.getByRole('button', { name: 'Rename Sam' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'New name for Sam' }), { target: { value: 'Nobody' } });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'New name for Sam' }), { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'New name for Sam' })).toBeNull();
    expect(await names(db)).toEqual(['Ana', 'Sam']);
  });

  it('deletes a learner with their progress after confirmation, and Undo brings everything back', async () => {
    const { db, store } = freshStore();
    const { id: articleId } = await addArticle(db, makeArticle({ title: 'Floods', paragraphs: ['The river rose.'] }));
    const sam = await createProfile(db, 'Sam');
    await recordAttempt(db, attempt(sam.id, articleId, 'item-1', 1000), card(sam.id, articleId, 'item-1', 1000));
    await recordAttempt(db, attempt(sam.id, articleId, 'item-2', 2000));
    const changed = vi.fn();
    render(<ProfilesSettings store={store} onProfilesChanged={changed} />);
    await screen.findByText('Sam');

    fireEvent.click(screen.getByRole('button', { name: 'Delete Sam' }));
    const confirm = await screen.findByRole('group', { name: 'Delete Sam?' });
    expect(confirm.textContent).toContain('This also deletes 2 answers, 1 review card and 0 disputed answers of this learner.');
    // The safe choice has focus, and "keep" changes nothing.
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep Sam' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep Sam' }));
    expect(screen.queryByRole('group', { name: 'Delete Sam?' })).toBeNull();
    expect(await names(db)).toEqual(['Learner', 'Sam']);
    // Escape is the same as "Keep", and focus goes back to "Delete".
    fireEvent.click(screen.getByRole('button', { name: 'Delete Sam' }));
    const again = await screen.findByRole('group', { name: 'Delete Sam?' });
    fireEvent.keyDown(within(again).getByRole('button', { name: 'Keep Sam' }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Delete Sam?' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete Sam' }));
    expect(await names(db)).toEqual(['Learner', 'Sam']);

    fireEvent.click(screen.getByRole('button', { name: 'Delete Sam' }));
    fireEvent.click(within(await screen.findByRole('group', { name: 'Delete Sam?' })).getByRole('button', { name: 'Delete Sam' }));
    const toast = await screen.findByText('Deleted the learner “Sam” and their progress.');
    await waitFor(() => expect(within(learnerList()).queryByText('Sam')).toBeNull());
    expect(await names(db)).toEqual(['Learner']);
    expect(await listAttempts(db, sam.id)).toEqual([]);
    expect(changed).toHaveBeenCalledTimes(1);

    const undo = within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect(await within(learnerList()).findByText('Sam')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Brought back “Sam” with their progress.');
    expect(await names(db)).toEqual(['Learner', 'Sam']);
    expect((await listAttempts(db, sam.id)).map((a) => a.itemId)).toEqual(['item-1', 'item-2']);
    expect(await db.reviewCards.where('profileId').equals(sam.id).count()).toBe(1);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('withdraws the undo offer after a while and keeps focus in the list', async () => {
    const { db, store } = freshStore();
    await createProfile(db, 'Sam');
    render(<ProfilesSettings store={store} undoTimeoutMs={150} />);
    await screen.findByText('Sam');
    fireEvent.click(screen.getByRole('button', { name: 'Delete Sam' }));
    fireEvent.click(within(await screen.findByRole('group', { name: 'Delete Sam?' })).getByRole('button', { name: 'Delete Sam' }));
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(document.activeElement?.textContent).toBe('Learners on this computer');
    expect(await names(db)).toEqual(['Learner']);
  });

  it('does not let the last learner be deleted, and says why', async () => {
    const { db, store } = freshStore();
    render(<ProfilesSettings store={store} />);
    await screen.findByText('Learner');
    const button = screen.getByRole('button', { name: 'Delete Learner' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const note = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toContain('the only learner cannot be deleted. Add another learner first, or rename this one.');
    fireEvent.click(button);
    expect(screen.queryByRole('group')).toBeNull();
    expect(await names(db)).toEqual(['Learner']);
  });

  it('switches the active learner', async () => {
    const { db, store } = freshStore();
    const sam = await createProfile(db, 'Sam');
    const onActive = vi.fn();
    render(<ProfilesSettings store={store} onActiveProfileChange={onActive} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Switch to Sam' }));
    await waitFor(() => expect(onActive).toHaveBeenCalledWith(expect.objectContaining({ id: sam.id, name: 'Sam' })));
    expect(await getActiveProfileId(db)).toBe(sam.id);
    expect(await screen.findByRole('button', { name: 'Switch to Learner' })).toBeTruthy();
  });
});

describe('ProfileSwitcher', () => {
  it('shows the active learner and switches from a keyboard-operable menu', async () => {
    const { db, store } = freshStore();
    const sam = await createProfile(db, 'Sam');
    const onActive = vi.fn();
    render(<ProfileSwitcher store={store} onActiveProfileChange={onActive} />);
    const button = await screen.findByRole('button', { name: 'Learner: Learner. Change learner' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');

    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const menu = await screen.findByRole('menu', { name: 'Choose who is learning' });
    const items = within(menu).getAllByRole('menuitemradio');
    expect(items.map((item) => [item.textContent, item.getAttribute('aria-checked')])).toEqual([
      ['✓Learner', 'true'],
      ['Sam', 'false'],
    ]);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.click(items[1]);

    expect(await screen.findByRole('button', { name: 'Learner: Sam. Change learner' })).toBeTruthy();
    expect(onActive).toHaveBeenCalledWith(expect.objectContaining({ id: sam.id }));
    expect(await getActiveProfileId(db)).toBe(sam.id);

    fireEvent.click(screen.getByRole('button', { name: 'Learner: Sam. Change learner' }));
    fireEvent.keyDown(await screen.findByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Learner: Sam. Change learner' }));
  });

  it('adds a learner from the menu and makes them active', async () => {
    const { db, store } = freshStore();
    const manage = vi.fn();
    render(<ProfileSwitcher store={store} onManageLearners={manage} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Learner: Learner. Change learner' }));
    fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Add learner…' }));
    const form = screen.getByRole('form', { name: 'Add a learner' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add and switch' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Type a name for the learner.');
    fireEvent.change(within(form).getByRole('textbox', { name: 'New learner’s name' }), { target: { value: 'Zoe' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add and switch' }));
    expect(await screen.findByRole('button', { name: 'Learner: Zoe. Change learner' })).toBeTruthy();
    expect(await names(db)).toEqual(['Learner', 'Zoe']);
    const activeId = await getActiveProfileId(db);
    expect((await listProfiles(db)).find((p) => p.id === activeId)?.name).toBe('Zoe');

    fireEvent.click(screen.getByRole('button', { name: 'Learner: Zoe. Change learner' }));
    fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Manage learners…' }));
    expect(manage).toHaveBeenCalledTimes(1);
  });

  it('follows changes made elsewhere (e.g. in Settings)', async () => {
    const { db, store } = freshStore();
    render(<ProfileSwitcher store={store} />);
    await screen.findByRole('button', { name: 'Learner: Learner. Change learner' });
    const ana = await createProfile(db, 'Ana');
    await store.setActiveProfile(ana.id);
    expect(await screen.findByRole('button', { name: 'Learner: Ana. Change learner' })).toBeTruthy();
  });
});
