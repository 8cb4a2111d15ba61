import { t } from '../i18n';

export interface NoticeData {
  tone: 'info' | 'error';
  text: string;
  action?: { label: string; onClick(): void };
}

/** One-line feedback under the toolbar (import results, errors); errors are announced assertively. */
export function Notice({ notice, onDismiss }: { notice: NoticeData; onDismiss(): void }) {
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span className="notice__icon" aria-hidden="true">
        {notice.tone === 'error' ? '!' : 'i'}
      </span>
      <p className="notice__text">{notice.text}</p>
      {notice.action && (
        <button type="button" className="button button--small" onClick={notice.action.onClick}>
          {notice.action.label}
        </button>
      )}
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={onDismiss}
        aria-label={t('import.dismiss')}
        title={t('import.dismiss')}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
