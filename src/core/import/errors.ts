/**
 * Why an import was refused. The UI may map a code to its own (translated) string;
 * `IMPORT_ERROR_MESSAGES` is the English default that always says what to do next.
 */
export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unsupported-type'
  | 'unreadable'
  | 'password-protected'
  | 'no-article-text';

export const IMPORT_ERROR_CODES: readonly ImportErrorCode[] = [
  'empty',
  'binary',
  'too-large',
  'unsupported-type',
  'unreadable',
  'password-protected',
  'no-article-text',
];

/** Formats the learner can import, as listed in messages. */
export const SUPPORTED_FORMATS_LABEL = '.txt, .md, .html, .htm, .docx or .pdf';

export const IMPORT_ERROR_MESSAGES: Readonly<Record<ImportErrorCode, string>> = {
  empty: 'This file is empty. Open the article, check that it has text, save it and import it again.',
  binary:
    'This file does not contain readable text (it looks like an image, program or other binary file). ' +
    `Import the article as ${SUPPORTED_FORMATS_LABEL}.`,
  'too-large':
    'This file is too large to import (the limit is 10 MB). Save only the article text, for example as a .txt file, and import that.',
  'unsupported-type': `This kind of file cannot be imported. Framewise imports ${SUPPORTED_FORMATS_LABEL} files: save the article in one of these formats and import it again.`,
  unreadable:
    'This file could not be read: it may be damaged or not really the format its name says. Open it in its usual program, save it again (or save it as .txt) and import the new copy.',
  'password-protected':
    'This file is protected by a password. Open it in its usual program, remove the password (or save an unprotected copy) and import that copy.',
  'no-article-text':
    'No article text was found in this file. Check that the file contains the article itself, or copy the article text into a .txt file and import that.',
};

export function isImportErrorCode(value: unknown): value is ImportErrorCode {
  return typeof value === 'string' && (IMPORT_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * A specific case of a code whose message the UI takes from its catalogue
 * (`importError.detail.<detail>`, filled with `params`); the English `message` is the
 * default outside the UI (CLI, logs).
 */
export type ImportErrorDetail =
  | 'docx-too-large'
  | 'too-deeply-nested'
  | 'pdf-too-many-pages'
  | 'pdf-too-much-text'
  | 'pdf-too-much-data'
  | 'article-too-long'
  | 'took-too-long';

export type ImportErrorParams = Record<string, string | number>;

export interface ImportErrorOptions {
  cause?: unknown;
  detail?: ImportErrorDetail;
  params?: ImportErrorParams;
}

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly detail?: ImportErrorDetail;
  readonly params?: ImportErrorParams;

  /** @param message overrides the default learner-facing message (it must still say what to do). */
  constructor(code: ImportErrorCode, message?: string, options: ImportErrorOptions = {}) {
    super(message ?? IMPORT_ERROR_MESSAGES[code], options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ImportError';
    this.code = code;
    if (options.detail) this.detail = options.detail;
    if (options.params) this.params = options.params;
  }
}

/**
 * Whether an error is the engine running out of stack (RangeError "Maximum call stack
 * size exceeded" in V8): what a parser that recurses per nesting level throws on a
 * document nested thousands deep.
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack|too much recursion/i.test(error.message);
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
