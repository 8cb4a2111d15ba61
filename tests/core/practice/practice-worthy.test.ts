import { describe, expect, it } from 'vitest';
import { practiceWorthySentence, publisherTailStart } from '../../../src/core/practice/practice-worthy';

describe('practiceWorthySentence', () => {
  it('accepts the running text of an article, including quotes and questions', () => {
    for (const s of [
      'The council voted 7-2 on Tuesday to close the library.',
      '“We will not give up,” she said.',
      'Is this what a regulated utility is supposed to look like?',
      'Support for the plan fell to 41 per cent.',
      'Follow-up tests showed no contamination.',
      'About 200 people gathered outside the town hall.',
      'Contact between the two sides has been limited since March…',
      'Sources close to the minister said the deal was close.',
      'Notes from the meeting show the vote was 7-2.',
    ]) expect(practiceWorthySentence(s), s).toBe(true);
  });

  it('refuses page furniture a teacher would not key', () => {
    for (const s of [
      'Live: container ship aground in the channel', // headline: no sentence end
      'Politics desk',
      'Share on Facebook | Share on X | Email',
      '| Tickets cost £14, or £11 for concessions.',
      'Email our newsroom at tips@brackleyledger.example',
      'For interviews contact Lucy Penhale on 01632 960 417.',
      'Learn more at veradynehealth.com.',
      'For more information visit the university’s website.',
      'Have your say: write to the letters editor.',
      'Got a story?',
      'Join the march: Saturday, 11am, Civic Square.',
      'Source: Aurelis Therapeutics, Inc.',
      'This press release contains forward-looking statements about the trial.',
      'Laura Brandt contributed reporting.',
      'Interviews with Dr Marlowe are available on request.',
      'This article is part of our Future of Farming series.',
    ]) expect(practiceWorthySentence(s), s).toBe(false);
  });
  it('refuses the page talking to its reader about itself (2.28.0), and keeps news that shares its words', () => {
    for (const s of [
      'This page will update automatically.',
      'Pinned: Follow our live coverage below.',
      'Have photos or video of the flooding?',
      'Want to respond?',
      'Have you lost power?',
      'Renters’ Voice is an independent news site for tenants.',
      'Questions about your bill?',
      'Agree or disagree?',
      'Support our journalism from £2 a month.',
      'Markets newsletter: get the day’s business news in your inbox every evening.',
      'Tom Aske covers retail and consumer companies.',
      'The Port Aldwin Community Voice is a nonprofit newsroom.',
      'This editorial reflects the view of the Port Hallett Courier’s editorial board.',
      'Letters should be under 250 words.',
      'Market data provided by FactRange.',
      'This article is for information only and does not constitute financial advice.',
    ]) expect(practiceWorthySentence(s), s).toBe(false);
    for (const s of [
      'Home insurance covers flooding but not the land beneath a house falling away.',
      'There are unconfirmed reports on social media of people stranded on roofs.',
      'Have we learned nothing from the last flood?',
      'The page of the report that mattered most was the last one.',
      'The scheme covers 4,000 homes.',
      // News that shares their words (a reviewer's probes against the first version of the rules).
      'Data provided by the Office for National Statistics show unemployment rose to 4.4 per cent.',
      'Data supplied by NHS England show waits fell.',
      'Prices are in their steepest decline since 2009, the survey found.',
      'Letters must be returned to the council by Friday.',
      'The Renters Reform Bill covers all private landlords in England.',
      'Lloyds Banking Group reports on its half-year results on Thursday.',
      'Scam emails landing in your inbox claim to come from the tax office, police warned.',
      'Mr Patel said the Gazette is a newsroom in name only.',
      'Latest updates are expected from the Met Office at 6pm.',
      'Have you tried getting a GP appointment lately?',
      'Want more proof that the scheme is failing?',
    ]) expect(practiceWorthySentence(s), s).toBe(true);
  });
});

describe('publisherTailStart', () => {
  const text = 'a'.repeat(1000);
  it('finds an "About …" or "Notes to editors" line near the end', () => {
    expect(publisherTailStart([{ start: 0, text: 'Headline' }, { start: 700, text: 'About Carrowmore University' }, { start: 750, text: 'It was founded in 1905.' }], text.length)).toBe(700);
    expect(publisherTailStart([{ start: 800, text: 'Notes to editors:' }], text.length)).toBe(800);
  });
  it('ignores such a line near the top and ordinary short paragraphs', () => {
    expect(publisherTailStart([{ start: 100, text: 'About the scheme' }, { start: 900, text: 'About 200 people came.' }], text.length)).toBe(Infinity);
  });
});

describe('practiceWorthySentence on one long run of word characters (review of 2.29.0)', () => {
  it('answers quickly: the shared address pattern is bounded', () => {
    const start = performance.now();
    expect(practiceWorthySentence(`${'a'.repeat(40_000)}.`)).toBe(true);
    expect(practiceWorthySentence(`Write to ${'a'.repeat(100)}@example.org today.`)).toBe(false);
    // The unbounded pattern took seconds here.
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
