import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { SampleLibraryStatus } from '../../db/articles';
import { ts } from '../../i18n/settings.en';
import type { SettingsStore } from './settings-store';
import './settings.css';

export interface SampleLibrarySettingsProps {
  store: SettingsStore;
  /** After samples were restored: the library re-reads its list. */
  onDataChanged?(): void;
  /** Change it to count the missing samples again (e.g. after a backup was restored). */
  dataVersion?: number;
}

type StatusState =
  | { status: 'loading' }
  | { status: 'ready'; library: SampleLibraryStatus }
  | { status: 'failed'; message: string };

type Notice = { tone: 'info' | 'error'; text: string };


function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Settings → Sample library: the only way back for samples deleted longer ago than the
 * library's Undo, since first-start loading never offers a sample twice.
 */
export function SampleLibrarySettings({ store, onDataChanged, dataVersion = 0 }: SampleLibrarySettingsProps) {
  const [state, setState] = useState<StatusState>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const hintId = useId();
  const countId = useId();

  const check = useCallback(
    (isLive: () => boolean = () => true) =>
      store.sampleLibraryStatus().then(
        (library) => isLive() && setState({ status: 'ready', library }),
        (error: unknown) => isLive() && setState({ status: 'failed', message: messageOf(error) }),
      ),
    [store],
  );

  useEffect(() => {
    let live = true;
    void check(() => live);
    return () => {
      live = false;
    };
  }, [check, dataVersion]);

  // A restore can finish after the section has closed: its re-check then updates nothing.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const restore = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const { restored, readded } = await store.restoreSamples();
      const count = restored + readded;
      setNotice({ tone: 'info', text: count > 0 ? ts('sampleLibrary.restored', { count }) : ts('sampleLibrary.nothingRestored') });
      if (count > 0) onDataChanged?.();
    } catch (error) {
      setNotice({ tone: 'error', text: ts('sampleLibrary.restoreFailed', { message: messageOf(error) }) });
    } finally {
      setBusy(false);
    }
    await check(() => mounted.current);
  };

  const missing = state.status === 'ready' ? state.library.missing : 0;
  const canRestore = state.status === 'ready' && missing > 0 && !busy;

  return (
    <div className="fw-set-samples">
      <p className="fw-set-intro">{ts('sampleLibrary.intro')}</p>
      {state.status === 'loading' ? (
        <p id={countId} className="muted" role="status">
          {ts('sampleLibrary.checking')}
        </p>
      ) : state.status === 'failed' ? (
        <p id={countId} className="fw-set-message fw-set-message--error" role="alert">
          {ts('sampleLibrary.checkFailed', { message: state.message })}
        </p>
      ) : (
        <p id={countId} data-testid="sample-library-count">
          {state.library.total === 0
            ? ts('sampleLibrary.noSamples')
            : missing > 0
              ? ts('sampleLibrary.missing', { count: missing, total: state.library.total })
              : ts('sampleLibrary.noneMissing', { count: state.library.total })}
        </p>
      )}
      <div className="fw-set-actions">
        <button
          type="button"
          className="button"
          onClick={() => void restore()}
          disabled={!canRestore}
          aria-describedby={`${countId} ${hintId}`}
        >
          {ts('sampleLibrary.restore')}
        </button>
      </div>
      <p id={hintId} className="muted fw-set-hint">
        {ts('sampleLibrary.restoreHint')}
      </p>
      {/* One live region that stays mounted, so "Restoring…" and "Restored N…" are announced. */}
      <div role="status">
        {busy ? (
          <p className="muted">{ts('sampleLibrary.restoring')}</p>
        ) : (
          notice?.tone === 'info' && <p className="fw-set-message">{notice.text}</p>
        )}
      </div>
      {notice?.tone === 'error' && (
        <p className="fw-set-message fw-set-message--error" role="alert">
          {notice.text}
        </p>
      )}
    </div>
  );
}
