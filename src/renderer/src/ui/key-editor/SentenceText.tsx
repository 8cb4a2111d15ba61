/**
 * The sentence in focus as read-only text the teacher can select in (mouse, or Shift with the
 * arrow keys), and the
 * buttons that mark the selected words as a loaded word, hedge, certainty marker, speaker,
 * reporting verb or the claim's source.
 */
import { forwardRef, useState } from 'react';
import type { SpanKind } from '../../../../core/samples/key-editor';
import { t } from '../../i18n';

const MARKS: readonly SpanKind[] = ['loaded', 'hedge', 'certainty', 'source', 'cue', 'claimSource'];

export interface SentenceTextProps {
  n: number;
  text: string;
  onMark(kind: SpanKind, text: string): void;
}

export const SentenceText = forwardRef<HTMLTextAreaElement, SentenceTextProps>(function SentenceText({ n, text, onMark }, ref) {
  const [selected, setSelected] = useState('');
  const helpId = `ke-text-help-${n}`;
  const readSelection = (area: HTMLTextAreaElement) => setSelected(area.value.slice(area.selectionStart, area.selectionEnd).trim());
  return (
    <section className="ke-panel" data-panel="text" aria-labelledby="ke-text-heading">
      <h3 id="ke-text-heading">{t('keyEditor.text.heading')}</h3>
      <textarea
        ref={ref}
        className="ke-text"
        // Not `readOnly`: Chromium gives a read-only text area no keyboard caret, so Shift+arrows
        // could not select. It is read-only to assistive tech, refuses every edit, and a change
        // that slips through (e.g. an IME) is undone by the controlled value.
        aria-readonly="true"
        value={text}
        onChange={() => {}}
        onBeforeInput={(event) => event.preventDefault()}
        onPaste={(event) => event.preventDefault()}
        onCut={(event) => event.preventDefault()}
        onDrop={(event) => event.preventDefault()}
        rows={Math.min(6, Math.max(2, Math.ceil(text.length / 70)))}
        aria-label={t('keyEditor.text.label', { n })}
        aria-describedby={helpId}
        onSelect={(event) => readSelection(event.currentTarget)}
        onKeyUp={(event) => readSelection(event.currentTarget)}
        onMouseUp={(event) => readSelection(event.currentTarget)}
        data-testid="ke-sentence-text"
      />
      <p id={helpId} className="muted ke-help">
        {t('keyEditor.text.help')}
      </p>
      <div role="group" aria-label={t('keyEditor.mark.group')} className="ke-marks">
        {MARKS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--small"
            disabled={!selected}
            onClick={() => {
              onMark(kind, selected);
              setSelected('');
            }}
          >
            {t(`keyEditor.mark.${kind}`)}
          </button>
        ))}
      </div>
      {!selected && <p className="muted ke-help">{t('keyEditor.mark.none')}</p>}
    </section>
  );
});
