/**
 * A newcomer in a small window: 683×768 (half a 1366 px school laptop screen) and down to
 * 360 px. Every view is reachable by keyboard, the first run teaches before it tests, the
 * shortcut sheet answers "?", and nothing slides under the toolbar or off the screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { join, resolve } from 'node:path';
import { importInput, launchApp, libraryRows, waitForSamples, type AppSession } from './helpers';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const MILLBROOK = /^Independent wins Millbrook by-election/;

let session: AppSession | undefined;

test.afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const [scrollWidth, viewportWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `page width on ${where}`).toBeLessThanOrEqual(viewportWidth);
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Opens the navigation menu with the keyboard and picks an entry. */
async function goByMenu(page: Page, entry: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const item = nav(page).getByRole('button', { name: entry });
  await expect(item).toBeVisible();
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
}

test('at 683×768: the first run teaches, then every view is reachable from the menu by keyboard', async () => {
  session = await launchApp();
  const { page, problems } = session;
  await page.setViewportSize({ width: 683, height: 768 });
  await waitForSamples(page);

  // One card, the name field focused and empty.
  await expect(page.getByTestId('first-run')).toHaveCount(1);
  const name = page.getByRole('textbox', { name: 'Your name (optional)' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('');
  await page.keyboard.press('Enter');
  // Three ideas, each with an example sentence from the samples.
  for (const [title, example] of [
    ['A reported fact', 'The seat had been held by the Civic Union for 16 years.'],
    ['An attributed claim', 'Sillitoe described her third place'],
    ['Framing', 'The defeat is an embarrassing blow'],
  ]) {
    await expect(page.getByRole('heading', { name: title })).toBeFocused();
    await expect(page.getByTestId('first-run')).toContainText(example);
    await page.getByRole('button', { name: 'Next idea' }).click();
  }
  // The first step: open the sample, then Practise.
  await expect(page.getByRole('heading', { name: 'Your first step' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the sample article' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: MILLBROOK })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Practise this article' })).toBeVisible();
  // Skipped name: the default learner name stays.
  await expect(page.getByRole('banner')).toContainText('Learner');
  await expectNoSidewaysScroll(page, 'the reader at 683 px');

  // The side column gives way to a menu button that opens the same views.
  await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
  await expect(nav(page)).toBeHidden();
  await goByMenu(page, 'Practise');
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).toBeVisible();
  await goByMenu(page, 'Progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await goByMenu(page, 'Settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await goByMenu(page, 'Library');
  await expect(libraryRows(page).first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'the library at 683 px');
  expect(problems).toEqual([]);
});

test('"?" opens one sheet of every shortcut; Esc closes it and closes the import panel from anywhere', async () => {
  session = await launchApp();
  const { page, problems } = session;
  await page.setViewportSize({ width: 683, height: 768 });
  await waitForSamples(page);
  await page.getByRole('button', { name: 'Skip the introduction' }).click();

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const group of ['Everywhere', 'Library', 'Reader', 'Practice']) await expect(sheet.getByText(group, { exact: true })).toBeVisible();
  await expect(sheet).toContainText('Ctrl+O');
  await expect(sheet).toContainText('Alt+A');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // A finished import: the panel sits above the table, and Esc closes it with focus in the table.
  await importInput(page).setInputFiles([join(FIXTURES, 'article.md'), join(FIXTURES, 'empty.txt')]);
  const panel = page.getByRole('region', { name: 'Import finished' });
  await expect(panel).toBeVisible();
  const panelBox = (await panel.boundingBox())!;
  const tableBox = (await page.getByRole('table', { name: 'Articles in your library' }).boundingBox())!;
  expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(tableBox.y);
  await libraryRows(page).first().locator('button.row-open').focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(problems).toEqual([]);
});

test('at 480 and 360 px the library fits: whole words in titles, Delete on screen', async () => {
  session = await launchApp();
  const { page, problems } = session;
  await waitForSamples(page);
  await page.getByRole('button', { name: 'Skip the introduction' }).click();
  for (const width of [480, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoSidewaysScroll(page, `the library at ${width} px`);
    const row = libraryRows(page).filter({ hasText: MILLBROOK }).first();
    const remove = row.getByRole('button', { name: /^Delete “/ });
    const box = (await remove.boundingBox())!;
    expect(box.x + box.width, `Delete inside the window at ${width} px`).toBeLessThanOrEqual(width);
    // Titles break between words, never letter by letter: the title cell is wider than its longest word.
    const title = row.locator('button.row-open');
    const [cellWidth, longestWord] = await title.evaluate((element) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:inherit';
      element.appendChild(probe);
      let longest = 0;
      for (const word of (element.textContent ?? '').split(/\s+/)) {
        probe.textContent = word;
        longest = Math.max(longest, probe.getBoundingClientRect().width);
      }
      probe.remove();
      return [element.getBoundingClientRect().width, longest];
    });
    expect(cellWidth, `title width at ${width} px`).toBeGreaterThanOrEqual(longestWord);
    await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('scrolling the reader keeps the why panel and the side navigation below the toolbar', async () => {
  session = await launchApp();
  const { page, problems } = session;
  await page.setViewportSize({ width: 1280, height: 800 });
  await waitForSamples(page);
  await page.getByRole('button', { name: 'Skip the introduction' }).click();
  await page.getByRole('button', { name: MILLBROOK }).click();
  const analysisSwitch = page.getByRole('switch', { name: 'Analysis' });
  if ((await analysisSwitch.getAttribute('aria-checked')) !== 'true') await analysisSwitch.click();
  const sentences = page.getByRole('button', { name: /\. Show why$/ });
  await sentences.nth(8).click();
  await expect(page.getByRole('button', { name: 'Close why panel' })).toBeVisible();
  // Part way down, then at the very end of the article.
  await page.mouse.wheel(0, 500);
  await page.waitForFunction(() => window.scrollY > 300);
  await expectBelowToolbar(page);
  await page.mouse.wheel(0, 5000);
  await page.waitForFunction(() => window.scrollY >= document.documentElement.scrollHeight - window.innerHeight - 1);
  await expectBelowToolbar(page);
  expect(problems).toEqual([]);
});

async function expectBelowToolbar(page: Page): Promise<void> {
  const toolbarBottom = (await page.getByRole('banner').boundingBox())!;
  const close = (await page.getByRole('button', { name: 'Close why panel' }).boundingBox())!;
  expect(close.y, 'the why panel starts below the toolbar').toBeGreaterThanOrEqual(toolbarBottom.y + toolbarBottom.height);
  const side = (await page.locator('.fw-an-reader__side').boundingBox())!;
  expect(side.y, 'the side panels start below the toolbar').toBeGreaterThanOrEqual(toolbarBottom.y + toolbarBottom.height);
  const firstNav = (await nav(page).getByRole('button', { name: 'Library' }).boundingBox())!;
  expect(firstNav.y, 'the side navigation stays in view').toBeGreaterThanOrEqual(toolbarBottom.y + toolbarBottom.height);
  expect(firstNav.y).toBeLessThan(800);
}
