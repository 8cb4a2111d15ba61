import { expect, test } from '@playwright/test';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importInput, useAppAndFolder, libraryRows, waitForSamples } from './helpers';

const GOOD_FILES = 200;
const TOWNS = ['Alder', 'Brook', 'Cairn', 'Dale', 'Elm', 'Fern', 'Glen', 'Holt', 'Isle', 'Jarrow'];

function articleText(i: number): string {
  const town = `${TOWNS[i % TOWNS.length]}ford-${i}`;
  return (
    `${town} opens new library wing\n\n` +
    `The council of ${town} opened a new wing of the town library on Saturday, officials said. ` +
    `The wing cost ${100 + i} thousand and holds ${2000 + i * 7} books.\n\n` +
    `"We expect more visitors this winter," the librarian told reporters. Article number ${i}.\n`
  );
}

const app = useAppAndFolder('framewise-batch-');

test('imports a folder of 200 articles plus bad files with a progress panel and per-file results', async () => {
  const { page, problems } = app.session;
  const samples = await waitForSamples(page);

  const paths: string[] = [];
  for (let i = 0; i < GOOD_FILES; i++) {
    const path = join(app.dir, `article-${String(i).padStart(3, '0')}.txt`);
    await writeFile(path, articleText(i));
    paths.push(path);
  }
  const empty = join(app.dir, 'empty.txt');
  await writeFile(empty, '');
  const binary = join(app.dir, 'photo-renamed.txt');
  await writeFile(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
  const program = join(app.dir, 'setup.exe');
  await writeFile(program, Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]));
  const duplicate = join(app.dir, 'article-000 (copy).txt');
  await copyFile(paths[0], duplicate);
  const all = [...paths, empty, binary, program, duplicate];

  // Watch the progress bar and the main thread while the batch runs: the bar must move in
  // steps (results render incrementally) and the longest stall is logged for the notes.
  await page.evaluate(() => {
    const probe = { seen: new Set<string>(), maxGapMs: 0 };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      probe.maxGapMs = Math.max(probe.maxGapMs, now - last);
      last = now;
    }, 16);
    new MutationObserver(() => {
      const value = document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');
      if (value) probe.seen.add(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });

  const started = Date.now();
  await importInput(page).setInputFiles(all);
  const panel = page.getByRole('region', { name: /Import/ });
  const bar = panel.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuemax', String(all.length));
  await expect(panel.getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 90_000 });
  const elapsed = Date.now() - started;
  console.log(`[timing] batch of ${all.length} files (${GOOD_FILES} articles): ${elapsed} ms (${(elapsed / all.length).toFixed(1)} ms per file)`);

  await expect(bar).toHaveAttribute('aria-valuenow', String(all.length));
  const probe = await page.evaluate(() => {
    const { seen, maxGapMs } = (window as unknown as { __probe: { seen: Set<string>; maxGapMs: number } }).__probe;
    return { steps: seen.size, maxGapMs: Math.round(maxGapMs) };
  });
  console.log(`[timing] batch: progress bar showed ${probe.steps} distinct values; longest main-thread stall ${probe.maxGapMs} ms`);
  expect(probe.steps).toBeGreaterThan(3);
  await expect(panel.getByText(`${all.length} of ${all.length}`)).toBeVisible();
  const summary = panel.getByTestId('batch-summary');
  await expect(summary).toContainText(`${GOOD_FILES} imported`);
  await expect(summary).toContainText('1 already in your library');
  await expect(summary).toContainText('3 rejected');

  const list = panel.getByRole('list', { name: 'Results per file' });
  await expect(list.getByRole('listitem')).toHaveCount(all.length);
  const line = (name: string) => list.getByRole('listitem').filter({ hasText: name });
  await expect(line('empty.txt')).toContainText('Rejected');
  await expect(line('empty.txt')).toContainText('This file is empty.');
  await expect(line('photo-renamed.txt')).toContainText('does not contain readable text');
  await expect(line('setup.exe')).toContainText('cannot be imported');
  await expect(line('article-000 (copy).txt')).toContainText('Already in your library');
  await expect(line('article-123.txt')).toContainText('Imported');

  // The problems-only filter leaves the four lines that need attention.
  await panel.getByLabel('Show only files that were not imported').check();
  await expect(list.getByRole('listitem')).toHaveCount(4);

  await panel.getByRole('button', { name: 'Close import results' }).click();
  await expect(panel).toBeHidden();
  await expect(libraryRows(page)).toHaveCount(samples + GOOD_FILES);
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('Jarrowford-199');
  await expect(libraryRows(page)).toHaveCount(1);

  expect(problems).toEqual([]);
});
