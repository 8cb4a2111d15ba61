/**
 * Results back to the teacher, across two browser profiles: a teacher shares a sample article
 * (with its hand key, so every item is marked) as a class pack with an assignment (the library's "Share as class pack…" picker: one skill, two
 * items); a learner imports it, practises the assignment (its skill and item count shape the
 * session), disputes one item and saves a results file; the teacher (the first profile) opens
 * the file in Class results, sees the learner's row and the dispute, opens the reader at the
 * disputed sentence, opens the same file again (nothing duplicated) and downloads the CSV,
 * whose content is checked. The class view is checked at 683 px and with axe.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { useFolderAndApps, waitForSamples } from './helpers';
import {
  CLASSIFY,
  csvLines,
  disputeItem,
  expectNoSeriousViolations,
  importPack,
  learnersTable,
  openClassResults,
  practiseClassify,
  saveDownload,
  sharePackWithAssignment,
} from './teacher-steps';

const apps = useFolderAndApps('framewise-results-');

const SAMPLE = /^Iran and PIJ leaders/;
const REASON = 'The minister is quoted here, so this is attributed.';

test('a learner’s results reach the teacher’s class view, with the dispute, and leave as CSV', async () => {
  // The teacher shares a sample with an assignment from the library's picker.
  const teacher = await apps.launch();
  const t = teacher.page;
  await waitForSamples(t);
  const pack = await sharePackWithAssignment(t, apps.dir, { article: SAMPLE, title: 'Harbour week', skill: CLASSIFY, items: 2, teacher: 'Ms Ortiz' });
  expect(JSON.parse(await readFile(pack, 'utf8')).assignment).toEqual({ title: 'Harbour week', skills: ['classify'], items: 2, teacher: 'Ms Ortiz' });

  // The learner, in another browser profile: imports, practises the assignment, disputes one item.
  const learner = await apps.launch();
  const l = learner.page;
  await waitForSamples(l);
  const fromTeacher = await importPack(l, pack);
  // The learner has the sample already: their copy stays and takes the teacher's key.
  await expect(fromTeacher).toContainText('Harbour week, 0 of 1 articles practised. Set by Ms Ortiz.');
  // Nothing practised yet: nothing to send.
  await expect(fromTeacher.getByRole('button', { name: /^Send your results/ })).toHaveCount(0);
  await fromTeacher.getByRole('button', { name: 'Practise the assignment “Harbour week”' }).click();
  await expect(l.getByRole('heading', { level: 1, name: 'Assignment: Harbour week' })).toBeVisible();
  const bar = l.getByRole('progressbar', { name: 'Session progress' });
  await expect(bar).toHaveAttribute('aria-valuemax', '2');
  let answered = 0;
  await practiseClassify(
    l,
    () => 'fact',
    async () => {
      if (answered++ === 0) await disputeItem(l, REASON);
    },
  );
  await l.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
  await expect(fromTeacher).toContainText('1 of 1 articles practised');
  await fromTeacher.getByRole('button', { name: 'Send your results on “Harbour week” to your teacher' }).click();
  const send = l.getByRole('dialog', { name: 'Results for “Harbour week”' });
  await expect(send).toContainText('Nothing else from this computer.');
  // The default learner has no real name: the learner must give one.
  await send.getByRole('button', { name: 'Save results file' }).click();
  await expect(send.getByRole('alert')).toHaveText('Type your name so your teacher knows whose results these are.');
  await send.getByRole('textbox', { name: 'Your name, as your teacher knows you' }).fill('Ada Lovelace');
  await expectNoSeriousViolations(l);
  const results = await saveDownload(l, apps.dir, () => send.getByRole('button', { name: 'Save results file' }).click(), /^Ada Lovelace - Harbour week\.framewise-results$/);
  const file = JSON.parse(await readFile(results, 'utf8'));
  expect(file.learner).toEqual({ name: 'Ada Lovelace' });
  expect(file.items).toHaveLength(2);
  expect(file.disputes.map((d: { reason: string }) => d.reason)).toEqual([REASON]);
  expect(learner.problems).toEqual([]);

  // Back to the teacher: Class results, at 683 px.
  await t.setViewportSize({ width: 683, height: 768 });
  await openClassResults(t, [results]);
  const outcomes = t.getByRole('list', { name: 'Files just opened' });
  await expect(outcomes).toHaveText(`${'Ada Lovelace - Harbour week.framewise-results'}: Ada Lovelace added to “Harbour week”.`);
  const learners = learnersTable(t, 'Harbour week');
  await expect(learners.locator('tbody tr')).toHaveCount(1);
  await expect(learners.getByRole('rowheader', { name: 'Ada Lovelace' })).toBeVisible();
  await expect(learners.getByRole('columnheader', { name: CLASSIFY })).toBeVisible();
  await expect(learners.locator('tbody tr td').last()).toHaveText('1');
  const disputed = t.locator('.class-view__dispute');
  await expect(disputed).toHaveCount(1);
  await expect(disputed.locator('.class-view__dispute-line')).toHaveText(/^Iran and PIJ leaders.* · [0-9a-f]{12}:classify:\d+ — disputed by 1 learner$/);
  await expect(disputed.getByText(`Ada Lovelace: “${REASON}”`, { exact: true })).toBeVisible();
  // The disputed sentence, quoted from the teacher's copy of the article.
  await expect(disputed.locator('.class-view__quote')).toHaveText(/^“.+”$/);
  await expect(t.getByRole('table', { name: 'Items by difficulty' }).locator('tbody tr')).toHaveCount(2);
  const [scrollWidth, viewportWidth] = await t.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(viewportWidth);
  await expectNoSeriousViolations(t);

  // The same file again updates nothing and adds no second row.
  await t.getByTestId('results-input').setInputFiles([results]);
  await expect(outcomes).toHaveText('Ada Lovelace - Harbour week.framewise-results: already here, nothing changed.');
  await expect(learners.locator('tbody tr')).toHaveCount(1);

  // Dropped on the window (from any view): several files at once; a damaged one is refused, the rest filed.
  const edited = (await readFile(results, 'utf8')).replace('"Ada Lovelace"', '"Someone Else"');
  const drop = await t.evaluateHandle(
    ({ good, bad }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([good], 'ada.framewise-results', { type: 'application/json' }));
      transfer.items.add(new File([bad], 'edited.framewise-results', { type: 'application/json' }));
      return transfer;
    },
    { good: await readFile(results, 'utf8'), bad: edited },
  );
  await t.dispatchEvent('main', 'dragenter', { dataTransfer: drop });
  await t.dispatchEvent('main', 'drop', { dataTransfer: drop });
  await expect(outcomes.getByRole('listitem')).toHaveText([
    'ada.framewise-results: already here, nothing changed.',
    'edited.framewise-results: damaged or edited after it was saved. Ask the learner to save it again. Nothing was changed.',
  ]);
  await expect(learners.locator('tbody tr')).toHaveCount(1);

  // The CSV: a header and the learner's row.
  const csvPath = await saveDownload(t, apps.dir, () => t.getByRole('button', { name: 'Download CSV' }).click(), /^Harbour week\.csv$/);
  const [header, row, ...rest] = csvLines(await readFile(csvPath, 'utf8'));
  expect(header).toBe(`Learner,"${CLASSIFY} (%)",Answers,Score (%),Minutes,Disputes`);
  expect(row).toMatch(/^Ada Lovelace,(0|50|100),2,(0|50|100),\d+,1$/);
  expect(rest).toEqual([]);

  // The disputed item leads to the reader, at its sentence's paragraph.
  await disputed.getByRole('button', { name: /^Open “Iran and PIJ leaders.*” in the reader at the disputed sentence$/ }).click();
  await expect(t.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible();
  await expect(t.locator('[data-block]:focus')).toHaveCount(1);
  expect(teacher.problems).toEqual([]);
});
