/**
 * A small window (800px, e.g. a laptop screen split in two): nothing may widen the page
 * sideways, the search box stays usable, and imported text with very long words or URLs
 * wraps instead of running off the screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchApp, libraryRows, waitForSamples, type AppSession } from './helpers';

let session: AppSession | undefined;

test.afterEach(async () => {
  await session?.close();
  session = undefined;
});

const LONG_TITLE = 'Supercalifragilisticexpialidocious-and-an-extraordinarily-long-hyphenated-headline-that-never-breaks';
const LONG_URL = 'https://example.org/a/very/long/path/that/keeps/going/and/going/without/any/space/at/all/index.html';

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const [scrollWidth, viewportWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `page width on ${where}`).toBeLessThanOrEqual(viewportWidth);
}

test('at 800px wide the library, the search box and a reader with long words fit the window', async () => {
  session = await launchApp();
  const { page, problems } = session;
  await page.setViewportSize({ width: 800, height: 860 });
  await waitForSamples(page);
  await page.getByRole('button', { name: 'Skip the introduction' }).click();

  // The search box keeps a usable width (its placeholder is not cut to "Sea…").
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  expect((await search.boundingBox())!.width).toBeGreaterThanOrEqual(180);
  await expectNoSidewaysScroll(page, 'the library');

  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  await dialog.getByLabel('Title').fill(LONG_TITLE);
  await dialog.getByLabel('Article text').fill(`The minister said on Monday that ${LONG_URL} was the source.\n\nCritics said the plan was reckless.`);
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(page.getByRole('heading', { level: 1, name: LONG_TITLE })).toBeVisible();
  await expect(page.getByText('Analysis ready')).toBeVisible();
  await expectNoSidewaysScroll(page, 'the reader with a long URL');

  await page.getByRole('button', { name: /Back to library/ }).click();
  await expect(libraryRows(page).first()).toContainText(LONG_TITLE.slice(0, 20));
  await expectNoSidewaysScroll(page, 'the library with a long title');
  expect(problems).toEqual([]);
});
