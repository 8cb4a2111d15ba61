/**
 * Automated accessibility checks (axe-core, WCAG 2.0/2.1 A and AA rules) on every main
 * screen, in the light and the dark theme: the library (first run, with the import results
 * panel), the reader with the analysis on and the "why" panel open, a practice item and its
 * feedback, progress and settings. Axe finds only part of what matters (keyboard use and
 * wording are covered by the other end-to-end tests), but what it finds is always real, so
 * every violation fails the test with the rule, the elements and axe's summary.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { join, resolve } from 'node:path';
import { importInput, launchApp, libraryRows, waitForSamples, type AppSession } from './helpers';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SEED_TITLE = /^Iran and PIJ leaders discuss the Gaza crisis/;

let session: AppSession | undefined;

test.afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Runs axe on the whole page and fails with a readable list of what is wrong. */
async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map((node) => `  ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`)
        .join('\n'),
  );
  expect(report, `axe violations on ${screen}`).toEqual([]);
  // Guard against a check that looked at nothing (e.g. a blank page).
  expect(results.passes.length, `axe found something to check on ${screen}`).toBeGreaterThan(10);
}

/** The theme in effect: the learner's choice, or the system's until they pick one. */
function effectiveTheme(page: Page): Promise<string> {
  return page.evaluate(
    () => document.documentElement.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
  );
}

async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  if ((await effectiveTheme(page)) !== theme) {
    await page.getByRole('button', { name: theme === 'dark' ? 'Switch to dark theme' : 'Switch to light theme' }).click();
  }
  await expect.poll(() => effectiveTheme(page)).toBe(theme);
}

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
}

for (const theme of ['light', 'dark'] as const) {
  test(`every main screen passes axe in the ${theme} theme`, async () => {
    session = await launchApp();
    const { page } = session;
    await useTheme(page, theme);

    // Library on first run: the first-run card (its first screen and one idea) and the samples.
    await waitForSamples(page);
    // (Its focus on the name field is checked in small-window.spec.ts; here the theme button took it.)
    await expect(page.getByRole('textbox', { name: 'Your name (optional)' })).toHaveValue('');
    await expectNoViolations(page, 'the library on first run');
    await page.getByRole('button', { name: 'Show me' }).click();
    await expect(page.getByRole('heading', { name: 'A reported fact' })).toBeVisible();
    await expectNoViolations(page, 'the first run, first idea');
    await page.getByRole('button', { name: 'Skip the introduction' }).click();
    // The prompt goes away with the focused button: focus lands on the first article, not <body>.
    await expect(libraryRows(page).first().locator('button.row-open')).toBeFocused();

    // Library with the per-file import results (one imported, one rejected).
    await importInput(page).setInputFiles([join(FIXTURES, 'article.md'), join(FIXTURES, 'empty.txt')]);
    await expect(page.getByRole('region', { name: 'Import finished' })).toBeVisible();
    await expectNoViolations(page, 'the library with import results');
    await page.getByRole('button', { name: 'Close import results' }).click();

    // Progress for a new learner: the one empty state.
    await nav(page, 'Progress').click();
    await expect(page.getByTestId('progress-empty')).toBeVisible();
    await expectNoViolations(page, 'progress for a new learner');
    await nav(page, 'Library').click();

    // Reader with the analysis on and the "why" panel open.
    await page.getByRole('button', { name: SEED_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
    const analysisSwitch = page.getByRole('switch', { name: 'Analysis' });
    if ((await analysisSwitch.getAttribute('aria-checked')) !== 'true') await analysisSwitch.click();
    await expect(analysisSwitch).toHaveAttribute('aria-checked', 'true');
    const sentences = page.getByRole('button', { name: /\. Show why$/ });
    await expect(sentences.first()).toBeVisible();
    await sentences.nth(1).click();
    await expect(page.getByRole('button', { name: 'Close why panel' })).toBeVisible();
    await expectNoViolations(page, 'the reader with the why panel');

    // A practice item, then its feedback.
    await page.getByRole('button', { name: 'Practise this article' }).click();
    await expect(page.getByRole('progressbar', { name: 'Session progress' })).toBeVisible();
    await expect(page.locator('article.pr-item')).toBeVisible();
    await expectNoViolations(page, 'a practice item');
    // "What is this skill?" opens the first run's explanation in a dialog.
    await page.getByRole('button', { name: 'What is this skill?' }).click();
    await expect(page.getByRole('dialog', { name: 'What is this skill?' })).toBeVisible();
    await expectNoViolations(page, 'the skill explanation');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'What is this skill?' })).toBeHidden();
    // Focus went back to the link, where Enter would open it again: answer from the question.
    await page.locator('#pr-prompt').focus();
    // Answer by keyboard: "1" picks or ticks the first choice; items answered by marking
    // words take "0" ("None") or "n" (neither hedge nor certainty) instead.
    const skill = await page.locator('article.pr-item .pr-chip').first().innerText();
    const key = skill === 'Spot the loaded words' ? '0' : skill === 'Hedge or certainty?' ? 'n' : '1';
    await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    const feedback = page.locator('.pr-feedback');
    await expect(feedback).toBeVisible();
    await expectNoViolations(page, 'practice feedback');
    // Dispute it, so Progress lists a disputed answer with "Withdraw dispute".
    await page.getByRole('button', { name: 'I think this answer is wrong' }).click();
    await page.getByRole('textbox', { name: 'Your reason' }).fill('I read it differently.');
    await page.getByRole('button', { name: 'Save my reason' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'no longer counts toward your mastery' })).toBeVisible();

    // Progress, with one answer recorded and disputed.
    await nav(page, 'Progress').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
    await expect(page.getByTestId('progress-disputes').getByRole('button', { name: /^Withdraw your dispute/ })).toBeVisible();
    await expectNoViolations(page, 'progress with a disputed answer');

    // Settings.
    await nav(page, 'Settings').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expectNoViolations(page, 'settings');

    // The trash.
    await nav(page, 'Trash').click();
    await expect(page.getByRole('heading', { level: 1, name: /^Trash/ })).toBeVisible();
    await expectNoViolations(page, 'the trash');

    // The shortcut sheet.
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoViolations(page, 'the shortcut sheet');
    await page.keyboard.press('Escape');

    // A small window (half a 1366 px laptop screen) with the navigation menu open.
    await page.setViewportSize({ width: 683, height: 768 });
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expectNoViolations(page, 'the navigation menu at 683 px');

    expect(session.problems).toEqual([]);
  });
}
