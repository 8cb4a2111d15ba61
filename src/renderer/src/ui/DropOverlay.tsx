import { t } from '../i18n';

export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
      <div className="drop-overlay__card">
        <p className="drop-overlay__title">{t('import.dropTitle')}</p>
        <p className="drop-overlay__hint">{t('import.dropHint')}</p>
      </div>
    </div>
  );
}
