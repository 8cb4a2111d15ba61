/**
 * Every skill's wording (prompt, key hint, labels) against its grader: what the words tell the
 * learner to do must be what scores a pass, and what they call optional must not cost the pass.
 */
import { describe, expect, it } from 'vitest';
import { gradeItem, PASS_THRESHOLDS, type ItemOfSkill, type PracticeItem, type Skill } from '../../../src/core/practice';
import { tp } from '../../../src/renderer/src/i18n/practice.en';
import { coreText } from '../../../src/renderer/src/practice/format';
import { ofSkill, seedAllItems, seedKeyItems, wireItems } from '../../core/practice/helpers';

const pool = (): PracticeItem[] => [...seedKeyItems(), ...wireItems(), ...seedAllItems()];
function some<S extends Skill>(skill: S, where: (i: ItemOfSkill<S>) => boolean = () => true): ItemOfSkill<S> {
  const found = ofSkill(pool(), skill).find(where);
  if (!found) throw new Error(`no ${skill} item for this case`);
  return { ...found, graded: true };
}

describe('wording and score agree', () => {
  it('classify: "choose" one of three; the right one passes, another scores 0', () => {
    const item = some('classify');
    expect(tp('practice.keysChoice', { count: 3 })).toContain('1–3 to choose');
    expect(gradeItem(item, { label: item.key.label })).toMatchObject({ correct: true, score: 1 });
    const other = item.choices.find((l) => l !== item.key.label)!;
    expect(gradeItem(item, { label: other })).toMatchObject({ correct: false, score: 0 });
  });

  it('loaded words: clicking the judging words passes (a word of each phrase is enough); "None" passes when there are none', () => {
    expect(coreText('prompt.loaded-words')).toMatch(/Click the words that carry a judgement\. If there are none, answer “None”/);
    const item = some('loaded-words', (i) => i.key.spans.length > 0);
    const oneWordEach = item.key.spans.map((s) => s.tokenIndices[0]);
    expect(gradeItem(item, { tokens: oneWordEach })).toMatchObject({ correct: true, score: 1 });
    const none = some('loaded-words', (i) => i.key.spans.length === 0);
    expect(gradeItem(none, { tokens: [] })).toMatchObject({ correct: true, score: 1 });
    expect(gradeItem(item, { tokens: [] }).correct).toBe(false);
  });

  it('who says: the one right choice passes', () => {
    const item = some('who-says');
    expect(gradeItem(item, { choiceId: item.key.choiceId })).toMatchObject({ correct: true, score: 1 });
    const other = item.choices.find((c) => c.id !== item.key.choiceId)!;
    expect(gradeItem(item, { choiceId: other.id }).correct).toBe(false);
  });

  it('hedge or certainty: the prompt asks for the word *and* which it is, so the right word of the wrong kind does not pass', () => {
    expect(coreText('prompt.hedge-certainty')).toMatch(/Find the word .* and say which it is, or answer “Neither”/);
    expect(tp('practice.keysHedge')).toMatch(/then H \(doubt\) or C \(certainty\)/);
    const item = some('hedge-certainty', (i) => i.key.markers.length > 0);
    const marker = item.key.markers[0];
    expect(gradeItem(item, { kind: marker.kind, tokenIndex: marker.tokenIndices[0] })).toMatchObject({ correct: true, score: 1 });
    const wrongKind = marker.kind === 'hedge' ? 'certainty' : 'hedge';
    expect(gradeItem(item, { kind: wrongKind, tokenIndex: marker.tokenIndices[0] }).correct).toBe(false);
    const neither = some('hedge-certainty', (i) => i.key.markers.length === 0);
    expect(gradeItem(neither, { kind: 'neither' })).toMatchObject({ correct: true, score: 1 });
  });

  it('where is the source: the source’s words are not called optional, because without them the answer is below the pass mark', () => {
    const item = some('source-check', (i) => i.key.tokenIndices.length > 0);
    const kindOnly = gradeItem(item, { kind: item.key.kind });
    expect(kindOnly.score!).toBeLessThan(PASS_THRESHOLDS['source-check']);
    expect(kindOnly.correct).toBe(false);
    for (const text of [tp('practice.sourceWordsLabel'), tp('practice.keysSource')]) expect(text.toLowerCase()).not.toContain('optional');
    expect(tp('practice.sourceWordsLabel')).toContain('half the score');
    expect(kindOnly.score).toBe(0.5);
    expect(gradeItem(item, { kind: item.key.kind, tokens: item.key.tokenIndices })).toMatchObject({ correct: true, score: 1 });
    // "If the sentence names the source": when it does not, the kind alone is the full answer.
    expect(tp('practice.sourceWordsLabel')).toMatch(/^If the sentence names the source/);
    const elsewhere = some('source-check', (i) => i.key.tokenIndices.length === 0);
    expect(gradeItem(elsewhere, { kind: elsewhere.key.kind })).toMatchObject({ correct: true, score: 1 });
  });

  it('neutral rewrite: the one most neutral version passes', () => {
    const item = some('neutral-rewrite');
    expect(gradeItem(item, { choiceId: item.key.choiceId })).toMatchObject({ correct: true, score: 1 });
    const other = item.choices.find((c) => c.id !== item.key.choiceId)!;
    expect(gradeItem(item, { choiceId: other.id }).correct).toBe(false);
  });

  it('missing voices: ticking every party never heard passes; with all heard, none ticked passes', () => {
    expect(tp('practice.voicesNone')).toMatch(/Tick every party that is talked about but never heard\. If all are heard, check with none ticked\./);
    const item = some('missing-voices', (i) => i.key.notHeard.length > 0);
    expect(gradeItem(item, { choiceIds: item.key.notHeard })).toMatchObject({ correct: true, score: 1 });
    const allHeard = { ...item, key: { notHeard: [], heard: item.choices.map((c) => c.id) } };
    expect(gradeItem(allHeard, { choiceIds: [] })).toMatchObject({ correct: true, score: 1 });
    expect(gradeItem(item, { choiceIds: [] }).correct).toBe(false);
  });
});
