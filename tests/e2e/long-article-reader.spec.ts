/**
 * A 30,000-word article in the reader, which draws a long article in slices (its first screens
 * with "Analysis ready", the rest when the window is idle): every paragraph ends up in the page,
 * the keys reach the last sentence even before it is drawn, the browser's find-in-page finds text
 * from the middle and the end, the accessibility tree holds that text (what a screen reader
 * reads), and axe finds nothing in the parts drawn last (Voices included). The text column keeps
 * its width and layout when the analysis is switched off and on.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateArticle } from '../../scripts/bench/corpus';
import { importInput, useAppAndFolder, waitForSamples } from './helpers';

const TITLE = 'Long report on the harbour';
const READY = /^Analysis ready: [\d,]+ sentences\.$/;
const MIDDLE = 'Bartholomew Zindlestrom kept the minutes of the middle meeting.';
const LAST = 'Marmalade Quincyworth had the last word on the ferry contract.';

const app = useAppAndFolder('framewise-long-reader-');

/** The start offsets of the article's blocks the reader shows (not page clutter), from IndexedDB. */
function storedBlockStarts(page: Page, title: string): Promise<number[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('framewise');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'articleBodies']);
          const all = tx.objectStore('articles').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const summary = (all.result as { id: number; title: string }[]).find((article) => article.title === wanted);
            if (!summary) return reject(new Error(`no article titled ${wanted}`));
            const body = tx.objectStore('articleBodies').get(summary.id);
            body.onerror = () => reject(body.error);
            body.onsuccess = () => {
              open.result.close();
              const blocks = (body.result as { blocks: { kind: string; start: number }[] }).blocks;
              resolve(blocks.filter((block) => block.kind !== 'debris').map((block) => block.start));
            };
          };
        };
      }),
    title,
  );
}

/** Whether the browser's accessibility tree has a text node reading exactly `text`. */
async function inAccessibilityTree(page: Page, text: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { backendNodeId: number } };
    const { nodes } = (await cdp.send('Accessibility.queryAXTree', { backendNodeId: root.backendNodeId, accessibleName: text })) as {
      nodes: { ignored: boolean; role?: { value: string } }[];
    };
    return nodes.some((node) => !node.ignored && node.role?.value === 'StaticText');
  } finally {
    await cdp.detach();
  }
}

test('a 30,000-word article: drawn whole in slices, every sentence in reach of the keys, find-in-page and screen readers', async () => {
  test.setTimeout(240_000);
  const { page, problems } = app.session;
  await waitForSamples(page);
  const paragraphs = generateArticle(30_001, 30_000).text.split('\n\n');
  paragraphs.splice(Math.floor(paragraphs.length / 2), 0, MIDDLE);
  const file = join(app.dir, 'long-harbour.txt');
  await writeFile(file, `${TITLE}\n\n${paragraphs.join('\n\n')}\n\n${LAST}\n`);
  await importInput(page).setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(READY)).toBeVisible({ timeout: 120_000 });

  // Reopened (the analysis in memory): ready with its first screens, the rest still to come.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.getByRole('button', { name: TITLE }).first().click();
  await expect(page.getByText(READY)).toBeVisible();
  // [ with no sentence chosen goes to the last one, drawn at once if it was not yet.
  await page.keyboard.press('[');
  const last = page.locator('.fw-an-sentence', { hasText: 'had the last word on the ferry contract' }).getByRole('button', { name: /Show why$/ });
  await expect(last).toBeFocused();
  await page.keyboard.press('[');
  await expect(last).not.toBeFocused();
  await page.keyboard.press(']');
  await expect(last).toBeFocused();

  // Every block of the article is drawn in the end, in order.
  await expect(page.locator('[data-drawn="partial"]')).toHaveCount(0, { timeout: 60_000 });
  const stored = await storedBlockStarts(page, TITLE);
  const drawn = await page.locator('.reader__body [data-block]').evaluateAll((blocks) => blocks.map((block) => Number(block.getAttribute('data-block'))));
  expect(drawn.length).toBeGreaterThan(500);
  // The first block is the title repeated, which the reader leaves out.
  expect([0, 1]).toContain(stored.length - drawn.length);
  expect(drawn).toEqual(stored.slice(stored.length - drawn.length));
  await expect(page.locator('.reader__body').getByText(MIDDLE)).toHaveCount(1);

  // Find-in-page (window.find is Chromium's find on the page's text) reaches the middle and the end.
  for (const text of [MIDDLE, LAST]) {
    const found = await page.evaluate((wanted) => {
      getSelection()?.removeAllRanges();
      const hit = (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find(wanted, true, false, true);
      return hit ? (getSelection()?.toString() ?? '') : '';
    }, text);
    expect(found).toBe(text);
  }

  // What a screen reader reads: the accessibility tree has the middle paragraph's text.
  expect(await inAccessibilityTree(page, MIDDLE)).toBe(true);

  // Axe on what was drawn last: the article's last paragraphs and the claims panel's last claims.
  const results = await new AxeBuilder({ page })
    .include('.reader__body p[data-block]:nth-last-of-type(-n+12)')
    .include('.fw-an-claims__list > li:nth-last-child(-n+12)')
    .include('.fw-an-voices__list > li:nth-last-child(-n+6)')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.length}`)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(5);

  // Every voice is listed in the end (the Voices lists are drawn in slices too).
  const voices = await page.locator('.fw-an-voices__list > li').count();
  expect(voices).toBeGreaterThan(100);

  // The text column keeps its width, and its container its layout, with the analysis off and on:
  // a container switched between block and grid re-lays out all the text drawn in it.
  const column = () =>
    page.locator('.fw-an-reader__text').evaluate((text) => ({ width: text.getBoundingClientRect().width, display: getComputedStyle(text.parentElement!).display }));
  const on = await column();
  await page.keyboard.press('Alt+a');
  await expect(page.locator('[data-analysis="off"]')).toHaveCount(1);
  expect(await column()).toEqual(on);
  await page.keyboard.press('Alt+a');
  await expect(page.locator('[data-analysis="on"]')).toHaveCount(1);
  expect(problems).toEqual([]);
});
