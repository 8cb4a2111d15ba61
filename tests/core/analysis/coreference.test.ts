import { describe, expect, it } from 'vitest';
import { Coreference, genderOfName } from '../../../src/core/analysis/coreference';
import { createAnalyser } from '../../../src/core/analysis/index';

const span = (text: string, start: number) => ({ start, end: start + text.length, text });

describe('gender of a name', () => {
  it('reads titles, role words, the apposition and usual given names', () => {
    expect(genderOfName('Mrs Justice Okonedo')).toBe('female');
    expect(genderOfName('Sir Alan Grey')).toBe('male');
    expect(genderOfName('Councilwoman Rosa Delgado')).toBe('female');
    expect(genderOfName('Denise Price', 'a mother of three')).toBe('female');
    expect(genderOfName('retired nurse Pauline Esterhuizen')).toBe('female');
    expect(genderOfName('Ted Carraway')).toBe('male');
    // The list covers names from many languages (analyser 2.16.0).
    expect(genderOfName('Colm Featherstone')).toBe('male');
    expect(genderOfName('Renée Castellano')).toBe('female');
    expect(genderOfName('Lowri Baines')).toBe('female');
    // Names given to either gender, and surnames alone, stay unknown.
    expect(genderOfName('Alex Morgan')).toBeNull();
    expect(genderOfName('Whitlow')).toBeNull();
  });
});

describe('pronoun resolution', () => {
  it('"she" skips a nearer man; "he" skips a nearer woman', () => {
    const c = new Coreference();
    c.add({ span: span('Ruth Calder', 0), kind: 'person', sentenceIndex: 0, salient: true });
    c.add({ span: span('Donald Mair', 40), kind: 'person', sentenceIndex: 1, salient: true });
    expect(c.resolve('she', 100, 2)?.text).toBe('Ruth Calder');
    expect(c.resolve('he', 100, 2)?.text).toBe('Donald Mair');
  });
  it('"it" is a body, "they" a group or body, never a person', () => {
    const c = new Coreference();
    c.add({ span: span('the council', 0), kind: 'body', sentenceIndex: 0, salient: true });
    c.add({ span: span('residents', 20), kind: 'plural', sentenceIndex: 1, salient: true });
    c.add({ span: span('Jo Bell', 40), kind: 'person', sentenceIndex: 2, salient: true });
    expect(c.resolve('it', 100, 3)?.text).toBe('the council');
    expect(c.resolve('they', 100, 3)?.text).toBe('residents');
  });
  it('a surname inherits the gender of the full name; an unknown name learns it from "she"', () => {
    const c = new Coreference();
    c.add({ span: span('Ted Carraway', 0), kind: 'person', sentenceIndex: 0, salient: true, evidence: true });
    c.add({ span: span('Hanne Lidvall', 20), kind: 'person', sentenceIndex: 1, salient: true, evidence: true });
    c.add({ span: span('Carraway', 40), kind: 'person', sentenceIndex: 2, salient: true });
    expect(c.resolve('she', 60, 3)?.text).toBe('Hanne Lidvall');
    // Lidvall is now known to be "she": a later "he" goes to Carraway even though Lidvall is nearer.
    c.add({ span: span('Lidvall', 80), kind: 'person', sentenceIndex: 4, salient: true });
    expect(c.resolve('he', 100, 5)?.text).toBe('Carraway');
  });
  it('a name with nothing to show it is a person loses to a person further back', () => {
    const c = new Coreference();
    c.add({ span: span('Henrik Salo', 0), kind: 'person', sentenceIndex: 0, salient: true, evidence: true });
    c.add({ span: span('Varosia', 30), kind: 'person', sentenceIndex: 2, salient: true });
    expect(c.resolve('he', 60, 3)?.text).toBe('Henrik Salo');
  });
});

describe('pronouns in an analysed article', () => {
  it('resolves "she" past a man quoted in between, to the woman introduced without a quote', () => {
    const text = [
      'Donald Mair, the practice manager, said the clinic would stay open.',
      'Ruth Calder has delivered babies in the valley for thirty years.',
      '"The baby did most of the work," she says.',
    ].join(' ');
    const a = createAnalyser().analyzeArticle(text);
    const she = a.attributions.find((x) => x.sourceKind === 'pronoun');
    expect(she?.resolvedSource?.text).toBe('Ruth Calder');
    expect(a.voices.find((v) => v.name === 'Ruth Calder')?.heard).toBe(true);
  });
});

describe('pronoun resolution over long documents', () => {
  it('picks the same referent as a scan of every referent: nearest by score, later mention on a tie, first added on the same start', () => {
    const c = new Coreference();
    c.add({ span: span('Ruth Calder', 0), kind: 'person', sentenceIndex: 0, salient: true, evidence: true });
    // The same span added twice (a source that is also a name): the first one added is returned.
    const first = span('Mara Quist', 30);
    c.add({ span: first, kind: 'person', sentenceIndex: 1, salient: true, evidence: true });
    c.add({ span: span('Mara Quist', 30), kind: 'person', sentenceIndex: 1, salient: true, evidence: true });
    expect(c.resolve('she', 100, 2)).toBe(first);
  });

  it('still finds the only agreeing referent far back, past thousands of others', () => {
    const c = new Coreference();
    c.add({ span: span('the harbour board', 0), kind: 'body', sentenceIndex: 0, salient: true });
    for (let i = 1; i <= 5000; i++) c.add({ span: span('residents', 20 * i), kind: 'plural', sentenceIndex: i, salient: true });
    expect(c.resolve('it', 200_000, 5001)?.text).toBe('the harbour board');
    expect(c.resolve('they', 200_000, 5001)?.start).toBe(100_000);
  });

  it('gives the same answer when referents were not added in sentence order', () => {
    const c = new Coreference();
    c.add({ span: span('Jo Bell', 50), kind: 'person', sentenceIndex: 3, salient: false });
    c.add({ span: span('Ruth Calder', 0), kind: 'person', sentenceIndex: 0, salient: true, evidence: true });
    // Jo Bell (distance 1, not salient: 1 + 2 + 2 + 1.5) loses to Ruth Calder (distance 4, gender known).
    expect(c.resolve('she', 100, 4)?.text).toBe('Ruth Calder');
  });
});

describe('pronoun resolution (analyser 2.16.0)', () => {
  it('reads the gender from a title written outside the name ("Ms" of "Ms Marsh")', () => {
    const c = new Coreference();
    c.add({ span: span('Marsh', 40), kind: 'person', sentenceIndex: 1, salient: false, title: 'Ms' });
    c.add({ span: span('Hartree', 20), kind: 'person', sentenceIndex: 1, salient: false, title: 'Mr' });
    expect(c.resolve('she', 100, 2)?.text).toBe('Marsh');
    expect(c.resolve('he', 100, 2)?.text).toBe('Hartree');
  });
  it('keeps a person just referred to as "she" nearer than a woman named since in passing', () => {
    const c = new Coreference();
    c.add({ span: span('Ruth Calder', 0), kind: 'person', sentenceIndex: 0, salient: true, evidence: true });
    expect(c.resolve('she', 30, 1)?.text).toBe('Ruth Calder');
    c.add({ span: span('Mary Bell', 60), kind: 'person', sentenceIndex: 2, salient: false });
    // Ruth Calder was last mentioned (as "she") one sentence before Mary Bell, who was only mentioned.
    expect(c.resolve('she', 100, 3)?.text).toBe('Ruth Calder');
  });
});
