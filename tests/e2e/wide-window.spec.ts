/**
 * A wide window (1280×800, a common laptop): the side navigation shows every view without a
 * menu, and the library, the reader with the analysis and its side panels, a practice item
 * with its feedback and Progress (with a daily goal set) all fit the window — no sideways
 * scroll and no visible element past either edge — and each passes axe with no serious or
 * critical finding.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchApp, libraryRows, waitForSamples, type AppSession } from './helpers';
import { expectNoSeriousViolations } from './support/axe';

const MILLBROOK = /^Independent wins Millbrook by-election/;

let session: AppSession | undefined;

test.afterEach(async () => {
  await session?.close();
  session = undefined;
});

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
}

/** No sideways scroll, and no visible element sticking out past the window's left or right edge. */
async function expectNothingOverflows(page: Page, where: string): Promise<void> {
  const result = await page.evaluate(() => {
    const width = window.innerWidth;
    const outside: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden text, empty wrappers
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (rect.right > width + 1 || rect.left < -1) {
        outside.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} [${Math.round(rect.left)}, ${Math.round(rect.right)}]`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, outside: outside.slice(0, 10) };
  });
  expect(result.scrollWidth, `page width on ${where}`).toBeLessThanOrEqual(result.width);
  expect(result.outside, `elements past the window's edge on ${where}`).toEqual([]);
}

test('at 1280×800 every view is reachable from the side navigation, fits the window and passes axe', async () => {
  session = await launchApp();
  const { page, problems } = session;
  await page.setViewportSize({ width: 1280, height: 800 });
  await waitForSamples(page);
  await page.getByRole('button', { name: 'Skip the introduction' }).click();

  // The side navigation, not a menu button, at this width.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();

  // The library.
  await expect(libraryRows(page).first()).toBeVisible();
  await expectNothingOverflows(page, 'the library');
  await expectNoSeriousViolations(page, 'the library');

  // The reader with the analysis on, the why panel open and the side panels beside the text.
  await page.getByRole('button', { name: MILLBROOK }).click();
  await expect(page.getByRole('heading', { level: 1, name: MILLBROOK })).toBeVisible();
  const analysisSwitch = page.getByRole('switch', { name: 'Analysis' });
  if ((await analysisSwitch.getAttribute('aria-checked')) !== 'true') await analysisSwitch.click();
  await expect(analysisSwitch).toHaveAttribute('aria-checked', 'true');
  const sentences = page.getByRole('button', { name: /\. Show why$/ });
  await expect(sentences.first()).toBeVisible();
  await sentences.nth(2).click();
  const closeWhy = page.getByRole('button', { name: 'Close why panel' });
  await expect(closeWhy).toBeVisible();
  const side = page.locator('.fw-an-reader__side');
  await expect(side).toBeVisible();
  // Side by side at this width: the panels sit to the right of the article text.
  const textBox = (await sentences.nth(2).boundingBox())!;
  const sideBox = (await side.boundingBox())!;
  expect(sideBox.x, 'the side panels sit beside the text').toBeGreaterThanOrEqual(textBox.x + textBox.width - 1);
  expect(sideBox.y, 'the side panels start level with the text, not below it').toBeLessThan(800);
  await expectNothingOverflows(page, 'the reader with the why panel');
  await expectNoSeriousViolations(page, 'the reader with the why panel');

  // A practice item, then its feedback (answered by keyboard, as in accessibility.spec.ts).
  await nav(page, 'Practise').click();
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).toBeVisible();
  await expect(page.locator('article.pr-item')).toBeVisible();
  await expectNothingOverflows(page, 'a practice item');
  await expectNoSeriousViolations(page, 'a practice item');
  await page.locator('#pr-prompt').focus();
  const skill = await page.locator('article.pr-item .pr-chip').first().innerText();
  await page.keyboard.press(skill === 'Spot the loaded words' ? '0' : skill === 'Hedge or certainty?' ? 'n' : '1');
  await page.keyboard.press('Enter');
  await expect(page.locator('.pr-feedback')).toBeVisible();
  await expectNothingOverflows(page, 'practice feedback');
  await expectNoSeriousViolations(page, 'practice feedback');

  // Progress, with a daily goal set: today's one answer against it.
  await nav(page, 'Progress').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  const goal = page.getByTestId('progress-goal');
  await goal.getByRole('combobox', { name: 'Daily goal' }).selectOption({ label: '10 items a day' });
  await expect(goal.getByTestId('daily-goal-status')).toContainText('1 of 10 today');
  await expect(goal.getByRole('progressbar', { name: 'Today’s answered items against your daily goal' })).toBeVisible();
  await expectNothingOverflows(page, 'progress');
  await expectNoSeriousViolations(page, 'progress');

  // Settings, and back to the library: the navigation reaches every view.
  await nav(page, 'Settings').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectNothingOverflows(page, 'settings');
  await nav(page, 'Library').click();
  await expect(libraryRows(page).first()).toBeVisible();
  expect(problems).toEqual([]);
});
