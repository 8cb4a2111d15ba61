import { describe, expect, it } from 'vitest';
import { learnerKeyOf, mergeDecision, readResults, summariseClass, writeResults, type ClassResults } from '../../../src/core/results';
import { sampleInput } from './sample';

async function learner(name: string, correctFirst: boolean, dispute: boolean, exportedAt = 1_000): Promise<ClassResults> {
  const input = await sampleInput({ learner: { name }, exportedAt });
  input.items[0] = { ...input.items[0], correct: correctFirst, score: correctFirst ? 1 : 0 };
  // A second, later answer on the same item does not change its difficulty (first marked answer counts).
  input.items.push({ ...input.items[0], correct: !correctFirst, score: correctFirst ? 0 : 1, at: input.items[0].at + 60_000 });
  if (!dispute) input.disputes = [];
  return readResults(await writeResults(input));
}

describe('class aggregation', () => {
  it('learners × skills, item difficulty on first marked answers, most disputed items', async () => {
    const summary = summariseClass([await learner('Ben', false, true), await learner('Ada', true, true), await learner('Cy', true, false)]);
    expect(summary.skills).toEqual(['classify', 'loaded-words', 'neutral-rewrite']);
    expect(summary.learners.map((l) => l.name)).toEqual(['Ada', 'Ben', 'Cy']);
    expect(summary.learners[0].skills).toEqual({ classify: 0.5, 'loaded-words': 0.5, 'neutral-rewrite': null });
    expect(summary.learners[0]).toMatchObject({ answers: 4, disputes: 1, timeSpentMs: 99_000 });
    const classify = summary.items.find((i) => i.itemId === 'aaaaaaaaaaaa:classify:3')!;
    expect(classify).toMatchObject({ articleHash: 'a'.repeat(64), learners: 3, right: 2 });
    expect(classify.shareRight).toBeCloseTo(2 / 3);
    // Hardest first: everyone got the loaded-words item wrong; the unmarked rewrite has no difficulty.
    expect(summary.items.map((i) => i.itemId)).toEqual(['bbbbbbbbbbbb:loaded-words:1', 'aaaaaaaaaaaa:classify:3']);
    expect(summary.disputed).toHaveLength(1);
    expect(summary.disputed[0]).toMatchObject({ itemId: 'aaaaaaaaaaaa:classify:3', learners: 2, sentenceStart: 40, sentenceEnd: 96 });
    expect(summary.disputed[0].reasons.map((r) => r.learner).sort()).toEqual(['Ada', 'Ben']);
  });

  it('says which items were graded on the writer\'s statement alone', async () => {
    const voice = await sampleInput({ learner: { name: 'Di' } });
    voice.items[0] = { ...voice.items[0], source: 'analyser', gradedPart: 'voice' };
    const summary = summariseClass([await readResults(await writeResults(voice)), await learner('Ada', true, false)]);
    expect(summary.items.find((i) => i.itemId === 'aaaaaaaaaaaa:classify:3')).toMatchObject({ gradedPart: 'voice', learners: 2 });
    expect(summary.items.find((i) => i.itemId === 'bbbbbbbbbbbb:loaded-words:1')).not.toHaveProperty('gradedPart');
  });

  it('an empty class has no rows', () => {
    expect(summariseClass([])).toEqual({ skills: [], learners: [], items: [], disputed: [] });
  });
});

describe('re-import merge', () => {
  it('the same export again changes nothing, a later one replaces, an earlier one is kept out', () => {
    expect(mergeDecision(undefined, { exportedAt: 5 })).toBe('add');
    expect(mergeDecision({ exportedAt: 5 }, { exportedAt: 5 })).toBe('same');
    expect(mergeDecision({ exportedAt: 5 }, { exportedAt: 9 })).toBe('update');
    expect(mergeDecision({ exportedAt: 9 }, { exportedAt: 5 })).toBe('older');
  });

  it('one learner is one row whatever the case or spacing of the name', () => {
    expect(learnerKeyOf('  Ada   Lovelace ')).toBe(learnerKeyOf('ada lovelace'));
    expect(learnerKeyOf('Ada')).not.toBe(learnerKeyOf('Ben'));
  });
});
