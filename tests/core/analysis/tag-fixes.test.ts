import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/analysis/nlp';

const nlp = createNlp();
const tags = (text: string): string[] => nlp.tokenize(text).map((t) => `${t.text}/${t.pos}`);

describe('correctTags', () => {
  it('reads "said" after a name as the verb, not an adjective', () => {
    expect(tags('Fair Cover said insurers were using storms.')).toEqual(expect.arrayContaining(['Cover/PROPN', 'said/VERB']));
    expect(tags('The said property was sold.')).toContain('said/ADJ');
  });
  it('reads "say" after a quantifier opening the clause as the verb, and keeps "a say"', () => {
    expect(tags('Some say it builds a sense of belonging.')).toContain('say/VERB');
    expect(tags('Residents will have a say in the plan.')).toContain('say/NOUN');
  });
  it('makes capitalised words inside names proper nouns, except in title-case headlines', () => {
    expect(tags('Reporters gathered on Grant Avenue on Monday.')).toContain('Grant/PROPN');
    expect(tags('Council Votes To Grant Avenue Funding')).not.toContain('Grant/PROPN');
  });
  it('makes an adjective between an owner and a comma the head noun', () => {
    expect(tags('Its rival, Corran Airways, said it would cut fares.')).toContain('rival/NOUN');
  });
  it('reads "found" as a verb, and "show" before a clause after a noun', () => {
    expect(tags('An audit commissioned by the district in 2023 found that the fund was empty.')).toContain('found/VERB');
    expect(tags('The Bank of Westmarch’s figures show the average rate rose.')).toContain('show/VERB');
  });
  it('reads a surname that is also a verb, opening a sentence before "said", as a name', () => {
    expect(tags('The talks broke up. Drum said the federation would strike.')).toContain('Drum/PROPN');
    expect(tags('Ward says they have since made up.')).toContain('Ward/PROPN');
    expect(tags('Drum up support before the vote.')).not.toContain('Drum/PROPN');
  });
  it('reads an adjective after a possessive noun and before a comma as the head noun', () => {
    expect(tags("Elmsford Council's education chief, Cllr Neil Barraclough, said no.")).toContain('chief/NOUN');
  });
  it('reads "records" after a document and before a count as the verb, not before a year', () => {
    expect(tags('The report records 3,412 written objections.')).toContain('records/VERB');
    expect(tags('The accounts record 12 payments.')).toContain('record/VERB');
    expect(tags('Police records 2019 show nothing.')).toContain('records/NOUN');
  });
  it('reads a bare verb between a noun and a third-person verb as the noun', () => {
    expect(tags('The council’s housing register shows 2,140 households waiting.')).toContain('register/NOUN');
    expect(tags('Campaigners say leaves are falling early.')).toContain('say/VERB');
  });
});
