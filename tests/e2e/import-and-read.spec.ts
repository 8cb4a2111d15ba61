import { expect, test } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { importInput, useAppAndFolder, libraryRows, waitForSamples } from './helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = join(ROOT, 'resources/samples/iran-pij-gaza-exchange.txt');
const NEWS_PAGE = join(ROOT, 'tests/fixtures/news-page.html');
const SEED_TITLE = /^Iran and PIJ leaders discuss the Gaza crisis/;
const NEWS_TITLE = 'Riverton council approves funding for new river bridge';

const app = useAppAndFolder('framewise-files-');

test('imports the seed and a saved web page, reads them, keeps them across a reload, deletes with undo', async () => {
  const { page, problems } = app.session;
  const samples = await waitForSamples(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Framewise' })).toBeVisible();

  // The seed is already a sample: importing the learner's own copy says so and offers to open it.
  const seedCopy = join(app.dir, 'my copy of the seed.txt');
  await writeFile(seedCopy, await readFile(SEED));
  let started = Date.now();
  await importInput(page).setInputFiles(seedCopy);
  await expect(page.getByRole('status').filter({ hasText: 'is already in your library' })).toBeVisible();
  console.log(`[timing] seed article, duplicate check: ${Date.now() - started} ms`);
  await page.getByRole('button', { name: 'Open it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: /^Library/ })).toBeVisible();

  // A learner's edited copy of the seed is a new article: the full import path, timed.
  const seedEdited = join(app.dir, 'seed-with-my-notes.txt');
  await writeFile(seedEdited, `${await readFile(SEED, 'utf8')}\n\nMy note: compare this with a wire report.\n`);
  started = Date.now();
  await importInput(page).setInputFiles(seedEdited);
  await expect(page.locator('.reader__paragraph').last()).toContainText('My note: compare this with a wire report.');
  console.log(`[timing] seed article, full import to reader: ${Date.now() - started} ms`);
  const reader = page.locator('.reader__body');
  await expect(reader.getByRole('heading', { level: 2, name: 'Escalating Crisis in Gaza' })).toBeVisible();
  // Page clutter ("Advertisment") is not in the text, but a note says it was removed.
  await expect(reader).not.toContainText('Advertisment');
  await expect(page.getByText(/lines? of page clutter (was|were) removed/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to library' }).click();

  // A saved news page.
  started = Date.now();
  await importInput(page).setInputFiles(NEWS_PAGE);
  await expect(page.getByRole('heading', { level: 1, name: NEWS_TITLE })).toBeVisible();
  console.log(`[timing] saved web page, import to reader: ${Date.now() - started} ms`);
  await expect(page.getByRole('status').filter({ hasText: `Imported “${NEWS_TITLE}”` })).toBeVisible();
  await expect(reader.getByRole('heading', { level: 2, name: 'What happens next' })).toBeVisible();
  expect(await reader.locator('p').count()).toBeGreaterThan(2);
  await expect(page.getByLabel('Article details')).toContainText('Saved web page');
  // No markup from the page reaches the reader: only headings and paragraphs (the only
  // buttons are the analysis layer's own sentence tags, each named by its label).
  expect(await reader.locator('a, img, script, iframe, form, svg, style').count()).toBe(0);
  const readerButtons = reader.locator('.reader__body button');
  for (const name of await readerButtons.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))) {
    expect(name).toMatch(/^(Reported fact|Attributed claim|Framing)/);
  }
  // The analysis layer tints sentences by kind and says these are automatic judgements.
  await expect(page.getByText(/automatic judgements/)).toBeVisible();

  // j / k move a focus outline between paragraphs.
  await page.keyboard.press('j');
  await expect(reader.locator('[data-block]').first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(reader.locator('[data-block]').nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(reader.locator('[data-block]').first()).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(libraryRows(page)).toHaveCount(samples + 2);
  await expect(page.locator('button.row-open', { hasText: NEWS_TITLE })).toBeFocused();

  // Everything survives a reload (IndexedDB).
  await page.reload();
  await expect(libraryRows(page)).toHaveCount(samples + 2);
  await expect(page.locator('button.row-open', { hasText: NEWS_TITLE })).toBeVisible();
  await expect(page.locator('button.row-open', { hasText: 'seed with my notes' }).or(page.locator('button.row-open', { hasText: 'In a significant diplomatic exchange' }))).toBeVisible();

  // Delete with the keyboard, undo with the toast button.
  const newsRow = page.locator('button.row-open', { hasText: NEWS_TITLE });
  await newsRow.focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status').filter({ hasText: `Deleted “${NEWS_TITLE}”` })).toBeVisible();
  await expect(libraryRows(page)).toHaveCount(samples + 1);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(libraryRows(page)).toHaveCount(samples + 2);
  await expect(newsRow).toBeVisible();

  // Delete with the row's button, undo with Ctrl+Z.
  await page.getByRole('button', { name: `Delete “${NEWS_TITLE}”` }).click();
  await expect(libraryRows(page)).toHaveCount(samples + 1);
  await page.keyboard.press('Control+z');
  await expect(libraryRows(page)).toHaveCount(samples + 2);

  // Deleting from the reader returns to the library.
  await newsRow.click();
  await page.getByRole('button', { name: 'Delete article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Library/ })).toBeVisible();
  await expect(libraryRows(page)).toHaveCount(samples + 1);

  expect(problems).toEqual([]);
});

test('pasted text becomes an article', async () => {
  const { page, problems } = app.session;
  await waitForSamples(page);
  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Paste some article text first.');
  await dialog.getByLabel('Title').fill('Harbour dredging to start in May');
  await dialog
    .getByLabel('Article text')
    .fill(
      'The port authority said on Monday that dredging of the outer harbour will start in May.\n\n' +
        'Work is expected to last eleven weeks, according to the authority, and ferries will keep running.',
    );
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour dredging to start in May' })).toBeVisible();
  await expect(page.getByLabel('Article details')).toContainText('Pasted text');
  expect(problems).toEqual([]);
});
