import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ProfileRecord } from '../../db/database';
import type { DeletedProfile } from '../../db/profiles';
import { ts } from '../../i18n/settings.en';
import { profileErrorMessage, useProfiles } from '../profiles/use-profiles';
import type { ProgressCounts, SettingsStore } from './settings-store';
import { useLatest } from '../use-latest';
import './settings.css';

/** How long "Undo" stays offered after a learner is deleted (longer while the pointer is on it). */
export const PROFILE_UNDO_MS = 10_000;

export interface ProfilesSettingsProps {
  store: SettingsStore;
  /** After "Switch to …" here. */
  onActiveProfileChange?(profile: ProfileRecord): void;
  /** After a learner was added, renamed, deleted or brought back (progress views may need a refresh). */
  onProfilesChanged?(): void;
  /** How long Undo is offered after a delete; tests shorten it. */
  undoTimeoutMs?: number;
}

type Message = { tone: 'info' | 'error'; text: string } | null;

/** Settings → Learners: list, add, rename inline, delete (confirmed, with undo), switch. */
export function ProfilesSettings({
  store,
  onActiveProfileChange,
  onProfilesChanged,
  undoTimeoutMs = PROFILE_UNDO_MS,
}: ProfilesSettingsProps) {
  const { snapshot, error: loadError } = useProfiles(store);
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<{ id: number; counts: ProgressCounts } | null>(null);
  const [deleted, setDeleted] = useState<DeletedProfile | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState('');
  const listHeadingRef = useRef<HTMLParagraphElement>(null);
  const lastNoteId = useId();
  const addErrorId = useId();
  const addInputRef = useRef<HTMLInputElement>(null);

  const changed = useCallback(() => onProfilesChanged?.(), [onProfilesChanged]);

  const only = snapshot?.profiles.length === 1;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const profile = await store.createProfile(newName);
      setNewName('');
      setAddError('');
      setMessage({ tone: 'info', text: ts('profiles.added', { name: profile.name }) });
      changed();
    } catch (failure) {
      // An earlier "Added …" would read as if this attempt had worked too.
      setMessage(null);
      setAddError(profileErrorMessage(failure));
      addInputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const rename = async (profile: ProfileRecord, name: string): Promise<string | undefined> => {
    try {
      const renamed = await store.renameProfile(profile.id, name);
      setRenamingId(null);
      if (renamed.name !== profile.name) {
        setMessage({ tone: 'info', text: ts('profiles.renamed', { old: profile.name, name: renamed.name }) });
        changed();
      }
      return undefined;
    } catch (failure) {
      return profileErrorMessage(failure);
    }
  };

  const askDelete = async (profile: ProfileRecord) => {
    setMessage(null);
    setRenamingId(null);
    try {
      setConfirming({ id: profile.id, counts: await store.progressCounts(profile.id) });
    } catch (failure) {
      setMessage({ tone: 'error', text: profileErrorMessage(failure) });
    }
  };

  const confirmDelete = async (profile: ProfileRecord) => {
    setBusy(true);
    try {
      const removed = await store.deleteProfile(profile.id);
      setConfirming(null);
      setMessage(null);
      setDeleted(removed);
      changed();
    } catch (failure) {
      setConfirming(null);
      setMessage({ tone: 'error', text: profileErrorMessage(failure) });
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!deleted) return;
    const restoring = deleted;
    setDeleted(null);
    try {
      const profile = await store.restoreDeletedProfile(restoring);
      setMessage({ tone: 'info', text: ts('profiles.restored', { name: profile.name }) });
      changed();
    } catch (failure) {
      setMessage({ tone: 'error', text: profileErrorMessage(failure) });
    }
    listHeadingRef.current?.focus();
  };

  const switchTo = async (profile: ProfileRecord) => {
    try {
      await store.setActiveProfile(profile.id);
      setMessage({ tone: 'info', text: ts('switcher.switched', { name: profile.name }) });
      onActiveProfileChange?.(profile);
    } catch (failure) {
      setMessage({ tone: 'error', text: profileErrorMessage(failure) });
    }
  };

  return (
    <div className="fw-set-profiles">
      <p className="muted fw-set-intro">{ts('profiles.intro')}</p>
      {loadError && (
        <p className="fw-set-message fw-set-message--error" role="alert">
          {loadError}
        </p>
      )}
      <p ref={listHeadingRef} tabIndex={-1} className="visually-hidden">
        {ts('profiles.listLabel')}
      </p>
      {!snapshot && !loadError && (
        <p className="muted" role="status">
          {ts('profiles.loading')}
        </p>
      )}
      {snapshot && (
        <ul className="fw-set-list" aria-label={ts('profiles.listLabel')}>
          {snapshot.profiles.map((profile) => (
            <ProfileRow
              key={profile.id}
              profile={profile}
              active={profile.id === snapshot.activeId}
              only={only}
              lastNoteId={lastNoteId}
              renaming={renamingId === profile.id}
              confirmCounts={confirming?.id === profile.id ? confirming.counts : null}
              busy={busy}
              onStartRename={() => {
                setConfirming(null);
                setRenamingId(profile.id);
              }}
              onCancelRename={() => setRenamingId(null)}
              onRename={(name) => rename(profile, name)}
              onAskDelete={() => void askDelete(profile)}
              onCancelDelete={() => setConfirming(null)}
              onConfirmDelete={() => void confirmDelete(profile)}
              onSwitch={() => void switchTo(profile)}
            />
          ))}
        </ul>
      )}
      {only && (
        <p id={lastNoteId} className="muted fw-set-note">
          {ts('profiles.lastCannotDelete')}
        </p>
      )}

      <form className="fw-set-add" onSubmit={(event) => void add(event)} noValidate>
        <label className="field">
          <span className="field__label">{ts('profiles.addLabel')}</span>
          <input
            ref={addInputRef}
            className="input"
            value={newName}
            placeholder={ts('profiles.addPlaceholder')}
            autoComplete="off"
            aria-invalid={addError ? true : undefined}
            aria-describedby={addError ? addErrorId : undefined}
            onChange={(event) => {
              setNewName(event.target.value);
              if (addError) setAddError('');
            }}
          />
        </label>
        <button type="submit" className="button" disabled={busy}>
          <span aria-hidden="true" className="button__icon">
            +
          </span>
          {ts('profiles.add')}
        </button>
        {addError && (
          <p id={addErrorId} className="field__error fw-set-add__error" role="alert">
            {addError}
          </p>
        )}
      </form>

      {message && (
        <p className={`fw-set-message fw-set-message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}

      {deleted && (
        <ProfileUndoToast
          name={deleted.profile.name}
          timeoutMs={undoTimeoutMs}
          onUndo={() => void undo()}
          onExpire={(hadFocus) => {
            setDeleted(null);
            if (hadFocus) listHeadingRef.current?.focus();
          }}
          onDismiss={() => {
            setDeleted(null);
            listHeadingRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}

interface ProfileRowProps {
  profile: ProfileRecord;
  active: boolean;
  only: boolean;
  lastNoteId: string;
  renaming: boolean;
  confirmCounts: ProgressCounts | null;
  busy: boolean;
  onStartRename(): void;
  onCancelRename(): void;
  onRename(name: string): Promise<string | undefined>;
  onAskDelete(): void;
  onCancelDelete(): void;
  onConfirmDelete(): void;
  onSwitch(): void;
}

function ProfileRow(props: ProfileRowProps) {
  const { profile, active, only, renaming, confirmCounts } = props;
  const [draft, setDraft] = useState(profile.name);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const renameInputRef = useRef<HTMLInputElement>(null);
  const renameButtonRef = useRef<HTMLButtonElement>(null);
  const deleteButtonRef = useRef<HTMLButtonElement>(null);
  const keepButtonRef = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  const wasConfirming = useRef(false);
  const errorId = useId();
  const confirmTitleId = useId();

  // Only entering or leaving rename mode moves focus; the name is read then, not watched.
  const name = useLatest(profile.name);
  useEffect(() => {
    if (renaming) {
      setDraft(name.current);
      setError('');
      renameInputRef.current?.focus();
      renameInputRef.current?.select();
    } else if (wasRenaming.current) {
      renameButtonRef.current?.focus();
    }
    wasRenaming.current = renaming;
  }, [renaming, name]);

  const confirming = confirmCounts !== null;
  useEffect(() => {
    // The safe choice has focus first; back to "Delete" when the learner keeps the profile.
    if (confirming) keepButtonRef.current?.focus();
    else if (wasConfirming.current) deleteButtonRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const problem = await props.onRename(draft);
    setSaving(false);
    if (problem) {
      setError(problem);
      renameInputRef.current?.focus();
    }
  };

  return (
    <li className={`fw-set-row${active ? ' fw-set-row--active' : ''}`}>
      {renaming ? (
        <form
          className="fw-set-row__rename"
          onSubmit={(event) => void save(event)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              props.onCancelRename();
            }
          }}
          noValidate
        >
          <input
            ref={renameInputRef}
            className="input"
            value={draft}
            aria-label={ts('profiles.renameLabel', { name: profile.name })}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              if (error) setError('');
            }}
          />
          <button type="submit" className="button button--primary button--small" disabled={saving}>
            {ts('profiles.renameSave')}
          </button>
          <button type="button" className="button button--small" onClick={props.onCancelRename}>
            {ts('profiles.renameCancel')}
          </button>
          {error && (
            <p id={errorId} className="field__error fw-set-row__error" role="alert">
              {error}
            </p>
          )}
        </form>
      ) : (
        <div className="fw-set-row__main">
          <span className="fw-prof-avatar" aria-hidden="true">
            {(Array.from(profile.name)[0] ?? '?').toLocaleUpperCase()}
          </span>
          <span className="fw-set-row__name">{profile.name}</span>
          {active ? (
            <span className="fw-set-badge">{ts('profiles.active')}</span>
          ) : (
            <button type="button" className="button button--small" onClick={props.onSwitch}>
              {ts('profiles.makeActive', { name: profile.name })}
            </button>
          )}
          <span className="fw-set-row__actions">
            <button
              ref={renameButtonRef}
              type="button"
              className="button button--small"
              aria-label={ts('profiles.renameButton', { name: profile.name })}
              onClick={props.onStartRename}
            >
              {ts('profiles.rename')}
            </button>
            <button
              ref={deleteButtonRef}
              type="button"
              className="button button--small fw-set-danger"
              aria-label={ts('profiles.deleteLabel', { name: profile.name })}
              aria-describedby={only ? props.lastNoteId : undefined}
              disabled={only || confirming}
              onClick={props.onAskDelete}
            >
              {ts('profiles.delete')}
            </button>
          </span>
        </div>
      )}
      {confirmCounts && (
        <div
          className="fw-set-confirm"
          role="group"
          aria-labelledby={confirmTitleId}
          onKeyDown={(event) => {
            // Escape is the keyboard's "no": the same as "Keep …".
            if (event.key !== 'Escape') return;
            event.preventDefault();
            props.onCancelDelete();
          }}
        >
          <p id={confirmTitleId} className="fw-set-confirm__title">
            {ts('profiles.deleteConfirmTitle', { name: profile.name })}
          </p>
          <p className="fw-set-confirm__body">
            {confirmCounts.attempts + confirmCounts.reviewCards + confirmCounts.disputes === 0
              ? ts('profiles.deleteConfirmBodyEmpty')
              : ts('profiles.deleteConfirmBody', {
                  attempts: ts('profiles.attempts', { count: confirmCounts.attempts }),
                  cards: ts('profiles.cards', { count: confirmCounts.reviewCards }),
                  disputes: ts('profiles.disputes', { count: confirmCounts.disputes }),
                })}
          </p>
          <div className="fw-set-actions">
            <button ref={keepButtonRef} type="button" className="button button--small" onClick={props.onCancelDelete}>
              {ts('profiles.deleteCancel', { name: profile.name })}
            </button>
            <button type="button" className="button button--small fw-set-danger--solid" disabled={props.busy} onClick={props.onConfirmDelete}>
              {ts('profiles.deleteConfirm', { name: profile.name })}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

interface ProfileUndoToastProps {
  name: string;
  timeoutMs: number;
  onUndo(): void;
  /** `hadFocus`: focus was inside the toast, so it must be moved somewhere sensible. */
  onExpire(hadFocus: boolean): void;
  onDismiss(): void;
}

/** "Deleted … [Undo]": takes focus so keyboard users reach Undo at once; stays while the pointer is on it. */
function ProfileUndoToast({ name, timeoutMs, onUndo, onExpire, onDismiss }: ProfileUndoToastProps) {
  const ref = useRef<HTMLDivElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const hovered = useRef(false);
  const onExpireRef = useRef(onExpire);
  onExpireRef.current = onExpire;

  useEffect(() => {
    undoRef.current?.focus();
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      timer = setTimeout(() => {
        if (hovered.current) arm();
        else onExpireRef.current(ref.current?.contains(document.activeElement) ?? false);
      }, timeoutMs);
    };
    arm();
    return () => clearTimeout(timer);
  }, [timeoutMs]);

  return (
    <div
      ref={ref}
      className="toast fw-set-toast"
      role="status"
      onMouseEnter={() => (hovered.current = true)}
      onMouseLeave={() => (hovered.current = false)}
    >
      <p className="toast__text">{ts('profiles.deleted', { name })}</p>
      <button ref={undoRef} type="button" className="button button--small" onClick={onUndo}>
        {ts('profiles.undo')}
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={onDismiss}
        aria-label={ts('profiles.undoDismiss')}
        title={ts('profiles.undoDismiss')}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
