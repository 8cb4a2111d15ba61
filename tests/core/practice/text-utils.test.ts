import { describe, expect, it } from 'vitest';
import { createRandom, hashString, shuffled } from '../../../src/core/practice/random';
import { applyReplacements, changeOneFact, isOmission } from '../../../src/core/practice/rewrite-text';
import { tokenize, tokensInSpan } from '../../../src/core/practice/tokens';
import { formatMessage, msg } from '../../../src/core/practice/messages';

describe('tokenize', () => {
  it('keeps hyphenated names, possessives and grouped numbers as one word, with absolute offsets', () => {
    const text = "Amir-Abdollahian met al-Nakhaleh; Israel's 31,900 and 2.5 million.";
    const tokens = tokenize(text, 100);
    expect(tokens.map((t) => t.text)).toEqual(['Amir-Abdollahian', 'met', 'al-Nakhaleh', "Israel's", '31,900', 'and', '2.5', 'million']);
    for (const t of tokens) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
    expect(tokens.map((t) => t.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
  it('maps a multi-word span to all its tokens', () => {
    const tokens = tokenize('reinforces the Axis of Resistance but');
    expect(tokensInSpan(tokens, { start: 15, end: 33 })).toEqual([2, 3, 4]);
  });
});

describe('seeded randomness', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createRandom('x');
    const b = createRandom('x');
    const seq = (r: ReturnType<typeof createRandom>) => Array.from({ length: 5 }, () => r.next());
    expect(seq(a)).toEqual(seq(b));
    expect(seq(createRandom('x'))).not.toEqual(seq(createRandom('y')));
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(shuffled([1, 2, 3, 4, 5], createRandom('s')).sort()).toEqual([1, 2, 3, 4, 5]);
  });
  it('stays within [0, 1)', () => {
    const r = createRandom('range');
    for (let i = 0; i < 1000; i++) {
      const v = r.next();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});

describe('rewrite text', () => {
  const sentence = 'In a significant diplomatic exchange, an urgent call was made.';
  it('drops an omitted word cleanly and fixes a/an agreement', () => {
    const out = applyReplacements(sentence, 10, [
      { start: 10 + 5, end: 10 + 16, to: '' },
      { start: 10 + 41, end: 10 + 47, to: '(omit)' },
    ]);
    expect(out).toBe('In a diplomatic exchange, a call was made.');
  });
  it('turns "a" into "an" before a vowel-initial replacement', () => {
    expect(applyReplacements('It was a significant step.', 0, [{ start: 9, end: 20, to: 'important' }])).toBe('It was an important step.');
  });
  it('does not repeat a word the alternative shares with its neighbours', () => {
    const text = "initiated by Israel's military aggression purportedly";
    const at = text.indexOf('aggression');
    expect(applyReplacements(text, 0, [{ start: at, end: at + 10, to: 'military campaign' }])).toBe(
      "initiated by Israel's military campaign purportedly",
    );
  });

  it('recognises omission markers', () => {
    expect(isOmission('')).toBe(true);
    expect(isOmission('(omit)')).toBe(true);
    expect(isOmission('—')).toBe(true);
    expect(isOmission('offensive')).toBe(false);
    expect(isOmission(undefined)).toBe(false);
  });
  it('changes a number, keeping its grouping', () => {
    expect(changeOneFact('the loss of over 31,900 lives')).toEqual({ text: 'the loss of over 51,040 lives', from: '31,900', to: '51,040' });
    expect(changeOneFact('in 2024 there were')?.to).toBe('2021');
    expect(changeOneFact('2.5 million kroner')?.to).toBe('5.5');
  });
  it('changes a number word, else swaps a party for another of the same kind', () => {
    expect(changeOneFact('nearly six months of conflict')?.text).toBe('nearly two months of conflict');
    const parties = [
      { name: 'Israel', kind: 'organisation' },
      { name: 'Ismail Haniyeh', kind: 'person' },
      { name: 'White House', kind: 'organisation' },
    ];
    expect(changeOneFact("the stance on Israel's actions", parties)).toEqual({
      text: "the stance on White House's actions",
      from: 'Israel',
      to: 'White House',
    });
    expect(changeOneFact('nothing checkable here', parties)).toBeNull();
    expect(changeOneFact('Israeli forces', parties)).toBeNull();
  });
});

describe('messages', () => {
  it('fills parameters and joins lists', () => {
    expect(formatMessage(msg('why.loaded.some', { words: ['relentless', 'tragic'] }))).toBe(
      'These words judge rather than describe: relentless, tragic.',
    );
  });
});
