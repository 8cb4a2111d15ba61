/**
 * A long article (hundreds of paragraphs, three sentences each) with a hand-built analysis,
 * for the reader's drawing in slices, and a stand-in for requestIdleCallback that runs the
 * idle slices only when a test says so.
 */
import { vi } from 'vitest';
import type { ArticleAnalysis, SentenceAnalysis, SentenceLabel } from '../../../src/core/analysis/types';
import type { TextBlock } from '../../../src/core/text/types';

export const LAST_SENTENCE = 'Marmalade Quincyworth had the last word on the ferry contract.';

export interface LongArticle {
  original: string;
  blocks: TextBlock[];
  analysis: ArticleAnalysis;
  article: { hash: string; original: string; blocks: TextBlock[] };
}

const LABELS: SentenceLabel[] = ['fact', 'attributed', 'framing'];

/** `paragraphs` paragraphs of about 230 characters; the last one ends with LAST_SENTENCE. */
export function longArticle(paragraphs: number): LongArticle {
  const texts: string[][] = [];
  for (let p = 0; p < paragraphs; p++) {
    texts.push([
      `Paragraph ${p + 1} opens with the harbour council and its ferry plans.`,
      `The second sentence of paragraph ${p + 1} says the fares will rise by ${p % 20}% this spring, officials said.`,
      p === paragraphs - 1 ? LAST_SENTENCE : `Paragraph ${p + 1} ends with a relentless queue at the pier.`,
    ]);
  }
  const original = texts.map((sentences) => sentences.join(' ')).join('\n\n');
  const blocks: TextBlock[] = [];
  const sentences: SentenceAnalysis[] = [];
  let at = 0;
  texts.forEach((list, blockIndex) => {
    const blockStart = at;
    list.forEach((text, i) => {
      const start = original.indexOf(text, at);
      const label = LABELS[(blockIndex + i) % 3];
      sentences.push({
        start,
        end: start + text.length,
        text,
        blockIndex,
        label,
        probabilities: { fact: label === 'fact' ? 0.9 : 0.05, attributed: label === 'attributed' ? 0.9 : 0.05, framing: label === 'framing' ? 0.9 : 0.05 },
        subjective: label === 'framing',
        pSubjective: label === 'framing' ? 0.7 : 0.1,
        checkWorthy: i === 1,
        cues: [],
      });
      at = start + text.length;
    });
    blocks.push({ kind: 'paragraph', start: blockStart, end: at, text: original.slice(blockStart, at) });
    at += 2;
  });
  const loaded = sentences
    .filter((sentence) => sentence.text.includes('relentless'))
    .map((sentence) => {
      const start = original.indexOf('relentless', sentence.start);
      return {
        start,
        end: start + 'relentless'.length,
        text: 'relentless',
        sentenceIndex: sentences.indexOf(sentence),
        category: 'evaluative' as const,
        reason: 'judges the queue as unceasing',
        neutral: ['long'],
        voice: 'writer' as const,
      };
    });
  const quincy = original.indexOf('Marmalade Quincyworth');
  const analysis: ArticleAnalysis = {
    analyserVersion: 'long-fixture-1',
    segments: blocks.map((block) => ({ kind: block.kind, start: block.start, end: block.end })),
    sentences,
    attributions: [],
    loaded,
    markers: [],
    claims: sentences
      .map((sentence, index) => ({ sentence, index }))
      .filter(({ sentence }) => sentence.checkWorthy)
      .map(({ sentence, index }) => {
        const anchor = original.indexOf('% this spring', sentence.start);
        const digits = original.slice(sentence.start, anchor).match(/\d+$/)?.[0] ?? '';
        return {
          sentenceIndex: index,
          anchors: [{ start: anchor - digits.length, end: anchor + 1, text: `${digits}%` }],
          source: null,
          sourceKind: 'none' as const,
        };
      }),
    voices: [
      {
        name: 'Marmalade Quincyworth',
        kind: 'person',
        mentions: [{ start: quincy, end: quincy + 'Marmalade Quincyworth'.length, text: 'Marmalade Quincyworth' }],
        heard: false,
        attributions: [],
      },
    ],
  };
  return { original, blocks, analysis, article: { hash: `long-${paragraphs}`, original, blocks } };
}

/**
 * Replaces requestIdleCallback so the reader's idle slices wait until `run()`; `restore()` puts
 * the window back as it was (jsdom has none, so the reader would use setTimeout).
 */
export function holdIdleCallbacks(): { pending(): number; run(): void; restore(): void } {
  const queue = new Map<number, IdleRequestCallback>();
  let next = 1;
  const win = window as unknown as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
  const had = { request: win.requestIdleCallback, cancel: win.cancelIdleCallback };
  win.requestIdleCallback = vi.fn((callback: IdleRequestCallback) => {
    queue.set(next, callback);
    return next++;
  });
  win.cancelIdleCallback = vi.fn((id: number) => queue.delete(id));
  return {
    pending: () => queue.size,
    run() {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const callback of callbacks) callback({ didTimeout: false, timeRemaining: () => 50 });
    },
    restore() {
      win.requestIdleCallback = had.request;
      win.cancelIdleCallback = had.cancel;
    },
  };
}
