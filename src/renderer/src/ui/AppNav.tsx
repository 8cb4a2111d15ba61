/**
 * The main navigation. Wide windows: a side column that stays in view while the page
 * scrolls. Narrow windows (below 760 px): the same list opens from a "Menu" button in the
 * toolbar, so every view stays one click or a few keys away at any width.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../i18n';
import { useMediaQuery } from './use-media-query';
import type { ViewName, ViewRouter } from '../shell/view-router';

export const NAV_ID = 'main-nav';

/** Where the toolbar's menu button shows only its icon (app.css, "max-width: 480px"); keep the two in step. */
export const PHONE_WIDTH_QUERY = '(max-width: 480px)';

export interface NavEntry {
  name: Exclude<ViewName, 'reader'>;
  label: string;
  onSelect(): void;
}

/** The entries of the main navigation; practice, progress and settings need learners. */
export function mainNavEntries(router: ViewRouter, withLearners: boolean): NavEntry[] {
  const library: NavEntry = { name: 'library', label: t('nav.library'), onSelect: router.backToLibrary };
  const trash: NavEntry = { name: 'trash', label: t('nav.trash'), onSelect: router.showTrash };
  if (!withLearners) return [library, trash];
  return [
    library,
    { name: 'practice', label: t('nav.practice'), onSelect: () => router.startPractice() },
    { name: 'progress', label: t('nav.progress'), onSelect: router.showProgress },
    { name: 'class', label: t('nav.class'), onSelect: router.showClass },
    { name: 'settings', label: t('nav.settings'), onSelect: () => router.showSettings() },
    trash,
  ];
}

export interface AppNavProps {
  entries: readonly NavEntry[];
  current: Exclude<ViewName, 'reader'>;
  /** Narrow windows: whether the menu is open. */
  open: boolean;
  onClose(): void;
}

export function AppNav({ entries, current, open, onClose }: AppNavProps) {
  const navRef = useRef<HTMLElement>(null);

  // An open menu closes on Esc (focus back on the button) and on a click elsewhere.
  useEffect(() => {
    if (!open) return;
    navRef.current?.querySelector<HTMLButtonElement>('[aria-current="page"], button')?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      onClose();
      document.querySelector<HTMLButtonElement>(`[aria-controls="${NAV_ID}"]`)?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (navRef.current?.contains(target)) return;
      if ((target as Element).closest?.(`[aria-controls="${NAV_ID}"]`)) return;
      onClose();
    };
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, onClose]);

  return (
    <nav id={NAV_ID} ref={navRef} className="sidenav" data-open={open ? 'true' : 'false'} aria-label={t('nav.label')}>
      {entries.map((entry) => (
        <button
          key={entry.name}
          type="button"
          className="sidenav__item"
          aria-current={entry.name === current ? 'page' : undefined}
          onClick={() => {
            onClose();
            entry.onSelect();
          }}
        >
          {entry.label}
        </button>
      ))}
    </nav>
  );
}

export interface MenuButtonProps {
  open: boolean;
  onToggle(): void;
}

/** Shown only in narrow windows (CSS); opens the navigation above. */
export function MenuButton({ open, onToggle }: MenuButtonProps): ReactNode {
  // Out of sight in a phone-width window, but still the button's name.
  const iconOnly = useMediaQuery(PHONE_WIDTH_QUERY);
  return (
    <button
      type="button"
      className="button button--quiet toolbar__menu"
      aria-expanded={open}
      aria-controls={NAV_ID}
      onClick={onToggle}
    >
      <span aria-hidden="true" className="toolbar__menu-icon">
        ☰
      </span>
      <span className={iconOnly ? 'toolbar__menu-label visually-hidden' : 'toolbar__menu-label'}>{t('shell.menu')}</span>
    </button>
  );
}
