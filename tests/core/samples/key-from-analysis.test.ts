import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../../src/core/analysis';
import { CONTINUED_NOTE, keyFromAnalysis } from '../../../src/core/samples/key-from-analysis';
import type { ArticleAnalysis } from '../../../src/core/analysis/types';
import { validateKey } from '../../../src/core/samples/validate-key';
import { HARBOUR_ANALYSIS as analysis, HARBOUR_S1 as s1, HARBOUR_S2 as s2, HARBOUR_TEXT as TEXT } from '../../fixtures/harbour-analysis';

const HARBOUR_TEXT_WITH_END = `${TEXT}\n###\n`;

describe('keyFromAnalysis', () => {
  const key = keyFromAnalysis(TEXT, analysis, { id: 'article-1', title: 'Harbour wall reopens' });

  it('writes each sentence with its label, speaker and reporting verb', () => {
    expect(key.sentences[0]).toEqual({
      text: s1.text,
      label: 'attributed',
      direct: false,
      source: 'the port authority',
      sourceKind: 'named',
      cue: 'said',
    });
  });

  it('takes loaded words with the first neutral alternative, claims with their sourcing, and no intensifiers', () => {
    expect(key.sentences[1]).toEqual({
      text: s2.text,
      label: 'framing',
      loaded: [{ text: 'reckless', neutral: 'costly', voice: 'writer' }],
      checkWorthy: true,
      claimSource: null,
      claimSourceKind: 'none',
      sourceOwed: true,
    });
  });

  it('lists headings and debris by line and voices heard / not heard (places left out)', () => {
    expect(key.headings).toEqual(['Harbour wall reopens']);
    expect(key.debris).toEqual(['Share this article']);
    expect(key.voices).toEqual({ heard: ['the port authority'], notHeard: ['Critics'] });
  });

  it('lists a line the analyser left out of every segment as debris, in text order', () => {
    const text = `${HARBOUR_TEXT_WITH_END}`;
    const converted = keyFromAnalysis(text, analysis, { id: 'e', title: 't' });
    expect(converted.debris).toEqual(['Share this article', '###']);
    expect(validateKey(converted, text)).toEqual([]);
  });

  it('gives a key that validates against the article text', () => {
    expect(validateKey(key, TEXT)).toEqual([]);
  });

  it('leaves a speaker out when the analyser found none, so validation names the gap', () => {
    const noSource = { ...analysis, attributions: [] };
    const gap = keyFromAnalysis(TEXT, noSource, { id: 'a', title: 't' });
    expect(gap.sentences[0].source).toBeUndefined();
    expect(validateKey(gap, TEXT).join('\n')).toMatch(/sentence 1 \(attributed\) needs a source/);
  });

  it('writes a quotation continued from the previous attributed sentence as the key format wants it', () => {
    const text = 'Ana Ruiz said the wall was sound. "It will last a century."\n';
    const first = { start: 0, end: 33, text: text.slice(0, 33) };
    const second = { start: 34, end: text.length - 1, text: text.slice(34, -1) };
    const base = analysis.sentences[0];
    const quoted: ArticleAnalysis = {
      ...analysis,
      segments: [{ kind: 'paragraph', start: 0, end: second.end }],
      sentences: [
        { ...base, ...first, blockIndex: 0 },
        { ...base, ...second, blockIndex: 0 },
      ],
      attributions: [{ sentenceIndex: 0, source: { start: 0, end: 8, text: 'Ana Ruiz' }, sourceKind: 'named', cue: { start: 9, end: 13, text: 'said' }, content: null, direct: false }],
      loaded: [],
      markers: [],
      claims: [],
      voices: [],
    };
    const converted = keyFromAnalysis(text, quoted, { id: 'q', title: 'q' });
    expect(converted.sentences[1]).toEqual({ text: '"It will last a century."', label: 'attributed', direct: true, note: CONTINUED_NOTE });
    expect(validateKey(converted, text)).toEqual([]);
  });

  it('covers every sentence of a real article analysed by the shipped analyser', () => {
    const text = readFileSync(new URL('../../../resources/samples/local-kettlewick-library-hours.txt', import.meta.url), 'utf8');
    const real = createAnalyser().analyzeArticle(text);
    const converted = keyFromAnalysis(text, real, { id: 'k', title: 'Kettlewick' });
    expect(converted.sentences).toHaveLength(real.sentences.length);
    const problems = validateKey(converted, text);
    // Whatever the analyser missed, the key quotes the text exactly and leaves none of it unlabelled.
    expect(problems.filter((p) => /not found|unlabelled|not in the sentence|not a whole line/.test(p))).toEqual([]);
  });
});
