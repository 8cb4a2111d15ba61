import type { ReactNode, Ref } from 'react';
import { t } from '../i18n';
import { ariaKeyShortcuts } from '../keyboard/shortcuts';
import type { EffectiveTheme } from './theme';

export interface ToolbarProps {
  query: string;
  onQueryChange(query: string): void;
  onImport(): void;
  onPaste(): void;
  theme: EffectiveTheme;
  onToggleTheme(): void;
  importBusy?: boolean;
  /** The learner switcher, when profiles are available. */
  learner?: ReactNode;
  /** The navigation menu button (narrow windows). */
  menu?: ReactNode;
  ref?: Ref<HTMLElement>;
}

export function Toolbar({ query, onQueryChange, onImport, onPaste, theme, onToggleTheme, importBusy, learner, menu, ref }: ToolbarProps) {
  const toDark = theme === 'light';
  return (
    <header className="toolbar" ref={ref}>
      {menu}
      <div className="toolbar__brand">
        <span className="toolbar__logo" aria-hidden="true">
          ¶
        </span>
        <span className="toolbar__name">{t('app.name')}</span>
      </div>
      <div className="toolbar__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={onImport}
          aria-keyshortcuts={ariaKeyShortcuts('app.import')}
          title={t('toolbar.importShortcut')}
          disabled={importBusy}
        >
          <span aria-hidden="true" className="button__icon">
            +
          </span>
          {t('toolbar.import')}
        </button>
        <button type="button" className="button" onClick={onPaste}>
          {t('toolbar.paste')}
        </button>
      </div>
      <div className="toolbar__search" role="search">
        <input
          type="search"
          className="input"
          aria-label={t('toolbar.search')}
          placeholder={t('toolbar.searchPlaceholder')}
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </div>
      {learner}
      <button
        type="button"
        className="button button--quiet"
        onClick={onToggleTheme}
        aria-label={toDark ? t('toolbar.themeToDark') : t('toolbar.themeToLight')}
        title={toDark ? t('toolbar.themeToDark') : t('toolbar.themeToLight')}
      >
        <span aria-hidden="true">{toDark ? '☾' : '☀'}</span>
        <span className="toolbar__theme-label">{toDark ? t('toolbar.themeDark') : t('toolbar.themeLight')}</span>
      </button>
    </header>
  );
}
