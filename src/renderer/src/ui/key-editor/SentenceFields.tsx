/**
 * The fields of the sentence in focus, one small panel each: label, speaker and reporting verb,
 * loaded words with neutral alternatives, hedges and certainty markers, check-worthy claim, note.
 * Each panel marks where it differs from the analyser. Panels carry `data-panel`, which the
 * editor's panel keys (s, l, m, c, n) move focus to.
 */
import type { SourceKind } from '../../../../core/analysis/types';
import type { KeySentence } from '../../../../core/samples/answer-key';
import type { KeyField } from '../../../../core/samples/key-diff';
import type { KeyEditorAction } from '../../../../core/samples/key-editor';
import { t } from '../../i18n';
import { Changed } from './Changed';
import { kindName, labelName, LABELS, SOURCE_KINDS } from './labels';

export interface FieldsProps {
  n: number;
  sentence: KeySentence;
  machine: KeySentence | undefined;
  changed: readonly KeyField[];
  dispatch(action: KeyEditorAction): void;
}

const list = (items: readonly string[] | undefined) => (items && items.length ? items.join(', ') : t('keyEditor.speaker.none'));

export function LabelPanel({ n, sentence, machine, changed, dispatch }: FieldsProps) {
  return (
    <fieldset className="ke-panel ke-labels" data-panel="label">
      <legend>
        {t('keyEditor.label.heading')} <Changed changed={changed.includes('label')} machine={machine && labelName(machine.label)} />
      </legend>
      {LABELS.map((label, i) => (
        <label key={label} className={`ke-label ke-label--${label}`}>
          <input type="radio" name={`ke-label-${n}`} checked={sentence.label === label} onChange={() => dispatch({ type: 'setLabel', label })} />
          <kbd aria-hidden="true">{i + 1}</kbd> {labelName(label)}
        </label>
      ))}
    </fieldset>
  );
}

export function SpeakerPanel({ sentence, machine, changed, dispatch }: FieldsProps) {
  const attributed = sentence.label === 'attributed';
  return (
    <section className="ke-panel" data-panel="speaker" tabIndex={-1} aria-labelledby="ke-speaker-heading">
      <h3 id="ke-speaker-heading">
        {t('keyEditor.speaker.heading')}{' '}
        <Changed changed={changed.includes('speaker') || changed.includes('sourceKind')} machine={machine && `${machine.source ?? t('keyEditor.speaker.none')} / ${machine.cue ?? t('keyEditor.speaker.none')}`} />
      </h3>
      {!attributed ? (
        <p className="muted ke-help">{t('keyEditor.speaker.onlyAttributed')}</p>
      ) : (
        <>
          <dl className="ke-pairs">
            <dt>{t('keyEditor.speaker.source')}</dt>
            <SpanValue text={sentence.source} removeLabel={t('keyEditor.speaker.remove')} onRemove={() => dispatch({ type: 'removeSpan', kind: 'source' })} />
            <dt>{t('keyEditor.speaker.cue')}</dt>
            <SpanValue text={sentence.cue} removeLabel={t('keyEditor.speaker.removeCue')} onRemove={() => dispatch({ type: 'removeSpan', kind: 'cue' })} />
          </dl>
          {sentence.source !== undefined && (
            <SourceKindField label={t('keyEditor.speaker.kind')} value={sentence.sourceKind ?? 'named'} onChange={(kind) => dispatch({ type: 'setSourceKind', kind })} />
          )}
          <label className="ke-field">
            <input type="checkbox" checked={!!sentence.direct} onChange={(e) => dispatch({ type: 'setDirect', direct: e.target.checked })} />{' '}
            {t('keyEditor.speaker.direct')}
          </label>
        </>
      )}
    </section>
  );
}

/** A labelled choice of source kind (the speaker's, or the claim source's). */
function SourceKindField({ label, value, onChange }: { label: string; value: SourceKind; onChange(kind: SourceKind): void }) {
  return (
    <label className="ke-field">
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as SourceKind)}>
        {SOURCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kindName(kind)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A marked span's words (or "none") with its remove button. */
function SpanValue({ text, removeLabel, onRemove }: { text: string | undefined; removeLabel: string; onRemove(): void }) {
  return (
    <dd>
      {text ?? t('keyEditor.speaker.none')}{' '}
      {text && (
        <button type="button" className="button button--small button--quiet" onClick={onRemove}>
          {removeLabel}
        </button>
      )}
    </dd>
  );
}

export function LoadedPanel({ sentence, machine, changed, dispatch }: FieldsProps) {
  const loaded = sentence.loaded ?? [];
  return (
    <section className="ke-panel" data-panel="loaded" tabIndex={-1} aria-labelledby="ke-loaded-heading">
      <h3 id="ke-loaded-heading">
        {t('keyEditor.loaded.heading')} <Changed changed={changed.includes('loaded')} machine={machine && list(machine.loaded?.map((l) => l.text))} />
      </h3>
      {loaded.length === 0 ? (
        <p className="muted ke-help">{t('keyEditor.loaded.none')}</p>
      ) : (
        <ul className="ke-spans">
          {loaded.map((l, i) => (
            <li key={`${l.text}-${i}`}>
              <span className="ke-word">{l.text}</span>
              <input
                type="text"
                className="ke-input"
                value={l.neutral ?? ''}
                aria-label={t('keyEditor.loaded.neutral', { word: l.text })}
                onChange={(e) => dispatch({ type: 'setNeutral', index: i, neutral: e.target.value })}
              />
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('keyEditor.loaded.remove', { word: l.text })}
                onClick={() => dispatch({ type: 'removeSpan', kind: 'loaded', index: i })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function MarkersPanel({ sentence, machine, changed, dispatch }: FieldsProps) {
  const rows = [
    ...(sentence.hedges ?? []).map((word, index) => ({ kind: 'hedge' as const, word, index })),
    ...(sentence.certainty ?? []).map((word, index) => ({ kind: 'certainty' as const, word, index })),
  ];
  return (
    <section className="ke-panel" data-panel="markers" tabIndex={-1} aria-labelledby="ke-markers-heading">
      <h3 id="ke-markers-heading">
        {t('keyEditor.markers.heading')}{' '}
        <Changed changed={changed.includes('markers')} machine={machine && list([...(machine.hedges ?? []), ...(machine.certainty ?? [])])} />
      </h3>
      {rows.length === 0 ? (
        <p className="muted ke-help">{t('keyEditor.markers.none')}</p>
      ) : (
        <ul className="ke-spans">
          {rows.map(({ kind, word, index }) => (
            <li key={`${kind}-${index}`}>
              <span>{t(kind === 'hedge' ? 'keyEditor.markers.hedge' : 'keyEditor.markers.certainty', { word })}</span>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t(kind === 'hedge' ? 'keyEditor.markers.removeHedge' : 'keyEditor.markers.removeCertainty', { word })}
                onClick={() => dispatch({ type: 'removeSpan', kind, index })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ClaimPanel({ sentence, changed, dispatch }: FieldsProps) {
  return (
    <section className="ke-panel" data-panel="claim" tabIndex={-1} aria-labelledby="ke-claim-heading">
      <h3 id="ke-claim-heading">
        {t('keyEditor.claim.heading')} <Changed changed={changed.includes('claim')} />
      </h3>
      <label className="ke-field">
        <input type="checkbox" checked={!!sentence.checkWorthy} onChange={(e) => dispatch({ type: 'setCheckWorthy', checkWorthy: e.target.checked })} />{' '}
        {t('keyEditor.claim.checkWorthy')}
      </label>
      {sentence.checkWorthy &&
        (sentence.claimSource ? (
          <>
            <p>
              {t('keyEditor.claim.source', { source: sentence.claimSource })}{' '}
              <button type="button" className="button button--small button--quiet" onClick={() => dispatch({ type: 'removeSpan', kind: 'claimSource' })}>
                {t('keyEditor.claim.removeSource')}
              </button>
            </p>
            <SourceKindField
              label={t('keyEditor.claim.sourceKind')}
              value={sentence.claimSourceKind === 'none' || !sentence.claimSourceKind ? 'named' : sentence.claimSourceKind}
              onChange={(kind) => dispatch({ type: 'setClaimSourceKind', kind })}
            />
          </>
        ) : (
          <>
            <p className="muted ke-help">{t('keyEditor.claim.unsourced')}</p>
            <label className="ke-field">
              <input
                type="checkbox"
                checked={sentence.sourceOwed !== false}
                onChange={(e) => dispatch({ type: 'setSourceOwed', sourceOwed: e.target.checked })}
              />{' '}
              {t('keyEditor.claim.owed')}
            </label>
          </>
        ))}
    </section>
  );
}

export function NotePanel({ n, sentence, changed, dispatch }: FieldsProps) {
  return (
    <section className="ke-panel" data-panel="note" tabIndex={-1} aria-labelledby="ke-note-heading">
      <h3 id="ke-note-heading">
        {t('keyEditor.note.heading')} <Changed changed={changed.includes('note')} />
      </h3>
      <textarea
        className="ke-input ke-note"
        rows={2}
        value={sentence.note ?? ''}
        aria-label={t('keyEditor.note.label', { n })}
        onChange={(e) => dispatch({ type: 'setNote', note: e.target.value })}
      />
    </section>
  );
}
