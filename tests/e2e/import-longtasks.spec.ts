import { expect, test } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importInput, useAppAndFolder, libraryRows, waitForSamples } from './helpers';
import { largeDocx, largeHtml, largePdf } from './support/large-files';

/**
 * While large files import, the window's main thread never runs one task over 100 ms
 * (issue 9): .docx, .pdf, .txt and .md are read in the import worker, and a saved page is
 * read in steps with a pause between them. Chromium's Long Tasks API reports every task
 * over 50 ms; the longest during each import is printed for docs/EVALUATION.md.
 */
const app = useAppAndFolder('framewise-longtasks-');

/** The main-thread budget per task while importing. */
const MAX_TASK_MS = 100;

test('importing a large docx, a large PDF and a large saved page: no main-thread task over 100 ms', async () => {
  const { page, problems } = app.session;
  await waitForSamples(page);

  const files = [
    { name: 'long-report.docx', data: largeDocx(6_000) },
    { name: 'long-report.pdf', data: largePdf(150) },
    { name: 'long-page.html', data: new TextEncoder().encode(largeHtml(4_000)) },
  ];
  const paths: string[] = [];
  for (const file of files) {
    const path = join(app.dir, file.name);
    await writeFile(path, file.data);
    paths.push(path);
  }

  await page.evaluate(() => {
    const record = { tasks: [] as { start: number; duration: number }[] };
    (window as unknown as { __longtasks: typeof record }).__longtasks = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });

  // Each large file is imported with a small .txt beside it, so the import runs as a batch
  // (the import panel) and the measurement is of importing, not of opening a huge article.
  const small = join(app.dir, 'small.txt');
  await writeFile(small, 'Small note\n\nThe council met on Tuesday and agreed to meet again next month, officials said.\n');
  for (let i = 0; i < files.length; i++) {
    const from = await page.evaluate(() => performance.now());
    await importInput(page).setInputFiles([paths[i], small]);
    const panel = page.getByRole('region', { name: /Import/ });
    await expect(panel.getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 120_000 });
    await expect(panel.getByText(/long-report|long-page/).first()).toBeVisible();
    const to = await page.evaluate(() => performance.now());
    const longest = await page.evaluate(
      ([a, b]) => {
        const tasks = (window as unknown as { __longtasks: { tasks: { start: number; duration: number }[] } }).__longtasks.tasks;
        return tasks.filter((t) => t.start >= a && t.start <= b).reduce((max, t) => Math.max(max, t.duration), 0);
      },
      [from, to],
    );
    const all = await page.evaluate(
      ([a, b]) =>
        (window as unknown as { __longtasks: { tasks: { start: number; duration: number }[] } }).__longtasks.tasks
          .filter((t) => t.start >= a && t.start <= b)
          .map((t) => `${Math.round(t.start - a)}+${Math.round(t.duration)}`),
      [from, to],
    );
    console.log(`[longtask] ${files[i].name} tasks over 50 ms (start+duration): ${all.join(' ')}`);
    const line = `${files[i].name} (${Math.round(files[i].data.byteLength / 1024)} KB): import ${Math.round(to - from)} ms, longest main-thread task ${Math.round(longest)} ms (0 = none over 50 ms)`;
    console.log(`[longtask] ${line}`);
    expect.soft(longest, line).toBeLessThanOrEqual(MAX_TASK_MS);
    await panel.getByRole('button', { name: 'Close import results' }).click();
  }
  expect(problems).toEqual([]);
});

test('"Stop importing" ends the file being read in the import worker: nothing of it or after it is stored, and the next import works', async () => {
  const { page, problems } = app.session;
  const before = await waitForSamples(page);
  const big = join(app.dir, 'long-report.docx');
  await writeFile(big, largeDocx(20_000));
  const after = join(app.dir, 'after.txt');
  await writeFile(after, 'Ferry returns\n\nThe ferry to Ardlow Island returned to service on Monday after a month of repairs, the operator said.\n');

  await importInput(page).setInputFiles([big, after]);
  const panel = page.getByRole('region', { name: /Import/ });
  // The .docx takes seconds in the worker: stop while it is being read.
  await panel.getByRole('button', { name: 'Stop importing' }).click();
  await expect(panel.getByRole('heading', { name: 'Import stopped' })).toBeVisible({ timeout: 30_000 });
  // 5.4 MB of document XML: under the 8 MB cap, so the file was stopped, not refused.
  await expect(panel.locator('li', { hasText: 'long-report.docx' })).toContainText('stopped before this file was saved');
  await expect(panel.locator('li', { hasText: 'after.txt' })).toContainText('stopped before this file was saved');
  await expect(libraryRows(page)).toHaveCount(before);

  // A fresh worker reads the next import.
  await panel.getByRole('button', { name: 'Close import results' }).click();
  await importInput(page).setInputFiles(after);
  await expect(page.getByRole('heading', { level: 1, name: 'Ferry returns' })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(libraryRows(page)).toHaveCount(before + 1);
  expect(problems).toEqual([]);
});
