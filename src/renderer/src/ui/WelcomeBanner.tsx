import { t } from '../i18n';

export function WelcomeBanner({ onDismiss }: { onDismiss(): void }) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div>
        <h2 id="welcome-title" className="welcome__title">
          {t('welcome.title')}
        </h2>
        <p className="welcome__body">{t('welcome.body')}</p>
      </div>
      <button type="button" className="button" onClick={onDismiss}>
        {t('welcome.dismiss')}
      </button>
    </section>
  );
}
