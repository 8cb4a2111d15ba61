import { afterEach, describe, expect, it } from 'vitest';
import { readPack, type PackAssignment } from '../../../src/core/pack';
import { addArticle, deleteArticle } from '../../../src/renderer/src/db/articles';
import { listAssignments } from '../../../src/renderer/src/db/assignments';
import { applyPackImport, exportClassPack } from '../../../src/renderer/src/db/class-pack';
import { listProfiles } from '../../../src/renderer/src/db/profiles';
import { recordAttempt } from '../../../src/renderer/src/db/progress';
import { closeTrackedDatabases, makeArticle, practiceAttempt, trackedDatabase } from './helpers';

afterEach(closeTrackedDatabases);

const articles = [
  makeArticle({ title: 'Harbour notes', paragraphs: ['The harbour reopened on Monday after repairs.'] }),
  makeArticle({ title: 'Council vote', paragraphs: ['The council voted to close the old bridge.'] }),
  makeArticle({ title: 'School fair', paragraphs: ['The school fair raised money for new books.'] }),
];

async function packBytes(assignment: PackAssignment | undefined, now = 6_000) {
  const teacher = trackedDatabase(`teacher-${now}`);
  const ids = [];
  for (const article of articles) ids.push((await addArticle(teacher, article)).id);
  return exportClassPack(teacher, ids, { assignment, now });
}

describe('assignments from class packs', () => {
  it('stores the assignment on import, with the pack’s articles by hash', async () => {
    const pack = await readPack(await packBytes({ title: 'Floods week', due: '2027-03-12', teacher: 'Ms Ortiz', items: 12, skills: ['classify'] }));
    const learner = trackedDatabase('learner');
    const result = await applyPackImport(learner, pack, { now: 7_000 });
    expect(result.assignmentId).toEqual(expect.any(Number));
    const [status] = await listAssignments(learner, (await listProfiles(learner))[0].id);
    expect(status.assignment).toMatchObject({
      title: 'Floods week',
      due: '2027-03-12',
      teacher: 'Ms Ortiz',
      items: 12,
      skills: ['classify'],
      articleHashes: articles.map((a) => a.hash),
      packCreatedAt: 6_000,
      importedAt: 7_000,
    });
    expect(status.articleIds).toEqual(result.articleIds);
    expect(status.practised).toBe(0);
  });

  it('a pack without an assignment stores none; the same pack imported twice updates its assignment', async () => {
    const learner = trackedDatabase('learner');
    await applyPackImport(learner, await readPack(await packBytes(undefined)));
    expect(await learner.assignments.count()).toBe(0);
    const pack = await readPack(await packBytes({ title: 'Floods week' }, 8_000));
    const first = await applyPackImport(learner, pack, { now: 9_000 });
    const again = await applyPackImport(learner, pack, { now: 10_000 });
    expect(again.assignmentId).toBe(first.assignmentId);
    expect(await learner.assignments.count()).toBe(1);
    expect((await learner.assignments.get(first.assignmentId!))?.importedAt).toBe(10_000);
  });

  it('counts the articles the learner practised, and leaves out deleted ones', async () => {
    const learner = trackedDatabase('learner');
    const { articleIds } = await applyPackImport(learner, await readPack(await packBytes({ title: 'Floods week' })));
    const [me] = await listProfiles(learner);
    await recordAttempt(learner, practiceAttempt(me.id, articleIds[0], 'item-a', 1_000));
    await recordAttempt(learner, practiceAttempt(me.id, articleIds[0], 'item-b', 1_100));
    await recordAttempt(learner, practiceAttempt(me.id, articleIds[1], 'item-c', 1_200));
    expect((await listAssignments(learner, me.id))[0]).toMatchObject({ articleIds, practised: 2 });
    await deleteArticle(learner, articleIds[1]);
    expect((await listAssignments(learner, me.id))[0]).toMatchObject({ articleIds: [articleIds[0], articleIds[2]], practised: 1 });
  });
});
