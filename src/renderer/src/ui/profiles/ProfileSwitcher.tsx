import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ProfileRecord } from '../../db/database';
import { ts } from '../../i18n/settings.en';
import type { SettingsStore } from '../settings/settings-store';
import { profileErrorMessage, useProfiles } from './use-profiles';
import './profiles.css';
import { FieldError } from '../FieldError';

export interface ProfileSwitcherProps {
  store: SettingsStore;
  /** After the learner picked (or added) someone here. */
  onActiveProfileChange?(profile: ProfileRecord): void;
  /** Shows "Manage learners…" in the menu, e.g. to open Settings → Learners. */
  onManageLearners?(): void;
}

type Mode = 'closed' | 'menu' | 'add';

/**
 * The toolbar's "who is learning" control: a menu button listing the learners (a
 * radio choice), "Add learner…" (a small inline form) and optionally "Manage learners…".
 * Keyboard: Enter/Space/Down open, arrows/Home/End move, Esc closes.
 */
export function ProfileSwitcher({ store, onActiveProfileChange, onManageLearners }: ProfileSwitcherProps) {
  const { snapshot, error: loadError } = useProfiles(store);
  const [mode, setMode] = useState<Mode>('closed');
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const menuId = useId();
  const errorId = useId();
  const focusOnOpen = useRef<'first' | 'last' | 'checked'>('checked');

  const active = snapshot?.profiles.find((p) => p.id === snapshot.activeId);

  // Close on a click or focus outside the control.
  useEffect(() => {
    if (mode === 'closed') return;
    const onPointerDown = (event: PointerEvent | MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setMode('closed');
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [mode]);

  useEffect(() => {
    if (mode === 'menu') {
      const items = menuItems();
      const checked = items.findIndex((item) => item.getAttribute('aria-checked') === 'true');
      const index = focusOnOpen.current === 'last' ? items.length - 1 : focusOnOpen.current === 'first' ? 0 : Math.max(0, checked);
      items[index]?.focus();
    } else if (mode === 'add') {
      inputRef.current?.focus();
    }
  }, [mode]);

  function menuItems(): HTMLElement[] {
    return Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []);
  }

  const close = (returnFocus = true) => {
    setMode('closed');
    setError('');
    if (returnFocus) buttonRef.current?.focus();
  };

  const openMenu = (focus: 'first' | 'last' | 'checked') => {
    focusOnOpen.current = focus;
    setMode('menu');
  };

  const choose = async (profile: ProfileRecord) => {
    close();
    if (profile.id === snapshot?.activeId) return;
    try {
      await store.setActiveProfile(profile.id);
      setAnnouncement(ts('switcher.switched', { name: profile.name }));
      onActiveProfileChange?.(profile);
    } catch (failure) {
      setError(profileErrorMessage(failure));
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = menuItems();
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(items.length - 1);
      case 'Escape':
        event.preventDefault();
        return close();
      case 'Tab':
        return close(false);
    }
  };

  const submitAdd = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const profile = await store.createProfile(name);
      await store.setActiveProfile(profile.id);
      setName('');
      close();
      setAnnouncement(ts('switcher.switched', { name: profile.name }));
      onActiveProfileChange?.(profile);
    } catch (failure) {
      setError(profileErrorMessage(failure));
      inputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="fw-prof-switcher" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet fw-prof-switcher__button"
        aria-haspopup="menu"
        aria-expanded={mode === 'menu'}
        aria-controls={mode === 'menu' ? menuId : undefined}
        aria-label={active ? ts('switcher.button', { name: active.name }) : ts('switcher.buttonLoading')}
        title={active ? ts('switcher.button', { name: active.name }) : undefined}
        disabled={!snapshot}
        onClick={() => (mode === 'closed' ? openMenu('checked') : close(false))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openMenu(event.key === 'ArrowDown' ? 'checked' : 'last');
          }
        }}
      >
        <span className="fw-prof-avatar" aria-hidden="true">
          {initial(active?.name)}
        </span>
        <span className="fw-prof-switcher__name">{active?.name ?? '…'}</span>
        <span aria-hidden="true" className="fw-prof-switcher__caret">
          ▾
        </span>
      </button>

      {mode === 'menu' && snapshot && (
        <ul ref={menuRef} id={menuId} role="menu" aria-label={ts('switcher.menuLabel')} className="fw-prof-menu" onKeyDown={onMenuKeyDown}>
          {snapshot.profiles.map((profile) => (
            <li role="none" key={profile.id}>
              <button
                type="button"
                role="menuitemradio"
                aria-checked={profile.id === snapshot.activeId}
                tabIndex={-1}
                className="fw-prof-menu__item"
                onClick={() => void choose(profile)}
              >
                <span className="fw-prof-menu__check" aria-hidden="true">
                  {profile.id === snapshot.activeId ? '✓' : ''}
                </span>
                {profile.name}
              </button>
            </li>
          ))}
          <li role="separator" className="fw-prof-menu__separator" />
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} className="fw-prof-menu__item" onClick={() => setMode('add')}>
              <span className="fw-prof-menu__check" aria-hidden="true">
                +
              </span>
              {ts('switcher.add')}
            </button>
          </li>
          {onManageLearners && (
            <li role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="fw-prof-menu__item"
                onClick={() => {
                  close(false);
                  onManageLearners();
                }}
              >
                <span className="fw-prof-menu__check" aria-hidden="true" />
                {ts('switcher.manage')}
              </button>
            </li>
          )}
        </ul>
      )}

      {mode === 'add' && (
        <form
          className="fw-prof-menu fw-prof-add"
          aria-label={ts('switcher.addFormLabel')}
          onSubmit={(event) => void submitAdd(event)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
          noValidate
        >
          <label className="field">
            <span className="field__label">{ts('profiles.addLabel')}</span>
            <input
              ref={inputRef}
              className="input"
              value={name}
              placeholder={ts('profiles.addPlaceholder')}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => {
                setName(event.target.value);
                if (error) setError('');
              }}
            />
          </label>
          <FieldError id={errorId} message={error} />
          <div className="fw-prof-add__actions">
            <button type="button" className="button button--small" onClick={() => close()}>
              {ts('switcher.addCancel')}
            </button>
            <button type="submit" className="button button--primary button--small" disabled={busy}>
              {ts('switcher.addSubmit')}
            </button>
          </div>
        </form>
      )}

      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      {mode !== 'add' && (error || loadError) && (
        <p className="fw-prof-switcher__error" role="alert">
          {error || loadError}
        </p>
      )}
    </div>
  );
}

function initial(name: string | undefined): string {
  return name ? (Array.from(name.trim())[0] ?? '?').toLocaleUpperCase() : '?';
}
