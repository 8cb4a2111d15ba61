/**
 * A modal question before something that cannot be undone. The native <dialog> keeps focus
 * inside and closes on Esc (= the safe answer); focus starts on the safe answer too.
 */
import { useId, useRef } from 'react';
import { useModalDialog } from './use-modal-dialog';

export interface ConfirmDialogProps {
  /** The question; null when closed. */
  title: string | null;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const open = title !== null;

  const dialogRef = useModalDialog(open, cancelRef);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onClose={() => open && onCancel()}>
      <div className="dialog__form">
        <h2 id={titleId}>{title}</h2>
        <p>{body}</p>
        <div className="dialog__actions">
          <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
