/**
 * The buttons that close a dialog's form: Cancel, then the form's submit button. Labels come from
 * the caller's catalogue keys, so each dialog keeps its own wording.
 */
export function DialogActions({
  cancelLabel,
  submitLabel,
  onCancel,
  submitDisabled = false,
}: {
  cancelLabel: string;
  submitLabel: string;
  onCancel: () => void;
  submitDisabled?: boolean;
}) {
  return (
    <div className="dialog__actions">
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="button button--primary" disabled={submitDisabled}>
        {submitLabel}
      </button>
    </div>
  );
}
