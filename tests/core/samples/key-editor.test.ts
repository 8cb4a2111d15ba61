import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../../src/core/samples/answer-key';
import { keyWith } from './key-fixture';
import { initialEditorState, keyEditorReducer, parseNames, UNDO_LIMIT, type KeyEditorAction, type KeyEditorState } from '../../../src/core/samples/key-editor';

const key: AnswerKey = keyWith(
  [
    { text: 'The mayor said the plan "works".', label: 'attributed', source: 'The mayor', sourceKind: 'named', cue: 'said', direct: false },
    { text: 'It is a disastrous plan, perhaps.', label: 'framing' },
    { text: 'The plan costs 4 million.', label: 'fact', checkWorthy: true, claimSource: null, claimSourceKind: 'none' },
  ],
  { voices: { heard: ['The mayor'], notHeard: [] } },
);

const run = (actions: KeyEditorAction[], state: KeyEditorState = initialEditorState(key)) => actions.reduce(keyEditorReducer, state);

describe('key editor reducer', () => {
  it('moves between sentences within bounds', () => {
    expect(run([{ type: 'move', by: 1 }]).index).toBe(1);
    expect(run([{ type: 'move', by: -1 }]).index).toBe(0);
    expect(run([{ type: 'move', by: 9 }]).index).toBe(2);
  });

  it('changes a label and drops the speaker fields when it is no longer attributed', () => {
    const state = run([{ type: 'setLabel', label: 'fact' }]);
    expect(state.key.sentences[0]).toEqual({ text: key.sentences[0].text, label: 'fact' });
    expect(state.revision).toBe(1);
  });

  it('makes a sentence attributed with a direct flag when it gets a speaker from a selection', () => {
    const state = run([{ type: 'move', by: 1 }, { type: 'addSpan', kind: 'source', text: ' It ' }]);
    expect(state.key.sentences[1]).toMatchObject({ label: 'attributed', source: 'It', sourceKind: 'named', direct: false });
  });

  it('adds and removes loaded words, hedges and certainty markers from selected text; text outside the sentence is refused', () => {
    let state = run([
      { type: 'move', by: 1 },
      { type: 'addSpan', kind: 'loaded', text: 'disastrous' },
      { type: 'setNeutral', index: 0, neutral: 'poor' },
      { type: 'addSpan', kind: 'hedge', text: 'perhaps' },
      { type: 'addSpan', kind: 'loaded', text: 'not in this sentence' },
    ]);
    expect(state.key.sentences[1]).toEqual({ text: key.sentences[1].text, label: 'framing', loaded: [{ text: 'disastrous', neutral: 'poor' }], hedges: ['perhaps'] });
    state = run([{ type: 'removeSpan', kind: 'loaded', index: 0 }, { type: 'removeSpan', kind: 'hedge', index: 0 }], state);
    expect(state.key.sentences[1]).toEqual({ text: key.sentences[1].text, label: 'framing' });
  });

  it('sets a claim source and takes it away (the claim stays, unsourced)', () => {
    let state = run([{ type: 'move', by: 2 }, { type: 'addSpan', kind: 'claimSource', text: 'The plan' }]);
    expect(state.key.sentences[2]).toMatchObject({ checkWorthy: true, claimSource: 'The plan', claimSourceKind: 'named' });
    state = run([{ type: 'setClaimSourceKind', kind: 'vague' }], state);
    expect(state.key.sentences[2].claimSourceKind).toBe('vague');
    state = run([{ type: 'removeSpan', kind: 'claimSource' }], state);
    expect(state.key.sentences[2]).toMatchObject({ checkWorthy: true, claimSource: null, claimSourceKind: 'none' });
    state = run([{ type: 'setCheckWorthy', checkWorthy: false }], state);
    expect(state.key.sentences[2]).toEqual({ text: key.sentences[2].text, label: 'fact' });
  });

  it('undoes and redoes each edit', () => {
    const edited = run([{ type: 'setLabel', label: 'framing' }, { type: 'move', by: 1 }, { type: 'setLabel', label: 'fact' }]);
    const once = keyEditorReducer(edited, { type: 'undo' });
    expect(once.key.sentences.map((s) => s.label)).toEqual(['framing', 'framing', 'fact']);
    const twice = keyEditorReducer(once, { type: 'undo' });
    expect(twice.key).toEqual(key);
    expect(keyEditorReducer(twice, { type: 'undo' })).toBe(twice);
    const redone = keyEditorReducer(twice, { type: 'redo' });
    expect(redone.key.sentences[0].label).toBe('framing');
  });

  it('keeps at least 50 steps of undo', () => {
    const labels = ['fact', 'framing'] as const;
    const actions: KeyEditorAction[] = Array.from({ length: 60 }, (_, i) => ({ type: 'setLabel', label: labels[i % 2] }));
    let state = run([{ type: 'move', by: 1 }, ...actions]);
    expect(state.past.length).toBe(60);
    for (let i = 0; i < 60; i++) state = keyEditorReducer(state, { type: 'undo' });
    expect(state.key).toEqual(key);
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(50);
  });

  it('counts typing in one note as one undo step, and a new step after a move', () => {
    let state = run([{ type: 'setNote', note: 'L' }, { type: 'setNote', note: 'Lo' }, { type: 'setNote', note: 'Look' }]);
    expect(state.past).toHaveLength(1);
    expect(state.key.sentences[0].note).toBe('Look');
    state = run([{ type: 'move', by: 1 }, { type: 'setNote', note: 'x' }], state);
    expect(state.past).toHaveLength(2);
    expect(keyEditorReducer(state, { type: 'undo' }).key.sentences[1].note).toBeUndefined();
  });

  it('an edit that changes nothing is no step', () => {
    const state = run([{ type: 'setLabel', label: 'attributed' }]);
    expect(state.past).toHaveLength(0);
    expect(state.revision).toBe(0);
  });

  it('edits the voices, one name per line', () => {
    const state = run([{ type: 'setVoices', which: 'notHeard', names: parseNames('residents\n\n  the union ; pupils') }]);
    expect(state.key.voices.notHeard).toEqual(['residents', 'the union', 'pupils']);
  });
});
