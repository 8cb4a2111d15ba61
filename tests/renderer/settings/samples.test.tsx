// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteArticle, ensureSamples, listArticles, purgeDeleted, type SampleArticle } from '../../../src/renderer/src/db/articles';
import { loadAllSamples } from '../../../src/renderer/src/samples/load-samples';
import { SampleLibrarySettings } from '../../../src/renderer/src/ui/settings/SampleLibrarySettings';
import { SettingsView } from '../../../src/renderer/src/ui/settings/SettingsView';
import { closeDatabases, fakeBackupFiles, freshStore, makeArticle } from './helpers';

afterEach(() => {
  cleanup();
  closeDatabases();
});

const sample = (sampleId: string, title: string, body: string): SampleArticle => ({
  ...makeArticle({ title, paragraphs: [body] }),
  format: 'sample',
  sampleId,
});
const bundled = [
  sample('seed', 'Seed article', 'The mayor said the plan would work.'),
  sample('op-ed-1', 'Why the plan fails', 'This disastrous plan must be stopped.'),
  sample('report-1', 'Rail line reopens', 'The rail line reopened on Monday, the operator said.'),
];

function storeWithSamples() {
  const loadAllSamples = vi.fn(async () => bundled);
  return { ...freshStore('framewise-samples-test', { loadAllSamples }), loadAllSamples };
}

const restoreButton = () => screen.getByRole('button', { name: 'Restore the sample articles' }) as HTMLButtonElement;

describe('SampleLibrarySettings', () => {
  it('says how many samples are missing and restores deleted and purged ones', async () => {
    const { db, store, loadAllSamples } = storeWithSamples();
    const { offered } = await ensureSamples(db, bundled);
    await deleteArticle(db, offered[0].id, { now: 1_000 });
    await purgeDeleted(db, 2_000);
    await deleteArticle(db, offered[1].id);
    const onDataChanged = vi.fn();
    render(<SampleLibrarySettings store={store} onDataChanged={onDataChanged} />);

    expect(await screen.findByText('2 of the 3 sample articles are missing from your library.')).toBeTruthy();
    expect(restoreButton().disabled).toBe(false);
    fireEvent.click(restoreButton());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Restored 2 sample articles.'));
    expect(onDataChanged).toHaveBeenCalledTimes(1);
    expect((await listArticles(db)).map((a) => a.sampleId).sort()).toEqual(['op-ed-1', 'report-1', 'seed']);
    // Afterwards nothing is missing, and the button explains why it is off.
    expect(await screen.findByText('All 3 sample articles are in your library, so there is nothing to restore.')).toBeTruthy();
    expect(restoreButton().disabled).toBe(true);
    // The bundled samples are built once per store, not once per question.
    expect(loadAllSamples).toHaveBeenCalledTimes(1);
  });

  it('uses the singular for one sample', async () => {
    const { db, store } = storeWithSamples();
    const { offered } = await ensureSamples(db, bundled);
    await deleteArticle(db, offered[2].id);
    render(<SampleLibrarySettings store={store} />);
    expect(await screen.findByText('1 of the 3 sample articles is missing from your library.')).toBeTruthy();
    fireEvent.click(restoreButton());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Restored 1 sample article.'));
  });

  it('is disabled, with the reason as its description, when no sample is missing', async () => {
    const { db, store } = storeWithSamples();
    await ensureSamples(db, bundled);
    render(<SampleLibrarySettings store={store} />);
    const reason = 'All 3 sample articles are in your library, so there is nothing to restore.';
    await screen.findByText(reason);
    expect(restoreButton().disabled).toBe(true);
    const describedBy = (restoreButton().getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(reason);
  });

  it('says so when there is nothing to restore any more (another window restored them first)', async () => {
    const { db, store } = storeWithSamples();
    const { offered } = await ensureSamples(db, bundled);
    await deleteArticle(db, offered[0].id);
    const onDataChanged = vi.fn();
    render(<SampleLibrarySettings store={store} onDataChanged={onDataChanged} />);
    await screen.findByText('1 of the 3 sample articles is missing from your library.');
    await store.restoreSamples();

    fireEvent.click(restoreButton());
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Every sample article was already in your library: nothing was changed.'),
    );
    expect(onDataChanged).not.toHaveBeenCalled();
  });

  it('reports a failed restore and changes nothing', async () => {
    const { db, store } = storeWithSamples();
    const { offered } = await ensureSamples(db, bundled);
    await deleteArticle(db, offered[0].id);
    const onDataChanged = vi.fn();
    render(<SampleLibrarySettings store={store} onDataChanged={onDataChanged} />);
    await screen.findByText('1 of the 3 sample articles is missing from your library.');
    const fail = () => {
      throw new Error('disk full');
    };
    db.articles.hook('updating', fail);
    fireEvent.click(restoreButton());
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The sample articles could not be restored: disk full. Nothing was changed. Try again; if it keeps failing, reload the app.',
    );
    db.articles.hook('updating').unsubscribe(fail);
    expect(onDataChanged).not.toHaveBeenCalled();
    expect(await listArticles(db)).toHaveLength(2);
    expect(restoreButton().disabled).toBe(false);
  });

  it('says when the samples cannot be read', async () => {
    const { store } = freshStore('framewise-samples-test', {
      loadAllSamples: async () => {
        throw new Error('chunk missing');
      },
    });
    render(<SampleLibrarySettings store={store} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The sample articles could not be checked: chunk missing. Your library was not changed. Reload the app to try again.',
    );
    expect(restoreButton().disabled).toBe(true);
  });
});

describe('Settings → Sample library with the bundled samples', () => {
  it('restores a deleted bundled sample and tells the app to refresh the library', async () => {
    const { db, store } = freshStore();
    const samples = await loadAllSamples();
    expect(samples.length).toBeGreaterThan(1);
    const { offered } = await ensureSamples(db, samples);
    await deleteArticle(db, offered[0].id);
    const onDataChanged = vi.fn();
    render(<SettingsView store={store} files={fakeBackupFiles()} onDataChanged={onDataChanged} initialSection="samples" />);

    const section = screen.getByRole('region', { name: 'Sample library' });
    expect(document.activeElement).toBe(within(section).getByRole('heading', { level: 2, name: 'Sample library' }));
    expect(await within(section).findByText(`1 of the ${samples.length} sample articles is missing from your library.`)).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Restore the sample articles' }));
    await waitFor(() => expect(onDataChanged).toHaveBeenCalledTimes(1));
    expect(within(section).getByText('Restored 1 sample article.')).toBeTruthy();
    expect(await listArticles(db)).toHaveLength(samples.length);
    expect((await listArticles(db)).some((a) => a.id === offered[0].id)).toBe(true);
  });
});
