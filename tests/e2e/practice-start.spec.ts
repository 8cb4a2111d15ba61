/**
 * Issue 11, "Big libraries stay instant": a practice session starts on the first article whose
 * items are ready and takes in the others as they arrive. In real Chromium, with imported
 * articles that need the analyser (analysed, and their items generated, in the analysis worker)
 * beside the keyed samples: the first item stays put, with the keyboard focus on its prompt,
 * while the rest of the session is prepared; then the session runs by keyboard alone to its
 * summary, no item twice.
 */
import { expect, test } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateArticle } from '../../scripts/bench/corpus';
import { importInput, libraryRows, useAppAndFolder, waitForSamples } from './helpers';

const app = useAppAndFolder('practice-start');

const IMPORTED = 6;

test('a session starts on the first article ready and keeps the learner in place as the others arrive', async () => {
  test.setTimeout(240_000);
  const { page, problems } = app.session;
  const samples = await waitForSamples(page);
  const files: string[] = [];
  for (let i = 0; i < IMPORTED; i++) {
    const file = join(app.dir, `report-${i}.txt`);
    await writeFile(file, `Imported report ${i + 1}\n\n${generateArticle(100 + i, 600).text}`);
    files.push(file);
  }
  await importInput(page).setInputFiles(files);
  await expect(libraryRows(page)).toHaveCount(samples + IMPORTED, { timeout: 120_000 });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Practise' }).click();
  // One exercise type, so any answer key works: digits choose, Enter checks, Enter goes on.
  await page.getByLabel('Exercise type').selectOption({ label: 'Fact, attributed or framing?' });
  const item = page.locator('[data-testid="practice-view"] article.pr-item');
  await expect(item).toBeVisible({ timeout: 60_000 });
  const first = await item.getAttribute('data-item-id');
  await expect(page.locator('#pr-prompt')).toBeFocused();

  // The other articles arrive meanwhile (analysed in the worker): the item on screen and the focus stay.
  await page.waitForTimeout(3_000);
  await expect(item).toHaveAttribute('data-item-id', first!);
  await expect(page.locator('#pr-prompt')).toBeFocused();

  const shown: string[] = [];
  const summary = page.getByTestId('practice-summary');
  for (let n = 0; n < 12 && !(await summary.isVisible()); n++) {
    const id = (await item.getAttribute('data-item-id'))!;
    shown.push(id);
    await expect(page.locator('#pr-prompt')).toBeFocused();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(item.locator('.pr-feedback')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(summary.or(item.and(page.locator(`:not([data-item-id="${id}"])`)))).toBeVisible({ timeout: 30_000 });
  }
  await expect(summary).toBeVisible();
  expect(shown[0]).toBe(first);
  expect(shown.length).toBeGreaterThan(1);
  expect(shown.length).toBeLessThanOrEqual(10);
  expect(new Set(shown).size).toBe(shown.length);
  expect(problems).toEqual([]);
});
