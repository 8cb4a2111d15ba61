/**
 * A small article with a hand-built ArticleAnalysis. Offsets are found with indexOf, so
 * the fixture stays right if the wording changes.
 */
import type { ArticleAnalysis, Cue, CueKind, SentenceAnalysis, Span } from '../../../src/core/analysis/types';
import type { TextBlock } from '../../../src/core/text/types';

export const HEADING = 'Harbour council approves new ferry fares';
export const S0 = 'The council voted on Tuesday to raise ferry fares by 12% from 1 March.';
export const S1 = '"This is an utterly disgraceful betrayal of islanders," said Mara Quill, who chairs the residents\' group.';
export const S2 = 'The relentless fare rises will clearly push families off the island.';
export const S3 = 'Ticket sales fell by a third last winter, the port authority reported.';

export const original = `${HEADING}\n\n${S0} ${S1}\n\n${S2} ${S3}\n`;

function at(text: string, from = 0): Span {
  const start = original.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: "${text}" not in the article`);
  return { start, end: start + text.length, text };
}

function inSentence(sentence: Span, text: string): Span {
  return at(text, sentence.start);
}

function cue(sentence: Span, text: string, kind: CueKind, note: string): Cue {
  return { ...inSentence(sentence, text), kind, note };
}

const heading = at(HEADING);
const p1 = { start: original.indexOf(S0), end: original.indexOf(S1) + S1.length };
const p2 = { start: original.indexOf(S2), end: original.indexOf(S3) + S3.length };

export const blocks: TextBlock[] = [
  { kind: 'heading', start: heading.start, end: heading.end, text: HEADING },
  { kind: 'paragraph', start: p1.start, end: p1.end, text: original.slice(p1.start, p1.end) },
  { kind: 'paragraph', start: p2.start, end: p2.end, text: original.slice(p2.start, p2.end) },
];

const s0 = at(S0);
const s1 = at(S1);
const s2 = at(S2);
const s3 = at(S3);

function sentence(span: Span, blockIndex: number, label: SentenceAnalysis['label'], p: [number, number, number], extra: Partial<SentenceAnalysis>): SentenceAnalysis {
  return {
    ...span,
    blockIndex,
    label,
    probabilities: { fact: p[0], attributed: p[1], framing: p[2] },
    subjective: label === 'framing',
    pSubjective: label === 'framing' ? 0.6 : 0.2,
    checkWorthy: false,
    cues: [],
    ...extra,
  };
}

export const analysis: ArticleAnalysis = {
  analyserVersion: 'fixture-1',
  segments: blocks.map((block) => ({ kind: block.kind, start: block.start, end: block.end })),
  sentences: [
    sentence(s0, 1, 'fact', [0.9, 0.04, 0.06], {
      checkWorthy: true,
      cues: [cue(s0, '12%', 'number', "'12%' can be checked; the article gives no source for it")],
    }),
    sentence(s1, 1, 'attributed', [0.08, 0.78, 0.14], {
      cues: [
        cue(s1, 'Mara Quill', 'source', 'who is speaking'),
        cue(s1, 'said', 'reporting-verb', 'a reporting verb: the words are the source’s'),
        cue(s1, 'utterly disgraceful', 'loaded', 'a source’s judgement'),
      ],
    }),
    sentence(s2, 2, 'framing', [0.3, 0.15, 0.55], {
      cues: [
        cue(s2, 'relentless', 'loaded', "'relentless' is the writer's own judgement"),
        cue(s2, 'clearly', 'certainty', "'clearly' presents the claim as beyond doubt"),
        cue(s2, 'will clearly push', 'prediction', 'the writer predicts what will happen'),
      ],
      reason: 'A prediction in the writer’s own voice, with a loaded word.',
    }),
    sentence(s3, 2, 'attributed', [0.1, 0.86, 0.04], {
      checkWorthy: true,
      cues: [cue(s3, 'the port authority', 'source', 'who is speaking'), cue(s3, 'reported', 'reporting-verb', 'reporting verb')],
    }),
  ],
  attributions: [
    {
      sentenceIndex: 1,
      source: inSentence(s1, 'Mara Quill'),
      sourceKind: 'named',
      cue: inSentence(s1, 'said'),
      content: { start: s1.start + 1, end: inSentence(s1, 'islanders').end },
      direct: true,
    },
    {
      sentenceIndex: 3,
      source: inSentence(s3, 'the port authority'),
      sourceKind: 'group',
      cue: inSentence(s3, 'reported'),
      content: { start: s3.start, end: inSentence(s3, 'last winter').end },
      direct: false,
    },
  ],
  loaded: [
    // Two loaded phrases that overlap, and an intensifier inside the first: three boundaries inside one stretch.
    { ...inSentence(s1, 'utterly disgraceful'), sentenceIndex: 1, category: 'emotive', reason: 'a strong moral condemnation', neutral: ['unfair'], voice: 'source' },
    { ...inSentence(s1, 'disgraceful betrayal'), sentenceIndex: 1, category: 'dysphemism', reason: 'casts a fare decision as treachery', neutral: ['decision'], voice: 'source' },
    { ...inSentence(s2, 'relentless'), sentenceIndex: 2, category: 'evaluative', reason: 'judges the rises as unceasing and merciless', neutral: ['repeated', 'continuing'], voice: 'writer' },
  ],
  markers: [
    { ...inSentence(s1, 'utterly'), sentenceIndex: 1, kind: 'intensifier' },
    { ...inSentence(s2, 'clearly'), sentenceIndex: 2, kind: 'certainty' },
  ],
  claims: [
    { sentenceIndex: 0, anchors: [inSentence(s0, '12%'), inSentence(s0, '1 March')], source: null, sourceKind: 'none' },
    { sentenceIndex: 3, anchors: [inSentence(s3, 'a third')], source: inSentence(s3, 'the port authority'), sourceKind: 'group' },
  ],
  voices: [
    { name: 'Mara Quill', kind: 'person', mentions: [inSentence(s1, 'Mara Quill')], heard: true, attributions: [0] },
    { name: 'port authority', kind: 'organisation', mentions: [inSentence(s3, 'port authority')], heard: true, attributions: [1] },
    { name: 'council', kind: 'organisation', mentions: [at('council'), at('council', s0.start)], heard: false, attributions: [] },
  ],
};

export const article = { hash: 'fixture-hash', original, blocks };
