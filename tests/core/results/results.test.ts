import { describe, expect, it } from 'vitest';
import {
  MAX_RESULTS_BYTES,
  MAX_RESULTS_DEPTH,
  markedScore,
  packIdOf,
  readResults,
  RESULTS_VERSION,
  ResultsError,
  RESULTS_ERROR_CODES,
  writeResults,
  type ResultsErrorCode,
} from '../../../src/core/results';

import { CREATED, HASH_A, HASH_B, sampleInput } from './sample';

const json = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, any>;
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

async function refusal(promise: Promise<unknown>): Promise<ResultsErrorCode> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ResultsError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('results file: round trip', () => {
  it('reads back exactly what was written, with the summary and time derived from the items', async () => {
    const input = await sampleInput();
    const results = await readResults(await writeResults(input));
    expect(results).toMatchObject({ version: 1, exportedAt: input.exportedAt, learner: input.learner, pack: input.pack, items: input.items, disputes: input.disputes });
    expect(results.skills).toEqual([
      { skill: 'classify', items: 1, graded: 1, score: 1 },
      { skill: 'loaded-words', items: 1, graded: 1, score: 0.5 },
      { skill: 'neutral-rewrite', items: 1, graded: 0, score: null },
    ]);
    expect(results.timeSpentMs).toBe(87_000);
  });

  it('keeps which answers were graded on the writer\'s voice alone', async () => {
    const input = await sampleInput();
    input.items[0] = { ...input.items[0], source: 'analyser', gradedPart: 'voice' };
    const results = await readResults(await writeResults(input));
    expect(results.items[0].gradedPart).toBe('voice');
    expect(results.items[1]).not.toHaveProperty('gradedPart');
    // Version 2 only when an item has it, so a version-1 reader refuses it as newer rather than as changed.
    expect(results.version).toBe(2);
    // In the per-skill score such an answer weighs half, as in mastery.
    expect(markedScore([{ score: 1, gradedPart: 'voice' }, { score: 0 }])).toBeCloseTo(1 / 3, 10);
    expect((await readResults(await writeResults(await sampleInput()))).version).toBe(1);
  });

  it('refuses gradedPart where it cannot be (not an analyser classify item that was graded)', async () => {
    const input = await sampleInput();
    const file = json(await writeResults({ ...input, items: input.items.map((i, k) => (k === 0 ? { ...i, source: 'analyser', gradedPart: 'voice' as const } : i)) }));
    for (const bad of [{ skill: 'loaded-words' }, { source: 'key' }, { graded: false, score: null, correct: null }, { gradedPart: 'label' }]) {
      const copy = structuredClone(file);
      Object.assign(copy.items[0], bad);
      await expect(readResults(new TextEncoder().encode(JSON.stringify(copy)))).rejects.toMatchObject({ code: 'corrupt' });
    }
  });

  it('holds nothing but the documented fields (no ids, no other articles, no settings)', async () => {
    const file = json(await writeResults(await sampleInput()));
    expect(Object.keys(file).sort()).toEqual(['digest', 'disputes', 'exportedAt', 'format', 'items', 'learner', 'pack', 'skills', 'timeSpentMs', 'version']);
    expect(Object.keys(file.learner)).toEqual(['name']);
    expect(Object.keys(file.items[0]).sort()).toEqual(['answer', 'article', 'at', 'correct', 'graded', 'itemId', 'score', 'skill', 'source', 'timeMs']);
  });

  it('is not put off by reformatting or reordered keys', async () => {
    const file = json(await writeResults(await sampleInput()));
    const reordered = Object.fromEntries(Object.entries(file).reverse());
    reordered.skills = file.skills.map((s: Record<string, unknown>) => Object.fromEntries(Object.entries(s).reverse()));
    const results = await readResults(new TextEncoder().encode(JSON.stringify(reordered, null, 4)));
    expect(results.learner.name).toBe('Ada Lovelace');
  });
});

describe('results file: refusals', () => {
  it('has a test for every refusal code', () => {
    expect([...RESULTS_ERROR_CODES].sort()).toEqual(['corrupt', 'foreign', 'newer-version', 'oversized', 'wrong-pack']);
  });

  it('oversized: a file past the limit, before reading it', async () => {
    expect(await refusal(readResults(new Uint8Array(MAX_RESULTS_BYTES + 1)))).toBe('oversized');
  });

  it('foreign: not UTF-8, not JSON, other JSON, a class pack', async () => {
    expect(await refusal(readResults(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])))).toBe('foreign');
    expect(await refusal(readResults(new TextEncoder().encode('learner,score\nAda,1')))).toBe('foreign');
    expect(await refusal(readResults(bytesOf({ hello: 'world' })))).toBe('foreign');
    expect(await refusal(readResults(bytesOf({ format: 'framewise-pack', version: 1 })))).toBe('foreign');
  });

  it('the byte-level refusals (shared JSON-file checks) keep the results file\'s codes and details', async () => {
    const refused = (bytes: Uint8Array) => readResults(bytes).then(() => undefined, (e: unknown) => e);
    expect(await refused(new Uint8Array(MAX_RESULTS_BYTES + 1))).toMatchObject({ code: 'oversized', detail: `${MAX_RESULTS_BYTES + 1} bytes > ${MAX_RESULTS_BYTES}` });
    expect(await refused(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toMatchObject({ code: 'foreign', detail: 'not UTF-8 text' });
    expect(await refused(new TextEncoder().encode('['.repeat(MAX_RESULTS_DEPTH + 1)))).toMatchObject({ code: 'corrupt', detail: `nesting deeper than ${MAX_RESULTS_DEPTH}` });
    expect(await refused(new TextEncoder().encode('learner,score'))).toMatchObject({ code: 'foreign', detail: 'not JSON', message: 'foreign: not JSON' });
  });

  it('newer-version: made by a newer Framewise', async () => {
    const file = json(await writeResults(await sampleInput()));
    expect(await refusal(readResults(bytesOf({ ...file, version: RESULTS_VERSION + 1 })))).toBe('newer-version');
  });

  it('corrupt: a missing or mistyped field, deep nesting, truncated JSON', async () => {
    const file = json(await writeResults(await sampleInput()));
    expect(await refusal(readResults(bytesOf({ ...file, learner: {} })))).toBe('corrupt');
    expect(await refusal(readResults(bytesOf({ ...file, items: [{ ...file.items[0], skill: 'mind-reading' }] })))).toBe('corrupt');
    expect(await refusal(readResults(bytesOf({ ...file, items: [{ ...file.items[0], article: 2 }] })))).toBe('corrupt');
    expect(await refusal(readResults(bytesOf({ ...file, items: [{ ...file.items[0], answer: '.'.repeat(5_000) }] })))).toBe('corrupt');
    let deep: unknown = 1;
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(await refusal(readResults(bytesOf({ ...file, items: [{ ...file.items[0], answer: deep }] })))).toBe('corrupt');
  });

  it('wrong-pack: a file for another pack when importing into one class', async () => {
    const bytes = await writeResults(await sampleInput());
    const other = await packIdOf(CREATED + 1, [HASH_A, HASH_B]);
    expect(await refusal(readResults(bytes, { expectPackId: other }))).toBe('wrong-pack');
    const own = json(bytes).pack.id as string;
    await expect(readResults(bytes, { expectPackId: own })).resolves.toMatchObject({ pack: { id: own } });
  });
});

describe('results file: tampering', () => {
  it('a changed score, answer or name breaks the digest', async () => {
    const file = json(await writeResults(await sampleInput()));
    const raised = structuredClone(file);
    raised.items[1].score = 1;
    raised.items[1].correct = true;
    expect(await refusal(readResults(bytesOf(raised)))).toBe('corrupt');
    const renamed = structuredClone(file);
    renamed.learner.name = 'Someone Else';
    expect(await refusal(readResults(bytesOf(renamed)))).toBe('corrupt');
  });

  it('a summary or time that does not follow from the items is refused', async () => {
    const file = json(await writeResults(await sampleInput()));
    expect(await refusal(readResults(bytesOf({ ...file, skills: file.skills.map((s: any) => ({ ...s, score: 1 })) })))).toBe('corrupt');
    expect(await refusal(readResults(bytesOf({ ...file, timeSpentMs: 1 })))).toBe('corrupt');
  });

  it('a pack id that does not belong to the listed articles is refused', async () => {
    const file = json(await writeResults(await sampleInput()));
    const moved = structuredClone(file);
    moved.pack.articleHashes = [HASH_B, HASH_A];
    expect(await refusal(readResults(bytesOf(moved)))).toBe('corrupt');
  });
});
