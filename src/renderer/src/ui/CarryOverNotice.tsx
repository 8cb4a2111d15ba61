import { t } from '../i18n';
import type { CarryOverNoticeKind } from '../platform/carry-over';
import { Notice } from './Notice';

/**
 * What happened to the library of the previous version (the file:// carry-over), shown
 * once above the app at start-up until dismissed.
 */
export function CarryOverNotice({ kind, onDismiss }: { kind: CarryOverNoticeKind; onDismiss(): void }) {
  return (
    <section className="carry-over-notice" aria-label={t('carryOver.region')}>
      <Notice
        notice={{ tone: kind === 'failed' ? 'error' : 'info', text: t(kind === 'failed' ? 'carryOver.failed' : 'carryOver.done') }}
        onDismiss={onDismiss}
      />
    </section>
  );
}

/** Shown while a carry-over in progress holds the library back (only if it takes a moment). */
export function CarryOverProgress() {
  return (
    <p className="busy carry-over-notice" role="status">
      {t('carryOver.working')}
    </p>
  );
}
