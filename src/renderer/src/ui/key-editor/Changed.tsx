/** The marker of a field that differs from the analyser's judgement, with what the analyser said. */
import { t } from '../../i18n';

export function Changed({ changed, machine }: { changed: boolean; machine?: string }) {
  if (!changed) return null;
  return (
    <span className="ke-changed" data-testid="ke-changed">
      {t('keyEditor.changedFrom')}
      {machine !== undefined && <span className="ke-changed__was"> ({t('keyEditor.machineSaid', { value: machine })})</span>}
    </span>
  );
}
