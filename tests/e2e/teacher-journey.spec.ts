/**
 * Issue 8's teacher journey across two browser profiles. The teacher imports an article of their
 * own (tests/fixtures/library-delay.txt: no hand key, so the editor starts from the analyser),
 * opens "Check the answer key", corrects one sentence's label and marks one loaded word, all by
 * keyboard, and shares it as a class pack with an assignment. The learner imports the pack,
 * practises the assignment (the corrected item is graded by the teacher's label and says it was
 * checked by the teacher), disputes that item and saves a results file. The teacher opens it in
 * Class results, sees the learner's row and the dispute, follows the dispute into the key editor
 * at that sentence, and downloads the CSV, whose content is checked against the pack's key.
 * axe: nothing serious in the editor and the class view.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importInput, useFolderAndApps, waitForSamples } from './helpers';
import {
  CLASSIFY,
  checkAnswerKey,
  checkedLabel,
  csvLines,
  disputeItem,
  editorTitle,
  expectNoSeriousViolations,
  importPack,
  labelKey,
  learnersTable,
  markWordsByKeyboard,
  openClassResults,
  practiseClassify,
  saveDownload,
  sendResults,
  sharePackWithAssignment,
  type Label,
} from './teacher-steps';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/library-delay.txt');
const TITLE = /^Town council delays the new library/;
/** Sentence 3 of 5: the one the teacher corrects. */
const TARGET = 'Critics called the decision a betrayal of local families.';
const LOADED = 'betrayal';
const NEUTRAL = 'broken promise';
const ASSIGNMENT = 'Library week';
const LEARNER = 'Grace Hopper';
const REASON = 'Critics say this, so it is their view, not a fact.';

const apps = useFolderAndApps('framewise-journey-');

interface PackKey {
  articles: { title: string; key?: { answerKey: { sentences: { text: string; label: Label; loaded?: { text: string; neutral?: string }[] }[] } } }[];
  assignment?: unknown;
}

test('a teacher checks a key, shares it, and gets a learner’s results and dispute back', async () => {
  // The teacher imports an article of their own and opens its answer key.
  const teacher = await apps.launch();
  const t = teacher.page;
  await waitForSamples(t);
  await importInput(t).setInputFiles(FIXTURE);
  await checkAnswerKey(t, TITLE);
  await expect(t.getByText('Starting from the analyser’s judgement.')).toBeVisible();

  // By keyboard: j twice to sentence 3; the label the analyser gave is replaced by another.
  await expect(t.getByRole('heading', { level: 1, name: editorTitle(TITLE) })).toBeFocused();
  await t.keyboard.press('j');
  await t.keyboard.press('j');
  await expect(t.getByRole('heading', { name: 'Sentence 3 of 5' })).toBeVisible();
  await expect(t.getByTestId('ke-sentence-text')).toHaveValue(TARGET);
  const machineLabel = await checkedLabel(t);
  // Never "attributed": that label needs a source and cue typed in, another journey. Which label the
  // analyser gives this sentence depends on the shipped model (2.8.0 reads it as framing, earlier ones
  // as attributed), so the correction is whichever of the other two needs nothing more.
  const teacherLabel: Label = machineLabel === 'framing' ? 'fact' : 'framing';
  await t.keyboard.press(labelKey(teacherLabel));
  await expect.poll(() => checkedLabel(t)).toBe(teacherLabel);
  await expect(t.getByRole('navigation', { name: 'Sentences' }).getByRole('button', { name: /^Sentence 3: \w+, changed\./ })).toBeVisible();

  // A loaded word, by keyboard: t to the sentence, the caret to the word, Shift over it, Tab to "Loaded word", Enter.
  await markWordsByKeyboard(t, LOADED, 'Loaded word');
  // l goes to the loaded words panel's first control: the new word's neutral alternative.
  await t.keyboard.press('l');
  const neutral = t.getByRole('textbox', { name: `Neutral alternative to “${LOADED}”` });
  await expect(neutral).toBeFocused();
  await t.keyboard.type(NEUTRAL);
  await expect(t.getByTestId('ke-status')).toHaveText('Saved. Practice on this article now uses your key.');
  await expectNoSeriousViolations(t);

  // The pack, with an assignment of every classify item.
  await t.getByRole('button', { name: 'Back to the article' }).click();
  await t.getByRole('button', { name: 'Back to library' }).click();
  const pack = await sharePackWithAssignment(t, apps.dir, { article: TITLE, title: ASSIGNMENT, skill: CLASSIFY, items: 5, teacher: 'Mr Okafor' });
  const packed = JSON.parse(await readFile(pack, 'utf8')) as PackKey;
  const key = packed.articles[0].key!.answerKey;
  const target = key.sentences.find((s) => s.text === TARGET)!;
  expect(target.label).toBe(teacherLabel);
  expect(target.loaded).toEqual([{ text: LOADED, neutral: NEUTRAL }]);
  expect(teacher.problems).toEqual([]);

  // The learner, in another profile: imports the pack and practises the assignment.
  const learner = await apps.launch();
  const l = learner.page;
  await waitForSamples(l);
  const fromTeacher = await importPack(l, pack);
  await expect(fromTeacher).toContainText(`${ASSIGNMENT}, 0 of 1 articles practised. Set by Mr Okafor.`);
  await fromTeacher.getByRole('button', { name: `Practise the assignment “${ASSIGNMENT}”` }).click();
  await expect(l.getByRole('heading', { level: 1, name: `Assignment: ${ASSIGNMENT}` })).toBeVisible();
  // The corrected item is answered with the teacher's label, the others with "fact".
  const practised: string[] = [];
  let sawTarget = false;
  const items = await practiseClassify(
    l,
    (sentence) => (sentence.includes(TARGET) ? teacherLabel : 'fact'),
    async ({ sentence, feedback }) => {
      practised.push(sentence);
      await expect(l.getByTestId('practice-source')).toHaveText(/Answer checked by your teacher/);
      if (!sentence.includes(TARGET)) return;
      sawTarget = true;
      await expect(feedback).toHaveAttribute('data-verdict', 'right');
      await disputeItem(l, REASON);
    },
  );
  expect(sawTarget, 'the corrected sentence is in the assignment').toBe(true);
  await l.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
  await expect(fromTeacher).toContainText('1 of 1 articles practised');
  const results = await sendResults(l, apps.dir, ASSIGNMENT, LEARNER);
  const file = JSON.parse(await readFile(results, 'utf8'));
  expect(file.items).toHaveLength(items);
  expect(file.disputes.map((d: { reason: string }) => d.reason)).toEqual([REASON]);
  expect(learner.problems).toEqual([]);

  // Back to the teacher, at 683 px: the learner's row and the dispute.
  await t.setViewportSize({ width: 683, height: 768 });
  await openClassResults(t, [results]);
  await expect(t.getByRole('list', { name: 'Files just opened' })).toHaveText(`${LEARNER} - ${ASSIGNMENT}.framewise-results: ${LEARNER} added to “${ASSIGNMENT}”.`);
  const learners = learnersTable(t, ASSIGNMENT);
  await expect(learners.locator('tbody tr')).toHaveCount(1);
  await expect(learners.getByRole('rowheader', { name: LEARNER })).toBeVisible();
  const disputed = t.locator('.class-view__dispute');
  await expect(disputed).toHaveCount(1);
  await expect(disputed.locator('.class-view__quote')).toHaveText(`“${TARGET}”`);
  await expect(disputed.getByText(`${LEARNER}: “${REASON}”`, { exact: true })).toBeVisible();
  await expectNoSeriousViolations(t);

  // The CSV: the learner's score is what the answers given earn against the pack's key.
  const labelOf = (sentence: string) => key.sentences.find((s) => sentence.includes(s.text))!.label;
  const right = practised.filter((s) => labelOf(s) === (s.includes(TARGET) ? teacherLabel : 'fact')).length;
  const percent = Math.round((right / items) * 100);
  const csvPath = await saveDownload(t, apps.dir, () => t.getByRole('button', { name: 'Download CSV' }).click(), new RegExp(`^${ASSIGNMENT}\\.csv$`));
  expect(csvLines(await readFile(csvPath, 'utf8'))).toEqual([
    `Learner,"${CLASSIFY} (%)",Answers,Score (%),Minutes,Disputes`,
    expect.stringMatching(new RegExp(`^${LEARNER},${percent},${items},${percent},\\d+,1$`)),
  ]);

  // The dispute leads to the key editor, at the disputed sentence, with the teacher's label.
  await disputed.getByRole('button', { name: /^Check the disputed sentence of “Town council delays the new library” in the answer key$/ }).click();
  await expect(t.getByRole('heading', { level: 1, name: editorTitle(TITLE) })).toBeVisible();
  await expect(t.getByRole('heading', { name: 'Sentence 3 of 5' })).toBeVisible();
  await expect(t.getByTestId('ke-sentence-text')).toHaveValue(TARGET);
  await expect.poll(() => checkedLabel(t)).toBe(teacherLabel);
  expect(await t.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
  await expectNoSeriousViolations(t);
  expect(teacher.problems).toEqual([]);
});

/** The teacher's labels for tests/fixtures/river-bridge-25.txt, sentence by sentence. */
const RIVER_TITLE = /^River bridge closes for repairs/;
const RIVER_LABELS: Label[] = [
  'fact', 'fact', 'attributed', 'fact', 'fact',
  'framing', 'attributed', 'attributed', 'fact', 'fact',
  'fact', 'fact', 'attributed', 'attributed', 'attributed',
  'framing', 'attributed', 'fact', 'fact', 'attributed',
  'fact', 'fact', 'fact', 'fact', 'framing',
];

/**
 * Speaker and reporting verb the teacher marks (by 1-based sentence number): in the sentences
 * they make attributed, and in two the analyser calls attributed without finding the speaker.
 */
const RIVER_SPEAKERS = new Map<number, [string, string]>([
  [7, ['One baker', 'said']],
  [13, ['A report published in 2021', 'warned']],
  [8, ['The chamber of commerce', 'called']],
  [17, ['the contractor', 'according to']],
  [20, ['Some parents', 'worry']],
]);

test('a 25-sentence article is checked by keyboard alone (keystrokes counted, time reported, not asserted)', async () => {
  const teacher = await apps.launch();
  const t = teacher.page;
  await waitForSamples(t);
  await importInput(t).setInputFiles(resolve(import.meta.dirname, '../fixtures/river-bridge-25.txt'));
  await checkAnswerKey(t, RIVER_TITLE);
  await expect(t.getByRole('heading', { name: `Sentence 1 of ${RIVER_LABELS.length}` })).toBeVisible();

  let keystrokes = 0;
  const press = async (key: string) => {
    keystrokes += 1;
    await t.keyboard.press(key);
  };
  const type = async (text: string) => {
    keystrokes += text.length;
    await t.keyboard.type(text);
  };
  const started = Date.now();
  let relabelled = 0;
  for (let i = 0; i < RIVER_LABELS.length; i++) {
    await expect(t.getByRole('heading', { name: `Sentence ${i + 1} of ${RIVER_LABELS.length}` })).toBeVisible();
    // Only a label the teacher disagrees with costs a key; agreeing is just j.
    if ((await checkedLabel(t)) !== RIVER_LABELS[i]) {
      await press(labelKey(RIVER_LABELS[i]));
      relabelled += 1;
    }
    // Sentence 8: "shambles" is a loaded word; marked from the keyboard with a neutral alternative.
    if (i === 7) {
      await markWordsByKeyboard(t, 'shambles', 'Loaded word', press);
      await press('l');
      await expect(t.getByRole('textbox', { name: 'Neutral alternative to “shambles”' })).toBeFocused();
      await type('failure');
      // Tab leaves the text field (for the word's remove button), where j moves on again.
      await press('Tab');
    }
    // An attributed sentence needs its speaker and reporting verb, marked the same way.
    const speaker = RIVER_SPEAKERS.get(i + 1);
    if (speaker) {
      await markWordsByKeyboard(t, speaker[0], 'Speaker', press);
      await markWordsByKeyboard(t, speaker[1], 'Reporting verb', press);
    }
    if (i < RIVER_LABELS.length - 1) await press('j');
  }
  await expect(t.getByTestId('ke-status')).toHaveText('Saved. Practice on this article now uses your key.');
  const seconds = (Date.now() - started) / 1000;

  const list = t.getByRole('navigation', { name: 'Sentences' });
  for (let i = 0; i < RIVER_LABELS.length; i++) {
    const name = RIVER_LABELS[i][0].toUpperCase() + RIVER_LABELS[i].slice(1);
    await expect(list.getByRole('button', { name: new RegExp(`^Sentence ${i + 1}: ${name}\\b`) })).toBeVisible();
  }
  await list.getByRole('button', { name: /^Sentence 8:/ }).click();
  await expect(t.getByRole('textbox', { name: 'Neutral alternative to “shambles”' })).toHaveValue('failure');
  const report = `${keystrokes} keystrokes (${relabelled} relabels, ${RIVER_SPEAKERS.size} speakers with their verbs, one loaded word, 24 moves) in ${seconds.toFixed(1)} s of automated input`;
  test.info().annotations.push({ type: 'keyboard check of 25 sentences', description: report });
  console.log(`keyboard check of 25 sentences: ${report}`);
  expect(teacher.problems).toEqual([]);
});
