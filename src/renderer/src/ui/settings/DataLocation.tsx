import { useEffect, useMemo, useState } from 'react';
import type { AppInfo } from '../../../../shared/ipc-contract';
import { ts } from '../../i18n/settings.en';
import { getBackupFiles, type BackupFiles } from '../../platform/backup-files';
import { BUILD_VERSION } from './app-version';
import './settings.css';

export interface DataLocationProps {
  /** Platform access (Electron's appInfo); defaults to the real platform. */
  files?: BackupFiles;
}

type State = { status: 'loading' } | { status: 'ready'; info: AppInfo | null } | { status: 'failed'; message: string };

/** Settings → Where your data lives: the data folder in Electron, the browser's storage otherwise. */
export function DataLocation({ files: givenFiles }: DataLocationProps) {
  const files = useMemo(() => givenFiles ?? getBackupFiles(), [givenFiles]);
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    files.appInfo().then(
      (info) => live && setState({ status: 'ready', info }),
      (error: unknown) =>
        live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [files]);

  return (
    <div className="fw-set-data">
      {files.kind === 'browser' ? (
        <>
          <p>{ts('data.browser')}</p>
          <p className="muted">{ts('data.versionBrowser', { version: BUILD_VERSION })}</p>
        </>
      ) : state.status === 'loading' ? (
        <p className="muted" role="status">
          {ts('data.loading')}
        </p>
      ) : state.status === 'failed' ? (
        <p className="fw-set-message fw-set-message--error" role="alert">
          {ts('data.failed', { message: state.message })}
        </p>
      ) : (
        <>
          <p>{ts('data.electron')}</p>
          {state.info && (
            <>
              <dl className="fw-set-dl">
                <dt>{ts('data.pathLabel')}</dt>
                <dd>
                  <code className="fw-set-path">{state.info.dataPath}</code>
                </dd>
              </dl>
              <p className="muted">{ts('data.version', { version: state.info.version, platform: state.info.platform })}</p>
            </>
          )}
        </>
      )}
      <p className="muted">{ts('data.private')}</p>
    </div>
  );
}
