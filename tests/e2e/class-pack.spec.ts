/**
 * Class packs across two browser profiles: a teacher shares an article as a class pack (a
 * download), a learner opens it (button, then drag-and-drop), sees the preview before anything
 * is written, imports it and finds the article; a damaged copy is refused with nothing changed.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importInput, useFolderAndApps, libraryRows, readerText, waitForSamples, type AppSession } from './helpers';
import { expectNoSeriousViolations } from './support/axe';

const apps = useFolderAndApps('framewise-pack-');

const HARBOUR_TITLE = 'Harbour wall repairs finish early';
const HARBOUR =
  `${HARBOUR_TITLE}\n\n` +
  'The east harbour wall reopened on Monday, two weeks earlier than planned, the port authority said. ' +
  'Fishing boats had used the west quay during the repairs, which cost 2.4 million euros.\n\n' +
  'Local skippers called the early finish a welcome relief after a difficult winter.\n';

async function share(page: Page, title: string | RegExp): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Share as class pack' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.framewise-pack$/);
  const path = join(apps.dir, download.suggestedFilename());
  await download.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: 'Class pack' })).toBeVisible();
  return path;
}

/** A teacher who imported the harbour article and shared it: their session and the pack's path. */
async function teacherSharesHarbour(): Promise<{ teacher: AppSession; pack: string }> {
  const teacher = await apps.launch();
  await waitForSamples(teacher.page);
  const harbourFile = join(apps.dir, 'harbour.txt');
  await writeFile(harbourFile, HARBOUR);
  await importInput(teacher.page).setInputFiles(harbourFile);
  return { teacher, pack: await share(teacher.page, HARBOUR_TITLE) };
}

test('a teacher shares articles as class packs; a learner previews, imports and reads them', async () => {
  // The teacher: imports an article of their own and shares it, then shares a sample with its hand key.
  const { teacher, pack: harbourPack } = await teacherSharesHarbour();
  await teacher.page.getByRole('button', { name: 'Back to library' }).click();
  await teacher.page.getByRole('button', { name: /^Iran and PIJ leaders/ }).click();
  const samplePack = await share(teacher.page, /^Iran and PIJ leaders/);
  expect(teacher.problems).toEqual([]);

  // The learner, in another browser profile.
  const learner = await apps.launch();
  const { page } = learner;
  const before = await waitForSamples(page);
  await expect(page.getByRole('button', { name: HARBOUR_TITLE, exact: true })).toHaveCount(0);

  // Open a class pack…: the preview comes first and nothing is written until Import.
  await expect(page.getByRole('button', { name: 'Open a class pack…' })).toBeVisible();
  await page.getByTestId('pack-input').setInputFiles(harbourPack);
  const preview = page.getByRole('dialog', { name: /^Class pack: / });
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('pack-summary')).toHaveText('1 article, 0 checked keys');
  await expect(preview.getByRole('list', { name: 'Articles in this pack' })).toContainText(`${HARBOUR_TITLE} — New; no checked key`);
  await expectNoSeriousViolations(page);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await expect(libraryRows(page)).toHaveCount(before);

  await page.getByTestId('pack-input').setInputFiles(harbourPack);
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Class pack imported: 1 article is in your library.' })).toBeVisible();
  await expect(libraryRows(page)).toHaveCount(before + 1);
  await page.getByRole('button', { name: HARBOUR_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: HARBOUR_TITLE })).toBeVisible();
  await expect.poll(() => readerText(page)).toContain('Local skippers called the early finish a welcome relief');
  await page.getByRole('button', { name: 'Back to library' }).click();

  // Dropping the sample's pack: the article is already here, so the learner's copy stays and takes the key.
  const bytes = await readFile(samplePack, 'utf8');
  const drop = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    },
    { name: 'sample.framewise-pack', text: bytes },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: drop });
  await page.dispatchEvent('main', 'drop', { dataTransfer: drop });
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('pack-summary')).toHaveText('1 article, 1 checked key');
  await expect(preview.getByRole('list', { name: 'Articles in this pack' })).toContainText('Already in your library: your answers are kept; checked key');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Class pack imported' })).toBeVisible();
  await expect(libraryRows(page)).toHaveCount(before + 1);
  // The reader now shows the teacher's key rather than the analyser's judgement.
  await page.getByRole('button', { name: /^Iran and PIJ leaders/ }).click();
  await expect(page.locator('.fw-an-notice')).toContainText('Your teacher checked the answer key of this article');
  await page.getByRole('button', { name: 'Back to library' }).click();

  // A copy edited by hand (one word of the text) is refused, and nothing changes.
  const pack = JSON.parse(await readFile(harbourPack, 'utf8'));
  pack.articles[0].text = pack.articles[0].text.replace('Monday', 'Sunday');
  const damaged = join(apps.dir, 'edited.framewise-pack');
  await writeFile(damaged, JSON.stringify(pack));
  await page.getByTestId('pack-input').setInputFiles(damaged);
  await expect(page.getByRole('alert')).toContainText('"edited.framewise-pack" is damaged or was edited');
  await expect(preview).toBeHidden();
  await expect(libraryRows(page)).toHaveCount(before + 1);
  expect(learner.problems).toEqual([]);
});

test('a pack’s assignment is kept: "From your teacher" in the library, practised on its own articles', async () => {
  const { pack: shared } = await teacherSharesHarbour();
  // The teacher's assignment, as the pack format has it (docs/PACK-FORMAT.md); not covered by the article digests.
  const pack = JSON.parse(await readFile(shared, 'utf8'));
  pack.assignment = { title: 'Harbour week', due: '2027-03-12', teacher: 'Ms Ortiz' };
  const withAssignment = join(apps.dir, 'harbour-week.framewise-pack');
  await writeFile(withAssignment, JSON.stringify(pack));

  const learner = await apps.launch();
  const { page } = learner;
  await waitForSamples(page);
  await page.getByTestId('pack-input').setInputFiles(withAssignment);
  const preview = page.getByRole('dialog', { name: /^Class pack: / });
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(preview).toBeHidden();

  const fromTeacher = page.getByRole('region', { name: 'From your teacher' });
  await expect(fromTeacher).toContainText('Harbour week, due Mar 12, 2027, 0 of 1 articles practised. Set by Ms Ortiz.');
  await expectNoSeriousViolations(page);
  // Kept across a reload: it is stored, not only shown in the preview.
  await page.reload();
  await expect(fromTeacher).toContainText('Harbour week, due Mar 12, 2027, 0 of 1 articles practised.');

  await fromTeacher.getByRole('button', { name: 'Practise the assignment “Harbour week”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assignment: Harbour week' })).toBeVisible();
  // Every item of the session comes from the assignment's article, not from the samples.
  const source = page.locator('.pr-item__article');
  await expect(source).toHaveText(`From “${HARBOUR_TITLE}”`);
  await expectNoSeriousViolations(page);
  expect(learner.problems).toEqual([]);
});
