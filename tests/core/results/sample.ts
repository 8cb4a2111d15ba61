/** A learner's results on a two-article pack, for the results-format tests. */
import { packIdOf, type ResultsInput } from '../../../src/core/results';

export const HASH_A = 'a'.repeat(64);
export const HASH_B = 'b'.repeat(64);
export const CREATED = Date.UTC(2027, 2, 1, 9, 0);

export async function sampleInput(overrides: Partial<ResultsInput> = {}): Promise<ResultsInput> {
  const articleHashes = [HASH_A, HASH_B];
  return {
    exportedAt: Date.UTC(2027, 2, 10, 15, 30),
    learner: { name: 'Ada Lovelace' },
    pack: { id: await packIdOf(CREATED, articleHashes), createdAt: CREATED, title: 'Floods week', articleHashes },
    items: [
      { article: 0, itemId: 'aaaaaaaaaaaa:classify:3', skill: 'classify', answer: { choice: 'framing' }, score: 1, correct: true, graded: true, source: 'key', timeMs: 12_000, at: Date.UTC(2027, 2, 9, 10) },
      { article: 1, itemId: 'bbbbbbbbbbbb:loaded-words:1', skill: 'loaded-words', answer: { spans: [{ start: 4, end: 9 }] }, score: 0.5, correct: false, graded: true, source: 'key', timeMs: 30_000, at: Date.UTC(2027, 2, 9, 10, 1) },
      { article: 1, itemId: 'bbbbbbbbbbbb:neutral-rewrite:2', skill: 'neutral-rewrite', answer: { text: 'The council said…' }, score: null, correct: null, graded: false, source: 'analyser', timeMs: 45_000, at: Date.UTC(2027, 2, 9, 10, 2) },
    ],
    disputes: [{ article: 0, itemId: 'aaaaaaaaaaaa:classify:3', sentenceStart: 40, sentenceEnd: 96, reason: 'She is quoted, so it is attributed.', at: Date.UTC(2027, 2, 9, 10, 3) }],
    ...overrides,
  };
}

