/**
 * Why a class pack was refused. Each code has one message in the renderer's catalogue
 * (`pack.error.<code>`); `detail` names the field or article for logs and tests.
 */
export type PackErrorCode =
  | 'too-large'
  | 'not-a-pack'
  | 'newer-version'
  | 'too-deep'
  | 'bad-field'
  | 'hash-mismatch'
  | 'key-mismatch';

export const PACK_ERROR_CODES: readonly PackErrorCode[] = [
  'too-large',
  'not-a-pack',
  'newer-version',
  'too-deep',
  'bad-field',
  'hash-mismatch',
  'key-mismatch',
];

export class PackError extends Error {
  constructor(
    readonly code: PackErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'PackError';
  }
}
