/**
 * Reopening an article after a restart reads its analysis from the analysis cache (schema
 * version 7) instead of analysing it again; a cached analysis of another analyser version is
 * analysed again and replaced. Proved on a 30,000-word article by editing the cached row
 * between reloads (a changed label shows up only if the reader took the row). Also prints, as
 * [timing] lines (docs/EVALUATION.md quotes them): the first open (analysed; what every reopen
 * after a restart cost before the cache), a reopen in the same session (the analysis in
 * memory: the reader's own drawing time, and when the last slice of the text is drawn) and the
 * reopen after a reload (the cache).
 */
import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateArticle } from '../../scripts/bench/corpus';
import { importInput, useAppAndFolder, libraryRows, waitForSamples } from './helpers';

const TITLE = 'Long report on the ferry contract';
const READY = /^Analysis ready: [\d,]+ sentences\.$/;

const app = useAppAndFolder('framewise-long-');

interface CachedRow {
  hash: string;
  analyserVersion: string;
  analysis: { analyserVersion: string; sentences: { label: string }[] };
}

/** Reads (and, with `edit`, rewrites) the one analysisCache row, straight through IndexedDB. */
function cacheRow(page: Page, edit?: 'flip-first-label' | 'older-version'): Promise<CachedRow[]> {
  return page.evaluate(
    (change) =>
      new Promise<CachedRow[]>((resolve, reject) => {
        const open = indexedDB.open('framewise');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('analysisCache', 'readwrite');
          const store = tx.objectStore('analysisCache');
          const all = store.getAll();
          all.onsuccess = () => {
            const rows = all.result as CachedRow[];
            if (change && rows[0]) {
              const row = rows[0];
              if (change === 'flip-first-label') {
                const first = row.analysis.sentences[0];
                first.label = first.label === 'framing' ? 'fact' : 'framing';
              } else {
                row.analyserVersion = 'framewise-analyser-0.0.1';
                row.analysis.analyserVersion = 'framewise-analyser-0.0.1';
              }
              store.put(row);
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve(rows);
            };
          };
          all.onerror = () => reject(all.error);
        };
      }),
    edit,
  );
}

/**
 * The sentence tags' names, in reading order (each starts with the sentence's label), once the
 * reader has drawn the whole article (a long one is drawn in slices after "Analysis ready").
 */
async function tagNames(page: Page): Promise<string[]> {
  await expect(page.locator('[data-drawn="partial"]')).toHaveCount(0, { timeout: 60_000 });
  return page
    .locator('.reader__body button')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? '').filter((name) => /^(Reported fact|Attributed claim|Framing)/.test(name)));
}

async function restartAndOpen(page: Page): Promise<number> {
  await page.reload();
  await expect(libraryRows(page).first()).toBeVisible();
  await page.getByRole('button', { name: TITLE }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const started = Date.now();
  await expect(page.getByText(READY)).toBeVisible({ timeout: 120_000 });
  return Date.now() - started;
}

test('a 30,000-word article reopened after a restart shows its analysis from the cache', async () => {
  test.setTimeout(300_000);
  const { page, problems } = app.session;
  await waitForSamples(page);
  const long = generateArticle(30_000, 30_000);
  expect(long.words).toBeGreaterThanOrEqual(30_000);
  const file = join(app.dir, 'long-report.txt');
  await writeFile(file, `${TITLE}\n\n${long.text}`);

  await importInput(page).setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 60_000 });
  let started = Date.now();
  await expect(page.getByText(READY)).toBeVisible({ timeout: 120_000 });
  const analysedMs = Date.now() - started;
  const analysed = await tagNames(page);
  expect(analysed.length).toBeGreaterThan(1_000);

  // Reopened in the same session: the analysis is in memory, so this is the reader's own drawing time.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.getByRole('button', { name: TITLE }).first().click();
  started = Date.now();
  await expect(page.getByText(READY)).toBeVisible({ timeout: 120_000 });
  const inMemoryMs = Date.now() - started;
  await expect(page.locator('[data-drawn="partial"]')).toHaveCount(0, { timeout: 60_000 });
  const inMemoryAllMs = Date.now() - started;

  // The analysis was stored under the article's hash with the running analyser's version.
  await expect.poll(async () => (await cacheRow(page)).length, { timeout: 30_000 }).toBe(1);
  const [stored] = await cacheRow(page);
  expect(stored.analyserVersion).toMatch(/^framewise-analyser-/);
  expect(stored.analysis.sentences.length).toBeGreaterThan(1_000);

  // A restart with the first sentence's label changed in the cache: the reader shows the changed label,
  // so it took the stored analysis and did not analyse the text again.
  await cacheRow(page, 'flip-first-label');
  const reopenedMs = await restartAndOpen(page);
  const fromCache = await tagNames(page);
  expect(fromCache).toHaveLength(analysed.length);
  expect(fromCache.filter((name, i) => name !== analysed[i])).toHaveLength(1);

  // A cached analysis from another analyser version is not trusted: analysed again, and the row replaced.
  await cacheRow(page, 'older-version');
  const recomputedMs = await restartAndOpen(page);
  expect(await tagNames(page)).toEqual(analysed);
  await expect.poll(async () => (await cacheRow(page))[0]?.analyserVersion, { timeout: 30_000 }).toBe(stored.analyserVersion);

  console.log(`[timing] 30,000-word article, first open (analysed): ${analysedMs} ms to "Analysis ready"`);
  console.log(`[timing] 30,000-word article, reopened in the same session (memory): ${inMemoryMs} ms to "Analysis ready", ${inMemoryAllMs} ms to the whole text drawn`);
  console.log(`[timing] 30,000-word article, reopened after a reload (cache): ${reopenedMs} ms to "Analysis ready"`);
  console.log(`[timing] 30,000-word article, reopened after a reload with a stale cache (analysed again): ${recomputedMs} ms`);
  expect(problems).toEqual([]);
});
