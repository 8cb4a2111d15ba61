import { describe, expect, it } from 'vitest';
import { f1, generateItems, gradeItem, PASS_THRESHOLDS } from '../../../src/core/practice';
import { S, seedAnalysis, seedKey } from '../../fixtures/practice/seed';
import { W } from '../../fixtures/practice/wire';
import { bySentence, gen, ofSkill, seedAllItems, seedArticle, seedItems, seedKeyItems, wireItems } from './helpers';

const tokenOf = (item: { tokens: { text: string; index: number }[] }, word: string) => item.tokens.find((t) => t.text === word)!.index;

describe('f1', () => {
  it('is 1 for two empty sets, 0 without hits, and the harmonic mean otherwise', () => {
    expect(f1(0, 0, 0)).toBe(1);
    expect(f1(0, 2, 0)).toBe(0);
    expect(f1(0, 0, 3)).toBe(0);
    expect(f1(2, 2, 3)).toBeCloseTo(0.8);
    expect(f1(3, 4, 3)).toBeCloseTo(6 / 7);
  });
});

describe('classify', () => {
  it('scores the right label 1 and a wrong one 0, with the expected answer and explanation', () => {
    const item = bySentence(seedItems(), 'classify', S.s9);
    expect(gradeItem(item, { label: 'framing' })).toMatchObject({ correct: true, score: 1, expected: { label: 'framing' } });
    const wrong = gradeItem(item, { label: 'fact' });
    expect(wrong).toMatchObject({ correct: false, score: 0 });
    expect(wrong.explanation.sentence?.text).toBe(S.s9);
  });

  it('calls a plain fact "framing" as wrong as the reverse', () => {
    const fact = bySentence(wireItems(), 'classify', W.w2);
    const framing = bySentence(seedItems(), 'classify', S.s13);
    expect(gradeItem(fact, { label: 'framing' }).score).toBe(gradeItem(framing, { label: 'fact' }).score);
  });

  it('does not score a discuss item (below the cut-off) but says how the answer compares', () => {
    const item = bySentence(seedItems(), 'classify', S.s1);
    expect(item.graded).toBe(false);
    const result = gradeItem(item, { label: 'framing' });
    expect(result).toMatchObject({ correct: null, score: null, provisionalScore: 0, expected: { label: 'attributed' } });
    expect(gradeItem(item, { label: 'attributed' }).provisionalScore).toBe(1);
  });

  it('grades the same sentence once the cut-off is lowered (the cut-off decides, not the item)', () => {
    const lowered = gen(seedArticle, seedAnalysis, null, { cutoffs: { classify: 0.6 } });
    const item = bySentence(lowered, 'classify', S.s1);
    expect(item.graded).toBe(true);
    expect(gradeItem(item, { label: 'attributed' })).toMatchObject({ correct: true, score: 1 });
    const strict = gen(seedArticle, seedAnalysis, null, { cutoffs: { classify: 0.95 } });
    expect(ofSkill(strict, 'classify').filter((i) => i.graded)).toHaveLength(0);
  });
});

describe('classify graded on the writer\'s voice alone', () => {
  // The label never graded (cut-off 2), the voice always (cut-off 0): every fact or framing item is voice-only.
  const items = (voiceCutoff: number) =>
    ofSkill(generateItems(seedArticle, seedAnalysis, null, { cutoffs: { classify: 2 }, voiceCutoff, limits: { classify: 99 } }), 'classify');

  it('marks only unsure fact and framing items, never an attributed one, and only from the cut-off', () => {
    const voice = items(0);
    expect(voice.filter((i) => i.voiceOnly).length).toBeGreaterThan(0);
    for (const i of voice) {
      expect(!!i.voiceOnly).toBe(i.key.label !== 'attributed');
      expect(i.graded).toBe(!!i.voiceOnly);
    }
    expect(items(2).some((i) => i.voiceOnly || i.graded)).toBe(false);
  });

  it('counts "fact" and "framing" right and "attributed" wrong, and says only the voice was graded', () => {
    const item = items(0).find((i) => i.voiceOnly)!;
    expect(gradeItem(item, { label: 'fact' })).toMatchObject({ correct: true, score: 1, gradedPart: 'voice', expected: { label: item.key.label } });
    expect(gradeItem(item, { label: 'framing' })).toMatchObject({ correct: true, score: 1, gradedPart: 'voice' });
    expect(gradeItem(item, { label: 'attributed' })).toMatchObject({ correct: false, score: 0, gradedPart: 'voice' });
    expect(item.explanation.why.map((m) => m.key)).toEqual(['why.classify.voice', 'why.discuss-fact-framing']);
    // The leaning is named, so the learner knows which way the app would have gone.
    expect(item.explanation.why[1].params?.label).toBe(item.key.label === 'fact' ? 'Reported fact' : 'Framing');
  });

  it('never grades a hand key\'s items or a fitting run\'s raw items on the voice alone', () => {
    const keyItems = ofSkill(generateItems(seedArticle, null, seedKey, { voiceCutoff: 0 }), 'classify');
    const raw = ofSkill(generateItems(seedArticle, seedAnalysis, null, { rawConfidence: true, cutoffs: { classify: 2 }, voiceCutoff: 0 }), 'classify');
    expect(keyItems.length).toBeGreaterThan(0);
    expect([...keyItems, ...raw].some((i) => i.voiceOnly)).toBe(false);
  });

  it('leaves items graded on their label as they were', () => {
    const graded = ofSkill(generateItems(seedArticle, seedAnalysis, null, { cutoffs: { classify: 0 }, voiceCutoff: 0 }), 'classify');
    expect(graded.every((i) => i.graded && !i.voiceOnly)).toBe(true);
    expect(gradeItem(graded[0], { label: graded[0].key.label })).not.toHaveProperty('gradedPart');
  });
});

describe('loaded-words (partial credit)', () => {
  const item = () => bySentence(seedAllItems(), 'loaded-words', S.s1); // significant, spotlighting, politicization

  it('gives full credit for all the loaded words and nothing else (provisional when below the cut-off)', () => {
    const answer = (i: ReturnType<typeof item>) => ({
      tokens: [tokenOf(i, 'significant'), tokenOf(i, 'spotlighting'), tokenOf(i, 'politicization')],
    });
    const unsure = item(); // pSubjective 0.55 < 0.65
    expect(gradeItem(unsure, answer(unsure))).toMatchObject({ correct: null, score: null, provisionalScore: 1 });
    const keyed = bySentence(seedKeyItems(), 'loaded-words', S.s1);
    const result = gradeItem(keyed, answer(keyed));
    expect(result).toMatchObject({ correct: true, score: 1 });
    expect(result.provisionalScore).toBeUndefined();
  });

  it('reports hits, misses and extras and scores by F1', () => {
    const keyed = bySentence(seedKeyItems(), 'loaded-words', S.s1);
    const result = gradeItem(keyed, { tokens: [tokenOf(keyed, 'significant'), tokenOf(keyed, 'spotlighting'), tokenOf(keyed, 'diplomatic')] });
    expect(result.detail).toEqual({ hits: ['significant', 'spotlighting'], misses: ['politicization'], extras: ['diplomatic'] });
    expect(result.score).toBeCloseTo(f1(2, 3, 3)); // 0.667
    expect(result.correct).toBe(false);
    const twoOfThree = gradeItem(keyed, { tokens: [tokenOf(keyed, 'significant'), tokenOf(keyed, 'spotlighting')] });
    expect(twoOfThree.score).toBeCloseTo(0.8);
    expect(twoOfThree.correct).toBe(twoOfThree.score! >= PASS_THRESHOLDS['loaded-words']);
    expect(twoOfThree.expected.tokens).toHaveLength(3);
  });

  it('counts a phrase as found when one of its words is marked', () => {
    const keyed = bySentence(seedKeyItems(), 'loaded-words', S.s11);
    const result = gradeItem(keyed, { tokens: [tokenOf(keyed, 'Resistance')] });
    expect(result).toMatchObject({ correct: true, score: 1, detail: { hits: ['Axis of Resistance'], misses: [], extras: [] } });
  });

  it('rewards answering "none" on a neutral sentence and penalises marking words there', () => {
    const neutral = bySentence(seedKeyItems(), 'loaded-words', S.s6);
    expect(gradeItem(neutral, { tokens: [] })).toMatchObject({ correct: true, score: 1 });
    const marked = gradeItem(neutral, { tokens: [tokenOf(neutral, 'diplomatic')] });
    expect(marked).toMatchObject({ correct: false, score: 0, detail: { extras: ['diplomatic'] } });
  });

  it('ignores duplicate and out-of-range token indices', () => {
    const keyed = bySentence(seedKeyItems(), 'loaded-words', S.s9);
    const at = tokenOf(keyed, 'atrocities');
    expect(gradeItem(keyed, { tokens: [at, at, -1, 999] })).toMatchObject({ correct: true, score: 1 });
  });
});

describe('who-says', () => {
  it('scores the source choice, and "the writer" for the writer’s own judgement', () => {
    const item = bySentence(wireItems(), 'who-says', W.w3);
    expect(gradeItem(item, { choiceId: item.key.choiceId })).toMatchObject({ correct: true, score: 1 });
    expect(gradeItem(item, { choiceId: 'writer' })).toMatchObject({ correct: false, score: 0, expected: { choiceId: item.key.choiceId } });
    const writer = ofSkill(seedKeyItems(), 'who-says').find((i) => i.key.kind === 'writer')!;
    expect(gradeItem(writer, { choiceId: 'writer' })).toMatchObject({ correct: true, score: 1 });
    expect(gradeItem(writer, { choiceId: 'none' }).correct).toBe(false);
  });

  it('leaves the unsure "Officials expect" item ungraded', () => {
    const item = bySentence(wireItems(), 'who-says', W.w8);
    expect(gradeItem(item, { choiceId: item.key.choiceId })).toMatchObject({ correct: null, score: null, provisionalScore: 1 });
  });
});

describe('hedge-certainty (two-part answer)', () => {
  const item = () => bySentence(seedKeyItems(), 'hedge-certainty', S.s13);

  it('needs the right word and the right kind; any of the markers counts', () => {
    const i = item();
    expect(gradeItem(i, { kind: 'certainty', tokenIndex: tokenOf(i, 'undoubtedly') })).toMatchObject({ correct: true, score: 1 });
    expect(gradeItem(i, { kind: 'hedge', tokenIndex: tokenOf(i, 'potentially') })).toMatchObject({ correct: true, score: 1 });
    expect(gradeItem(i, { kind: 'certainty', tokenIndex: 0 }).expected).toEqual({ kind: 'certainty', tokenIndex: tokenOf(i, 'undoubtedly') });
  });

  it('gives half credit for the right word with the wrong kind, none for a wrong word or "neither"', () => {
    const i = item();
    expect(gradeItem(i, { kind: 'hedge', tokenIndex: tokenOf(i, 'undoubtedly') })).toMatchObject({ correct: false, score: 0.5 });
    const wrongWord = gradeItem(i, { kind: 'hedge', tokenIndex: tokenOf(i, 'shape') });
    expect(wrongWord).toMatchObject({ correct: false, score: 0, detail: { extras: ['shape'] } });
    expect(gradeItem(i, { kind: 'neither' })).toMatchObject({ correct: false, score: 0 });
  });

  it('scores "neither" on a plain sentence', () => {
    const plain = ofSkill(seedKeyItems(), 'hedge-certainty').find((x) => x.key.markers.length === 0)!;
    expect(gradeItem(plain, { kind: 'neither' })).toMatchObject({ correct: true, score: 1, expected: { kind: 'neither' } });
    expect(gradeItem(plain, { kind: 'hedge', tokenIndex: 0 })).toMatchObject({ correct: false, score: 0 });
  });
});

describe('source-check', () => {
  it('scores "none" for the unsourced number', () => {
    const item = bySentence(seedKeyItems(), 'source-check', S.s4);
    expect(gradeItem(item, { kind: 'none' })).toMatchObject({ correct: true, score: 1, expected: { kind: 'none' } });
    expect(gradeItem(item, { kind: 'vague' })).toMatchObject({ correct: false, score: 0 });
  });

  it('gives partial credit for the right kind and part of the source words', () => {
    const item = bySentence(wireItems(), 'source-check', W.w1);
    const all = item.key.tokenIndices;
    expect(gradeItem(item, { kind: 'named', tokens: all })).toMatchObject({ correct: true, score: 1 });
    const part = gradeItem(item, { kind: 'named', tokens: [tokenOf(item, 'weather'), tokenOf(item, 'service')] });
    expect(part.score).toBeCloseTo(0.5 + 0.5 * f1(2, 2, 4));
    expect(part.correct).toBe(true);
    expect(part.detail).toEqual({ hits: ['weather', 'service'], misses: ['the', 'national'], extras: [] });
    const kindOnly = gradeItem(item, { kind: 'named' });
    expect(kindOnly).toMatchObject({ correct: false, score: 0.5 });
    expect(gradeItem(item, { kind: 'vague', tokens: all })).toMatchObject({ correct: false, score: 0 });
    expect(kindOnly.expected).toEqual({ kind: 'named', tokens: all });
  });

  it('treats a group as a vague source', () => {
    const item = bySentence(wireItems(), 'source-check', W.w6);
    expect(gradeItem(item, { kind: 'vague', tokens: item.key.tokenIndices }).correct).toBe(true);
    expect(gradeItem(item, { kind: 'named', tokens: item.key.tokenIndices }).correct).toBe(false);
  });
});

describe('neutral-rewrite', () => {
  it('scores only the neutral version that keeps the facts', () => {
    const item = bySentence(seedKeyItems(), 'neutral-rewrite', S.s3);
    for (const choice of item.choices) {
      const result = gradeItem(item, { choiceId: choice.id });
      expect(result.correct).toBe(item.key.variants[choice.id] === 'neutral');
    }
    const factChanged = Object.keys(item.key.variants).find((id) => item.key.variants[id] === 'fact-changed')!;
    expect(gradeItem(item, { choiceId: factChanged }).explanation.why[1]).toEqual({
      key: 'why.rewrite.fact-changed',
      params: { from: 'six', to: 'two' },
    });
  });
});

describe('missing-voices (partial credit)', () => {
  const item = () => ofSkill(seedKeyItems(), 'missing-voices')[0];
  const ids = (labels: string[]) => labels.map((l) => item().choices.find((c) => c.label === l)!.id);

  it('gives full credit for exactly the parties never heard', () => {
    expect(gradeItem(item(), { choiceIds: ids(['Israel', 'White House', 'United Nations Security Council', 'civilians']) })).toMatchObject({
      correct: true,
      score: 1,
    });
  });

  it('scores partial answers by F1 and names misses and extras', () => {
    const result = gradeItem(item(), { choiceIds: ids(['Israel', 'White House', 'Ismail Haniyeh']) });
    expect(result.score).toBeCloseTo(f1(2, 3, 4));
    expect(result.correct).toBe(false);
    expect(result.detail).toEqual({
      hits: ['Israel', 'White House'],
      misses: ['United Nations Security Council', 'civilians'],
      extras: ['Ismail Haniyeh'],
    });
    const threeOfFour = gradeItem(item(), { choiceIds: ids(['Israel', 'White House', 'civilians']) });
    expect(threeOfFour.score).toBeCloseTo(6 / 7);
    expect(threeOfFour.correct).toBe(true);
    expect(gradeItem(item(), { choiceIds: [] })).toMatchObject({ score: 0, correct: false });
  });

  it('is ungraded when the analyser is unsure of the voices', () => {
    const seed = ofSkill(seedItems(), 'missing-voices')[0];
    expect(gradeItem(seed, { choiceIds: seed.key.notHeard })).toMatchObject({ correct: null, score: null, provisionalScore: 1 });
  });
});

it('grades every generated item with its own expected answer as fully right', () => {
  for (const item of [...seedKeyItems(), ...wireItems(), ...seedAllItems()]) {
    const result = gradeItem(item, gradeItem(item, {} as never).expected as never);
    if (item.graded) expect(result).toMatchObject({ correct: true, score: 1 });
    else expect(result.provisionalScore).toBe(1);
  }
});
