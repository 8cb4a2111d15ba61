import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyser, type Analyser } from '../../../src/core/analysis/index';
import type { ArticleAnalysis } from '../../../src/core/analysis/types';
import { keyParts, scoreVoices, voiceMatchesEntry } from '../../../scripts/eval/voices';

let analyser: Analyser;

beforeAll(() => {
  analyser = createAnalyser();
});

const article = (...paragraphs: string[]): string => paragraphs.join('\n\n');
const names = (a: ArticleAnalysis): string[] => a.voices.map((v) => v.name);
const voice = (a: ArticleAnalysis, name: string) => a.voices.find((v) => v.name.toLowerCase() === name.toLowerCase());

describe('voices: capitalised words that are not people', () => {
  it('datelines, publications and courts as venues are no parties unless heard (analyser 2.20.0)', () => {
    const a = analyser.analyzeArticle(article(
      'HALDEN CITY (Meridian Press) — Health officials confirmed 14 new measles cases on Monday, Dr Anna Lisk of the Halden Health Office said.',
      'The case was heard at Wayland County Circuit Court last month. Dr Lisk spoke to the Halden Ledger about the outbreak.',
      'The Courier reported that two schools had closed.',
    ));
    expect(names(a)).not.toContain('HALDEN CITY');
    expect(names(a)).not.toContain('Meridian Press');
    expect(names(a)).not.toContain('Wayland County Circuit Court');
    expect(names(a)).not.toContain('Halden Ledger');
    // A paper that reports something is heard, and stays.
    expect(voice(a, 'the Courier') ?? voice(a, 'Courier')).toBeDefined();
    expect(names(a).some((n) => /Lisk/.test(n))).toBe(true);
  });

  it('a common word opening a sentence is not a name ("Construction", "Ticket prices")', () => {
    const a = analyser.analyzeArticle(article(
      'Construction is scheduled to begin next spring, the council said in a statement.',
      'Ticket prices will stay the same until the end of the year. Rescue teams worked through the night.',
    ));
    expect(names(a)).not.toContain('Construction');
    expect(names(a)).not.toContain('Ticket');
    expect(names(a)).not.toContain('Rescue');
    expect(a.voices.every((v) => v.kind !== 'person')).toBe(true);
  });

  it('places after a preposition or before a place word are places, not people', () => {
    const a = analyser.analyzeArticle(article(
      'The ferry between the invented islands of Holm and Brack will run every forty minutes, the operator said on Friday.',
      'The Riverton town council voted on Monday to fund a new footbridge across the Slow River.',
      'Police in Varne province said two people died near the village of Tesk.',
    ));
    for (const place of ['Holm', 'Brack', 'Slow River', 'Riverton', 'Tesk', 'Varne']) {
      expect(voice(a, place)?.kind, place).toBe('place');
      expect(voice(a, place)?.heard, place).toBe(false);
    }
    expect(a.voices.filter((v) => v.kind === 'person')).toEqual([]);
  });

  it('a person needs evidence: a title or role, a first and last name, or speaking', () => {
    const a = analyser.analyzeArticle(article(
      'Retired teacher Gwen Alder said the library was her second home.',
      'Alder has used the Marsh Lane branch for thirty years. Mr Okonjo did not attend.',
      'Calder said the crossing was rough.',
    ));
    expect(voice(a, 'Gwen Alder')).toMatchObject({ kind: 'person', heard: true });
    // The surname alone joins the full name instead of becoming a second voice.
    expect(voice(a, 'Gwen Alder')!.mentions.map((m) => m.text)).toContain('Alder');
    expect(voice(a, 'Alder')).toBeUndefined();
    expect(voice(a, 'Okonjo')).toMatchObject({ kind: 'person', heard: false });
    expect(voice(a, 'Calder')).toMatchObject({ kind: 'person', heard: true });
    expect(voice(a, 'Marsh Lane')?.kind).toBe('place');
    expect(voice(a, 'Retired')).toBeUndefined();
  });

  it('a surname that is also an English word still counts when it speaks ("Teller said")', () => {
    const a = analyser.analyzeArticle(article(
      'The Civic Union candidate, Mark Teller, came second.',
      'Teller said he would stand again.',
    ));
    expect(voice(a, 'Mark Teller')).toMatchObject({ kind: 'person', heard: true });
    expect(voice(a, 'Teller')).toBeUndefined();
  });
});

describe('voices: unnamed sources are heard groups and bodies', () => {
  it('"the operator", speaking twice, is one heard voice', () => {
    const a = analyser.analyzeArticle(article(
      'The ferry will run every forty minutes from April, the operator said on Friday.',
      'The operator said the change follows a rise in passenger numbers over the winter.',
    ));
    const op = voice(a, 'the operator')!;
    expect(op).toBeTruthy();
    expect(['group', 'organisation']).toContain(op.kind);
    expect(op.heard).toBe(true);
    expect(op.attributions).toHaveLength(2);
    expect(op.mentions.map((m) => m.text)).toEqual(['the operator', 'The operator']);
  });

  it('police, residents and the council are voices when they speak; a name inside "of/in ..." is not heard', () => {
    const a = analyser.analyzeArticle(article(
      'Police in Varne province said two people died.',
      'Some residents of Dannick said they had received no warning.',
      'Construction is scheduled to begin next spring, the council said in a statement.',
    ));
    expect(voice(a, 'police in Varne province')).toMatchObject({ kind: 'organisation', heard: true });
    expect(voice(a, 'some residents of Dannick')).toMatchObject({ kind: 'group', heard: true });
    expect(voice(a, 'the council')).toMatchObject({ kind: 'organisation', heard: true });
    expect(voice(a, 'Varne')?.heard).toBe(false);
    expect(voice(a, 'Dannick')?.heard).toBe(false);
  });

  it('"the union" / "the company" join the body named before; a source with a name makes no extra voice', () => {
    const a = analyser.analyzeArticle(article(
      'The operator, Caldmouth Transit, said the offer was final.',
      'The Tram Drivers’ Union called the offer an insult. The union said drivers would strike.',
      'The company said talks would resume.',
    ));
    expect(voice(a, 'Caldmouth Transit')).toMatchObject({ kind: 'organisation', heard: true });
    expect(voice(a, 'Caldmouth Transit')!.attributions).toHaveLength(2);
    expect(voice(a, 'Tram Drivers’ Union')).toMatchObject({ kind: 'organisation', heard: true });
    expect(voice(a, 'the operator')).toBeUndefined();
    expect(voice(a, 'the union')).toBeUndefined();
    expect(voice(a, 'the company')).toBeUndefined();
  });

  it('keeps the seed article\'s voices', () => {
    const seed = analyser.analyzeArticle(
      // A shortened seed: the same names in the same roles.
      article(
        'In a significant diplomatic exchange, Iranian Foreign Minister Hossein Amir-Abdollahian and Ziyad al-Nakhaleh, leader of Palestinian Islamic Jihad, voiced concerns about Israel, the White House and the United Nations Security Council.',
        'Amir-Abdollahian said Tehran stood with the resistance.',
      ),
    );
    expect(voice(seed, 'Hossein Amir-Abdollahian')?.heard).toBe(true);
    expect(voice(seed, 'Ziyad al-Nakhaleh')?.heard).toBe(true);
    expect(voice(seed, 'Israel')?.heard).toBe(false);
    expect(voice(seed, 'White House')?.heard).toBe(false);
    expect(voice(seed, 'United Nations Security Council')?.heard).toBe(false);
  });
});

describe('claims: the source comes from the claim\'s own sentence or earlier', () => {
  it('is not credited to an "according to" in the NEXT sentence', () => {
    const a = analyser.analyzeArticle(
      'Council members approved the plan by seven votes to two. The bridge is expected to cost 4.2 million euros, according to the council’s own budget report.',
    );
    const votes = a.claims.find((c) => a.sentences[c.sentenceIndex].text.startsWith('Council members'));
    expect(votes).toBeTruthy();
    expect(votes!.source).toBeNull();
    expect(votes!.sourceKind).toBe('none');
    const cost = a.claims.find((c) => a.sentences[c.sentenceIndex].text.startsWith('The bridge'))!;
    expect(cost.source?.text).toBe('the council’s own budget report');
  });

  it('may come from an "according to" earlier in the same paragraph, but not from another paragraph', () => {
    const a = analyser.analyzeArticle(article(
      'According to the state hydrological service, the river rose overnight. It reached 7.4 metres at the Lorrenstadt gauge on Thursday.',
      'Floodwaters forced about 4,200 people from their homes on Friday.',
    ));
    const gauge = a.claims.find((c) => a.sentences[c.sentenceIndex].text.startsWith('It reached'))!;
    expect(gauge.source?.text).toBe('the state hydrological service');
    const homes = a.claims.find((c) => a.sentences[c.sentenceIndex].text.startsWith('Floodwaters'))!;
    expect(homes.source).toBeNull();
  });
});

describe('voices evaluation helper (scripts/eval/voices.ts)', () => {
  it('matches key entries leniently: case, "the", surnames, parts and parenthetical notes', () => {
    expect(keyParts('Caldmouth Transit and its chief operating officer Martin Oduya')).toEqual(['caldmouth transit', 'chief operating officer martin oduya']);
    expect(voiceMatchesEntry('Oduya', 'Caldmouth Transit and its chief operating officer Martin Oduya')).toBe(true);
    expect(voiceMatchesEntry('the state hydrological service', 'state hydrological service')).toBe(true);
    expect(voiceMatchesEntry('police in Varne province', 'police in Varne province')).toBe(true);
    expect(voiceMatchesEntry('Tomasz Weir', 'commuters (Tomasz Weir; a passenger named only as Jess)')).toBe(true);
    // A place inside a group's description is not that group.
    expect(voiceMatchesEntry('Dannick', 'residents of Dannick')).toBe(false);
    expect(voiceMatchesEntry('Caldmouth', 'Caldmouth Transit')).toBe(false);
  });

  it('scores heard and not-heard precision and recall', () => {
    const v = (name: string, heard: boolean) => ({ name, kind: 'person' as const, mentions: [], heard, attributions: [] });
    const s = scoreVoices([{
      id: 'x',
      key: { heard: ['Ann Lee (mayor)', 'residents'], notHeard: ['Bo Ray', 'the regional board'] },
      voices: [v('Ann Lee', true), v('Holm', true), v('Bo Ray', false), v('Riverton', false)],
    }]);
    expect(s.heardPrecision).toBe(0.5);
    expect(s.heardRecall).toBe(0.5);
    expect(s.notHeardPrecision).toBe(1);
    expect(s.notHeardRecall).toBe(0.5);
    expect(s.unkeyed).toBe(1);
  });
});
