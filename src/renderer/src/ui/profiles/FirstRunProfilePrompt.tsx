import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ProfileRecord } from '../../db/database';
import { cleanProfileName } from '../../db/profiles';
import { ts } from '../../i18n/settings.en';
import type { SettingsStore } from '../settings/settings-store';
import { profileErrorMessage, useProfiles } from './use-profiles';
import './profiles.css';
import { FieldError } from '../FieldError';

export interface FirstRunProfilePromptProps {
  store: SettingsStore;
  /** After the learner answered or skipped; the prompt never shows again (setting 'welcomed'). */
  onDone?(profile: ProfileRecord): void;
}

/**
 * First-run "Who is learning?": names the default learner. Shown once: it renders
 * nothing once the 'welcomed' setting is stored, so it can be mounted unconditionally.
 */
export function FirstRunProfilePrompt({ store, onDone }: FirstRunProfilePromptProps) {
  const { snapshot } = useProfiles(store);
  const [welcomed, setWelcomed] = useState<boolean | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    store.isWelcomed().then(
      (value) => live && setWelcomed(value),
      // Unknown: better to skip the welcome than to block the app over it.
      () => live && setWelcomed(true),
    );
    return () => {
      live = false;
    };
  }, [store]);

  const active = snapshot?.profiles.find((p) => p.id === snapshot.activeId);
  // The field starts from the current learner's name ("Learner" on a fresh install).
  useEffect(() => {
    if (active && name === null) setName(active.name);
  }, [active, name]);

  if (welcomed !== false || !snapshot || !active || name === null) return null;

  const finish = async (rename: boolean) => {
    setBusy(true);
    try {
      let profile = active;
      if (rename && cleanProfileName(name) !== active.name) profile = await store.renameProfile(active.id, name);
      await store.setWelcomed();
      setWelcomed(true);
      onDone?.(profile);
    } catch (failure) {
      setError(profileErrorMessage(failure));
      inputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void finish(true);
  };

  return (
    <section className="fw-prof-welcome" aria-labelledby={titleId}>
      <h2 id={titleId}>{ts('firstRun.title')}</h2>
      <p>{ts('firstRun.body')}</p>
      <form className="fw-prof-welcome__form" onSubmit={submit} noValidate>
        <label className="field">
          <span className="field__label">{ts('firstRun.nameLabel')}</span>
          <input
            ref={inputRef}
            className="input"
            value={name}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setName(event.target.value);
              if (error) setError('');
            }}
          />
        </label>
        <FieldError id={errorId} message={error} />
        <div className="fw-prof-welcome__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {ts('firstRun.start')}
          </button>
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => void finish(false)}>
            {ts('firstRun.skip', { name: active.name })}
          </button>
        </div>
      </form>
      <p className="muted">{ts('firstRun.moreLater')}</p>
    </section>
  );
}
