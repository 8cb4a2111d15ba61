import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyser, type Analyser } from '../../../src/core/analysis/index';
import { cleanText } from '../../../src/core/text/clean';
import { createNlp } from '../../../src/core/analysis/nlp';

let analyser: Analyser;
beforeAll(() => {
  analyser = createAnalyser({ subjectivity: null });
});

const loadedIn = (text: string): string[] => analyser.analyzeSentence(text).loaded.map((l) => l.text);

// Sentences written for these tests.
describe('loaded-language classes added on 2026-11-28', () => {
  it('flags dysphemistic verbs of speech, with a neutral alternative', () => {
    const s = analyser.analyzeSentence('The mayor lambasted the planning board on Monday.');
    expect(s.loaded.map((l) => l.text)).toEqual(['lambasted']);
    expect(s.loaded[0].neutral).toContain('criticised');
    expect(s.loaded[0].reason).toMatch(/verb of speech/);
  });

  it('flags a headline verb that the tagger reads as a plural noun', () => {
    expect(loadedIn('Senator blasts critics over budget')).toContain('blasts');
  });

  it('flags political idioms and pejorative labels on all sides alike', () => {
    expect(loadedIn('The speech was a dog whistle to his base.')).toContain('dog whistle');
    expect(loadedIn('The ultra-conservative group met the ultra-liberal group.')).toEqual(['ultra-conservative', 'ultra-liberal']);
    expect(loadedIn('The leftists and the right-wingers both protested.')).toEqual(['leftists', 'right-wingers']);
    expect(loadedIn('The bill speaks of an unborn child.')).toContain('unborn child');
    expect(loadedIn('The bill speaks of reproductive freedom.')).toContain('reproductive freedom');
  });

  it('flags compounds whose second half passes judgement, but not listed neutral ones', () => {
    expect(loadedIn('The gun-obsessed crowd cheered.')).toEqual(['gun-obsessed']);
    expect(loadedIn('Critics called it a war-mongering speech.')).toContain('war-mongering');
    expect(loadedIn('She stayed level-headed during the hearing.')).toEqual([]);
  });

  it('does not flag ordinary names of topics that contain a listed word', () => {
    expect(loadedIn('The report counted hate crimes in the county.')).toEqual([]);
    expect(loadedIn('Protesters marched against police brutality.')).toEqual([]);
    expect(loadedIn('The guards acted with brutality.')).toEqual(['brutality']);
  });

  it('keeps every lexicon entry well formed (a part of speech is never stored as an alternative)', () => {
    const j = JSON.parse(readFileSync(new URL('../../../resources/lexicons/loaded.json', import.meta.url), 'utf8'));
    for (const e of j.entries) {
      for (const n of e.neutral) expect(['ADJ', 'VERB', 'NOUN', 'ADV']).not.toContain(n);
      if (e.pos) expect(['ADJ', 'VERB', 'NOUN', 'ADV']).toContain(e.pos);
    }
    expect(j.header.source).toBe('written by the Framewise team');
  });
});

describe('neutral reporting stays unmarked', () => {
  it.each([
    'The council approved the budget by seven votes to two on Tuesday.',
    'Rain is expected across the north of the county from Thursday evening.',
    'The school will reopen on Monday after repairs to the roof.',
    'Police said the road was closed for three hours after the collision.',
    'The company reported revenue of 4.2 million euros for the quarter.',
    'Residents can comment on the plan until the end of March.',
    'The river rose by two metres and flooded several streets near the bridge.',
    'The minister met union leaders to discuss the pay offer.',
  ])('%s', (text) => {
    expect(loadedIn(text)).toEqual([]);
  });

  it('no sample-library sentence keyed as a plain fact gets a writer-voice loaded mark', () => {
    const dir = new URL('../../../resources/samples/', import.meta.url);
    let facts = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.key.json'))) {
      const key = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { file: string; sentences: { text: string; label: string }[] };
      const text = readFileSync(new URL(key.file, dir), 'utf8');
      const a = analyser.analyzeArticle(text, cleanText(text).blocks);
      for (const ks of key.sentences.filter((k) => k.label === 'fact')) {
        const s = a.sentences.find((x) => x.text.replace(/\s+/g, ' ').trim() === ks.text.replace(/\s+/g, ' ').trim());
        if (!s) continue;
        facts++;
        const marks = a.loaded.filter((l) => l.start >= s.start && l.end <= s.end && l.voice === 'writer').map((l) => l.text);
        expect(marks, ks.text).toEqual([]);
      }
    }
    expect(facts).toBeGreaterThan(50);
  });
});

describe('reasons name the class of loaded word', () => {
  it('explains political framing terms as such, the same way for both sides', () => {
    const a = analyser.analyzeSentence('The bill speaks of an unborn child.').loaded.find((l) => l.text === 'unborn child');
    const b = analyser.analyzeSentence('The bill speaks of reproductive freedom.').loaded.find((l) => l.text === 'reproductive freedom');
    expect(a?.reason).toMatch(/frames the issue/);
    expect(b?.reason).toBe(a?.reason);
  });
});

// Sentences written for these tests.
describe('sentiment signal (analyser 1.2.0)', () => {
  const sentimentIn = (text: string): string[] =>
    analyser.analyzeSentence(text).loaded.filter((l) => /automatic sentiment score/.test(l.reason)).map((l) => l.text);

  it('tokens carry the valence of wink-eng-lite-web-model\'s sentiment lexicon', () => {
    const toks = createNlp().tokenize('A bad plan, a good plan, a plan.');
    const bad = toks.find((t) => t.norm === 'bad')!;
    const good = toks.find((t) => t.norm === 'good')!;
    expect(bad.sentiment).toBeLessThan(0);
    expect(good.sentiment).toBeGreaterThan(0);
    expect(toks.filter((t) => t.norm === 'plan').every((t) => t.sentiment === undefined)).toBe(true);
  });

  it('marks a strongly negative adjective in an opinion sentence, with a reason that says it is automatic', () => {
    // "bad" and "scrapped" left the word lists in 2.12.0 (the training keys almost never mark them).
    expect(sentimentIn('We think this is a dreadful plan and it should be axed.')).toEqual(['dreadful']);
    const s = analyser.analyzeSentence('We think this is a dreadful plan and it should be axed.');
    const bad = s.loaded.find((l) => l.text === 'dreadful')!;
    expect(bad.voice).toBe('writer');
    expect(bad.category).toBe('evaluative');
  });

  it('does not change the label: the signal is applied after the sentence is scored', () => {
    const withWord = analyser.analyzeSentence('We think this is a dreadful plan and it should be axed.');
    expect(withWord.features.loaded_writer).toBe(1); // "axed" only, from the hand-written list
  });

  it('leaves plain reports, names and words that state a condition alone', () => {
    expect(sentimentIn('Bad weather closed the road on Monday.')).toEqual([]);
    expect(sentimentIn('Visitors to Bad Homburg must book ahead.')).toEqual([]);
    expect(sentimentIn('We must admit the dead were left unburied for days.')).toEqual([]);
    expect(sentimentIn('The report found the water was unsafe to drink.')).toEqual([]);
  });
});
