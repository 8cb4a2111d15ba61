import { IMPORT_ERROR_MESSAGES, isImportErrorCode } from '../../../core/import/errors';
import { hasMessage, t } from '../i18n';
import type { ImportOutcome } from './services';

/**
 * The learner-facing reason a file was rejected, always saying what to do next. The
 * importers' default message for a code is replaced by our (translatable) string; a
 * message an importer wrote for one specific case (e.g. a scanned PDF) is more useful
 * than the generic text, so it is kept.
 */
export function rejectionMessage(outcome: Pick<ImportOutcome, 'reason' | 'message' | 'detail' | 'params'>): string {
  const { reason, message, detail, params } = outcome;
  // A specific case (a zip bomb, a PDF with a million text pieces…) has its own catalogue entry.
  const detailKey = `importError.detail.${detail ?? ''}`;
  if (detail && hasMessage(detailKey)) return t(detailKey, params);
  const specific = message && !(isImportErrorCode(reason) && message === IMPORT_ERROR_MESSAGES[reason]);
  if (specific && reason !== 'cancelled') return message;
  const key = `importError.${reason ?? ''}`;
  if (reason && hasMessage(key)) return t(key);
  return t('importError.unknown', { message: message ?? reason ?? '?' });
}
