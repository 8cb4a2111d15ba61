// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addArticle, getArticle } from '../../../../src/renderer/src/db/articles';
import type { FramewiseDB } from '../../../../src/renderer/src/db/database';
import { articleDisputes, resolveDispute, saveEditedKey } from '../../../../src/renderer/src/db/key-edits';
import { getCheckedKey } from '../../../../src/renderer/src/db/keys';
import { addDispute, recordAttempt } from '../../../../src/renderer/src/db/progress';
import { createProfile } from '../../../../src/renderer/src/db/profiles';
import { articleFromText } from '../../../../src/renderer/src/samples/build-article';
import type { KeyEditorDeps } from '../../../../src/renderer/src/ui/key-editor/key-editor-deps';
import { KeyEditorView } from '../../../../src/renderer/src/ui/key-editor/KeyEditorView';
import { ServicesProvider } from '../../../../src/renderer/src/ui/services-context';
import { fakeServices } from '../fakes';
import { closeTrackedDatabases, practiceAttempt, trackedDatabase } from '../../db/helpers';
import { HARBOUR_ANALYSIS, HARBOUR_S1, HARBOUR_S2, HARBOUR_TEXT } from '../../../fixtures/harbour-analysis';

afterEach(() => {
  cleanup();
  closeTrackedDatabases();
});

function depsFor(db: FramewiseDB): KeyEditorDeps {
  return {
    getArticle: (id) => getArticle(db, id),
    checkedKey: async (id) => (await getCheckedKey(db, id))?.key,
    sampleKey: () => undefined,
    analyse: async () => HARBOUR_ANALYSIS,
    saveKey: (articleId, key, changed) => saveEditedKey(db, articleId, key, { changedItemIds: changed }),
    disputes: (articleId) => articleDisputes(db, articleId),
    resolveDispute: (id, decision) => resolveDispute(db, id, decision),
  };
}

async function setUp() {
  const db = trackedDatabase(`ke-${Math.random()}`);
  const article = await articleFromText({ text: HARBOUR_TEXT, title: 'Harbour wall reopens', format: 'txt', fileName: 'harbour.txt' });
  const { id } = await addArticle(db, article);
  const profileId = (await createProfile(db, 'Ana')).id;
  return { db, id, profileId, deps: depsFor(db) };
}

/** The editor as the app mounts it (under the services), with storage and analyser from `deps`. */
function renderEditor(id: number, deps: KeyEditorDeps, at?: number) {
  return render(
    <ServicesProvider services={fakeServices()}>
      <KeyEditorView articleId={id} at={at} onBack={() => {}} deps={deps} />
    </ServicesProvider>,
  );
}

const key = (k: string, extra: Partial<KeyboardEventInit> = {}) => fireEvent.keyDown(document.body, { key: k, ...extra });
const status = () => screen.getByTestId('ke-status').textContent ?? '';

describe('KeyEditorView', () => {
  it('starts from the analyser, relabels by keyboard, marks the difference, undoes, and autosaves a valid key', async () => {
    const { db, id, deps } = await setUp();
    renderEditor(id, deps);
    await screen.findByRole('heading', { level: 1, name: 'Answer key of “Harbour wall reopens”' });
    expect(screen.getByText('Starting from the analyser’s judgement.')).toBeDefined();
    expect(screen.getByText(/Keys: j \/ k/)).toBeDefined();
    expect(screen.getByTestId('ke-diff').textContent).toContain('0 sentences differ from the analyser.');
    expect(screen.getByRole('heading', { name: 'Sentence 1 of 2' })).toBeDefined();

    // j: next sentence; 1: fact (the analyser said framing).
    key('j');
    expect(screen.getByRole('heading', { name: 'Sentence 2 of 2' })).toBeDefined();
    key('1');
    expect((screen.getByRole('radio', { name: /Fact/ }) as HTMLInputElement).checked).toBe(true);
    const labelGroup = screen.getByRole('group', { name: /Label/ });
    expect(labelGroup.textContent).toContain('Changed from the analyser');
    expect(labelGroup.textContent).toContain('Analyser: Framing');
    expect(screen.getByTestId('ke-diff').textContent).toContain('1 sentence differs from the analyser.');
    const list = screen.getByRole('navigation', { name: 'Sentences' });
    expect(within(list).getByRole('button', { name: /^Sentence 2: Fact, changed\./ })).toBeDefined();

    await waitFor(() => expect(status()).toContain('Saved.'), { timeout: 3000 });
    expect((await getCheckedKey(db, id))?.key.sentences[1].label).toBe('fact');

    // Ctrl+Z undoes it, and the undo is saved too.
    key('z', { ctrlKey: true });
    expect((screen.getByRole('radio', { name: /Framing/ }) as HTMLInputElement).checked).toBe(true);
    await waitFor(async () => expect((await getCheckedKey(db, id))?.key.sentences[1].label).toBe('framing'), { timeout: 3000 });
  });

  it('opens at the sentence holding a given offset (a disputed item), and edits there do not move it back', async () => {
    const { db, id, deps } = await setUp();
    renderEditor(id, deps, HARBOUR_S2.start + 'Critics called'.length);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sentence 2 of 2' })).toBeDefined());
    key('1');
    await waitFor(() => expect(status()).toContain('Saved.'), { timeout: 3000 });
    expect((await getCheckedKey(db, id))?.key.sentences[1].label).toBe('fact');
    key('k');
    key('3');
    expect(screen.getByRole('heading', { name: 'Sentence 1 of 2' })).toBeDefined();
    await waitFor(() => expect(status()).toContain('Saved.'), { timeout: 3000 });
    expect(screen.getByRole('heading', { name: 'Sentence 1 of 2' })).toBeDefined();
  });

  it('opens at the first sentence without an offset, or with one before any sentence', async () => {
    const { id, deps } = await setUp();
    renderEditor(id, deps, 0);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('heading', { name: 'Sentence 1 of 2' })).toBeDefined();
  });

  it('adds a loaded word from selected text with a neutral alternative, and removes one', async () => {
    const { db, id, deps } = await setUp();
    renderEditor(id, deps);
    await screen.findByRole('heading', { level: 1 });
    key('j');
    const text = screen.getByRole('textbox', { name: 'Sentence 2: select words to mark them' }) as HTMLTextAreaElement;
    const from = HARBOUR_S2.text.indexOf('waste');
    text.setSelectionRange(from, from + 'waste'.length);
    fireEvent.select(text);
    fireEvent.click(screen.getByRole('button', { name: 'Loaded word' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Neutral alternative to “waste”' }), { target: { value: 'use' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove the loaded word “reckless”' }));
    await waitFor(() => expect(status()).toContain('Saved.'), { timeout: 3000 });
    expect((await getCheckedKey(db, id))?.key.sentences[1].loaded).toEqual([{ text: 'waste', neutral: 'use' }]);
  });

  it('says why a key that does not fit is not saved, and saves nothing', async () => {
    const { db, id, deps } = await setUp();
    renderEditor(id, deps);
    await screen.findByRole('heading', { level: 1 });
    key('j');
    // A speaker without a reporting verb: an attributed sentence needs both.
    const text = screen.getByRole('textbox', { name: /Sentence 2/ }) as HTMLTextAreaElement;
    text.setSelectionRange(0, 'Critics'.length);
    fireEvent.select(text);
    fireEvent.click(screen.getByRole('button', { name: 'Speaker' }));
    expect(status()).toBe('Not saved: 1 problem to fix first.');
    const problems = screen.getByRole('region', { name: 'What to fix before the key can be saved' });
    expect(problems.textContent).toContain('Sentence 2 is attributed but has no reporting verb');
    key('k');
    fireEvent.click(within(problems).getByRole('button', { name: 'Go to sentence 2' }));
    expect(screen.getByRole('heading', { name: 'Sentence 2 of 2' })).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(status()).toMatch(/Not saved/);
    expect(await db.checkedKeys.count()).toBe(0);
  });

  it('lists learners’ disputes: accept goes to the sentence, reject keeps a note', async () => {
    const { db, id, profileId, deps } = await setUp();
    await addDispute(db, { profileId, articleId: id, itemId: 'x:classify:1', sentenceStart: HARBOUR_S2.start, sentenceEnd: HARBOUR_S2.end, reason: 'This is a claim by critics', at: 1 });
    await addDispute(db, { profileId, articleId: id, itemId: 'x:loaded-words:2', sentenceStart: HARBOUR_S2.start, sentenceEnd: HARBOUR_S2.end, reason: 'waste is loaded', at: 2 });
    renderEditor(id, deps);
    await screen.findByRole('heading', { level: 1 });
    const panel = await screen.findByRole('region', { name: 'Learners’ disputes on this article' });
    await within(panel).findByText('Reason: “This is a claim by critics”');

    const [acceptFirst] = within(panel).getAllByRole('button', { name: 'Accept the dispute on sentence 2 and go to it' });
    await act(async () => {
      fireEvent.click(acceptFirst);
    });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sentence 2 of 2' })).toBeDefined());
    await within(panel).findByText(/^Accepted: fix the key/);

    const rejects = within(panel).getAllByRole('button', { name: 'Reject the dispute on sentence 2' });
    fireEvent.click(rejects[rejects.length - 1]);
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Your note to the learner' }), { target: { value: 'It is the writer’s word.' } });
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Reject with this note' }));
    });
    await within(panel).findByText('Rejected: “It is the writer’s word.”');
    const stored = await articleDisputes(db, id);
    expect(stored.map((d) => d.resolution?.status)).toEqual(['accepted', 'rejected']);
  });

  it('marks earlier answers to the item whose answer changed as "key changed", and says so', async () => {
    const { db, id, profileId, deps } = await setUp();
    const hash = (await getArticle(db, id))!.hash;
    const classifyId = `${hash.slice(0, 12)}:classify:${HARBOUR_S2.start}`;
    await recordAttempt(db, practiceAttempt(profileId, id, classifyId, 100, { skill: 'classify', source: 'analyser' }));
    renderEditor(id, deps);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(/earlier answers are marked “key changed” and no longer count toward their mastery/)).toBeDefined();
    key('j');
    key('1');
    await waitFor(() => expect(status()).toBe('Saved. 1 earlier answer is now marked “key changed”.'), { timeout: 3000 });
    expect((await db.attempts.toArray())[0].keyChangedAt).toBeGreaterThan(0);
  });

  it('saves an edit still waiting for the autosave when the editor closes', async () => {
    const { db, id, deps } = await setUp();
    const view = renderEditor(id, deps);
    await screen.findByRole('heading', { level: 1 });
    key('1');
    expect(status()).toBe('Saving…');
    view.unmount();
    await waitFor(async () => expect((await getCheckedKey(db, id))?.key.sentences[0].label).toBe('fact'));
  });

  it('keeps the sentence text selectable by keyboard (not readOnly: Chromium gives those no caret) yet unchanged, and j still moves on there', async () => {
    const { id, deps } = await setUp();
    renderEditor(id, deps);
    await screen.findByRole('heading', { level: 1 });
    key('t');
    const text = screen.getByRole('textbox', { name: 'Sentence 1: select words to mark them' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(text);
    expect(text.readOnly).toBe(false);
    expect(text.getAttribute('aria-readonly')).toBe('true');
    fireEvent.change(text, { target: { value: 'Something else' } });
    expect(text.value).toBe(HARBOUR_S1.text);
    fireEvent.keyDown(text, { key: 'j' });
    expect(screen.getByRole('heading', { name: 'Sentence 2 of 2' })).toBeDefined();
  });

  it('moves focus along the sentence list with the arrow keys', async () => {
    const { id, deps } = await setUp();
    renderEditor(id, deps);
    await screen.findByRole('heading', { level: 1 });
    const list = screen.getByRole('navigation', { name: 'Sentences' });
    const first = within(list).getByRole('button', { name: /^Sentence 1:/ });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(within(list).getByRole('button', { name: /^Sentence 2:/ }));
    expect(within(list).getByRole('button', { name: /^Sentence 2:/ }).getAttribute('aria-current')).toBe('true');
  });

  it('moves focus to a panel by its key', async () => {
    const { id, deps } = await setUp();
    renderEditor(id, deps);
    await screen.findByRole('heading', { level: 1 });
    key('n');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Note on sentence 1/ }));
    // Letters typed into the note are text, not shortcuts.
    fireEvent.keyDown(document.activeElement!, { key: 'j' });
    expect(screen.getByRole('heading', { name: 'Sentence 1 of 2' })).toBeDefined();
  });
});
