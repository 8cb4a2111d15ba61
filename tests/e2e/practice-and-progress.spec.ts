/**
 * Practice and progress end to end, in real Chromium (browser mode): the seed article (a
 * sample with a hand answer key) and a learner's edited copy of it (a new article, so its
 * items come from the analyser) are practised until every one of the seven exercise types
 * has been answered, some right and some wrong, by keyboard; the feedback, a dispute and
 * its flag in the reader, mastery and the review queue are checked, then kept across a
 * reload and across a backup (download) → wipe (a fresh browser profile) → restore (plan,
 * then merge), after which the restored review queue is worked once.
 *
 * The test knows each item's answer the way the app does: generation is deterministic for
 * an article and an analyser version, so it generates the same items here (from the hand
 * key, or from the analyser for the edited copy) and finds each one by its stable item id.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PracticeItem, Skill, SkillMastery } from '../../src/core/practice';
import { importInput, launchApp, readerText, waitForSamples, type AppSession } from './helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = join(ROOT, 'resources/samples/iran-pij-gaza-exchange.txt');
const SEED_KEY = join(ROOT, 'resources/samples/iran-pij-gaza-exchange.key.json');
const SEED_TITLE = /^Iran and PIJ leaders discuss the Gaza crisis/;
/** The sentence the learner's copy changes, so it is a different article with analyser items. */
const CHANGED_FROM =
  "Amir-Abdollahian detailed Iran's diplomatic initiatives aimed at rallying regional and international support for the Palestinian cause.";
const CHANGED_TO = "Amir-Abdollahian described Iran's diplomatic initiatives to reporters in Tehran on Tuesday.";
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const ORACLE = join(ROOT, 'tests/e2e/support/practice-oracle.ts');
const DISPUTE_REASON = 'The minister is the source here, so I read this differently.';

const SKILL_NAMES: Record<Skill, string> = {
  classify: 'Fact, attributed or framing?',
  'loaded-words': 'Spot the loaded words',
  'who-says': 'Who says so?',
  'hedge-certainty': 'Hedge or certainty?',
  'source-check': 'Where is the source?',
  'neutral-rewrite': 'Neutral rewrite',
  'missing-voices': 'Missing voices',
};

const SKILLS = Object.keys(SKILL_NAMES) as Skill[];

/** Whether the first answer of each type is meant to be right; later answers alternate. */
const FIRST_RIGHT: Record<Skill, boolean> = {
  classify: true,
  'loaded-words': false,
  'who-says': true,
  'hedge-certainty': false,
  'source-check': true,
  'neutral-rewrite': false,
  'missing-voices': true,
};

interface Answered {
  item: PracticeItem;
  intended: 'right' | 'wrong';
  verdict: string;
  order: number;
}

interface ProgressSnapshot {
  mastery: Record<string, { value: string; attempts: string }>;
  due: string;
  disputes: string[];
  /** "title: completion" of each practised article. */
  completion: string[];
}

let session: AppSession | undefined;
let workDir: string;

test.beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'framewise-practice-'));
});

test.afterEach(async () => {
  await session?.close();
  session = undefined;
  await rm(workDir, { recursive: true, force: true });
});

/** The practice core's items for an article file (with its hand key, or from the analyser). */
function itemsFor(articlePath: string, keyPath?: string): PracticeItem[] {
  const args = [ORACLE, 'items', articlePath, ...(keyPath ? [keyPath] : [])];
  return JSON.parse(execFileSync(TSX, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })) as PracticeItem[];
}

function masteryOf(attempts: unknown[]): Record<Skill, SkillMastery> {
  const out = execFileSync(TSX, [ORACLE, 'mastery'], { cwd: ROOT, encoding: 'utf8', input: JSON.stringify(attempts) });
  return JSON.parse(out) as Record<Skill, SkillMastery>;
}

/** Presses the key that picks option `index` (0-based), or clicks it past the ninth. */
async function pick(page: Page, index: number, id: string) {
  if (index < 9) {
    await page.keyboard.press(String(index + 1));
    return;
  }
  // Past the nine number keys: arrow down from the first option, then Space.
  await page.locator('.pr-item [data-pr-answer="choice"]').first().focus();
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  const option = page.locator(`.pr-item [data-pr-answer="choice"][data-choice="${id}"]`);
  await expect(option).toBeFocused();
  await page.keyboard.press(' ');
  await expect(option).toHaveAttribute('aria-pressed', 'true');
}

/** Marks words by keyboard: focus the word button, Space. */
async function markWords(page: Page, tokens: readonly number[]) {
  for (const token of tokens) {
    const word = page.locator(`.pr-item [data-pr-answer="word"][data-token="${token}"]`);
    await word.focus();
    await page.keyboard.press(' ');
    await expect(word).toHaveAttribute('aria-pressed', 'true');
  }
}

/** Enters an answer meant to be right (or wrong) for the item on screen. */
async function answer(page: Page, item: PracticeItem, right: boolean) {
  switch (item.skill) {
    case 'classify': {
      // Graded on the writer's voice alone, the one wrong answer is "attributed".
      const wrong = (label: string) => (item.voiceOnly ? label === 'attributed' : label !== item.key.label);
      const index = right ? item.choices.indexOf(item.key.label) : item.choices.findIndex(wrong);
      await pick(page, index, item.choices[index]);
      break;
    }
    case 'who-says':
    case 'neutral-rewrite': {
      const index = right
        ? item.choices.findIndex((choice) => choice.id === item.key.choiceId)
        : item.choices.findIndex((choice) => choice.id !== item.key.choiceId);
      await pick(page, index, item.choices[index].id);
      break;
    }
    case 'source-check': {
      const index = right ? item.choices.indexOf(item.key.kind) : item.choices.findIndex((kind) => kind !== item.key.kind);
      await pick(page, index, item.choices[index]);
      if (right) await markWords(page, item.key.tokenIndices);
      break;
    }
    case 'loaded-words': {
      // "None" (0) is right exactly when the key has no loaded words.
      const keyTokens = item.key.spans.flatMap((span) => span.tokenIndices);
      if (right === (keyTokens.length === 0)) await page.keyboard.press('0');
      else await markWords(page, right ? keyTokens : [0]);
      break;
    }
    case 'hedge-certainty': {
      const marker = item.key.markers[0];
      if (right && marker) {
        await markWords(page, [marker.tokenIndices[0]]);
        await page.keyboard.press(marker.kind === 'hedge' ? 'h' : 'c');
      } else if (!right && !marker) {
        await markWords(page, [0]);
        await page.keyboard.press('h');
      } else {
        await page.keyboard.press('n');
      }
      break;
    }
    case 'missing-voices': {
      const ticks = item.choices
        .map((choice, index) => ({ choice, index }))
        .filter(({ choice }) => item.key.notHeard.includes(choice.id) === right);
      // Ticking nobody is wrong only when somebody is missing; otherwise tick a heard voice.
      const chosen = !right && ticks.length === 0 ? [{ choice: item.choices[0], index: 0 }] : ticks;
      for (const { choice, index } of chosen) await pick(page, index, choice.id);
      break;
    }
  }
}

/**
 * Answers every item of the session on screen. Returns what was answered. `onFeedback`
 * may act on the feedback (e.g. dispute) before the session moves on.
 */
async function runSession(
  page: Page,
  expected: Map<string, PracticeItem>,
  answered: Answered[],
  onFeedback?: (item: PracticeItem) => Promise<void>,
): Promise<void> {
  const bar = page.getByRole('progressbar', { name: 'Session progress' });
  await expect(bar).toBeVisible();
  const total = Number(await bar.getAttribute('aria-valuemax'));
  expect(total).toBeGreaterThan(0);
  for (let n = 0; n < total; n++) {
    const card = page.locator('article.pr-item');
    await expect(card).toBeVisible();
    const itemId = (await card.getAttribute('data-item-id'))!;
    const item = expected.get(itemId);
    expect(item, `item ${itemId} is generated the same way in the app and in the test`).toBeDefined();
    await expect(card).toHaveAttribute('data-graded', String(item!.graded));
    await expect(card.locator('.pr-chip').first()).toHaveText(SKILL_NAMES[item!.skill]);

    const before = answered.filter((a) => a.item.skill === item!.skill).length;
    const right = before % 2 === 0 ? FIRST_RIGHT[item!.skill] : !FIRST_RIGHT[item!.skill];
    await answer(page, item!, right);
    await page.keyboard.press('Enter');

    const feedback = page.locator('.pr-feedback');
    await expect(feedback).toBeVisible();
    const verdict = (await feedback.getAttribute('data-verdict'))!;
    expect(verdict, `${item!.skill} ${itemId}`).toBe(item!.graded ? (right ? 'right' : 'wrong') : 'discuss');
    await expect(feedback.getByRole('heading', { level: 3 })).toHaveText(
      verdict === 'right' ? /Right/ : verdict === 'wrong' ? /Not quite/ : /Not graded/,
    );
    // The correct answer, the cues highlighted in the sentence, and why.
    await expect(page.getByTestId('practice-key')).not.toHaveText(/^\s*$/);
    await expect(page.getByTestId('practice-your-answer')).not.toHaveText(/^\s*$/);
    if (item!.sentence && item!.explanation.cues.length > 0) {
      await expect(page.getByTestId('practice-highlighted').locator('.pr-cue').first()).toBeVisible();
    }
    await expect(page.getByTestId('practice-why').locator('p').first()).not.toHaveText(/^\s*$/);
    await expect(page.getByTestId('practice-source')).toHaveText(
      item!.answerSource === 'key' ? /hand-made answer key/ : /analyser/i,
    );
    answered.push({ item: item!, intended: right ? 'right' : 'wrong', verdict, order: answered.length });

    if (onFeedback) await onFeedback(item!);
    // Enter on the feedback continues (the last item's button opens the summary).
    await page.locator('.pr-feedback__verdict').focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Session finished' })).toBeVisible();
}

function skillsAnswered(answered: readonly Answered[]): Set<Skill> {
  return new Set(answered.map((a) => a.item.skill));
}

async function openProgress(page: Page): Promise<ProgressSnapshot> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Progress' }).click();
  const mastery = page.getByTestId('progress-mastery');
  const emptyState = page.getByTestId('progress-empty');
  await expect(mastery.or(emptyState)).toBeVisible();
  const result: ProgressSnapshot = { mastery: {}, due: '', disputes: [], completion: [] };
  if (await emptyState.isVisible()) {
    // A learner without answers: one empty state, no dashboard.
    await expect(page.getByRole('meter')).toHaveCount(0);
    result.due = 'new learner';
    result.disputes = await page.getByTestId('progress-disputes').locator('.pg-dispute__reason').allTextContents();
    return result;
  }
  for (const skill of SKILLS) {
    const bar = mastery.locator(`li[data-skill="${skill}"]`);
    result.mastery[skill] = {
      value: (await bar.getByRole('meter').getAttribute('aria-valuenow'))!,
      attempts: (await bar.locator('.pg-bar__attempts').textContent())!,
    };
  }
  const dueCard = page.getByTestId('progress-due');
  result.due = (await dueCard.locator('p').first().textContent())!;
  result.disputes = await page.getByTestId('progress-disputes').locator('.pg-dispute__reason').allTextContents();
  const articles = page.getByTestId('progress-articles');
  await expect(articles).not.toContainText('counting');
  const rows = articles.locator('tbody tr').filter({ hasNotText: 'not started' });
  result.completion = (await rows.allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim()).sort();
  return result;
}

/**
 * What Progress should show after these answers (mastery from the core's own formula). A
 * disputed item's answers up to the dispute leave mastery, and its card is not due.
 */
function expectedProgress(answered: readonly Answered[], disputed?: { itemId: string; order: number }) {
  const counted = answered.filter((a) => !disputed || a.item.itemId !== disputed.itemId || a.order > disputed.order);
  const attempts = counted.map((a) => ({
    skill: a.item.skill,
    graded: a.item.graded,
    score: a.item.graded ? (a.verdict === 'right' ? 1 : 0) : null,
    correct: a.item.graded ? a.verdict === 'right' : null,
    at: a.order,
    ...(a.item.skill === 'classify' && a.item.voiceOnly ? { gradedPart: 'voice' as const } : {}),
  }));
  const mastery = masteryOf(attempts);
  // FSRS: a wrong answer (Again) comes back in a minute; a right one given this fast (Easy,
  // well inside FAST_ANSWER_MS) is days away, except on an item graded on the writer's voice alone,
  // where right is at most Good (a learning step: back today). So what is due today is what was last
  // missed, and those voice-only items last answered right.
  const last = new Map(
    answered.filter((a) => a.item.graded && a.item.itemId !== disputed?.itemId).map((a) => [a.item.itemId, a]),
  );
  const missed = [...last.values()].filter((a) => a.verdict === 'wrong' || (a.item.skill === 'classify' && a.item.voiceOnly)).length;
  return {
    mastery: Object.fromEntries(
      SKILLS.map((skill) => [
        skill,
        {
          value: String(Math.round(mastery[skill].mastery * 100)),
          attempts: `${mastery[skill].attempts} attempt${mastery[skill].attempts === 1 ? '' : 's'}`,
        },
      ]),
    ),
    due: missed === 0 ? /No reviews due today/ : new RegExp(`^${missed} reviews? due today$`),
  };
}

function readerFlag(page: Page) {
  return page.getByRole('button', { name: `You disputed this answer: “${DISPUTE_REASON}”. Show why` });
}

/** Opens the reader of the disputed article from the Progress list and checks the flag and the why panel. */
async function checkDisputeInReader(page: Page, skill: Skill) {
  const disputes = page.getByTestId('progress-disputes');
  await disputes.getByRole('button', { name: /^Open “.*” in the reader$/ }).first().click();
  const flag = readerFlag(page);
  await expect(flag).toBeVisible();
  await expect(page.getByTestId('reader-disputes')).toContainText('You disputed 1 answer on this article');
  await flag.click();
  const why = page.getByTestId('why-disputes');
  await expect(why).toBeVisible();
  await expect(why).toContainText(DISPUTE_REASON);
  await expect(why).toContainText(SKILL_NAMES[skill]);
}

test('practises every exercise type, disputes an answer, keeps progress across a reload and a backup round trip', async () => {
  session = await launchApp();
  let { page } = session;
  await waitForSamples(page);

  const seedText = await readFile(SEED, 'utf8');
  expect(seedText).toContain(CHANGED_FROM);
  const editedText = seedText.replace(CHANGED_FROM, CHANGED_TO);
  const seedCopy = join(workDir, 'seed.txt');
  await writeFile(seedCopy, seedText);
  const editedCopy = join(workDir, 'seed-edited.txt');
  await writeFile(editedCopy, editedText);
  const expected = new Map([...itemsFor(SEED, SEED_KEY), ...itemsFor(editedCopy)].map((item) => [item.itemId, item]));

  // First run: the learner says who they are, reads the three ideas and goes to the library.
  await page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Ada');
  await page.getByRole('button', { name: 'Show me' }).click();
  for (let idea = 0; idea < 3; idea++) await page.getByRole('button', { name: 'Next idea' }).click();
  await page.getByRole('button', { name: 'Go to the library' }).click();
  await expect(page.getByRole('banner')).toContainText('Ada');

  // Before any practice: one empty state (no dashboard of 0 % bars).
  const empty = await openProgress(page);
  expect(empty.due).toBe('new learner');
  await expect(page.getByRole('heading', { name: 'Your progress starts with your first answers' })).toBeVisible();

  // The seed is already a sample: importing it says so and offers to open it.
  await importInput(page).setInputFiles(seedCopy);
  await expect(page.getByRole('status').filter({ hasText: 'is already in your library' })).toBeVisible();
  await page.getByRole('button', { name: 'Open it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();

  // Practise the seed (hand answer key) until every type has been answered.
  const answered: Answered[] = [];
  await page.getByRole('button', { name: 'Practise this article' }).click();
  await runSession(page, expected, answered);
  for (let extra = 0; extra < 4 && skillsAnswered(answered).size < SKILLS.length; extra++) {
    await page.getByRole('button', { name: 'Another session' }).click();
    await runSession(page, expected, answered);
  }
  expect([...skillsAnswered(answered)].sort()).toEqual([...SKILLS].sort());

  // The learner's edited copy is a new article: its items come from the analyser. One
  // answer there is disputed.
  await importInput(page).setInputFiles(editedCopy);
  await expect.poll(() => readerText(page)).toContain(CHANGED_TO);
  await page.getByRole('button', { name: 'Practise this article' }).click();
  let disputedSkill: Skill | undefined;
  let disputed: { itemId: string; order: number } | undefined;
  await runSession(page, expected, answered, async (item) => {
    if (disputedSkill || !item.sentence) return;
    disputedSkill = item.skill;
    disputed = { itemId: item.itemId, order: answered.length - 1 };
    // By keyboard too: Enter opens the form, the reason field has the focus, Tab reaches Save.
    await page.getByRole('button', { name: 'I think this answer is wrong' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Your reason' })).toBeFocused();
    await page.keyboard.type(DISPUTE_REASON);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Save my reason' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'your reason is listed under Progress' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'no longer counts toward your mastery' })).toBeVisible();
  });
  expect(disputedSkill).toBeDefined();
  expect(answered.some((a) => a.item.answerSource === 'analyser')).toBe(true);
  expect(answered.some((a) => a.intended === 'right' && a.verdict === 'right')).toBe(true);
  expect(answered.some((a) => a.verdict === 'wrong')).toBe(true);
  const perType = Object.fromEntries(SKILLS.map((skill) => [skill, answered.filter((a) => a.item.skill === skill).length]));
  console.log(`[practice] answered ${answered.length} items: ${JSON.stringify(perType)}`);

  // Progress: mastery per type and the review queue changed, the dispute is listed.
  const want = expectedProgress(answered, disputed);
  const after = await openProgress(page);
  expect(after.mastery).toEqual(want.mastery);
  expect(SKILLS.some((skill) => Number(after.mastery[skill].value) > 0)).toBe(true);
  expect(after.due).toMatch(want.due);
  expect(after.due).not.toEqual(empty.due);
  expect(after.disputes).toEqual([DISPUTE_REASON]);
  // Both practised articles show their completion (right answers out of graded items).
  expect(after.completion).toHaveLength(2);
  for (const row of after.completion) expect(row).toMatch(/\d+% \(\d+ of \d+ items\)$/);
  await checkDisputeInReader(page, disputedSkill!);

  // A reload keeps everything.
  await page.reload();
  await waitForSamples(page);
  expect(await openProgress(page)).toEqual(after);
  await checkDisputeInReader(page, disputedSkill!);

  // Export a backup (a download in browser mode).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloading;
  const backupPath = join(workDir, download.suggestedFilename());
  await download.saveAs(backupPath);
  expect(JSON.parse(await readFile(backupPath, 'utf8'))).toBeTruthy();
  expect(session.problems).toEqual([]);

  // Wipe: a fresh browser profile has no database at all.
  await session.close();
  session = await launchApp();
  page = session.page;
  await waitForSamples(page);
  const wiped = await openProgress(page);
  expect(wiped.due).toBe('new learner');
  expect(wiped.disputes).toEqual([]);

  // Restore through Settings: the plan first, then merge.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await choosing).setFiles(backupPath);
  const plan = page.getByRole('region', { name: 'What will change' });
  await expect(plan).toBeVisible();
  await expect(plan.getByRole('row', { name: /^Answers/ })).toContainText(String(answered.length));
  await expect(plan.getByRole('row', { name: /^Disputed answers/ })).toContainText('1');
  // The fresh install's default learner has no progress, so Ada becomes the active learner.
  await expect(plan).toContainText('Afterwards Ada becomes the active learner');
  await plan.getByRole('button', { name: 'Merge into my data' }).click();
  await expect(page.getByRole('heading', { name: 'Restore finished' })).toBeVisible();
  await expect(page.getByText('You are now learning as Ada.')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Ada');

  // The same progress as before the wipe, and the dispute is flagged in the reader again.
  expect(await openProgress(page)).toEqual(after);
  await checkDisputeInReader(page, disputedSkill!);

  // The restored review queue works: a review session offers what was missed, and a
  // right answer takes it off today's queue.
  const dueBefore = Number(/^(\d+)/.exec(after.due)?.[1] ?? 0);
  expect(dueBefore).toBeGreaterThan(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Progress' }).click();
  await page.getByTestId('progress-due').getByRole('button', { name: 'Start review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /review/i })).toBeVisible();
  const reviewCard = page.locator('article.pr-item');
  await expect(reviewCard.locator('.pr-chip').nth(1)).toHaveText('Review');
  const reviewed = expected.get((await reviewCard.getAttribute('data-item-id'))!)!;
  expect(answered.filter((a) => a.item.itemId === reviewed.itemId).at(-1)?.verdict).toBe('wrong');
  await answer(page, reviewed, true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.pr-feedback')).toHaveAttribute('data-verdict', 'right');
  const reviewedProgress = await openProgress(page);
  expect(reviewedProgress.due).toMatch(dueBefore - 1 === 0 ? /No reviews due today/ : new RegExp(`^${dueBefore - 1} reviews? due today$`));
  expect(Number(reviewedProgress.mastery[reviewed.skill].attempts.split(' ')[0])).toBe(
    Number(after.mastery[reviewed.skill].attempts.split(' ')[0]) + 1,
  );

  expect(session.problems).toEqual([]);
});
