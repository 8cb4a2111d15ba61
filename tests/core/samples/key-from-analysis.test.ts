import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../../src/core/analysis';
import type { ArticleAnalysis } from '../../../src/core/analysis/types';
import { keyFromAnalysis } from '../../../src/core/samples/key-from-analysis';
import { validateKey } from '../../../src/core/samples/validate-key';

const TEXT =
  'Harbour wall reopens\n\n' +
  'The wall reopened on Monday, the port authority said. Critics called it a reckless waste of 2.4 million euros.\n\n' +
  'Share this article\n';

function at(text: string, from = 0) {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`not in text: ${text}`);
  return { start, end: start + text.length, text };
}

const s1 = at('The wall reopened on Monday, the port authority said.');
const s2 = at('Critics called it a reckless waste of 2.4 million euros.');

const analysis: ArticleAnalysis = {
  analyserVersion: 'test',
  segments: [
    { kind: 'heading', ...at('Harbour wall reopens') },
    { kind: 'paragraph', start: s1.start, end: s2.end },
    { kind: 'debris', ...at('Share this article') },
  ],
  sentences: [
    { ...s1, blockIndex: 1, label: 'attributed', probabilities: { fact: 0.1, attributed: 0.8, framing: 0.1 }, subjective: false, pSubjective: 0.1, checkWorthy: false, cues: [] },
    { ...s2, blockIndex: 1, label: 'framing', probabilities: { fact: 0.1, attributed: 0.2, framing: 0.7 }, subjective: true, pSubjective: 0.8, checkWorthy: true, cues: [] },
  ],
  attributions: [{ sentenceIndex: 0, source: at('the port authority'), sourceKind: 'named', cue: at('said', s1.start), content: null, direct: false }],
  loaded: [{ ...at('reckless'), sentenceIndex: 1, category: 'evaluative', reason: 'r', neutral: ['costly', 'risky'], voice: 'writer' }],
  markers: [{ ...at('Critics'), sentenceIndex: 1, kind: 'intensifier' }],
  claims: [{ sentenceIndex: 1, anchors: [at('2.4 million euros')], source: null, sourceKind: 'none', sourceOwed: true }],
  voices: [
    { name: 'the port authority', kind: 'organisation', mentions: [at('the port authority')], heard: true, attributions: [0] },
    { name: 'Critics', kind: 'group', mentions: [at('Critics')], heard: false, attributions: [] },
    { name: 'Harbour', kind: 'place', mentions: [at('Harbour')], heard: false, attributions: [] },
  ],
};

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

  it('gives a key that validates against the article text', () => {
    expect(validateKey(key, TEXT)).toEqual([]);
  });

  it('leaves a speaker out when the analyser found none, so validation names the gap', () => {
    const noSource = { ...analysis, attributions: [] };
    const gap = keyFromAnalysis(TEXT, noSource, { id: 'a', title: 't' });
    expect(gap.sentences[0].source).toBeUndefined();
    expect(validateKey(gap, TEXT).join('\n')).toMatch(/sentence 1 \(attributed\) needs a source/);
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
