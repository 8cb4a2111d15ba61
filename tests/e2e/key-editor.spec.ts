/**
 * The key editor end to end (browser mode): a teacher opens a sample, opens "Check the answer
 * key", relabels one sentence by keyboard and marks one loaded word (selected in the sentence,
 * with a neutral alternative); the key autosaves, survives a reload, and practice on the article
 * then grades that sentence by the teacher's label, saying "Answer checked by your teacher".
 * axe finds nothing serious in the editor, at 1280 px and at 683 px wide.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchApp, waitForSamples, type AppSession } from './helpers';
import { expectNoSeriousViolations, openKeyEditor } from './teacher-steps';

const ROOT = resolve(import.meta.dirname, '../..');
const KEY = JSON.parse(readFileSync(join(ROOT, 'resources/samples/iran-pij-gaza-exchange.key.json'), 'utf8')) as {
  sentences: { text: string; label: string }[];
};
const TITLE = /^Iran and PIJ leaders/;
/** Sentence 2: framing in the sample's key; the teacher makes it a fact. */
const TARGET = 1;
const TARGET_TEXT = KEY.sentences[TARGET].text;

let session: AppSession | undefined;

test.afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Answers classify items with "fact" (1) until the target sentence's item; returns its feedback. */
async function findTargetItem(page: Page): Promise<boolean> {
  const bar = page.getByRole('progressbar', { name: 'Session progress' });
  await expect(bar).toBeVisible();
  const total = Number(await bar.getAttribute('aria-valuemax'));
  for (let n = 0; n < total; n++) {
    const card = page.locator('article.pr-item');
    await expect(card).toHaveAttribute('data-skill', 'classify');
    const isTarget = (await page.getByTestId('practice-sentence').textContent())!.includes(TARGET_TEXT);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    const feedback = page.locator('.pr-feedback');
    await expect(feedback).toBeVisible();
    // Every item of an article with a checked key comes from the teacher.
    await expect(page.getByTestId('practice-source')).toHaveText(/Answer checked by your teacher/);
    if (isTarget) {
      // The sample's key says framing; the teacher's says fact, and "fact" is graded right.
      await expect(feedback).toHaveAttribute('data-verdict', 'right');
      return true;
    }
    await page.locator('.pr-feedback__verdict').focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Session finished' })).toBeVisible();
  return false;
}

test('a teacher corrects a sample’s answer key by keyboard; it is kept and practice uses it', async () => {
  session = await launchApp();
  const { page } = session;
  await waitForSamples(page);
  await openKeyEditor(page, TITLE);
  await expect(page.getByText('Starting from the sample’s hand-written key.')).toBeVisible();
  await expect(page.getByText(/^Keys: j \/ k/)).toBeVisible();
  await expectNoSeriousViolations(page);

  // Keyboard: j to the second sentence, 1 for "fact".
  await page.getByRole('heading', { level: 1, name: /^Answer key of/ }).focus();
  await page.keyboard.press('j');
  await expect(page.getByRole('heading', { name: `Sentence 2 of ${KEY.sentences.length}` })).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.getByRole('radio', { name: /Fact/ })).toBeChecked();
  await expect(page.getByRole('navigation', { name: 'Sentences' }).getByRole('button', { name: /^Sentence 2: Fact/ })).toBeVisible();

  // A loaded word: t goes to the sentence text; select "underscores" there and mark it.
  await page.keyboard.press('t');
  const text = page.getByRole('textbox', { name: 'Sentence 2: select words to mark them' });
  await expect(text).toBeFocused();
  const from = TARGET_TEXT.indexOf('underscores');
  await text.evaluate((area: HTMLTextAreaElement, [start, end]) => area.setSelectionRange(start, end), [from, from + 'underscores'.length]);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('button', { name: 'Loaded word', exact: true }).click();
  await page.getByRole('textbox', { name: 'Neutral alternative to “underscores”' }).fill('shows');
  await expect(page.getByTestId('ke-status')).toHaveText('Saved. Practice on this article now uses your key.');
  await expectNoSeriousViolations(page);

  // At 683 px wide: one column, nothing past the window's edge, axe still clean.
  await page.setViewportSize({ width: 683, height: 800 });
  await expect(page.getByRole('heading', { name: `Sentence 2 of ${KEY.sentences.length}` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
  await expectNoSeriousViolations(page);
  await page.setViewportSize({ width: 1280, height: 860 });

  // Reload: the key is the teacher's, checked before.
  await page.reload();
  await waitForSamples(page);
  await openKeyEditor(page, TITLE);
  await expect(page.getByText('Starting from the key you checked before.')).toBeVisible();
  const list = page.getByRole('navigation', { name: 'Sentences' });
  await expect(list.getByRole('button', { name: /^Sentence 2: Fact/ })).toBeVisible();
  await list.getByRole('button', { name: /^Sentence 2:/ }).click();
  await expect(page.getByRole('textbox', { name: 'Neutral alternative to “underscores”' })).toHaveValue('shows');
  expect(session.problems).toEqual([]);

  // Practice on the article, classify only: the teacher's label grades the sentence.
  await page.getByRole('button', { name: 'Back to the article' }).click();
  await page.getByRole('button', { name: 'Practise this article' }).click();
  await page.getByLabel('Exercise type').selectOption('classify');
  // Two sessions hold every classify item of the article (the second starts with those not yet seen).
  let found = await findTargetItem(page);
  if (!found) {
    await page.getByRole('button', { name: 'Another session' }).click();
    await page.getByLabel('Exercise type').selectOption('classify');
    found = await findTargetItem(page);
  }
  expect(found, 'the relabelled sentence is practised').toBe(true);
  expect(session.problems).toEqual([]);
});
