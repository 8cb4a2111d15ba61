import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { BackupError, MAX_BACKUP_BYTES, parseBackup, type Backup } from '../../db/backup-format';
import { backupFileName, type RestoreMode, type RestorePlan, type RestoreSummary, type TableCounts } from '../../db/backup';
import { formatDateTime, ts } from '../../i18n/settings.en';
import { getBackupFiles, type BackupFiles } from '../../platform/backup-files';
import { BUILD_VERSION } from './app-version';
import type { SettingsStore } from './settings-store';
import './settings.css';

export interface BackupSettingsProps {
  store: SettingsStore;
  /** Save/open dialogs; defaults to the platform's (Electron dialogs or download + file input). */
  files?: BackupFiles;
  /** Written into the backup; defaults to the version this renderer was built from. */
  appVersion?: string;
  /** After a restore wrote data: the app should re-read the library, learners and progress. */
  onDataChanged?(): void;
}

type Tone = 'info' | 'error';
interface Message {
  tone: Tone;
  text: string;
}

type RestoreState =
  | { step: 'idle' }
  | { step: 'reading'; name: string; checking: boolean }
  | { step: 'error'; name: string; message: string }
  | {
      step: 'planned';
      name: string;
      backup: Backup;
      plan: RestorePlan;
      replacing: boolean;
      understood: boolean;
      tickError: boolean;
      notice?: Message;
    }
  | { step: 'applying'; name: string; mode: RestoreMode }
  | { step: 'done'; summary: RestoreSummary };

/**
 * Settings → Backup and restore. Export writes one file; restore reads a file, shows
 * what it would change, and writes only after the learner chooses "Merge" or confirms
 * "Replace" twice. A bad file changes nothing and says what to do.
 */
export function BackupSettings({ store, files: givenFiles, appVersion = BUILD_VERSION, onDataChanged }: BackupSettingsProps) {
  const files = useMemo(() => givenFiles ?? getBackupFiles(), [givenFiles]);
  const [exporting, setExporting] = useState(false);
  const [exportMessage, setExportMessage] = useState<Message | null>(null);
  const [restore, setRestore] = useState<RestoreState>({ step: 'idle' });
  /** Ignores a file chooser that resolves after a newer one was opened (or after unmount). */
  const requestRef = useRef(0);
  const restoreRegionRef = useRef<HTMLDivElement>(null);
  const restoreTitleId = useId();

  useEffect(
    () => () => {
      requestRef.current++;
    },
    [],
  );

  // Keyboard and screen-reader users land on each new step of the restore.
  useEffect(() => {
    if (restore.step === 'error' || restore.step === 'planned' || restore.step === 'done') {
      restoreRegionRef.current?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    }
  }, [restore.step]);

  const doExport = async () => {
    setExporting(true);
    setExportMessage(null);
    try {
      const bytes = await store.exportBackup({ appVersion });
      const result = await files.save(backupFileName(), bytes);
      if (result.status === 'saved') {
        setExportMessage({
          tone: 'info',
          text: result.path ? ts('backup.saved', { path: result.path }) : ts('backup.savedNoPath'),
        });
      } else if (result.status === 'downloaded') {
        setExportMessage({ tone: 'info', text: ts('backup.downloaded', { name: result.name }) });
      } else {
        setExportMessage({ tone: 'info', text: ts('backup.saveCancelled') });
      }
    } catch (error) {
      setExportMessage({ tone: 'error', text: ts('backup.exportFailed', { message: describe(error) }) });
    } finally {
      setExporting(false);
    }
  };

  /** Called straight from the click: browsers open a file chooser only during a user gesture. */
  const startRestore = () => {
    const request = ++requestRef.current;
    const current = () => request === requestRef.current;
    let opening: Promise<Awaited<ReturnType<BackupFiles['open']>>>;
    try {
      opening = files.open();
    } catch (error) {
      setRestore({ step: 'error', name: '', message: ts('backup.openFailed', { message: describe(error) }) });
      return;
    }
    opening.then(
      async (file) => {
        if (!file || !current()) return;
        setRestore({ step: 'reading', name: file.name, checking: false });
        try {
          if (file.size > MAX_BACKUP_BYTES) throw new BackupError('too-large', `${file.size} bytes`);
          const backup = parseBackup(await file.bytes());
          if (!current()) return;
          setRestore({ step: 'reading', name: file.name, checking: true });
          const plan = await store.planRestore(backup);
          if (!current()) return;
          setRestore({ step: 'planned', name: file.name, backup, plan, replacing: false, understood: false, tickError: false });
        } catch (error) {
          if (current()) setRestore({ step: 'error', name: file.name, message: backupErrorMessage(error) });
        }
      },
      (error: unknown) => {
        if (current()) setRestore({ step: 'error', name: '', message: ts('backup.openFailed', { message: describe(error) }) });
      },
    );
  };

  const apply = async (mode: RestoreMode) => {
    if (restore.step !== 'planned') return;
    if (mode === 'replace' && !restore.understood) {
      setRestore({ ...restore, tickError: true });
      return;
    }
    const planned = restore;
    const request = ++requestRef.current;
    setRestore({ step: 'applying', name: planned.name, mode });
    try {
      const summary = await store.applyRestore(planned.backup, planned.plan, mode);
      if (request === requestRef.current) setRestore({ step: 'done', summary });
      onDataChanged?.();
    } catch (error) {
      if (request !== requestRef.current) return;
      if (error instanceof BackupError && error.code === 'plan-outdated') {
        try {
          const plan = await store.planRestore(planned.backup);
          setRestore({
            ...planned,
            plan,
            replacing: false,
            understood: false,
            tickError: false,
            notice: { tone: 'info', text: ts('backup.outdated') },
          });
        } catch (again) {
          setRestore({ step: 'error', name: planned.name, message: backupErrorMessage(again) });
        }
        return;
      }
      setRestore({ ...planned, notice: { tone: 'error', text: ts('backup.restoreFailed', { message: describe(error) }) } });
    }
  };

  const reset = () => {
    requestRef.current++;
    setRestore({ step: 'idle' });
  };

  const busy = exporting || restore.step === 'reading' || restore.step === 'applying';

  return (
    <div className="fw-set-backup">
      <p className="muted fw-set-intro">{ts('backup.intro')}</p>

      <div className="fw-set-backup__actions">
        <div className="fw-set-backup__action">
          <button type="button" className="button button--primary" onClick={() => void doExport()} disabled={busy}>
            {ts('backup.export')}
          </button>
          <p className="muted fw-set-hint">{ts('backup.exportHint')}</p>
        </div>
        <div className="fw-set-backup__action">
          <button type="button" className="button" onClick={startRestore} disabled={busy}>
            {ts('backup.restore')}
          </button>
          <p className="muted fw-set-hint">{ts('backup.restoreHint')}</p>
        </div>
      </div>

      {exporting && <Working label={ts('backup.exporting')} />}
      {exportMessage && (
        <p className={`fw-set-message fw-set-message--${exportMessage.tone}`} role={exportMessage.tone === 'error' ? 'alert' : 'status'}>
          {exportMessage.text}
        </p>
      )}

      <div ref={restoreRegionRef} className="fw-set-restore-region">
        {restore.step === 'reading' && (
          <Working label={restore.checking ? ts('backup.checking') : ts('backup.reading', { name: restore.name })} />
        )}

        {restore.step === 'error' && (
          <div className="fw-set-panel fw-set-panel--error" role="alert" aria-labelledby={restoreTitleId}>
            <h3 id={restoreTitleId} tabIndex={-1} data-step-heading>
              {restore.name ? ts('backup.errorTitle', { name: restore.name }) : ts('backup.restore')}
            </h3>
            <p>{restore.message}</p>
            <div className="fw-set-actions">
              <button type="button" className="button" onClick={startRestore}>
                {ts('backup.tryAnother')}
              </button>
              <button type="button" className="button button--quiet" onClick={reset}>
                {ts('backup.dismiss')}
              </button>
            </div>
          </div>
        )}

        {restore.step === 'planned' && (
          <RestorePlanPanel
            state={restore}
            titleId={restoreTitleId}
            exporting={exporting}
            onMerge={() => void apply('merge')}
            onStartReplace={() => setRestore({ ...restore, replacing: true })}
            onUnderstood={(understood) => setRestore({ ...restore, understood, tickError: false })}
            onReplace={() => void apply('replace')}
            onCancelReplace={() => setRestore({ ...restore, replacing: false, understood: false, tickError: false })}
            onExportFirst={() => void doExport()}
            onCancel={reset}
          />
        )}

        {restore.step === 'applying' && (
          <Working label={restore.mode === 'merge' ? ts('backup.merging') : ts('backup.replacing')} />
        )}

        {restore.step === 'done' && (
          <RestoreDone summary={restore.summary} titleId={restoreTitleId} onClose={reset} />
        )}
      </div>
    </div>
  );
}

function Working({ label }: { label: string }) {
  return (
    <div className="fw-set-working" role="status">
      <progress className="fw-set-working__bar" aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

interface RestorePlanPanelProps {
  state: Extract<RestoreState, { step: 'planned' }>;
  titleId: string;
  exporting: boolean;
  onMerge(): void;
  onStartReplace(): void;
  onUnderstood(value: boolean): void;
  onReplace(): void;
  onCancelReplace(): void;
  onExportFirst(): void;
  onCancel(): void;
}

function RestorePlanPanel(props: RestorePlanPanelProps) {
  const { state, titleId } = props;
  const { plan, name } = state;
  const tickId = useId();
  const tickErrorId = useId();
  const replaceTitleId = useId();
  const replaceTitleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.replacing) replaceTitleRef.current?.focus();
  }, [state.replacing]);

  const counts = plan.backup.counts;
  const date = formatDateTime(plan.backup.exportedAt);
  const dash = ts('backup.plan.none');
  const cardNotes = [
    plan.reviewCards.replaced > 0 ? ts('backup.plan.cardsReplaced', { count: plan.reviewCards.replaced }) : '',
    plan.reviewCards.keptLocalNewer > 0 ? ts('backup.plan.cardsKept', { count: plan.reviewCards.keptLocalNewer }) : '',
  ].filter(Boolean);
  const rows: { label: string; added: number; here: number; notes: string }[] = [
    {
      label: ts('backup.plan.rowArticles'),
      added: plan.articles.new.length,
      here: plan.articles.present.length,
      notes:
        [
          plan.articles.restored.length > 0 ? ts('backup.plan.restored', { count: plan.articles.restored.length }) : '',
          plan.articles.conflicting.length > 0 ? ts('backup.plan.conflicting', { count: plan.articles.conflicting.length }) : '',
        ]
          .filter(Boolean)
          .join('; ') || dash,
    },
    { label: ts('backup.plan.rowLearners'), added: plan.profiles.new.length, here: plan.profiles.existing.length, notes: dash },
    { label: ts('backup.plan.rowAttempts'), added: plan.attempts.new, here: plan.attempts.present, notes: dash },
    {
      label: ts('backup.plan.rowCards'),
      added: plan.reviewCards.new,
      here: plan.reviewCards.same,
      notes: cardNotes.length > 0 ? cardNotes.join('; ') : dash,
    },
    { label: ts('backup.plan.rowDisputes'), added: plan.disputes.new, here: plan.disputes.present, notes: dash },
    {
      label: ts('backup.plan.rowKeys'),
      added: plan.checkedKeys.new,
      here: plan.checkedKeys.same,
      notes:
        [
          plan.checkedKeys.replaced > 0 ? ts('backup.plan.keysReplaced', { count: plan.checkedKeys.replaced }) : '',
          plan.checkedKeys.keptLocalNewer > 0 ? ts('backup.plan.keysKept', { count: plan.checkedKeys.keptLocalNewer }) : '',
          plan.checkedKeys.dropped.length > 0 ? ts('backup.plan.keysDropped', { count: plan.checkedKeys.dropped.length }) : '',
        ]
          .filter(Boolean)
          .join('; ') || dash,
    },
    {
      label: ts('backup.plan.rowAssignments'),
      added: plan.assignments.new,
      here: plan.assignments.kept,
      notes: plan.assignments.updated > 0 ? ts('backup.plan.assignmentsUpdated', { count: plan.assignments.updated }) : dash,
    },
  ];

  return (
    <section className="fw-set-panel" aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1} data-step-heading>
        {ts('backup.plan.title')}
      </h3>
      {state.notice && (
        <p className={`fw-set-message fw-set-message--${state.notice.tone}`} role={state.notice.tone === 'error' ? 'alert' : 'status'}>
          {state.notice.text}
        </p>
      )}
      <p>
        {plan.backup.appVersion
          ? ts('backup.plan.sourceVersion', { name, date, version: plan.backup.appVersion })
          : ts('backup.plan.source', { name, date })}{' '}
        {ts('backup.plan.contains', {
          articles: ts('count.articles', { count: counts.articles }),
          learners: ts('count.learners', { count: counts.profiles }),
          attempts: ts('count.attempts', { count: counts.attempts }),
        })}
      </p>
      {!plan.hasChanges && <p className="fw-set-message fw-set-message--info">{ts('backup.plan.noChanges')}</p>}

      <table className="fw-set-table">
        <caption className="visually-hidden">{ts('backup.plan.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{ts('backup.plan.colWhat')}</th>
            <th scope="col">{ts('backup.plan.colAdded')}</th>
            <th scope="col">{ts('backup.plan.colHere')}</th>
            <th scope="col">{ts('backup.plan.colOther')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="fw-set-table__num">{row.added}</td>
              <td className="fw-set-table__num">{row.here}</td>
              <td>{row.notes}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {plan.articles.new.length > 0 && (
        <details className="fw-set-details">
          <summary>
            {ts('backup.plan.newArticles')} ({plan.articles.new.length})
          </summary>
          <ul>
            {plan.articles.new.map((article) => (
              <li key={article.backupId}>{article.title}</li>
            ))}
          </ul>
        </details>
      )}
      {plan.articles.restored.length > 0 && (
        <details className="fw-set-details">
          <summary>
            {ts('backup.plan.restoredArticles')} ({plan.articles.restored.length})
          </summary>
          <ul>
            {plan.articles.restored.map((article) => (
              <li key={article.backupId}>{article.title}</li>
            ))}
          </ul>
        </details>
      )}
      {plan.articles.conflicting.length > 0 && (
        <details className="fw-set-details">
          <summary>
            {ts('backup.plan.conflictingArticles')} ({plan.articles.conflicting.length})
          </summary>
          <ul>
            {plan.articles.conflicting.map((article) => (
              <li key={article.backupId}>
                {ts('backup.plan.conflict.different-details', { title: article.title, localTitle: article.localTitle })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.checkedKeys.dropped.length > 0 && (
        <details className="fw-set-details">
          <summary>
            {ts('backup.plan.droppedKeys')} ({plan.checkedKeys.dropped.length})
          </summary>
          <ul>
            {plan.checkedKeys.dropped.map((dropped, i) => (
              <li key={i}>{ts(`backup.plan.droppedKey.${dropped.reason}`, { title: dropped.title ?? ts('backup.plan.droppedKey.untitled') })}</li>
            ))}
          </ul>
        </details>
      )}
      {plan.profiles.new.length > 0 && <p>{ts('backup.plan.newLearners', { names: plan.profiles.new.join(', ') })}</p>}
      {plan.profiles.existing.length > 0 && (
        <p>{ts('backup.plan.matchedLearners', { names: plan.profiles.existing.join(', ') })}</p>
      )}
      {plan.perProfile.length > 0 && (
        <details className="fw-set-details">
          <summary>{ts('backup.plan.perLearner')}</summary>
          <ul>
            {plan.perProfile.map((p) => (
              <li key={p.name}>
                {ts('backup.plan.perLearnerRow', {
                  name: p.name,
                  status: p.status === 'new' ? ts('backup.plan.statusNew') : ts('backup.plan.statusExisting'),
                  attempts: ts('count.attempts', { count: p.attempts.new }),
                  cards: ts('count.cards', { count: p.reviewCards.new + p.reviewCards.replaced }),
                  disputes: ts('count.disputes', { count: p.disputes.new }),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.activeLearner && <p>{ts('backup.plan.switchLearner', plan.activeLearner)}</p>}
      {plan.settings.kept.length > 0 && <p className="muted">{ts('backup.plan.settingsKept')}</p>}

      {!state.replacing ? (
        <>
          <div className="fw-set-actions">
            <button type="button" className="button button--primary" onClick={props.onMerge} disabled={!plan.hasChanges}>
              {ts('backup.merge')}
            </button>
            <button type="button" className="button fw-set-danger" onClick={props.onStartReplace}>
              {ts('backup.replace')}
            </button>
            <button type="button" className="button button--quiet" onClick={props.onCancel}>
              {ts('backup.cancel')}
            </button>
          </div>
          <p className="muted fw-set-hint">{ts('backup.mergeHint')}</p>
        </>
      ) : (
        <div className="fw-set-confirm fw-set-confirm--danger" role="group" aria-labelledby={replaceTitleId}>
          <h4 id={replaceTitleId} ref={replaceTitleRef} tabIndex={-1}>
            {ts('backup.replaceTitle')}
          </h4>
          <p>{replaceBody(plan.local)}</p>
          <p>
            <button type="button" className="link" onClick={props.onExportFirst} disabled={props.exporting}>
              {ts('backup.replaceExportFirst')}
            </button>
          </p>
          <label className="fw-set-check" htmlFor={tickId}>
            <input
              id={tickId}
              type="checkbox"
              checked={state.understood}
              aria-invalid={state.tickError ? true : undefined}
              aria-describedby={state.tickError ? tickErrorId : undefined}
              onChange={(event) => props.onUnderstood(event.target.checked)}
            />
            {ts('backup.replaceUnderstand')}
          </label>
          {state.tickError && (
            <p id={tickErrorId} className="field__error" role="alert">
              {ts('backup.replaceNeedsTick')}
            </p>
          )}
          <div className="fw-set-actions">
            <button type="button" className="button fw-set-danger--solid" onClick={props.onReplace}>
              {ts('backup.replaceConfirm')}
            </button>
            <button type="button" className="button" onClick={props.onCancelReplace}>
              {ts('backup.replaceCancel')}
            </button>
            <button type="button" className="button button--quiet" onClick={props.onMerge} disabled={!plan.hasChanges}>
              {ts('backup.merge')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function replaceBody(local: TableCounts): string {
  return ts('backup.replaceBody', {
    articles: ts('count.articles', { count: local.articles }),
    learners: ts('count.learners', { count: local.profiles }),
    attempts: ts('count.attempts', { count: local.attempts }),
    cards: ts('count.cards', { count: local.reviewCards }),
    disputes: ts('count.disputes', { count: local.disputes }),
  });
}

function RestoreDone({ summary, titleId, onClose }: { summary: RestoreSummary; titleId: string; onClose(): void }) {
  return (
    <section className="fw-set-panel fw-set-panel--ok" aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1} data-step-heading>
        {ts('backup.done.title')}
      </h3>
      <div role="status">
        <p>{summary.mode === 'merge' ? ts('backup.done.merge') : ts('backup.done.replace')}</p>
        {summary.activeLearner && <p>{ts('backup.done.switched', { name: summary.activeLearner })}</p>}
        {summary.removed && (
          <p>
            {ts('backup.done.removed', {
              articles: ts('count.articles', { count: summary.removed.articles }),
              learners: ts('count.learners', { count: summary.removed.profiles }),
              attempts: ts('count.attempts', { count: summary.removed.attempts }),
            })}
          </p>
        )}
        <p>
          {ts('backup.done.added', {
            articles: ts('count.articles', { count: summary.articlesAdded }),
            learners: ts('count.learners', { count: summary.profilesAdded }),
            attempts: ts('count.attempts', { count: summary.attemptsAdded }),
            cards: ts('count.cards', { count: summary.reviewCardsAdded }),
            disputes: ts('count.disputes', { count: summary.disputesAdded }),
          })}
        </p>
        {summary.articlesRestored > 0 && <p>{ts('backup.done.restored', { count: summary.articlesRestored })}</p>}
        {(summary.reviewCardsReplaced > 0 || summary.reviewCardsKept > 0) && (
          <p>
            {ts('backup.done.cards', {
              replaced: ts('backup.plan.cardsReplaced', { count: summary.reviewCardsReplaced }),
              kept: ts('backup.plan.cardsKept', { count: summary.reviewCardsKept }),
            })}
          </p>
        )}
      </div>
      <div className="fw-set-actions">
        <button type="button" className="button" onClick={onClose}>
          {ts('backup.done.close')}
        </button>
      </div>
    </section>
  );
}

/** BackupError messages already say what happened, that nothing changed, and what to do. */
function backupErrorMessage(error: unknown): string {
  if (error instanceof BackupError) return error.message;
  return ts('backup.openFailed', { message: describe(error) });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
