import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPack } from '../../../src/core/pack';
import { addArticle } from '../../../src/renderer/src/db/articles';
import { listAssignments } from '../../../src/renderer/src/db/assignments';
import { applyRestore, BackupError, createBackup, exportBackup, parseBackup, planRestore } from '../../../src/renderer/src/db/backup';
import { applyPackImport, exportClassPack } from '../../../src/renderer/src/db/class-pack';
import { listProfiles } from '../../../src/renderer/src/db/profiles';
import { closeTrackedDatabases, makeArticle, trackedDatabase } from './helpers';

afterEach(closeTrackedDatabases);

const harbour = makeArticle({ title: 'Harbour notes', paragraphs: ['The harbour reopened on Monday after repairs.'] });

/** A learner who imported a class pack with an assignment. */
async function learnerWithAssignment(name = 'learner', importedAt = 7_000) {
  const teacher = trackedDatabase(`teacher-${name}`);
  const id = (await addArticle(teacher, harbour)).id;
  const pack = await readPack(await exportClassPack(teacher, [id], { assignment: { title: 'Harbour week', skills: ['classify'], items: 4, due: '2027-03-12', teacher: 'Ms Ortiz' }, now: 5_000 }));
  const db = trackedDatabase(name);
  await applyPackImport(db, pack, { now: importedAt });
  return db;
}

async function restore(target: ReturnType<typeof trackedDatabase>, bytes: Uint8Array, mode: 'merge' | 'replace' = 'merge') {
  const backup = parseBackup(bytes);
  const plan = await planRestore(target, backup);
  return { plan, summary: await applyRestore(target, backup, plan, { mode }) };
}

describe('assignments in a backup', () => {
  it('are exported by article hash, without local ids', async () => {
    const db = await learnerWithAssignment();
    const backup = await createBackup(db);
    expect(backup.tables.assignments).toEqual([
      { title: 'Harbour week', skills: ['classify'], items: 4, due: '2027-03-12', teacher: 'Ms Ortiz', articleHashes: [harbour.hash], packCreatedAt: 5_000, importedAt: 7_000 },
    ]);
  });

  it('a merge on another machine brings the assignment and its article, and "From your teacher" shows it', async () => {
    const target = trackedDatabase('new-computer');
    const { plan, summary } = await restore(target, await exportBackup(await learnerWithAssignment()));
    expect(plan.assignments).toEqual({ new: 1, updated: 0, kept: 0 });
    expect(summary.assignmentsSaved).toBe(1);
    const [status] = await listAssignments(target, (await listProfiles(target))[0].id);
    expect(status.assignment).toMatchObject({ title: 'Harbour week', items: 4, skills: ['classify'] });
    expect(status.articleIds).toHaveLength(1);
  });

  it('the same assignment is not added twice; a later import updates, an earlier one is kept out', async () => {
    const db = await learnerWithAssignment('a', 7_000);
    const again = await restore(db, await exportBackup(db));
    expect(again.plan.assignments).toEqual({ new: 0, updated: 0, kept: 1 });
    expect(again.plan.hasChanges).toBe(false);
    const later = await learnerWithAssignment('b', 9_000);
    const { plan } = await restore(db, await exportBackup(later));
    expect(plan.assignments).toEqual({ new: 0, updated: 1, kept: 0 });
    expect(await db.assignments.count()).toBe(1);
    expect((await db.assignments.toArray())[0].importedAt).toBe(9_000);
  });

  it('a replace restore replaces the assignments with the backup’s', async () => {
    const target = await learnerWithAssignment('target');
    const empty = trackedDatabase('empty');
    await addArticle(empty, makeArticle({ title: 'Other', paragraphs: ['Something else.'] }));
    const { summary } = await restore(target, await exportBackup(empty), 'replace');
    expect(summary.removed?.assignments).toBe(1);
    expect(await target.assignments.count()).toBe(0);
  });

  it('a backup written before assignments reads as having none; a damaged assignment refuses the file', async () => {
    const old = readFileSync(join(import.meta.dirname, '../../fixtures/backup-before-checked-keys.framewise.json'));
    expect(parseBackup(new Uint8Array(old)).tables.assignments).toEqual([]);
    const json = JSON.parse(new TextDecoder().decode(await exportBackup(await learnerWithAssignment())));
    json.tables.assignments[0].skills = ['mind-reading'];
    expect(() => parseBackup(new TextEncoder().encode(JSON.stringify(json)))).toThrow(BackupError);
    json.tables.assignments[0].skills = ['classify'];
    json.tables.assignments[0].articleHashes = ['not-a-hash'];
    expect(() => parseBackup(new TextEncoder().encode(JSON.stringify(json)))).toThrow(BackupError);
  });
});
