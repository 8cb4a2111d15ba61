/**
 * Steps of the teacher's desk shared by its e2e specs (key-editor, class-results,
 * teacher-journey): axe, saving a download, the key editor, sharing a pack with an assignment,
 * a learner importing it, practising it and sending results, the teacher opening them.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { expectNoSeriousViolations } from './support/axe';

export { expectNoSeriousViolations };

export const CLASSIFY = 'Fact, attributed or framing?';
export type Label = 'fact' | 'attributed' | 'framing';

/** Clicks, waits for the download, checks its name and saves it in `dir`; returns its path. */
export async function saveDownload(page: Page, dir: string, click: () => Promise<void>, pattern: RegExp): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(pattern);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** The key editor's title for an article whose title matches `title` (anchored with ^). */
export function editorTitle(title: RegExp): RegExp {
  return new RegExp(`^Answer key of “${title.source.replace(/^\^/, '')}`);
}

/** In the reader of the article: "Check the answer key". */
export async function checkAnswerKey(page: Page, title: RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Check the answer key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: editorTitle(title) })).toBeVisible();
}

const LABELS: Label[] = ['fact', 'attributed', 'framing'];

/** The label checked in the key editor's label panel (its radios are fact, attributed, framing in order; 1–3 by keyboard). */
export async function checkedLabel(page: Page): Promise<Label> {
  const checked = await page.locator('[data-panel="label"] input[type="radio"]').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).checked));
  return LABELS[checked.indexOf(true)];
}

/** The key editor's keyboard digit for a label. */
export function labelKey(label: Label): string {
  return String(LABELS.indexOf(label) + 1);
}

const MARK_BUTTONS = ['Loaded word', 'Hedge', 'Certainty', 'Speaker', 'Reporting verb', 'Claim’s source'] as const;
export type MarkButton = (typeof MARK_BUTTONS)[number];

/**
 * In the key editor, by keyboard alone: t to the sentence text, the caret to `words` (word jumps
 * with Ctrl+→, then single steps), Shift over them (by words, then single steps), Tab to the mark
 * button, Enter. `press` presses one key (pass a counting one to count keystrokes).
 */
export async function markWordsByKeyboard(page: Page, words: string, button: MarkButton, press: (key: string) => Promise<void> = (key) => page.keyboard.press(key)): Promise<void> {
  const area = page.getByTestId('ke-sentence-text');
  const from = (await area.inputValue()).indexOf(words);
  expect(from, `“${words}” is in the sentence`).toBeGreaterThanOrEqual(0);
  const to = from + words.length;
  const selection = () => area.evaluate((a: HTMLTextAreaElement) => [a.selectionStart, a.selectionEnd]);
  await press('t');
  await expect(area).toBeFocused();
  await press('Control+Home');
  let [start] = await selection();
  for (let guard = 0; start < from && guard < 100; guard++) {
    await press('Control+ArrowRight');
    [start] = await selection();
  }
  if (start > from) {
    await press('Control+ArrowLeft');
    [start] = await selection();
  }
  for (; start < from; start++) await press('ArrowRight');
  for (; start > from; start--) await press('ArrowLeft');
  let [, end] = await selection();
  for (let guard = 0; end < to && guard < 100; guard++) {
    await press('Control+Shift+ArrowRight');
    [, end] = await selection();
  }
  for (; end > to; end--) await press('Shift+ArrowLeft');
  expect(await selection()).toEqual([from, to]);
  for (let i = 0; i <= MARK_BUTTONS.indexOf(button); i++) await press('Tab');
  await expect(page.getByRole('button', { name: button, exact: true })).toBeFocused();
  await press('Enter');
}

/** From the library: opens the article, then "Check the answer key". */
export async function openKeyEditor(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('button', { name: title }).first().click();
  await checkAnswerKey(page, title);
}

export interface AssignmentChoice {
  /** The article's checkbox in the picker. */
  article: RegExp;
  title: string;
  /** One skill's name (e.g. CLASSIFY). */
  skill: string;
  items: number;
  teacher: string;
}

/** The library's "Share as class pack…" picker with one article and an assignment; returns the pack's path. */
export async function sharePackWithAssignment(page: Page, dir: string, a: AssignmentChoice): Promise<string> {
  await page.getByRole('button', { name: 'Share as class pack…' }).click();
  const picker = page.getByRole('dialog', { name: 'Share as class pack' });
  await picker.getByRole('checkbox', { name: a.article }).check();
  await picker.getByRole('checkbox', { name: 'Add an assignment' }).check();
  await picker.getByRole('textbox', { name: 'Assignment title' }).fill(a.title);
  await picker.getByRole('checkbox', { name: a.skill }).check();
  await picker.getByRole('spinbutton', { name: 'Number of items' }).fill(String(a.items));
  await picker.getByRole('textbox', { name: 'Teacher’s name' }).fill(a.teacher);
  await expectNoSeriousViolations(page);
  return saveDownload(page, dir, () => picker.getByRole('button', { name: 'Save class pack' }).click(), new RegExp(`^${a.title}\\.framewise-pack$`));
}

/** The learner opens a pack by its button and imports it; returns the "From your teacher" region. */
export async function importPack(page: Page, pack: string): Promise<Locator> {
  await page.getByTestId('pack-input').setInputFiles(pack);
  await page.getByRole('dialog', { name: /^Class pack: / }).getByRole('button', { name: 'Import' }).click();
  return page.getByRole('region', { name: 'From your teacher' });
}

export interface ClassifyItem {
  /** The item's sentence as the practice card shows it. */
  sentence: string;
  feedback: Locator;
}

/**
 * Practises a classify-only session to its end by keyboard: for each item, the digit of the
 * label `choose` picks, Enter, then `afterAnswer` (with the feedback shown), then Enter on the
 * verdict for the next item. Returns how many items the session had.
 */
export async function practiseClassify(page: Page, choose: (sentence: string) => Label, afterAnswer?: (item: ClassifyItem) => Promise<void>): Promise<number> {
  const bar = page.getByRole('progressbar', { name: 'Session progress' });
  await expect(bar).toBeVisible();
  const total = Number(await bar.getAttribute('aria-valuemax'));
  for (let n = 0; n < total; n++) {
    const card = page.locator('article.pr-item');
    await expect(card.locator('.pr-chip').first()).toHaveText(CLASSIFY);
    const sentence = (await page.getByTestId('practice-sentence').textContent()) ?? '';
    const choices = await card.locator('button[data-choice]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-choice')));
    const index = choices.indexOf(choose(sentence));
    expect(index, `the label is offered for “${sentence}”`).toBeGreaterThanOrEqual(0);
    await page.keyboard.press(String(index + 1));
    await page.keyboard.press('Enter');
    const feedback = page.locator('.pr-feedback');
    await expect(feedback).toBeVisible();
    if (afterAnswer) await afterAnswer({ sentence, feedback });
    await page.locator('.pr-feedback__verdict').focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Session finished' })).toBeVisible();
  return total;
}

/** "I think this answer is wrong" on the item shown, with a reason. */
export async function disputeItem(page: Page, reason: string): Promise<void> {
  await page.getByRole('button', { name: 'I think this answer is wrong' }).click();
  await page.getByRole('textbox', { name: 'Your reason' }).fill(reason);
  await page.getByRole('button', { name: 'Save my reason' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'your reason is listed under Progress' })).toBeVisible();
}

/** From the library's "From your teacher": saves the results file of an assignment under the learner's name. */
export async function sendResults(page: Page, dir: string, assignment: string, learner: string): Promise<string> {
  const fromTeacher = page.getByRole('region', { name: 'From your teacher' });
  await fromTeacher.getByRole('button', { name: `Send your results on “${assignment}” to your teacher` }).click();
  const send = page.getByRole('dialog', { name: `Results for “${assignment}”` });
  await expect(send).toContainText('Nothing else from this computer.');
  await send.getByRole('textbox', { name: 'Your name, as your teacher knows you' }).fill(learner);
  await expectNoSeriousViolations(page);
  return saveDownload(page, dir, () => send.getByRole('button', { name: 'Save results file' }).click(), new RegExp(`^${learner} - ${assignment}\\.framewise-results$`));
}

/** The teacher: Class results (through the menu at a narrow width), then the files opened there. */
export async function openClassResults(page: Page, files: string[]): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Class results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Class results' })).toBeVisible();
  await page.getByTestId('results-input').setInputFiles(files);
}

/** The class view's table of learners × skills for a class. */
export function learnersTable(page: Page, classTitle: string): Locator {
  return page.getByRole('table', { name: `Learners and skills in “${classTitle}”` });
}

/** Reads a downloaded CSV (without its byte-order mark) as lines. */
export function csvLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split('\r\n');
}
