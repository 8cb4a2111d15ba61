/**
 * The first run, as one card: who is learning (the name field, focused and empty), the
 * three ideas with an example each, then one obvious first step (open a sample, then
 * Practise). Shown once: with a settings store the 'welcomed' setting remembers it,
 * without one (component tests, no learners) a localStorage flag does.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ProfileRecord } from '../../db/database';
import { cleanProfileName } from '../../db/profiles';
import { t } from '../../i18n';
import { readStorage, STORAGE_KEYS, writeStorage } from '../../shell/stored-preference';
import { FieldError } from '../FieldError';
import { profileErrorMessage, useProfiles } from '../profiles/use-profiles';
import type { SettingsStore } from '../settings/settings-store';
import { LESSON_EXAMPLES, LESSON_IDEAS } from './lesson-examples';
import { LessonIdeaScreen } from './LessonIdeas';
import './lesson.css';

/** The sample the first step opens: the one the examples come from. */
export const FIRST_SAMPLE_ID = LESSON_EXAMPLES.fact.sampleId;

export interface FirstRunProps {
  store?: SettingsStore;
  /**
   * Whether the name field takes focus when the card appears (default true). False when the
   * library has asked to focus an article row (back from the reader): that request wins.
   */
  autoFocus?: boolean;
  /** The learner finished or skipped; `openSample` when they chose to open the first sample. */
  onDone(outcome: { openSample: boolean; profile?: ProfileRecord }): void;
}

/** Whether the first run still has to be shown; null while unknown. */
function useWelcomed(store: SettingsStore | undefined): [boolean | null, () => Promise<void>] {
  const [welcomed, setWelcomed] = useState<boolean | null>(() =>
    store ? null : readStorage(STORAGE_KEYS.welcomeDismissed) === '1',
  );
  useEffect(() => {
    if (!store) return;
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
  const markWelcomed = async () => {
    if (store) await store.setWelcomed();
    writeStorage(STORAGE_KEYS.welcomeDismissed, '1');
    setWelcomed(true);
  };
  return [welcomed, markWelcomed];
}

/** Screens: 0 who is learning, 1–3 the ideas, then the first step. */
const LAST_SCREEN = LESSON_IDEAS.length + 1;

export function FirstRun({ store, autoFocus = true, onDone }: FirstRunProps) {
  const { snapshot } = useProfiles(store);
  const [welcomed, markWelcomed] = useWelcomed(store);
  const [screen, setScreen] = useState(0);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const errorId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const finishRef = useRef<HTMLButtonElement>(null);
  // Read when the card appears, not followed afterwards: a later change must not move focus.
  const autoFocusRef = useRef(autoFocus);
  const active = snapshot?.profiles.find((p) => p.id === snapshot.activeId);
  const ready = welcomed === false && (!store || !!active);

  useEffect(() => {
    if (ready && screen === 0 && autoFocusRef.current) inputRef.current?.focus();
    if (ready && screen === LAST_SCREEN) finishRef.current?.focus();
  }, [ready, screen]);

  if (!ready) return null;

  const finish = async (openSample: boolean) => {
    setBusy(true);
    try {
      let profile = active;
      // An empty field keeps the learner's current name ("Learner" on a fresh install).
      if (store && active && name.trim() && cleanProfileName(name) !== active.name) {
        profile = await store.renameProfile(active.id, name);
      }
      await markWelcomed();
      onDone({ openSample, profile });
    } catch (failure) {
      setError(profileErrorMessage(failure));
      setScreen(0);
      inputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const submitName = (event: FormEvent) => {
    event.preventDefault();
    setScreen(1);
  };

  const idea = screen >= 1 && screen <= LESSON_IDEAS.length ? LESSON_IDEAS[screen - 1] : undefined;

  return (
    <section className="lesson" aria-labelledby={titleId} data-testid="first-run">
      <h2 id={titleId} className="lesson__title">
        {t('lesson.title')}
      </h2>
      {screen === 0 && (
        <form className="lesson__form" onSubmit={submitName} noValidate>
          <p>{t('lesson.intro')}</p>
          {store && active && (
            <>
              <label className="field">
                <span className="field__label">{t('lesson.nameLabel')}</span>
                <input
                  ref={inputRef}
                  className="input"
                  value={name}
                  autoComplete="off"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${hintId} ${errorId}` : hintId}
                  onChange={(event) => {
                    setName(event.target.value);
                    if (error) setError('');
                  }}
                />
              </label>
              <p id={hintId} className="lesson__hint muted">
                {t('lesson.nameHint', { name: active.name })}
              </p>
              <FieldError id={errorId} message={error} />
            </>
          )}
          <div className="lesson__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('lesson.begin')}
            </button>
            <button type="button" className="button button--quiet" disabled={busy} onClick={() => void finish(false)}>
              {t('lesson.skip')}
            </button>
          </div>
        </form>
      )}
      {idea && (
        <>
          <LessonIdeaScreen idea={idea} focusHeading />
          <div className="lesson__actions">
            <button type="button" className="button" onClick={() => setScreen(screen - 1)}>
              {t('lesson.previous')}
            </button>
            <button type="button" className="button button--primary" onClick={() => setScreen(screen + 1)}>
              {t('lesson.next')}
            </button>
            <button type="button" className="button button--quiet" disabled={busy} onClick={() => void finish(false)}>
              {t('lesson.skip')}
            </button>
          </div>
        </>
      )}
      {screen === LAST_SCREEN && (
        <>
          <h3 className="lesson__idea-title">{t('lesson.firstStep.title')}</h3>
          <p>{t('lesson.firstStep.body')}</p>
          <div className="lesson__actions">
            <button ref={finishRef} type="button" className="button button--primary" disabled={busy} onClick={() => void finish(true)}>
              {t('lesson.openSample')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void finish(false)}>
              {t('lesson.toLibrary')}
            </button>
          </div>
          {store && <p className="muted">{t('lesson.moreLater')}</p>}
        </>
      )}
    </section>
  );
}
