/**
 * Why a results file was refused. Each code has one message in the renderer's catalogue
 * (`results.error.<code>`); `detail` names the field for logs and tests.
 */
export type ResultsErrorCode = 'oversized' | 'corrupt' | 'foreign' | 'newer-version' | 'wrong-pack';

export const RESULTS_ERROR_CODES: readonly ResultsErrorCode[] = ['oversized', 'corrupt', 'foreign', 'newer-version', 'wrong-pack'];

export class ResultsError extends Error {
  constructor(
    readonly code: ResultsErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ResultsError';
  }
}
