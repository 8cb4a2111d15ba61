import { describe, expect, it } from 'vitest';
import { AnswerKeyMismatchError, analysisFromAnswerKey, cleanVoiceName, generateItems, keyNotes, voiceNameVariants } from '../../../src/core/practice';
import { S, SEED_HASH, seedKey, seedText } from '../../fixtures/practice/seed';

describe('analysisFromAnswerKey', () => {
  const analysis = analysisFromAnswerKey(seedText, seedKey);

  it('locates every key sentence at its offsets, in order', () => {
    expect(analysis.sentences).toHaveLength(13);
    let last = -1;
    for (const s of analysis.sentences) {
      expect(seedText.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThan(last);
      last = s.start;
    }
    expect(analysis.sentences[3].start).toBe(seedText.indexOf(S.s4));
  });

  it('gives the key label probability 1 and the others 0', () => {
    for (const [i, ks] of seedKey.sentences.entries()) {
      const s = analysis.sentences[i];
      expect(s.label).toBe(ks.label);
      expect(s.probabilities[ks.label]).toBe(1);
      expect(s.probabilities.fact + s.probabilities.attributed + s.probabilities.framing).toBe(1);
    }
    expect(analysis.analyserVersion).toBe('key:iran-pij-gaza-exchange');
  });

  it('marks headings and both "Advertisment" lines, and puts sentences in paragraphs', () => {
    const headings = analysis.segments.filter((g) => g.kind === 'heading');
    expect(headings.map((g) => seedText.slice(g.start, g.end))).toEqual(seedKey.headings);
    const debris = analysis.segments.filter((g) => g.kind === 'debris');
    expect(debris).toHaveLength(2);
    expect(debris[0].start).not.toBe(debris[1].start);
    for (const s of analysis.sentences) {
      const seg = analysis.segments.find((g) => s.start >= g.start && s.start < g.end);
      expect(seg?.kind).toBe('paragraph');
      expect(analysis.segments[s.blockIndex]).toBe(seg);
    }
  });

  it('turns sources, cues, loaded words, hedges and claims into spans inside their sentence', () => {
    expect(analysis.attributions).toHaveLength(4);
    const first = analysis.attributions[0];
    expect(first.source?.text).toBe('Hossein Amir-Abdollahian and Ziyad al-Nakhaleh');
    expect(first.cue.text).toBe('voiced concerns');
    expect(seedText.slice(first.cue.start, first.cue.end)).toBe('voiced concerns');
    const urgency = analysis.loaded.find((l) => l.text === 'urgency')!;
    expect(urgency.neutral).toEqual(['need']);
    expect(urgency.sentenceIndex).toBe(4);
    expect(analysis.loaded.find((l) => l.text === 'genocide')!.voice).toBe('source');
    expect(analysis.markers.map((m) => [m.text, m.kind])).toEqual([
      ['purportedly', 'hedge'],
      ['undoubtedly', 'certainty'],
      ['potentially', 'hedge'],
    ]);
    const claim = analysis.claims.find((c) => c.sentenceIndex === 3)!;
    expect(claim.sourceKind).toBe('none');
    expect(claim.anchors.map((a) => a.text)).toContain('31,900');
    for (const l of analysis.loaded) expect(seedText.slice(l.start, l.end)).toBe(l.text);
  });

  it('resolves a repeated word to the occurrence in its own sentence', () => {
    const politicization = analysis.loaded.filter((l) => l.text === 'politicization');
    expect(politicization.map((l) => l.sentenceIndex)).toEqual([0, 9]);
    expect(politicization[0].start).not.toBe(politicization[1].start);
  });

  it('lists voices heard and not heard, with mentions and attributions', () => {
    const byName = new Map(analysis.voices.map((v) => [v.name, v]));
    expect(byName.get('Israel')!.heard).toBe(false);
    expect(byName.get('Israel')!.mentions.length).toBeGreaterThan(0);
    expect(byName.get('Hossein Amir-Abdollahian')!.heard).toBe(true);
    expect(byName.get('Hossein Amir-Abdollahian')!.attributions).toContain(0);
    expect(byName.get('Hossein Amir-Abdollahian')!.kind).toBe('person');
    expect(byName.get('United Nations Security Council')!.kind).toBe('organisation');
  });

  it('tolerates a different whitespace run between words of a key sentence', () => {
    const reflowed = seedText.replace('voiced concerns over', 'voiced\n  concerns over');
    const a = analysisFromAnswerKey(reflowed, seedKey);
    expect(a.sentences[0].text).toContain('voiced\n  concerns');
    expect(a.sentences[1].start).toBe(reflowed.indexOf(S.s2));
  });

  it('rejects a key whose sentence is not in the text, naming it', () => {
    const broken = { ...seedKey, sentences: [{ text: 'This sentence is not in the article.', label: 'fact' as const }] };
    expect(() => analysisFromAnswerKey(seedText, broken)).toThrow(AnswerKeyMismatchError);
    expect(() => analysisFromAnswerKey(seedText, broken)).toThrow(/not found/);
  });

  it('keeps teacher notes by sentence index', () => {
    expect(keyNotes(seedKey).get(3)).toBe('The one hard number has no stated source.');
  });
});

describe('key voices written as teacher labels', () => {
  it('drops comments that would give the answer away', () => {
    expect(cleanVoiceName('the finance ministry (did not respond)')).toBe('the finance ministry');
    expect(cleanVoiceName('Ismail Haniyeh (Hamas), via "discussions"')).toBe('Ismail Haniyeh');
    expect(cleanVoiceName('"several studies" and "experts" (vague)')).toBe('several studies and experts');
  });

  it('finds the names a voice goes by, including a person’s surname', () => {
    expect(voiceNameVariants('Iran / Tehran')).toEqual(['Iran', 'Tehran']);
    expect(voiceNameVariants('Hossein Amir-Abdollahian')).toEqual(['Hossein Amir-Abdollahian', 'Amir-Abdollahian']);
    expect(voiceNameVariants('the White House / United States')).toEqual(['White House', 'United States']);
    expect(voiceNameVariants('Caldmouth Transit and its chief operating officer Martin Oduya')).toEqual([
      'Caldmouth Transit',
      'chief operating officer Martin Oduya',
      'Oduya',
    ]);
  });

  it('links labelled voices to their mentions and attributions, and keeps unmentioned parties', () => {
    const key = {
      ...seedKey,
      voices: {
        heard: ['Hossein Amir-Abdollahian (Iranian foreign minister)', 'Iran / Tehran'],
        notHeard: ['Israel', 'the White House / United States', 'any independent source (none quoted)'],
      },
    };
    const analysis = analysisFromAnswerKey(seedText, key);
    const byName = new Map(analysis.voices.map((v) => [v.name, v]));
    const minister = byName.get('Hossein Amir-Abdollahian')!;
    expect(minister.mentions.map((m) => m.text)).toContain('Amir-Abdollahian');
    expect(minister.attributions).toEqual([0, 2]); // sentence 1 and "Amir-Abdollahian detailed"
    const iran = byName.get('Iran / Tehran')!;
    expect(iran.mentions.every((m) => m.text === 'Iran' || m.text === 'Tehran')).toBe(true);
    expect(iran.mentions.some((m) => seedText.slice(m.start, m.end + 3) === 'Iranian')).toBe(false);
    expect(byName.get('any independent source')!.mentions).toEqual([]);
    const items = generateItems({ id: 1, hash: SEED_HASH, original: seedText }, null, key, { skills: ['missing-voices'] });
    expect(items[0].skill === 'missing-voices' && items[0].choices.map((c) => c.label)).toContain('any independent source');
    expect(JSON.stringify(items)).not.toContain('none quoted');
  });
});
