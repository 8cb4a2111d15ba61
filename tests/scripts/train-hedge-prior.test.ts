import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/core/analysis/analyser';
import type { AnswerKey } from '../../src/core/samples/answer-key';
import { articleHedgeCounts, mergeHedgeCounts } from '../../scripts/train-hedge-prior';
import type { KeyedArticle } from '../../scripts/train-labeller';

const text = 'Prices could fall next year, the bank said. Buses usually run late on Sundays. The board could see 900 patients a week.';
const article = (hedges: string[][]): KeyedArticle => ({
  id: 'test',
  writer: 'batch-1',
  kind: 'wire-report',
  text,
  key: {
    sentences: [
      { text: 'Prices could fall next year, the bank said.', label: 'attributed', hedges: hedges[0] },
      { text: 'Buses usually run late on Sundays.', label: 'fact', hedges: hedges[1] },
      { text: 'The board could see 900 patients a week.', label: 'fact', hedges: hedges[2] },
    ],
  } as unknown as AnswerKey,
});

describe('hedge prior counts', () => {
  const analyser = createAnalyser();
  const counts = articleHedgeCounts(analyser, article([['could'], ['usually'], []]));

  it('counts each marker the analyser found, alone and with the word after it, against the key', () => {
    expect(counts.mark.get('could')).toEqual([2, 1]);
    expect(counts.mark.get('could|fall')).toEqual([1, 1]);
    expect(counts.mark.get('could|see')).toEqual([1, 0]);
  });

  it('counts the unmarked words a key marked, and keeps only those in the file', () => {
    // "usually" is not one of the analyser's markers (if it ever becomes one, it moves to `mark`).
    const usually = counts.miss.get('usually') ?? counts.mark.get('usually');
    expect(usually).toEqual([1, 1]);
    const file = mergeHedgeCounts([counts, articleHedgeCounts(analyser, article([[], [], []]))]);
    expect(file.mark.could).toEqual([4, 1]);
    expect(file.miss.buses).toBeUndefined();
    expect(Object.keys(file.miss)).toEqual([...Object.keys(file.miss)].sort());
  });
});
