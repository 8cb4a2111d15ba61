/**
 * The article's voices, heard and not heard, one name per line. Each field keeps the text as
 * typed (a new empty line stays while typing) and hands the parsed names to the key.
 */
import { useEffect, useState } from 'react';
import { parseNames, type KeyEditorAction } from '../../../../core/samples/key-editor';
import { t } from '../../i18n';
import { Changed } from './Changed';

function NamesField({ label, names, onNames }: { label: string; names: readonly string[]; onNames(names: string[]): void }) {
  const [text, setText] = useState(names.join('\n'));
  // Undo (or a reload) changes the names from outside: show them, unless they are what was typed.
  useEffect(() => {
    setText((typed) => (parseNames(typed).join('\n') === names.join('\n') ? typed : names.join('\n')));
  }, [names]);
  return (
    <label className="ke-field ke-field--block">
      {label}
      <textarea
        className="ke-input"
        rows={Math.max(2, names.length + 1)}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onNames(parseNames(e.target.value));
        }}
      />
    </label>
  );
}

export function KeyVoices({
  voices,
  changed,
  dispatch,
}: {
  voices: { heard: string[]; notHeard: string[] };
  changed: boolean;
  dispatch(action: KeyEditorAction): void;
}) {
  return (
    <section className="ke-panel" data-panel="voices" tabIndex={-1} aria-labelledby="ke-voices-heading">
      <h2 id="ke-voices-heading">
        {t('keyEditor.voices.heading')} <Changed changed={changed} />
      </h2>
      <div className="ke-voices">
        <NamesField label={t('keyEditor.voices.heard')} names={voices.heard} onNames={(names) => dispatch({ type: 'setVoices', which: 'heard', names })} />
        <NamesField
          label={t('keyEditor.voices.notHeard')}
          names={voices.notHeard}
          onNames={(names) => dispatch({ type: 'setVoices', which: 'notHeard', names })}
        />
      </div>
    </section>
  );
}
