import { afterEach, describe, expect, it } from 'vitest';
import { readPack } from '../../../src/core/pack';
import { readResults, summariseClass } from '../../../src/core/results';
import { addArticle } from '../../../src/renderer/src/db/articles';
import { applyPackImport, exportClassPack } from '../../../src/renderer/src/db/class-pack';
import {
  exportAssignmentResults,
  importResultsFiles,
  listClasses,
  liveArticleIdsByHash,
  recordSharedPack,
  resultsForPack,
} from '../../../src/renderer/src/db/class-results';
import { listProfiles } from '../../../src/renderer/src/db/profiles';
import { addDispute, recordAttempt } from '../../../src/renderer/src/db/progress';
import { closeTrackedDatabases, makeArticle, practiceAttempt, trackedDatabase } from './helpers';

afterEach(closeTrackedDatabases);

const articles = [
  makeArticle({ title: 'Harbour notes', paragraphs: ['The harbour reopened on Monday after repairs.'] }),
  makeArticle({ title: 'Council vote', paragraphs: ['The council voted to close the old bridge.'] }),
];
const other = makeArticle({ title: 'Not in the pack', paragraphs: ['Something else entirely happened here.'] });

/** A teacher shares a two-article pack with an assignment; a learner imports it and practises. */
async function classroom(learnerName = 'Ada') {
  const teacher = trackedDatabase('teacher');
  const ids = [];
  for (const article of articles) ids.push((await addArticle(teacher, article)).id);
  const packBytes = await exportClassPack(teacher, ids, { assignment: { title: 'Harbour week' }, now: 5_000 });
  const pack = await readPack(packBytes);
  const shared = await recordSharedPack(teacher, pack, 5_500);

  const learner = trackedDatabase(`learner-${learnerName}`);
  const { articleIds, assignmentId } = await applyPackImport(learner, pack, { now: 6_000 });
  const otherId = (await addArticle(learner, other)).id;
  const [me] = await listProfiles(learner);
  await recordAttempt(learner, practiceAttempt(me.id, articleIds[1], 'c:classify:1', 7_000, { skill: 'classify', correct: false, score: 0, timeMs: 4_000 }));
  await recordAttempt(learner, practiceAttempt(me.id, articleIds[0], 'h:classify:0', 7_100, { skill: 'classify', timeMs: 3_000 }));
  // Practice outside the assignment never leaves the machine.
  await recordAttempt(learner, practiceAttempt(me.id, otherId, 'o:classify:0', 7_200, { skill: 'classify' }));
  await addDispute(learner, { profileId: me.id, articleId: articleIds[1], itemId: 'c:classify:1', sentenceStart: 14, sentenceEnd: 57, reason: 'It is the council’s decision, a fact.', at: 7_300 });
  await addDispute(learner, { profileId: me.id, articleId: otherId, itemId: 'o:classify:0', sentenceStart: 0, sentenceEnd: 5, reason: 'private', at: 7_400 });
  const exportAt = (now: number) => exportAssignmentResults(learner, { assignmentId: assignmentId!, profileId: me.id, learnerName: learnerName, now });
  return { teacher, shared, exportAt };
}

describe('results file from an assignment', () => {
  it('holds the assignment’s answers and disputes only, by pack article, with the pack’s id', async () => {
    const { shared, exportAt } = await classroom();
    const results = await readResults(await exportAt(8_000));
    expect(results.learner).toEqual({ name: 'Ada' });
    expect(results.pack).toEqual({ id: shared.id, createdAt: 5_000, title: 'Harbour week', articleHashes: articles.map((a) => a.hash) });
    expect(results.items.map((i) => [i.article, i.itemId, i.score])).toEqual([
      [1, 'c:classify:1', 0],
      [0, 'h:classify:0', 1],
    ]);
    expect(results.timeSpentMs).toBe(7_000);
    expect(results.disputes).toEqual([{ article: 1, itemId: 'c:classify:1', sentenceStart: 14, sentenceEnd: 57, reason: 'It is the council’s decision, a fact.', at: 7_300 }]);
  });
});

describe('the teacher’s class results', () => {
  it('files results under the shared pack; the same file again changes nothing; a later export updates, an earlier one is kept out', async () => {
    const { teacher, shared, exportAt } = await classroom();
    const first = await exportAt(8_000);
    expect(await importResultsFiles(teacher, [{ name: 'ada.framewise-results', bytes: first }])).toEqual([
      { name: 'ada.framewise-results', status: 'add', learner: 'Ada', packId: shared.id, packTitle: 'Harbour week', sharedHere: true },
    ]);
    expect((await importResultsFiles(teacher, [{ name: 'ada.framewise-results', bytes: first }]))[0].status).toBe('same');
    expect(await teacher.classResults.count()).toBe(1);
    const later = await exportAt(9_000);
    expect((await importResultsFiles(teacher, [{ name: 'ada-2.framewise-results', bytes: later }]))[0].status).toBe('update');
    expect((await importResultsFiles(teacher, [{ name: 'ada.framewise-results', bytes: first }]))[0].status).toBe('older');
    expect(await teacher.classResults.count()).toBe(1);
    expect((await resultsForPack(teacher, shared.id))[0].exportedAt).toBe(9_000);
    expect(await listClasses(teacher)).toEqual([{ packId: shared.id, title: 'Harbour week', sharedHere: true, learners: 1 }]);
  });

  it('imports many files at once: each learner is a row, a damaged file is refused and changes nothing', async () => {
    const ada = await classroom('Ada');
    const ben = await classroom('Ben');
    const damaged = new TextEncoder().encode(new TextDecoder().decode(await ben.exportAt(8_000)).replace('"Ben"', '"Bob"'));
    const outcomes = await importResultsFiles(ada.teacher, [
      { name: 'ada.framewise-results', bytes: await ada.exportAt(8_000) },
      { name: 'ben.framewise-results', bytes: await ben.exportAt(8_000) },
      { name: 'bob.framewise-results', bytes: damaged },
      { name: 'notes.txt', bytes: new TextEncoder().encode('hello') },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['add', 'add', 'refused', 'refused']);
    expect(outcomes.slice(2).map((o) => (o.status === 'refused' ? o.code : ''))).toEqual(['corrupt', 'foreign']);
    // Both learners practised the same pack (same createdAt and articles), so one class.
    const summary = summariseClass(await resultsForPack(ada.teacher, ada.shared.id));
    expect(summary.learners.map((l) => l.name)).toEqual(['Ada', 'Ben']);
    expect(summary.disputed[0]).toMatchObject({ itemId: 'c:classify:1', learners: 2 });
    const links = await liveArticleIdsByHash(ada.teacher, [summary.disputed[0].articleHash]);
    expect(links.get(articles[1].hash)).toEqual(expect.any(Number));
  });

  it('results for a pack not shared from here are filed under that pack; importing into one class refuses them', async () => {
    const { exportAt, shared } = await classroom();
    const elsewhere = trackedDatabase('another-teacher');
    const bytes = await exportAt(8_000);
    expect(await importResultsFiles(elsewhere, [{ name: 'ada.framewise-results', bytes }], { expectPackId: 'f'.repeat(64) })).toEqual([
      { name: 'ada.framewise-results', status: 'refused', code: 'wrong-pack' },
    ]);
    expect(await elsewhere.classResults.count()).toBe(0);
    const [outcome] = await importResultsFiles(elsewhere, [{ name: 'ada.framewise-results', bytes }]);
    expect(outcome).toMatchObject({ status: 'add', sharedHere: false, packId: shared.id, packTitle: 'Harbour week' });
    expect(await listClasses(elsewhere)).toEqual([{ packId: shared.id, title: 'Harbour week', sharedHere: false, learners: 1 }]);
  });
});
