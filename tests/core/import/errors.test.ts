import { describe, expect, it } from 'vitest';
import {
  IMPORT_ERROR_CODES,
  IMPORT_ERROR_MESSAGES,
  ImportError,
  SUPPORTED_FORMATS_LABEL,
  isImportError,
  isImportErrorCode,
} from '../../../src/core/import/errors';

describe('ImportError', () => {
  it('has a default message for every code that tells the learner what to do', () => {
    expect([...IMPORT_ERROR_CODES].sort()).toEqual(Object.keys(IMPORT_ERROR_MESSAGES).sort());
    for (const code of IMPORT_ERROR_CODES) {
      const message = IMPORT_ERROR_MESSAGES[code];
      expect(message.length).toBeGreaterThan(40);
      // Every message gives an instruction, not only a diagnosis.
      expect(message).toMatch(/\b(open|save|import|copy|check|use|remove)\b/i);
    }
  });

  it('carries its code, a default or custom message, and a cause', () => {
    const cause = new Error('zip broken');
    const error = new ImportError('unreadable', undefined, { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ImportError');
    expect(error.code).toBe('unreadable');
    expect(error.message).toBe(IMPORT_ERROR_MESSAGES.unreadable);
    expect(error.cause).toBe(cause);
    expect(new ImportError('empty', 'Custom text.').message).toBe('Custom text.');
    expect(isImportError(error)).toBe(true);
    expect(isImportError(new Error('x'))).toBe(false);
  });

  it('lists the supported formats in the unsupported-type message', () => {
    expect(IMPORT_ERROR_MESSAGES['unsupported-type']).toContain(SUPPORTED_FORMATS_LABEL);
    for (const ext of ['.txt', '.md', '.html', '.docx', '.pdf']) expect(SUPPORTED_FORMATS_LABEL).toContain(ext);
  });

  it('states the size limit in the too-large message', () => {
    expect(IMPORT_ERROR_MESSAGES['too-large']).toContain('10 MB');
  });

  it('recognises codes', () => {
    expect(isImportErrorCode('binary')).toBe(true);
    expect(isImportErrorCode('nope')).toBe(false);
    expect(isImportErrorCode(3)).toBe(false);
  });
});
