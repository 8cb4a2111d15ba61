import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../src/core/samples/answer-key';
import type { ItemLine } from '../../scripts/items';
import { itemAgreement } from '../../scripts/eval/item-agreement';

const original = 'Critics slammed the plan on Monday. The council said it would cost $4 million, which may rise.';
const s1 = { start: 0, end: 35 };
const s2 = { start: 36, end: original.length };
const key: AnswerKey = {
  id: 't', title: 't', kind: 'wire-report', file: 't.txt', practiceMaterial: true, headings: [], debris: [],
  voices: { heard: ['the council'], notHeard: ['Critics'] },
  sentences: [
    { text: original.slice(s1.start, s1.end), label: 'framing', loaded: [{ text: 'slammed', voice: 'writer', neutral: 'criticised' }] },
    { text: original.slice(s2.start, s2.end), label: 'attributed', source: 'The council', sourceKind: 'named', cue: 'said', direct: false, hedges: ['may'], checkWorthy: true, claimSource: 'The council', claimSourceKind: 'named' },
  ],
};
const item = (skill: ItemLine['skill'], sentence: { start: number; end: number } | null, expected: unknown): ItemLine =>
  ({ file: 't.txt', id: 'x', skill, graded: true, confidence: 1, sentence, question: '', choices: [], expected });

describe('item agreement with a teacher key', () => {
  it('classify: same label', () => {
    expect(itemAgreement(item('classify', s1, 'framing'), key, original).agree).toBe(true);
    expect(itemAgreement(item('classify', s1, 'fact'), key, original).agree).toBe(false);
    // Graded on the writer's voice alone, "fact" on a framing sentence still agrees; on an attributed one not.
    expect(itemAgreement(item('classify', s1, 'fact'), key, original).voiceAgree).toBe(true);
    expect(itemAgreement(item('classify', s2, 'fact'), key, original).voiceAgree).toBe(false);
    // A classify item the key cannot judge disagrees on its label and has no voice verdict.
    expect(itemAgreement(item('classify', { start: 20, end: 50 }, 'fact'), key, original)).toEqual({ agree: false, why: 'sentence not in the key' });
    expect(itemAgreement(item('classify', null, 'fact'), key, original)).toEqual({ agree: false, why: 'no sentence' });
  });
  it('loaded words and hedges: the spans match both ways', () => {
    const slammed = { start: 8, end: 15, text: 'slammed' };
    expect(itemAgreement(item('loaded-words', s1, [slammed]), key, original).agree).toBe(true);
    expect(itemAgreement(item('loaded-words', s1, []), key, original).agree).toBe(false);
    expect(itemAgreement(item('loaded-words', s2, []), key, original).agree).toBe(true);
    const may = original.indexOf('may');
    expect(itemAgreement(item('hedge-certainty', s2, [{ start: may, end: may + 3, text: 'may', kind: 'hedge' }]), key, original).agree).toBe(true);
    expect(itemAgreement(item('hedge-certainty', s2, [{ start: may, end: may + 3, text: 'may', kind: 'certainty' }]), key, original).agree).toBe(false);
  });
  it('who-says: the speaker, or the writer for a sentence that is not attributed', () => {
    const at = original.indexOf('The council');
    expect(itemAgreement(item('who-says', s2, { speaker: 'The council', start: at, end: at + 11 }), key, original).agree).toBe(true);
    expect(itemAgreement(item('who-says', s2, { speaker: 'writer', start: null, end: null }), key, original).agree).toBe(false);
    // Sharing a word is not naming the same speaker.
    const chief: AnswerKey = { ...key, sentences: [key.sentences[0], { ...key.sentences[1], source: 'The council', resolvedSource: "the council's finance chief" }] };
    const bell: AnswerKey = { ...key, sentences: [key.sentences[0], { ...key.sentences[1], source: 'The council', resolvedSource: 'Jo Bell' }] };
    expect(itemAgreement(item('who-says', s2, { speaker: 'Jo Smith', start: null, end: null }), bell, original).agree).toBe(false);
    expect(itemAgreement(item('who-says', s2, { speaker: 'Councillor Jo Bell', start: null, end: null }), bell, original).agree).toBe(true);
    expect(itemAgreement(item('who-says', s2, { speaker: 'The finance chief', start: null, end: null }), chief, original).agree).toBe(true);
    const appositive: AnswerKey = { ...key, sentences: [key.sentences[0], { ...key.sentences[1], source: 'The council', resolvedSource: 'Tomas Ehrling, chief economist at Kessel Bank' }] };
    expect(itemAgreement(item('who-says', s2, { speaker: 'Tomas Ehrling', start: null, end: null }), appositive, original).agree).toBe(true);
    expect(itemAgreement(item('who-says', s1, { speaker: 'writer', start: null, end: null }), key, original).agree).toBe(true);
  });
  it('who-says: a described speaker matches by the head of its description; a name in apposition names the speaker', () => {
    const crew: AnswerKey = { ...key, sentences: [key.sentences[0], { ...key.sentences[1], source: 'A crew member', resolvedSource: undefined }] };
    expect(itemAgreement(item('who-says', s2, { speaker: 'A crew member contacted by this blog', start: null, end: null }), crew, original).agree).toBe(true);
    expect(itemAgreement(item('who-says', s2, { speaker: 'This blog', start: null, end: null }), crew, original).agree).toBe(false);
    const role: AnswerKey = { ...key, sentences: [key.sentences[0], { ...key.sentences[1], source: 'The Police and Crime Commissioner, Anthony Greer, who approved the plan', resolvedSource: undefined }] };
    expect(itemAgreement(item('who-says', s2, { speaker: 'Anthony Greer', start: null, end: null }), role, original).agree).toBe(true);
    expect(itemAgreement(item('who-says', s2, { speaker: 'The plan', start: null, end: null }), role, original).agree).toBe(false);
    // A role's organisation is not its holder.
    const esteves: AnswerKey = { ...key, sentences: [key.sentences[0], { ...key.sentences[1], source: 'Maria Esteves', resolvedSource: undefined }] };
    expect(itemAgreement(item('who-says', s2, { speaker: 'Maria Esteves, principal of Harnholm College', start: null, end: null }), esteves, original).agree).toBe(true);
    expect(itemAgreement(item('who-says', s2, { speaker: 'Harnholm College', start: null, end: null }), esteves, original).agree).toBe(false);
  });
  it('who-says: a continued quotation is its previous speaker\'s, even without resolvedSource', () => {
    const text = 'The council said costs would rise. "We have no choice." Critics disagreed.';
    const a = { start: 0, end: 34 };
    const b = { start: 35, end: 55 };
    const c = { start: 56, end: text.length };
    const k: AnswerKey = {
      ...key, sentences: [
        { text: text.slice(a.start, a.end), label: 'attributed', source: 'The council', sourceKind: 'named', cue: 'said', direct: false },
        { text: text.slice(b.start, b.end), label: 'attributed', direct: true, note: 'Continued quotation from the council.' },
        { text: text.slice(c.start, c.end), label: 'fact' },
      ],
    };
    expect(itemAgreement(item('who-says', b, { speaker: 'The council', start: null, end: null }), k, text).agree).toBe(true);
    expect(itemAgreement(item('who-says', b, { speaker: 'Critics', start: null, end: null }), k, text).agree).toBe(false);
    expect(itemAgreement(item('who-says', b, { speaker: 'writer', start: null, end: null }), k, text).agree).toBe(false);
    // An attributed sentence with no source that is not a continuation names nobody.
    const vague: AnswerKey = { ...k, sentences: [k.sentences[0], { ...k.sentences[1], direct: false }, k.sentences[2]] };
    expect(itemAgreement(item('who-says', b, { speaker: 'The council', start: null, end: null }), vague, text).agree).toBe(false);
    // Source-check on the continued quotation: its source is the previous speaker's, a named one.
    expect(itemAgreement(item('source-check', b, { kind: 'named' }), k, text).agree).toBe(true);
    expect(itemAgreement(item('source-check', b, { kind: 'none' }), k, text).agree).toBe(false);
    expect(itemAgreement(item('source-check', b, { kind: 'none' }), vague, text).agree).toBe(true);
  });
  it('source-check and missing voices', () => {
    expect(itemAgreement(item('source-check', s2, { kind: 'named' }), key, original).agree).toBe(true);
    expect(itemAgreement(item('source-check', s2, { kind: 'none' }), key, original).agree).toBe(false);
    expect(itemAgreement(item('missing-voices', null, { notHeard: ['Critics'], heard: ['The council'] }), key, original).agree).toBe(true);
    expect(itemAgreement(item('missing-voices', null, { notHeard: ['Monday'], heard: [] }), key, original).agree).toBe(false);
  });
  it('judges a sentence that lies inside one key sentence (a quotation keyed whole) against it', () => {
    const text = '“It isn’t the money,” said Ana Reyes. “It’s the paperwork. Nobody reads it.”';
    const quoteKey: AnswerKey = {
      ...key, voices: { heard: ['Ana Reyes'], notHeard: [] },
      sentences: [
        { text: '“It isn’t the money,” said Ana Reyes.', label: 'attributed', source: 'Ana Reyes', sourceKind: 'named', cue: 'said', direct: true },
        { text: '“It’s the paperwork. Nobody reads it.”', label: 'attributed', direct: true, note: 'Continued quotation.' },
      ],
    };
    const second = { start: text.indexOf('Nobody'), end: text.length };
    expect(itemAgreement(item('classify', second, 'attributed'), quoteKey, text).agree).toBe(true);
    expect(itemAgreement(item('classify', second, 'fact'), quoteKey, text).agree).toBe(false);
    // Across two key sentences: still a disagreement.
    expect(itemAgreement(item('classify', { start: text.indexOf('said'), end: text.indexOf('Nobody') }, 'attributed'), quoteKey, text).why).toBe('sentence not in the key');
  });
  it('who-says: a role before the name and an age after it do not hide the speaker', () => {
    const text = 'Her neighbour, retired postman Alan Brigg, 74, said he had spent £6,000 on flood doors.';
    const ageKey: AnswerKey = {
      ...key, voices: { heard: ['Alan Brigg'], notHeard: [] },
      sentences: [{ text, label: 'attributed', source: 'Her neighbour, retired postman Alan Brigg, 74', sourceKind: 'named', cue: 'said', direct: false }],
    };
    const whole = { start: 0, end: text.length };
    const at = text.indexOf('retired');
    expect(itemAgreement(item('who-says', whole, { speaker: 'retired postman Alan Brigg', start: at, end: at + 26 }), ageKey, text).agree).toBe(true);
    expect(itemAgreement(item('who-says', whole, { speaker: 'the council', start: 0, end: 3 }), ageKey, text).agree).toBe(false);
  });
});
