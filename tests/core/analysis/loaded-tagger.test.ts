import { describe, expect, it } from 'vitest';
import bundled from '../../../resources/models/loaded-tagger.json';
import { createLoadedTagger, loadLoadedTagger, taggerRows, type LoadedTaggerFile } from '../../../src/core/analysis/loaded-tagger';
import { createNlp } from '../../../src/core/analysis/nlp';
import { buildLexicons } from '../../../src/core/analysis/lexicons';
import { loadWordVectors } from '../../../src/core/analysis/subjectivity-model';
import { createAnalyser } from '../../../src/core/analysis/analyser';

const nlp = createNlp();
const lex = buildLexicons(nlp);
const rowsOf = (text: string) => {
  const toks = nlp.tokenize(text, 0);
  lex.starts.mark(toks);
  return { toks, rows: taggerRows(toks, lex, loadWordVectors()) };
};

describe('the loaded-word token model', () => {
  const tagger = loadLoadedTagger()!;

  it('ships and loads', () => {
    expect(tagger).not.toBeNull();
    const file = bundled as unknown as LoadedTaggerFile;
    expect(file.metrics?.oofTokenAuc).toBeGreaterThan(0.75);
  });

  it('scores content words only, never names, numbers or function words', () => {
    const { toks, rows } = rowsOf('Councillor Ann Reed said the 2019 plan was a shambles.');
    const scored = rows.map((r) => toks[r.index].text);
    expect(scored).toContain('shambles');
    expect(scored).not.toContain('Ann');
    expect(scored).not.toContain('2019');
    expect(scored).not.toContain('the');
  });

  it('is less sure a sentence is free of loaded words when it carries a judgement', () => {
    const plain = tagger.pNone(rowsOf('The council met on Tuesday and approved the budget for next year.').rows);
    const slanted = tagger.pNone(rowsOf('The council shamefully rammed through a disastrous budget on Tuesday.').rows);
    expect(plain).toBeGreaterThan(slanted);
    expect(plain).toBeGreaterThan(0.5);
  });

  it('gives the analyser a pNoLoaded per sentence, and none when it is switched off', () => {
    const text = 'Budget day\n\nThe council met on Tuesday. Critics called the plan a disgrace.';
    const withTagger = createAnalyser().analyzeArticle(text);
    // Only where the analysis found no loaded word: the signal is for "none" items.
    expect(typeof withTagger.sentences[0].pNoLoaded).toBe('number');
    expect(withTagger.loaded.some((l) => l.sentenceIndex === 1)).toBe(true);
    expect(withTagger.sentences[1].pNoLoaded).toBeUndefined();
    const without = createAnalyser({ loadedTagger: null }).analyzeArticle(text);
    expect(without.sentences.every((s) => s.pNoLoaded === undefined)).toBe(true);
  });

  it('refuses a damaged file with a message', () => {
    const file = { ...(bundled as unknown as LoadedTaggerFile), weights: [1, 2, 3] };
    expect(() => createLoadedTagger(file)).toThrow(/damaged/);
    expect(() => createLoadedTagger({ ...file, format: 'other' } as unknown as LoadedTaggerFile)).toThrow(/Not a loaded-word tagger/);
  });
});
