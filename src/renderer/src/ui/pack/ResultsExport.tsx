/**
 * "Send results to your teacher" on an assignment: a dialog that says what the file holds,
 * asks for the learner's name (a default learner called "Learner" must give a real one, so
 * the teacher can tell the files apart) and saves the `.framewise-results` file.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { AssignmentStatus } from '../../db/assignments';
import { exportAssignmentResults } from '../../db/class-results';
import { DEFAULT_PROFILE_NAME, getDatabase } from '../../db/database';
import { t } from '../../i18n';
import { resultsFileName, saveExportFile } from '../class/export-files';
import { FieldError } from '../FieldError';
import type { NoticeData } from '../Notice';
import { useModalDialog } from '../use-modal-dialog';
import { DialogActions } from '../DialogActions';

export interface ResultsExportOptions {
  profileId: number | undefined;
  /** The active learner's name. */
  learnerName: string | undefined;
  showNotice(notice: NoticeData): void;
}

export interface ResultsExportState {
  /** Opens the dialog for an assignment; undefined without a learner. */
  open: ((status: AssignmentStatus) => void) | undefined;
  dialog: ResultsExportDialogProps;
}

export function useResultsExport({ profileId, learnerName, showNotice }: ResultsExportOptions): ResultsExportState {
  const [status, setStatus] = useState<AssignmentStatus | null>(null);
  const close = useCallback(() => setStatus(null), []);
  const save = useCallback(
    async (name: string) => {
      if (!status || profileId === undefined) return;
      const file = resultsFileName(name, status.assignment.title);
      try {
        const bytes = await exportAssignmentResults(getDatabase(), { assignmentId: status.assignment.id, profileId, learnerName: name });
        setStatus(null);
        if (await saveExportFile('results', file, bytes)) showNotice({ tone: 'info', text: t('results.saved', { name: file }) });
      } catch (error) {
        console.warn('Framewise: a results file could not be made.', error);
        setStatus(null);
        showNotice({ tone: 'error', text: t('results.saveFailed', { message: error instanceof Error ? error.message : String(error) }) });
      }
    },
    [status, profileId, showNotice],
  );
  const defaultName = learnerName && learnerName !== DEFAULT_PROFILE_NAME ? learnerName : '';
  return { open: profileId === undefined ? undefined : setStatus, dialog: { status, defaultName, onSave: save, onCancel: close } };
}

export interface ResultsExportDialogProps {
  status: AssignmentStatus | null;
  defaultName: string;
  onSave(name: string): void;
  onCancel(): void;
}

export function ResultsExportDialog({ status, defaultName, onSave, onCancel }: ResultsExportDialogProps) {
  const nameRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const nameId = useId();
  const errorId = useId();
  const [name, setName] = useState(defaultName);
  const [error, setError] = useState(false);
  const dialogRef = useModalDialog(status !== null, nameRef);

  useEffect(() => {
    if (status) {
      setName(defaultName);
      setError(false);
    }
  }, [status, defaultName]);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onClose={() => status && onCancel()}>
      <form
        className="dialog__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') {
            setError(true);
            nameRef.current?.focus();
            return;
          }
          onSave(name.trim());
        }}
      >
        <h2 id={titleId}>{status ? t('results.dialogTitle', { title: status.assignment.title }) : ''}</h2>
        <p>{t('results.dialogBody')}</p>
        <label className="field" htmlFor={nameId}>
          <span className="field__label">{t('results.nameLabel')}</span>
        </label>
        <input
          ref={nameRef}
          id={nameId}
          className="input"
          value={name}
          maxLength={200}
          autoComplete="name"
          aria-invalid={error || undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setError(false);
          }}
        />
        <FieldError id={errorId} message={error ? t('results.nameMissing') : null} />
        <DialogActions cancelLabel={t('results.cancel')} submitLabel={t('results.save')} onCancel={onCancel} />
      </form>
    </dialog>
  );
}
