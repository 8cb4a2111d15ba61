import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { t } from '../i18n';
import { FieldError } from './FieldError';
import { DialogActions } from './DialogActions';

export interface PasteDialogProps {
  open: boolean;
  /** Resolves to an error message to show in the dialog, or undefined when done. */
  onSubmit(input: { title: string; text: string }): Promise<string | undefined>;
  onClose(): void;
}

/** A modal form for pasting an article's text; the native <dialog> keeps focus inside and closes on Esc. */
export function PasteDialog({ open, onSubmit, onClose }: PasteDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const titleId = useId();
  const errorId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setTitle('');
      setText('');
      setError('');
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('paste.emptyError'));
      return;
    }
    setBusy(true);
    try {
      const problem = await onSubmit({ title: title.trim(), text });
      if (problem) setError(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <form className="dialog__form" onSubmit={(event) => void submit(event)} noValidate>
          <h2 id={titleId}>{t('paste.title')}</h2>
          <p className="muted">{t('paste.intro')}</p>
          <label className="field">
            <span className="field__label">{t('paste.titleLabel')}</span>
            <input
              className="input"
              value={title}
              placeholder={t('paste.titlePlaceholder')}
              onChange={(event) => setTitle(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">{t('paste.textLabel')}</span>
            <textarea
              className="input textarea"
              value={text}
              rows={14}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => {
                setText(event.target.value);
                if (error) setError('');
              }}
            />
          </label>
          <FieldError id={errorId} message={error} />
          <DialogActions cancelLabel={t('paste.cancel')} submitLabel={t('paste.submit')} onCancel={onClose} submitDisabled={busy} />
        </form>
      )}
    </dialog>
  );
}
