// @vitest-environment jsdom
/**
 * Restoring onto a fresh install: the learner active there has no progress, so a merge
 * makes the backup's active learner active (otherwise Progress would show an empty learner
 * right after "restoring my progress"). A learner with progress of their own is never
 * switched away from.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addArticle } from '../../../src/renderer/src/db/articles';
import { applyRestore, exportBackup, parseBackup, planRestore, type Backup } from '../../../src/renderer/src/db/backup';
import type { FramewiseDB } from '../../../src/renderer/src/db/database';
import { createProfile, getActiveProfileId, listProfiles, renameProfile, setActiveProfileId } from '../../../src/renderer/src/db/profiles';
import { addDispute, recordAttempt } from '../../../src/renderer/src/db/progress';
import { BackupSettings } from '../../../src/renderer/src/ui/settings/BackupSettings';
import { attempt, card, closeDatabases, fakeBackupFiles, fileOf, freshStore, makeArticle } from './helpers';

afterEach(() => {
  cleanup();
  closeDatabases();
});

const floods = makeArticle({ title: 'River floods', paragraphs: ['The river rose, officials said.'] });

/** Ada's computer: she named herself on first run, practised and disputed an answer. */
async function adasBackup(): Promise<{ bytes: Uint8Array; backup: Backup }> {
  const { db } = freshStore('adas-computer');
  const article = await addArticle(db, floods);
  const ada = await createProfile(db, 'Ada');
  await setActiveProfileId(db, ada.id);
  await recordAttempt(db, attempt(ada.id, article.id, 'floods-1', 1_000), card(ada.id, article.id, 'floods-1', 1_000));
  await addDispute(db, { profileId: ada.id, articleId: article.id, itemId: 'floods-1', sentenceStart: 0, sentenceEnd: 10, reason: 'Named source', at: 1_500 });
  const bytes = await exportBackup(db, { appVersion: '0.1.0', now: new Date('2026-11-20T10:00:00Z') });
  return { bytes, backup: parseBackup(bytes) };
}

async function activeName(db: FramewiseDB): Promise<string | undefined> {
  const id = await getActiveProfileId(db);
  return (await listProfiles(db)).find((p) => p.id === id)?.name;
}

describe('merging a backup and the active learner', () => {
  it('makes the backup’s learner active when the active learner here has no progress (a fresh install)', async () => {
    const { backup } = await adasBackup();
    const { db } = freshStore('new-computer');
    expect(await activeName(db)).toBe('Learner');

    const plan = await planRestore(db, backup);
    expect(plan.activeLearner).toEqual({ from: 'Learner', to: 'Ada' });
    const summary = await applyRestore(db, backup, plan, { mode: 'merge' });
    expect(summary.activeLearner).toBe('Ada');
    expect(await activeName(db)).toBe('Ada');
    const ada = (await listProfiles(db)).find((p) => p.name === 'Ada')!;
    expect(await db.attempts.where('profileId').equals(ada.id).count()).toBe(1);

    // Importing the same backup again changes nothing, the active learner included.
    const again = await planRestore(db, backup);
    expect(again.activeLearner).toBeUndefined();
    expect(again.hasChanges).toBe(false);
  });

  it('never switches away from an active learner who has progress here', async () => {
    const { backup } = await adasBackup();
    const { db } = freshStore('shared-computer');
    const article = await addArticle(db, floods);
    const [learner] = await listProfiles(db);
    await recordAttempt(db, attempt(learner.id, article.id, 'floods-2', 9_000));

    const plan = await planRestore(db, backup);
    expect(plan.activeLearner).toBeUndefined();
    const summary = await applyRestore(db, backup, plan, { mode: 'merge' });
    expect(summary.activeLearner).toBeUndefined();
    expect(await activeName(db)).toBe('Learner');
  });

  it('without a stored active learner, takes the one the other computer showed: the first', async () => {
    // The first-run prompt renames the only learner; nothing stores which one is active.
    const { db: other } = freshStore('single-learner');
    const article = await addArticle(other, floods);
    const [only] = await listProfiles(other);
    await renameProfile(other, only.id, 'Ada');
    await recordAttempt(other, attempt(only.id, article.id, 'floods-1', 1_000), card(only.id, article.id, 'floods-1', 1_000));
    const single = parseBackup(await exportBackup(other));
    expect(single.tables.settings.some((s) => s.key === 'activeProfileId')).toBe(false);

    const { db } = freshStore('fresh');
    const plan = await planRestore(db, single);
    expect(plan.activeLearner).toEqual({ from: 'Learner', to: 'Ada' });
    await applyRestore(db, single, plan, { mode: 'merge' });
    expect(await activeName(db)).toBe('Ada');

    // A backup whose first learner is the default one changes nothing about who is active.
    const { backup } = await adasBackup();
    const withoutActive: Backup = {
      ...backup,
      tables: { ...backup.tables, settings: backup.tables.settings.filter((s) => s.key !== 'activeProfileId') },
    };
    const { db: fresh } = freshStore('fresh-2');
    const plan2 = await planRestore(fresh, withoutActive);
    expect(plan2.activeLearner).toBeUndefined();
    await applyRestore(fresh, withoutActive, plan2, { mode: 'merge' });
    expect(await activeName(fresh)).toBe('Learner');
  });
});

describe('BackupSettings says which learner becomes active', () => {
  it('in the plan and when the restore is done', async () => {
    const { bytes } = await adasBackup();
    const { db, store } = freshStore('new-computer-ui');
    const files = fakeBackupFiles('browser');
    files.toOpen.push(fileOf('ada.framewise.json', bytes));
    render(<BackupSettings store={store} files={files} />);

    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const panel = await screen.findByRole('region', { name: 'What will change' });
    expect(panel.textContent).toContain(
      'Afterwards Ada becomes the active learner, so you see the restored progress (Learner has no progress on this computer yet).',
    );
    fireEvent.click(within(panel).getByRole('button', { name: 'Merge into my data' }));
    const done = await screen.findByRole('region', { name: 'Restore finished' });
    expect(done.textContent).toContain('You are now learning as Ada.');
    expect(await activeName(db)).toBe('Ada');
  });
});
