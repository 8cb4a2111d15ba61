import { describe, expect, it } from 'vitest';
import { UNCALIBRATED_CUTOFFS as CONFIDENCE_CUTOFFS, SKILLS, tokenize } from '../../../src/core/practice';
import { S, SEED_HASH, seedAnalysis, seedText } from '../../fixtures/practice/seed';
import { W, wireAnalysis, wireText } from '../../fixtures/practice/wire';
import { bySentence, gen, ofSkill, seedAllItems, seedArticle, seedItems, seedKeyItems, wireArticle, wireItems } from './helpers';

describe('generateItems (all types)', () => {
  it('is deterministic for the same article and analyser version', () => {
    expect(JSON.stringify(seedItems())).toBe(JSON.stringify(seedItems()));
    expect(JSON.stringify(wireItems())).toBe(JSON.stringify(wireItems()));
  });

  it('gives stable, unique item ids of the form hash12:skill:sentenceStart', () => {
    const items = seedItems();
    const ids = items.map((i) => i.itemId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of items) {
      expect(item.itemId.startsWith(`${SEED_HASH.slice(0, 12)}:${item.skill}:`)).toBe(true);
      if (item.sentence) expect(item.itemId.endsWith(`:${item.sentence.start}`)).toBe(true);
    }
    // The same sentence keeps its id under another analyser version.
    const other = gen(seedArticle, { ...seedAnalysis, analyserVersion: 'fixture-analyser-2' });
    const s4 = other.find((i) => i.skill === 'classify' && i.sentence?.text === S.s4);
    expect(s4?.itemId).toBe(`${SEED_HASH.slice(0, 12)}:classify:${seedText.indexOf(S.s4)}`);
  });

  it('records the answer source and the analyser version', () => {
    expect(seedItems().every((i) => i.answerSource === 'analyser' && i.analyserVersion === 'fixture-analyser-1')).toBe(true);
    expect(seedKeyItems().every((i) => i.answerSource === 'key' && i.analyserVersion === 'key:iran-pij-gaza-exchange')).toBe(true);
  });

  it('grades exactly the items whose confidence reaches the skill cut-off', () => {
    for (const item of [...seedItems(), ...wireItems()]) {
      expect(item.graded).toBe(item.confidence >= CONFIDENCE_CUTOFFS[item.skill]);
      if (!item.graded) expect(item.explanation.why.at(-1)?.key).toBe('why.discuss');
    }
  });

  it('grades every item built from a hand key', () => {
    const items = seedKeyItems();
    expect(items.length).toBeGreaterThan(30);
    expect(items.every((i) => i.graded && i.confidence === 1)).toBe(true);
  });

  it('never asks about headings or debris, and every sentence span matches the text', () => {
    const headings = ['Escalating Crisis in Gaza', 'Advertisment', "Iran's Diplomatic Efforts and Support"];
    for (const item of [...seedItems(), ...seedKeyItems()]) {
      if (!item.sentence) continue;
      expect(seedText.slice(item.sentence.start, item.sentence.end)).toBe(item.sentence.text);
      expect(headings).not.toContain(item.sentence.text);
      expect(item.context && seedText.slice(item.context.start, item.context.end)).toContain(item.sentence.text);
      for (const cue of item.explanation.cues) expect(seedText.slice(cue.start, cue.end)).toBe(cue.text);
    }
    for (const item of wireItems()) {
      expect(item.sentence?.text).not.toBe('Share this article');
      expect(item.sentence?.text).not.toBe('Storm closes three harbours on the northern coast');
    }
  });

  it('mixes neutral and manipulative material across the two fixtures', () => {
    const all = [...seedItems(), ...wireItems()];
    expect(all.filter((i) => i.material === 'neutral').length).toBeGreaterThan(10);
    expect(all.filter((i) => i.material === 'manipulative').length).toBeGreaterThan(10);
    expect(wireItems().every((i) => i.material === 'neutral')).toBe(true);
  });

  it('can be limited to some skills and capped per skill', () => {
    const items = gen(seedArticle, seedAnalysis, null, { skills: ['classify'], limits: { classify: 4 } });
    expect(items).toHaveLength(4);
    expect(items.every((i) => i.skill === 'classify')).toBe(true);
  });

  it('throws without an analysis or a key', () => {
    expect(() => gen(seedArticle, null)).toThrow(/analysis or an answer key/);
  });
});

describe('classify', () => {
  it('asks every body sentence of a short article, with the three labels as choices', () => {
    const items = ofSkill(seedItems(), 'classify');
    expect(items).toHaveLength(13);
    expect(items[0].choices).toEqual(['fact', 'attributed', 'framing']);
    expect(bySentence(seedItems(), 'classify', S.s6).key.label).toBe('attributed');
  });

  it('samples evenly across labels when capped, and includes plain facts', () => {
    const items = ofSkill(gen(seedArticle, seedAnalysis, null, { limits: { classify: 6 } }), 'classify');
    const labels = items.map((i) => i.key.label);
    expect(labels.filter((l) => l === 'attributed')).toHaveLength(3);
    expect(labels.filter((l) => l === 'framing')).toHaveLength(3);
    const wire = ofSkill(gen({ id: 2, hash: 'ff'.repeat(32), original: wireText }, wireAnalysis, null, { limits: { classify: 4 } }), 'classify');
    expect(wire.map((i) => i.key.label).sort()).toEqual(['attributed', 'attributed', 'fact', 'fact']);
  });

  it('makes a low-probability label a discuss item and explains with cues', () => {
    const s1 = bySentence(seedItems(), 'classify', S.s1);
    expect(s1.probabilities.attributed).toBe(0.62);
    expect(s1.graded).toBe(false);
    const s9 = bySentence(seedItems(), 'classify', S.s9);
    expect(s9.graded).toBe(true);
    expect(s9.explanation.why[0]).toEqual({ key: 'why.classify.framing', params: { cues: ['seeks to galvanize', 'atrocities'] } });
    expect(s9.explanation.cues.find((c) => c.kind === 'loaded')).toMatchObject({ text: 'atrocities', neutral: ['war'] });
    const w2 = bySentence(wireItems(), 'classify', W.w2);
    expect(w2.explanation.why[0].key).toBe('why.classify.fact');
    expect(w2.material).toBe('neutral');
  });
});

describe('loaded-words', () => {
  it('keys the loaded spans to token indices, with neutral alternatives and voice', () => {
    const item = bySentence(seedAllItems(), 'loaded-words', S.s5);
    const tokens = tokenize(S.s5, item.sentence!.start);
    expect(item.tokens).toEqual(tokens);
    expect(item.key.spans.map((s) => [s.text, s.voice, s.neutral])).toEqual([
      ['genocide', 'source', []],
      ['urgency', 'writer', ['need']],
    ]);
    for (const span of item.key.spans) expect(span.tokenIndices.map((t) => item.tokens[t].text).join(' ')).toBe(span.text);
  });

  it('maps a phrase to all its words', () => {
    const item = bySentence(seedAllItems(), 'loaded-words', S.s11);
    expect(item.key.spans[0].tokenIndices.map((t) => item.tokens[t].text)).toEqual(['Axis', 'of', 'Resistance']);
  });

  it('includes sentences with no loaded words (answer: none)', () => {
    const none = ofSkill(seedItems(), 'loaded-words').filter((i) => i.key.spans.length === 0);
    expect(none.map((i) => i.sentence!.text).sort()).toEqual([S.s13, S.s6].sort());
    expect(none[0].explanation.why[0].key).toBe('why.loaded.none');
    // A neutral article yields a couple of "none" items, not one per sentence.
    expect(ofSkill(wireItems(), 'loaded-words')).toHaveLength(2);
  });

  it('takes its confidence from the subjectivity probability', () => {
    expect(bySentence(seedAllItems(), 'loaded-words', S.s4).graded).toBe(false); // pSubjective 0.52
    expect(bySentence(seedAllItems(), 'loaded-words', S.s9).confidence).toBe(0.86);
    expect(bySentence(seedAllItems(), 'loaded-words', S.s6).confidence).toBeCloseTo(0.8); // 1 − 0.2
  });
});

describe('who-says', () => {
  it('offers the source among other voices plus "the writer" and "no source given"', () => {
    const item = bySentence(seedItems(), 'who-says', S.s5);
    expect(item.choices.at(-2)).toMatchObject({ id: 'writer', message: { key: 'choice.writer' } });
    expect(item.choices.at(-1)).toMatchObject({ id: 'none', message: { key: 'choice.no-source' } });
    const correct = item.choices.find((c) => c.id === item.key.choiceId)!;
    expect(correct.label).toBe('Iran');
    expect(item.choices).toHaveLength(5);
    expect(new Set(item.choices.map((c) => c.label)).size).toBe(5);
    expect(item.explanation.cues.map((c) => c.kind)).toEqual(expect.arrayContaining(['source', 'reporting-verb']));
  });

  it('names the voice behind a pronoun and never offers the speaker as a distractor', () => {
    const item = bySentence(wireItems(), 'who-says', W.w4);
    expect(item.choices.find((c) => c.id === item.key.choiceId)!.label).toBe('Ingrid Solberg');
    expect(item.choices.filter((c) => c.label.includes('Solberg'))).toHaveLength(1);
    const both = bySentence(seedItems(), 'who-says', S.s1);
    const labels = both.choices.map((c) => c.label);
    expect(labels.filter((l) => /Amir-Abdollahian|al-Nakhaleh/.test(l))).toHaveLength(1);
  });

  it('uses the analyser’s resolved source for a pronoun no voice claims', () => {
    const analysis = structuredClone(wireAnalysis);
    analysis.voices = analysis.voices.filter((v) => v.name !== 'Ingrid Solberg');
    const index = analysis.sentences.findIndex((s) => s.text === W.w4);
    const attribution = analysis.attributions.find((a) => a.sentenceIndex === index)!;
    const solberg = wireText.indexOf('Harbour master Ingrid Solberg');
    attribution.resolvedSource = { start: solberg, end: solberg + 29, text: 'Harbour master Ingrid Solberg' };
    const item = bySentence(gen({ id: 2, hash: 'ee'.repeat(32), original: wireText }, analysis), 'who-says', W.w4);
    expect(item.choices.find((c) => c.id === item.key.choiceId)!.label).toBe('Harbour master Ingrid Solberg');
  });

  it('adds "the writer" items for the writer’s own judgements', () => {
    const writers = ofSkill(seedItems(), 'who-says').filter((i) => i.key.kind === 'writer');
    expect(writers.length).toBeGreaterThan(0);
    expect(writers.every((i) => i.key.choiceId === 'writer' && i.material === 'manipulative')).toBe(true);
    expect(ofSkill(wireItems(), 'who-says').some((i) => i.key.kind === 'writer')).toBe(false);
  });

  it('answers "no source given" when the claim is reported without a source', () => {
    const analysis = structuredClone(wireAnalysis);
    const index = analysis.sentences.findIndex((s) => s.text === W.w6);
    analysis.attributions.find((a) => a.sentenceIndex === index)!.source = null;
    const item = bySentence(gen({ id: 2, hash: 'ab'.repeat(32), original: wireText }, analysis), 'who-says', W.w6);
    expect(item.key).toMatchObject({ choiceId: 'none', kind: 'none' });
    expect(item.explanation.why[0].key).toBe('why.who-says.none');
  });

  it('draws distractors deterministically', () => {
    const a = ofSkill(seedItems(), 'who-says').map((i) => i.choices);
    const b = ofSkill(seedItems(), 'who-says').map((i) => i.choices);
    expect(a).toEqual(b);
  });
});

describe('hedge-certainty', () => {
  it('keys each hedge and certainty word with its kind', () => {
    const item = bySentence(seedItems(), 'hedge-certainty', S.s13);
    expect(item.key.markers.map((m) => [item.tokens[m.tokenIndices[0]].text, m.kind])).toEqual([
      ['undoubtedly', 'certainty'],
      ['potentially', 'hedge'],
    ]);
    expect(item.explanation.cues.map((c) => c.kind)).toEqual(['certainty', 'hedge']);
  });

  it('includes "neither" items, preferring non-framing sentences', () => {
    const neither = ofSkill(seedItems(), 'hedge-certainty').filter((i) => i.key.markers.length === 0);
    expect(neither).toHaveLength(1);
    expect(seedAnalysis.sentences[neither[0].sentenceIndex!].label).not.toBe('framing');
    expect(neither[0].explanation.why[0].key).toBe('why.hedge.neither');
  });
});

describe('source-check', () => {
  it('asks about check-worthy claims with named, vague and missing sources', () => {
    const items = ofSkill(wireItems(), 'source-check');
    expect(items.map((i) => i.key.kind).sort()).toEqual(['named', 'named', 'none', 'vague']);
    const w1 = bySentence(wireItems(), 'source-check', W.w1);
    expect(w1.key.tokenIndices.map((t) => w1.tokens[t].text).join(' ')).toBe('the national weather service');
    expect(w1.anchors.map((a) => a.text)).toEqual(['110 kilometres per hour']);
    expect(w1.choices).toEqual(['named', 'vague', 'none']);
  });

  it('never asks about an unsourced claim that owes no source (a public record, a schedule)', () => {
    const none = ofSkill(wireItems(), 'source-check').find((i) => i.key.kind === 'none')!;
    expect(none).toBeDefined();
    // The same analysis, with that claim marked as needing no source: it is no longer asked.
    const claims = wireAnalysis.claims.map((c) => (c.sentenceIndex === none.sentenceIndex ? { ...c, sourceOwed: false } : c));
    const items = ofSkill(gen(wireArticle, { ...wireAnalysis, claims }), 'source-check');
    expect(items.some((i) => i.sentenceIndex === none.sentenceIndex)).toBe(false);
    expect(items.every((i) => i.key.kind !== 'none')).toBe(true);
  });

  it('never asks a question whose answer contradicts the sentence label (no source on an attributed sentence, a source on a fact)', () => {
    const items = ofSkill(wireItems(), 'source-check');
    const none = items.find((i) => i.key.kind === 'none')!;
    const named = items.find((i) => i.key.kind === 'named')!;
    const relabel = (index: number, label: 'fact' | 'attributed') =>
      wireAnalysis.sentences.map((s, k) => (k === index ? { ...s, label } : s));
    const asAttributed = ofSkill(gen(wireArticle, { ...wireAnalysis, sentences: relabel(none.sentenceIndex!, 'attributed') }), 'source-check');
    expect(asAttributed.some((i) => i.sentenceIndex === none.sentenceIndex)).toBe(false);
    const asFact = ofSkill(gen(wireArticle, { ...wireAnalysis, sentences: relabel(named.sentenceIndex!, 'fact') }), 'source-check');
    expect(asFact.some((i) => i.sentenceIndex === named.sentenceIndex)).toBe(false);
  });

  it('finds that the seed article gives no source for its hard number', () => {
    const item = bySentence(seedItems(), 'source-check', S.s4);
    expect(item.key).toEqual({ kind: 'none', source: null, tokenIndices: [] });
    expect(item.explanation.why[0]).toEqual({ key: 'why.source.none', params: { anchors: ['over 31,900 Palestinian lives'] } });
    expect(item.explanation.cues.map((c) => c.text)).toEqual(['over 31,900 Palestinian lives']);
  });
});

describe('neutral-rewrite', () => {
  it('builds the neutral version from the alternatives and hides which choice is which', () => {
    const item = bySentence(seedAllItems(), 'neutral-rewrite', S.s3);
    const byVariant = Object.fromEntries(Object.entries(item.key.variants).map(([id, v]) => [v, item.choices.find((c) => c.id === id)!.label]));
    expect(byVariant.neutral).toBe(
      "The conversation between Amir-Abdollahian and al-Nakhaleh comes against the backdrop of nearly six months of conflict in Gaza, initiated by Israel's military offensive purportedly aimed at Hamas.",
    );
    expect(byVariant.original).toBe(S.s3);
    expect(byVariant.intensified).toContain('merciless conflict');
    expect(byVariant['fact-changed']).toContain('nearly two months of conflict');
    expect(item.key.changedFact).toEqual({ from: 'six', to: 'two' });
    expect(item.key.variants[item.key.choiceId]).toBe('neutral');
    expect(item.choices.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops omitted words cleanly and changes a number in the fact-changed version', () => {
    const item = bySentence(seedAllItems(), 'neutral-rewrite', S.s4);
    const labels = item.choices.map((c) => c.label);
    expect(labels).toContain(
      'Despite the stated objectives, the offensive has resulted in the loss of over 31,900 Palestinian lives, predominantly women and children, without achieving its goal of dismantling Hamas.',
    );
    expect(labels.some((l) => l.includes('over 51,040 Palestinian lives') && !l.includes('tragic'))).toBe(true);
    expect(labels.some((l) => l.includes('horrific loss'))).toBe(true);
  });

  it('fills a free slot with a partly neutral version (one loaded word left in)', () => {
    const analysis = structuredClone(seedAnalysis);
    // Without voices there is no party to swap, and S7 has no number: no fact-changed version.
    analysis.voices = [];
    const items = gen(seedArticle, analysis, null, { skills: ['neutral-rewrite'], limits: { 'neutral-rewrite': 99 } });
    const item = bySentence(items, 'neutral-rewrite', S.s7);
    const partly = Object.entries(item.key.variants).find(([, v]) => v === 'partly-neutral');
    expect(partly).toBeDefined();
    const label = item.choices.find((c) => c.id === partly![0])!.label;
    expect(label).toContain('armed groups');
    expect(label).toContain('hostilities');
  });

  it('only rewrites sentences with writer-voice loaded words that have alternatives', () => {
    expect(ofSkill(seedItems(), 'neutral-rewrite')).toHaveLength(6); // capped per article
    const items = ofSkill(seedAllItems(), 'neutral-rewrite');
    expect(items).toHaveLength(10);
    const texts = items.map((i) => i.sentence!.text);
    expect(texts).not.toContain(S.s6);
    expect(texts).not.toContain(S.s8); // only the source's word "inaction"
    expect(texts).not.toContain(S.s13);
    expect(items.every((i) => i.choices.length >= 3 && new Set(i.choices.map((c) => c.label)).size === i.choices.length)).toBe(true);
    expect(ofSkill(wireItems(), 'neutral-rewrite')).toHaveLength(0);
  });
});

describe('missing-voices', () => {
  it('lists the voices and keys the ones never heard', () => {
    const [item] = ofSkill(seedKeyItems(), 'missing-voices');
    const notHeard = item.key.notHeard.map((id) => item.choices.find((c) => c.id === id)!.label);
    expect(notHeard.sort()).toEqual(['Israel', 'United Nations Security Council', 'White House', 'civilians'].sort());
    expect(item.sentence).toBeNull();
    expect(item.itemId).toBe(`${SEED_HASH.slice(0, 12)}:missing-voices:0`);
    expect(item.explanation.cues.some((c) => c.kind === 'mention' && c.text === 'Israel')).toBe(true);
  });

  it('is a discuss item when a heard voice rests on an unsure attribution', () => {
    const [seed] = ofSkill(seedItems(), 'missing-voices');
    expect(seed.confidence).toBe(0.62);
    expect(seed.graded).toBe(false);
    const [wire] = ofSkill(wireItems(), 'missing-voices');
    expect(wire.graded).toBe(true);
    expect(wire.key.notHeard.map((id) => wire.choices.find((c) => c.id === id)!.label)).toEqual(['Port authority of Halden', 'Nordlink']);
  });

  it('counts as manipulative material when silent parties appear in slanted sentences', () => {
    expect(ofSkill(seedItems(), 'missing-voices')[0].material).toBe('manipulative');
    expect(ofSkill(wireItems(), 'missing-voices')[0].material).toBe('neutral');
  });

  it('needs at least two voices', () => {
    const analysis = { ...wireAnalysis, voices: wireAnalysis.voices.slice(0, 1) };
    expect(ofSkill(gen({ id: 2, hash: 'cd'.repeat(32), original: wireText }, analysis), 'missing-voices')).toHaveLength(0);
  });
});

it('every skill appears in the seed key items', () => {
  const skills = new Set(seedKeyItems().map((i) => i.skill));
  expect([...skills].sort()).toEqual([...SKILLS].sort());
});
