import { describe, expect, it } from 'vitest';
import {
  CONFIDENCE_CUTOFFS, calibrateItemConfidence, generateItems, labelSignals, rawCutoff, SKILLS, UNCALIBRATED_CUTOFFS,
} from '../../../src/core/practice';
import { ITEM_CALIBRATION, VOICE_CUTOFF, calibrateVoiceConfidence } from '../../../src/core/practice/confidence';
import { itemSignals } from '../../../src/core/practice/item-signals';
import { featuresFor, VOICE_FEATURES } from '../../../scripts/train-item-confidence';
import { seedAnalysis } from '../../fixtures/practice/seed';
import { createAnalyser } from '../../../src/core/analysis';
import type { PracticeItem } from '../../../src/core/practice/types';
import { seedArticle } from './helpers';

describe('item signals', () => {
  it('counts words a key may call a hedge or certainty though no marker was found (hedge-certainty, 2.21.0)', () => {
    const analysis = createAnalyser().analyzeArticle('Buses usually run at least ten minutes late. The council met on Monday.');
    const item = (sentenceIndex: number, markers: unknown[]) => ({ skill: 'hedge-certainty', sentenceIndex, key: { markers }, choices: [], anchors: [] }) as unknown as PracticeItem;
    const first = itemSignals(item(0, []), analysis, 0.9);
    expect(first.candidates).toBeCloseTo(Math.log1p(2), 10);
    expect(first.neither_candidates).toBe(first.candidates);
    const marked = itemSignals(item(0, [{ start: 6, end: 13, text: 'usually', kind: 'hedge' }]), analysis, 0.9);
    expect(marked.neither_candidates).toBe(0);
    expect(itemSignals(item(1, []), analysis, 0.9).candidates).toBe(0);
  });
});

describe('item signals: a report carried on (classify, 2.30.0)', () => {
  const text = 'Dunmore Bridge\n\nThe engineer said the bridge needed new bearings. The work would take a year. Traffic fell in May.\n\nThe council met on Monday.';
  const analysis = createAnalyser().analyzeArticle(text);
  const item = (sentenceIndex: number) => ({ skill: 'classify', sentenceIndex, key: { label: analysis.sentences[sentenceIndex].label }, choices: [], anchors: [] }) as unknown as PracticeItem;
  const at = (start: string) => analysis.sentences.findIndex((s) => s.text.startsWith(start));
  it('marks a sentence with no speaker of its own after a reported one in the same paragraph, and its backshifted verb', () => {
    expect(analysis.sentences[at('The engineer')].label).toBe('attributed');
    expect(itemSignals(item(at('The work')), analysis, 0.9)).toMatchObject({ after_report: 1, backshift: 1 });
    expect(itemSignals(item(at('The engineer')), analysis, 0.9)).toMatchObject({ after_report: 0, backshift: 0 });
    // A new paragraph starts afresh.
    expect(itemSignals(item(at('The council')), analysis, 0.9)).toMatchObject({ after_report: 0, backshift: 0 });
  });
  it('never grades such a sentence on the writer\'s voice alone', () => {
    const items = generateItems({ id: null, hash: 'h', original: text }, analysis, null, { skills: ['classify'], limits: { classify: 10 }, voiceCutoff: 0, cutoffs: { classify: 2 } });
    const voiced = (start: string) => items.find((i) => analysis.sentences[i.sentenceIndex!].text.startsWith(start));
    expect(voiced('The work')?.graded).toBe(false);
    // Other sentences read as fact or framing are graded on the voice at the same cut-offs.
    expect(items.filter((i) => i.skill === 'classify' && i.voiceOnly).length).toBeGreaterThan(0);
  });
});

describe('who-says: "the writer" on a sentence that may carry a report on (2.30.0)', () => {
  it('is never graded, whatever the cut-off', () => {
    const text = "Dunmore Bridge\n\nThe engineer said the bridge needed new bearings. Closing it would be a reckless gamble with people's lives.";
    const analysis = createAnalyser().analyzeArticle(text);
    const items = generateItems({ id: null, hash: 'h', original: text }, analysis, null, { skills: ['who-says'], limits: { 'who-says': 10 }, cutoffs: { 'who-says': 0 } });
    const byKind = Object.fromEntries(items.map((i) => [i.skill === 'who-says' ? i.key.kind : '', i.graded]));
    expect(byKind).toEqual({ voice: true, writer: false });
  });
});

describe('item signals: "no loaded word here"', () => {
  it('weighs emphasis, figures of speech and numbers only for items that mark no word (loaded-words, 2.22.0)', () => {
    const analysis = createAnalyser().analyzeArticle('It is a recipe for chaos, the worst plan ever. The council met 3 times in 2024.');
    const item = (sentenceIndex: number, spans: unknown[]) => ({ skill: 'loaded-words', sentenceIndex, key: { spans }, choices: [], anchors: [] }) as unknown as PracticeItem;
    const first = itemSignals(item(0, []), analysis, 0.9);
    expect(first.none_intensifiers).toBeGreaterThan(0);
    expect(first.none_figurative).toBeGreaterThan(0);
    expect(first.none_numbers).toBe(0);
    const second = itemSignals(item(1, []), analysis, 0.9);
    expect(second.none_numbers).toBeCloseTo(Math.log1p(5), 10);
    expect(second.none_figurative).toBe(0);
    const marked = itemSignals(item(0, [{ start: 0, end: 2, text: 'It', voice: 'writer' }]), analysis, 0.9);
    expect([marked.none_intensifiers, marked.none_figurative, marked.none_p_framing]).toEqual([0, 0, 0]);
  });
});

describe('item confidence calibration', () => {
  it('ships a calibration for every skill, fitted out of fold, with its cut-offs', () => {
    expect(ITEM_CALIBRATION).not.toBeNull();
    for (const s of SKILLS) {
      const c = ITEM_CALIBRATION!.skills[s];
      expect(CONFIDENCE_CUTOFFS[s]).toBe(c.cutoff);
      expect(c.n).toBeGreaterThan(0);
      // A graded cut-off is the median over writer resamples of a cut-off meeting the target on each
      // (scripts/train-item-confidence.ts, baggedCutoff), so on all out-of-fold items together it
      // meets the target to within a point, never far below it.
      if (c.cutoff <= 1) expect(c.precision, s).toBeGreaterThanOrEqual((c.targetPrecision ?? ITEM_CALIBRATION!.targetPrecision) - 0.01);
    }
  });

  it('was fitted with the inputs the code computes for each skill (refit with npm run train:items otherwise)', () => {
    for (const s of SKILLS) expect(ITEM_CALIBRATION!.skills[s].features, s).toEqual(featuresFor(s));
  });

  it('ships the writer\'s-voice calibration of classify items, rising with 1 − P(attributed), with its cut-off', () => {
    const v = ITEM_CALIBRATION!.voice!;
    expect(v.features).toEqual(VOICE_FEATURES);
    expect(VOICE_CUTOFF).toBe(v.cutoff);
    expect(v.n).toBeGreaterThan(0);
    // Shipped on: a cut-off that grades, meeting the target on all out-of-fold items to within half a point.
    expect(VOICE_CUTOFF).toBeLessThanOrEqual(1);
    expect(v.coverage).toBeGreaterThan(0);
    expect(v.precision).toBeGreaterThanOrEqual(ITEM_CALIBRATION!.targetPrecision - 0.005);
    const at = (p: number) => calibrateVoiceConfidence({ voice_raw: Math.log(p / (1 - p)) });
    expect(at(0.99)).toBeGreaterThan(at(0.6));
  });

  it('refuses a bare raw score for a skill calibrated on several signals', () => {
    for (const s of SKILLS) {
      if (ITEM_CALIBRATION!.skills[s].features.join() !== 'raw') expect(() => calibrateItemConfidence(s, 0.9)).toThrow(/signals/);
    }
  });

  it('maps the classify label probability to a confidence monotonically per label, and the per-label raw cut-off back to the calibrated one', () => {
    const logit = (p: number) => Math.log(p / (1 - p));
    expect(ITEM_CALIBRATION!.skills.classify.features).toContain('raw');
    for (const label of ['fact', 'attributed', 'framing'] as const) {
      let prev = -1;
      for (let raw = 0.05; raw <= 0.951; raw += 0.05) {
        const p = calibrateItemConfidence('classify', { raw: logit(raw), ...labelSignals(label) });
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(p).toBeGreaterThanOrEqual(prev - 1e-12);
        prev = p;
      }
      const r = rawCutoff('classify', labelSignals(label));
      expect(r).toBeGreaterThan(0);
      if (r < 1) expect(calibrateItemConfidence('classify', { raw: logit(r), ...labelSignals(label) })).toBeCloseTo(CONFIDENCE_CUTOFFS.classify, 6);
    }
    // Without the label the classify cut-off cannot be mapped back.
    expect(rawCutoff('classify')).toBeNaN();
  });

  it('gives analyser items the calibrated confidence and grades exactly those at the cut-off', () => {
    const raw = generateItems(seedArticle, seedAnalysis, null, { rawConfidence: true, cutoffs: UNCALIBRATED_CUTOFFS });
    const calibrated = generateItems(seedArticle, seedAnalysis);
    expect(calibrated.map((i) => i.itemId)).toEqual(raw.map((i) => i.itemId));
    calibrated.forEach((item, k) => {
      expect(item.confidence).toBeCloseTo(calibrateItemConfidence(item.skill, itemSignals(raw[k], seedAnalysis, raw[k].confidence)), 10);
      // Below its cut-off a classify item may still be graded, on the writer's voice alone.
      const voice = item.skill === 'classify' ? item.voiceOnly : undefined;
      expect(item.graded).toBe(item.confidence >= CONFIDENCE_CUTOFFS[item.skill] || (!!voice && voice.confidence >= VOICE_CUTOFF));
      if (voice) {
        expect(item.confidence).toBeLessThan(CONFIDENCE_CUTOFFS.classify);
        expect(voice.confidence).toBeCloseTo(calibrateVoiceConfidence(itemSignals(raw[k], seedAnalysis, raw[k].confidence)), 10);
      }
    });
  });

  it('can draw other samples of sentences for fitting the calibration, leaving the app\'s own sample as it was', () => {
    const ids = (o: { sampleSalt?: string }) => generateItems(seedArticle, seedAnalysis, null, { rawConfidence: true, limits: { classify: 3 }, skills: ['classify'], ...o }).map((i) => i.itemId);
    expect(ids({})).toEqual(ids({ sampleSalt: undefined }));
    expect(ids({ sampleSalt: 'fit-1' })).toHaveLength(3);
    // Another sample asks about other sentences, under the same limit, and is itself reproducible.
    expect(new Set([ids({}), ids({ sampleSalt: 'fit-1' }), ids({ sampleSalt: 'fit-2' })].map((x) => x.join())).size).toBeGreaterThan(1);
    expect(ids({ sampleSalt: 'fit-1' })).toEqual(ids({ sampleSalt: 'fit-1' }));
  });

  it('never grades a skill whose out-of-fold items could not reach the target', () => {
    const never = SKILLS.filter((s) => CONFIDENCE_CUTOFFS[s] > 1);
    const items = generateItems(seedArticle, seedAnalysis);
    for (const item of items) if (never.includes(item.skill)) expect(item.graded).toBe(false);
  });
});
