/**
 * Reopening an article after a restart reads its analysis from the analysis cache (schema
 * version 7) instead of analysing it again. Measured on a 30,000-word article: the first open
 * analyses it (what every reopen after a restart cost before the cache), the reopen after a
 * reload reads the cache. Prints both as [timing] lines (docs/EVALUATION.md quotes them).
 */
import { expect, test } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticle } from '../../scripts/bench/corpus';
import { importInput, launchApp, libraryRows, waitForSamples, type AppSession } from './helpers';

const TITLE = 'Long report on the ferry contract';

let session: AppSession;
let workDir: string;

test.beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'framewise-long-'));
  session = await launchApp();
});

test.afterEach(async () => {
  await session.close();
  await rm(workDir, { recursive: true, force: true });
});

test('a 30,000-word article reopened after a restart shows its analysis from the cache', async () => {
  test.setTimeout(240_000);
  const { page, problems } = session;
  await waitForSamples(page);
  const long = generateArticle(30_000, 30_000);
  expect(long.words).toBeGreaterThanOrEqual(30_000);
  const file = join(workDir, 'long-report.txt');
  await writeFile(file, `${TITLE}\n\n${long.text}`);

  await importInput(page).setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 60_000 });
  let started = Date.now();
  const ready = page.getByText(/^Analysis ready: [\d,]+ sentences\.$/);
  await expect(ready).toBeVisible({ timeout: 120_000 });
  const analysedMs = Date.now() - started;
  const sentences = await ready.textContent();
  // The analysis is written to the cache just after it is shown: let that finish before the restart.
  await page.waitForTimeout(1_500);

  // A restart: the page (and the in-memory cache, and the worker) start over.
  await page.reload();
  await expect(libraryRows(page).first()).toBeVisible();
  await page.getByRole('button', { name: TITLE }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  started = Date.now();
  await expect(page.getByText(/^Analysis ready: [\d,]+ sentences\.$/)).toBeVisible({ timeout: 120_000 });
  const reopenedMs = Date.now() - started;
  expect(await page.getByText(/^Analysis ready: [\d,]+ sentences\.$/).textContent()).toBe(sentences);

  console.log(`[timing] 30,000-word article, first open (analysed): ${analysedMs} ms to "Analysis ready"`);
  console.log(`[timing] 30,000-word article, reopened after a reload (cache): ${reopenedMs} ms to "Analysis ready"`);
  // The cache is read, not the analyser run: a fraction of the analysis time however busy the machine.
  expect(reopenedMs).toBeLessThan(analysedMs / 2);
  expect(problems).toEqual([]);
});
