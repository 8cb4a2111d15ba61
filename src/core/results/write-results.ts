/**
 * Writes a results file. What is written goes through readResults, so the app never hands a
 * learner a file the teacher's copy of the app would refuse.
 */
import { RESULTS_VERSION, type ClassResults, type ResultsInput } from './format';
import { canonicalResults, parseResultsBytes, resultsDigest, validateResults } from './read-results';
import { skillSummary, timeSpent } from './summary';

export async function writeResults(input: ResultsInput): Promise<Uint8Array> {
  const results: ClassResults = {
    ...input,
    // The oldest version that holds every field the file has: a reader of version 1 would take an item's
    // gradedPart for tampering (it is in the digest), so only a file with one says version 2.
    version: input.items.some((i) => i.gradedPart) ? RESULTS_VERSION : 1,
    skills: skillSummary(input.items),
    timeSpentMs: timeSpent(input.items),
  };
  const value = { ...canonicalResults(results), digest: await resultsDigest(results) };
  const bytes = new TextEncoder().encode(JSON.stringify(value, null, 1));
  await validateResults(parseResultsBytes(bytes));
  return bytes;
}
