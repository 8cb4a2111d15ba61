import { t } from '../i18n';

export interface UndoToastProps {
  title: string;
  onUndo(): void;
  onDismiss(): void;
}

export function UndoToast({ title, onUndo, onDismiss }: UndoToastProps) {
  return (
    <div className="toast" role="status">
      <p className="toast__text">{t('undo.deleted', { title })}</p>
      <button type="button" className="button button--small" onClick={onUndo} aria-keyshortcuts="Control+Z Meta+Z">
        {t('undo.button')}
        <kbd aria-hidden="true">Ctrl+Z</kbd>
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={onDismiss}
        aria-label={t('undo.dismiss')}
        title={t('undo.dismiss')}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
