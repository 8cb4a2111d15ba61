import { describe, expect, it } from 'vitest';
import bundled from '../../../resources/models/source-owed.json';
import { loadSourceOwedModel, sourceOwedModelFrom, SOURCE_OWED_FEATURES, type SourceOwedModelFile } from '../../../src/core/analysis/source-owed-model';
import { createAnalyser } from '../../../src/core/analysis/index';
import { findAnchors, isLogisticsAnchor } from '../../../src/core/analysis/claims';
import { createNlp } from '../../../src/core/analysis/nlp';
import { buildLexicons } from '../../../src/core/analysis/lexicons';

const file = bundled as unknown as SourceOwedModelFile;

describe('source-owed model file', () => {
  it('loads, matches the code and records how it was measured out of fold', () => {
    expect(loadSourceOwedModel()).not.toBeNull();
    expect(file.features).toEqual([...SOURCE_OWED_FEATURES]);
    expect(file.notOwedBelow).toBeGreaterThan(0);
    expect(file.notOwedBelow).toBeLessThanOrEqual(file.threshold);
    const oof = file.training.outOfFold as { notOwedPrecision: number; accuracy: number };
    expect(oof.notOwedPrecision).toBeGreaterThanOrEqual(0.9);
  });
  it('refuses a file trained on other features', () => {
    expect(() => sourceOwedModelFrom({ ...file, features: file.features.slice(1) })).toThrow(/different features/);
  });
});

describe('claims and the sources they owe', () => {
  const analyser = createAnalyser();
  it('marks only unsourced claims, and only says "no source needed" below the fitted cut', () => {
    const text = 'Police said 14 people were arrested. More than 3,000 civilians have been killed since the offensive began. The hearing will take place on 12 March 2027 at Harwick Crown Court.';
    const a = analyser.analyzeArticle(text);
    for (const c of a.claims) {
      if (c.source) {
        expect(c.sourceOwed).toBeUndefined();
      } else {
        expect(typeof c.pSourceOwed).toBe('number');
        expect(c.sourceOwed).toBe(c.pSourceOwed! >= file.notOwedBelow);
      }
    }
    const casualties = a.claims.find((c) => a.sentences[c.sentenceIndex].text.startsWith('More than'));
    expect(casualties?.sourceOwed).toBe(true);
  });
  it('without the model every unsourced claim owes a source', () => {
    const a = createAnalyser({ sourceOwed: null }).analyzeArticle('The hearing will take place on 12 March 2027 at Harwick Crown Court.');
    expect(a.claims.every((c) => c.source || c.sourceOwed === true)).toBe(true);
  });
  it('treats times, phone numbers, case numbers and weekdays as logistics, not claims', () => {
    for (const t of ['Call 0800 123 456 for details.', 'The meeting starts at 7 p.m. on Thursday.', 'The case, No. 24-CV-1182, was filed in March.', 'The exhibition opens at 10:30 on Saturday.']) {
      expect(analyser.analyzeArticle(t).claims).toEqual([]);
    }
    // A year is history a reader can check; a price is a claim.
    const nlp = createNlp();
    const lex = buildLexicons(nlp);
    const toks = nlp.tokenize('The station closed in 2022 after tickets rose to £12.', 0);
    const anchors = findAnchors(toks, lex);
    expect(anchors.filter((x) => !isLogisticsAnchor(toks, x)).length).toBeGreaterThan(0);
    expect(analyser.analyzeArticle('Tickets cost £12.').claims.length).toBe(1);
  });
});
