// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addArticle } from '../../../src/renderer/src/db/articles';
import { exportBackup, parseBackup } from '../../../src/renderer/src/db/backup';
import { MAX_BACKUP_BYTES } from '../../../src/renderer/src/db/backup-format';
import type { FramewiseDB } from '../../../src/renderer/src/db/database';
import { createProfile, listProfiles } from '../../../src/renderer/src/db/profiles';
import { addDispute, recordAttempt } from '../../../src/renderer/src/db/progress';
import { saveCheckedKey } from '../../../src/renderer/src/db/keys';
import { KEYED_SAMPLE_IDS, keyedSample } from '../../fixtures/keyed-sample';
import { BackupSettings } from '../../../src/renderer/src/ui/settings/BackupSettings';
import { attempt, card, closeDatabases, fakeBackupFiles, fileOf, freshStore, makeArticle } from './helpers';

afterEach(() => {
  cleanup();
  closeDatabases();
});

const floods = makeArticle({ title: 'River floods', paragraphs: ['The river rose, officials said.'] });
const library = makeArticle({ title: 'Library hours', paragraphs: ['The library will open late on Thursdays.'] });
const budget = makeArticle({ title: 'Budget row', paragraphs: ['Critics slammed the reckless budget.'] });
const localOnly = makeArticle({ title: 'Local only', paragraphs: ['Only on this machine.'] });

/** A backup from another computer: floods + library, Learner and Maya with progress. */
async function otherComputersBackup(): Promise<Uint8Array> {
  const { db } = freshStore('other-computer');
  const a = await addArticle(db, floods);
  const b = await addArticle(db, library);
  const [learner] = await listProfiles(db);
  const maya = await createProfile(db, 'Maya');
  await recordAttempt(db, attempt(learner.id, a.id, 'floods-1', 1_000), card(learner.id, a.id, 'floods-1', 1_000));
  await recordAttempt(db, attempt(maya.id, a.id, 'floods-1', 2_000), card(maya.id, a.id, 'floods-1', 2_000));
  await recordAttempt(db, attempt(maya.id, b.id, 'library-1', 3_000));
  await addDispute(db, { profileId: maya.id, articleId: b.id, itemId: 'library-1', sentenceStart: 0, sentenceEnd: 10, reason: 'I think it is a fact', at: 3_500 });
  return exportBackup(db, { appVersion: '0.1.0', now: new Date('2026-11-20T10:00:00Z') });
}

/** This computer: floods (same) and an article only here; the default learner with a newer card. */
async function thisComputer() {
  const { db, store } = freshStore('this-computer');
  const a = await addArticle(db, floods);
  await addArticle(db, localOnly);
  const [learner] = await listProfiles(db);
  await recordAttempt(db, attempt(learner.id, a.id, 'floods-1', 9_000), card(learner.id, a.id, 'floods-1', 9_000));
  return { db, store };
}

async function counts(db: FramewiseDB) {
  return {
    articles: await db.articles.count(),
    profiles: await db.profiles.count(),
    attempts: await db.attempts.count(),
    reviewCards: await db.reviewCards.count(),
    disputes: await db.disputes.count(),
    settings: await db.settings.count(),
  };
}

function cells(table: HTMLElement, rowName: string): string[] {
  const row = within(table).getByRole('rowheader', { name: rowName }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '');
}

describe('BackupSettings: export', () => {
  it('saves bytes that parseBackup accepts, named by backupFileName, with the app version', async () => {
    const { db, store } = await thisComputer();
    const files = fakeBackupFiles('electron');
    render(<BackupSettings store={store} files={files} appVersion="9.9.9" />);
    fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    const status = await screen.findByText(/^Backup saved to /);
    expect(files.saved).toHaveLength(1);
    const [{ name, data }] = files.saved;
    expect(name).toMatch(/^framewise-backup-\d{4}-\d{2}-\d{2}\.framewise\.json$/);
    expect(status.textContent).toBe(`Backup saved to /home/ana/${name}.`);
    const backup = parseBackup(data);
    expect(backup.appVersion).toBe('9.9.9');
    expect(backup.tables.articles.map((a) => a.title).sort()).toEqual(['Local only', 'River floods']);
    expect(backup.tables.profiles.map((p) => p.name)).toEqual(['Learner']);
    expect(backup.tables.attempts).toHaveLength(1);
    expect(await counts(db)).toMatchObject({ articles: 2, attempts: 1 });
  });

  it('in browser mode says where the download went', async () => {
    const { store } = await thisComputer();
    const files = fakeBackupFiles('browser');
    render(<BackupSettings store={store} files={files} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    const message = await screen.findByText(/^The backup was downloaded as /);
    expect(message.textContent).toContain(files.saved[0].name);
    expect(parseBackup(files.saved[0].data).tables.profiles).toHaveLength(1);
  });
});

describe('BackupSettings: restore', () => {
  it('shows what will change, then merges on "Merge into my data"', async () => {
    const bytes = await otherComputersBackup();
    const { db, store } = await thisComputer();
    const files = fakeBackupFiles();
    files.toOpen.push(fileOf('class.framewise.json', bytes));
    const onDataChanged = vi.fn();
    render(<BackupSettings store={store} files={files} onDataChanged={onDataChanged} />);

    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const panel = await screen.findByRole('region', { name: 'What will change' });
    expect(panel.textContent).toContain('It holds 2 articles, 2 learners and 3 answers.');
    expect(panel.textContent).toContain('by Framewise 0.1.0');
    const table = within(panel).getByRole('table', { name: 'What merging this backup would do' });
    expect(cells(table, 'Articles')).toEqual(['1', '1', '—']);
    expect(cells(table, 'Learners')).toEqual(['1', '1', '—']);
    // Learner's answer here (at 9 000) is not the backup's (at 1 000): all three are new.
    expect(cells(table, 'Answers')).toEqual(['3', '0', '—']);
    // Learner's floods-1 card here (reviewed at 9 000) is newer than the backup's (1 000).
    expect(cells(table, 'Review cards')).toEqual(['1', '0', '1 kept because yours is newer']);
    expect(cells(table, 'Disputed answers')).toEqual(['1', '0', '—']);
    expect(panel.textContent).toContain('Learners who would be added: Maya.');
    expect(panel.textContent).toContain('Learners matched by name (their progress is merged): Learner.');
    // Nothing is written before the learner chooses.
    expect(await counts(db)).toMatchObject({ articles: 2, profiles: 1, attempts: 1, reviewCards: 1, disputes: 0 });
    expect(onDataChanged).not.toHaveBeenCalled();

    fireEvent.click(within(panel).getByRole('button', { name: 'Merge into my data' }));
    const done = await screen.findByRole('region', { name: 'Restore finished' });
    expect(done.textContent).toContain('The backup was merged into your data.');
    expect(done.textContent).toContain('Added: 1 article, 1 learner, 3 answers, 1 review card and 1 disputed answer.');
    expect(onDataChanged).toHaveBeenCalledTimes(1);
    expect(await counts(db)).toMatchObject({ articles: 3, profiles: 2, attempts: 4, reviewCards: 2, disputes: 1 });
    // The newer local card was kept.
    const [learner] = await listProfiles(db);
    expect((await db.reviewCards.get([learner.id, 'floods-1']))?.card.last_review).toBe(9_000);
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual(['Library hours', 'Local only', 'River floods']);

    fireEvent.click(within(done).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: 'Restore finished' })).toBeNull();
  });

  it('lists checked answer keys, and a key that does not fit its article as left out, while the rest restores', async () => {
    const { db: other } = freshStore('teacher-computer');
    const floodsSample = await keyedSample(KEYED_SAMPLE_IDS[0]);
    const hoursSample = await keyedSample(KEYED_SAMPLE_IDS[1]);
    await saveCheckedKey(other, (await addArticle(other, floodsSample.article)).id, floodsSample.key, { checkedAt: 1_000 });
    await saveCheckedKey(other, (await addArticle(other, hoursSample.article)).id, hoursSample.key, { checkedAt: 1_000 });
    const json = JSON.parse(new TextDecoder().decode(await exportBackup(other)));
    json.tables.checkedKeys.find((k: { key: { title: string } }) => k.key.title === hoursSample.key.title).key.sentences[0].text = 'Not in the article.';
    const { db, store } = freshStore('learner-computer');
    const files = fakeBackupFiles();
    files.toOpen.push(fileOf('class.framewise.json', JSON.stringify(json)));
    render(<BackupSettings store={store} files={files} />);

    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const panel = await screen.findByRole('region', { name: 'What will change' });
    const table = within(panel).getByRole('table', { name: 'What merging this backup would do' });
    expect(cells(table, 'Answer keys checked by a teacher')).toEqual(['1', '0', '1 left out (see below)']);
    expect(panel.textContent).toContain('Answer keys that will not be restored (the rest of the backup is) (1)');
    expect(panel.textContent).toContain(`The answer key for “${hoursSample.article.title}” does not fit the article’s text.`);

    fireEvent.click(within(panel).getByRole('button', { name: 'Merge into my data' }));
    await screen.findByRole('region', { name: 'Restore finished' });
    expect(await db.articles.count()).toBe(2);
    expect(await db.checkedKeys.count()).toBe(1);
  });

  it('rejects a corrupt file with a plain message and changes nothing', async () => {
    const good = new TextDecoder().decode(await otherComputersBackup());
    const { db, store } = await thisComputer();
    const before = await counts(db);
    const files = fakeBackupFiles();
    // Cut off half-way, like a copy that did not finish.
    files.toOpen.push(fileOf('broken.framewise.json', good.slice(0, Math.floor(good.length / 2))));
    const onDataChanged = vi.fn();
    render(<BackupSettings store={store} files={files} onDataChanged={onDataChanged} />);

    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('broken.framewise.json cannot be restored');
    expect(alert.textContent).toContain('This file is not a Framewise backup');
    expect(alert.textContent).toContain('Nothing was changed.');
    expect(screen.queryByRole('region', { name: 'What will change' })).toBeNull();
    expect(await counts(db)).toEqual(before);
    expect(onDataChanged).not.toHaveBeenCalled();

    // A well-formed file of another kind, and one whose records are damaged.
    const damaged = JSON.parse(good) as { tables: { attempts: { profileId: number }[] } };
    damaged.tables.attempts[0].profileId = 999;
    files.toOpen.push(fileOf('notes.json', JSON.stringify({ hello: 'world' })));
    fireEvent.click(within(alert).getByRole('button', { name: 'Choose another file…' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('notes.json cannot be restored'));
    expect(screen.getByRole('alert').textContent).toContain('Choose the .framewise.json file that Framewise saved');

    files.toOpen.push(fileOf('damaged.framewise.json', JSON.stringify(damaged)));
    fireEvent.click(screen.getByRole('button', { name: 'Choose another file…' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('This backup file is damaged or incomplete'));
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a file far too large without reading it', async () => {
    const { store } = await thisComputer();
    const files = fakeBackupFiles();
    const bytes = vi.fn(async () => new Uint8Array(0));
    files.toOpen.push({ name: 'movie.json', size: MAX_BACKUP_BYTES + 1, bytes });
    render(<BackupSettings store={store} files={files} />);
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This file is too large to be a Framewise backup.');
    expect(bytes).not.toHaveBeenCalled();
  });

  it('does nothing when the learner closes the open dialog', async () => {
    const { store } = await thisComputer();
    const files = fakeBackupFiles();
    render(<BackupSettings store={store} files={files} />);
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    await waitFor(() => expect(files.opens).toBe(1));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('replaces all data only after the second, explicit confirmation', async () => {
    const bytes = await otherComputersBackup();
    const { db, store } = await thisComputer();
    const before = await counts(db);
    const files = fakeBackupFiles();
    files.toOpen.push(fileOf('class.framewise.json', bytes));
    const onDataChanged = vi.fn();
    render(<BackupSettings store={store} files={files} onDataChanged={onDataChanged} />);
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const panel = await screen.findByRole('region', { name: 'What will change' });

    fireEvent.click(within(panel).getByRole('button', { name: 'Replace all my data…' }));
    const confirm = within(panel).getByRole('group', { name: 'Replace all your data with this backup?' });
    expect(confirm.textContent).toContain(
      'This deletes everything stored here now — 2 articles, 1 learner, 1 answer, 1 review card and 0 disputed answers — and loads the backup instead.',
    );
    const tick = within(confirm).getByRole('checkbox', { name: 'I understand this deletes what is not in the backup' }) as HTMLInputElement;
    expect(tick.checked).toBe(false);

    // Without the tick: nothing happens, and the learner is told what to do.
    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace all my data' }));
    expect((await within(confirm).findByRole('alert')).textContent).toBe(
      'Tick the box above to confirm, or choose “Merge into my data” to keep your data.',
    );
    expect(tick.getAttribute('aria-invalid')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await counts(db)).toEqual(before);
    expect(onDataChanged).not.toHaveBeenCalled();

    // "Do not replace" backs out to the choice between merge and replace.
    fireEvent.click(within(confirm).getByRole('button', { name: 'Do not replace' }));
    expect(within(panel).queryByRole('group', { name: 'Replace all your data with this backup?' })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Replace all my data…' }));

    fireEvent.click(within(panel).getByRole('checkbox', { name: 'I understand this deletes what is not in the backup' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Replace all my data' }));
    const done = await screen.findByRole('region', { name: 'Restore finished' });
    expect(done.textContent).toContain('Your data was replaced by the backup.');
    expect(done.textContent).toContain('Removed first: 2 articles, 1 learner and 1 answer.');
    expect(onDataChanged).toHaveBeenCalledTimes(1);
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual(['Library hours', 'River floods']);
    expect((await listProfiles(db)).map((p) => p.name)).toEqual(['Learner', 'Maya']);
    expect(await counts(db)).toMatchObject({ attempts: 3, reviewCards: 2, disputes: 1 });
  });

  it('re-plans when the data changed after the summary was shown, and writes nothing unseen', async () => {
    const bytes = await otherComputersBackup();
    const { db, store } = await thisComputer();
    const files = fakeBackupFiles();
    files.toOpen.push(fileOf('class.framewise.json', bytes));
    render(<BackupSettings store={store} files={files} />);
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const panel = await screen.findByRole('region', { name: 'What will change' });
    expect(cells(within(panel).getByRole('table'), 'Articles')).toEqual(['1', '1', '—']);

    // Meanwhile (another window) the library article arrives here too.
    await addArticle(db, library);
    await addArticle(db, budget);
    fireEvent.click(within(panel).getByRole('button', { name: 'Merge into my data' }));

    const replanned = await screen.findByRole('region', { name: 'What will change' });
    await within(replanned).findByText(/Your data changed while you were looking at this summary/);
    expect(cells(within(replanned).getByRole('table'), 'Articles')).toEqual(['0', '2', '—']);
    expect(await counts(db)).toMatchObject({ articles: 4, profiles: 1, attempts: 1 });

    fireEvent.click(within(replanned).getByRole('button', { name: 'Merge into my data' }));
    await screen.findByRole('region', { name: 'Restore finished' });
    expect(await counts(db)).toMatchObject({ articles: 4, profiles: 2, attempts: 4 });
  });

  it('says when a backup holds nothing new', async () => {
    const { db, store } = await thisComputer();
    const files = fakeBackupFiles();
    files.toOpen.push(fileOf('same.framewise.json', await exportBackup(db)));
    render(<BackupSettings store={store} files={files} />);
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const panel = await screen.findByRole('region', { name: 'What will change' });
    expect(panel.textContent).toContain('Everything in this backup is already here: merging would change nothing.');
    expect((within(panel).getByRole('button', { name: 'Merge into my data' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
