import type { SourceKind } from '../../../../core/analysis/types';
import type { KeySentence } from '../../../../core/samples/answer-key';
import { t } from '../../i18n';

export const LABELS: readonly KeySentence['label'][] = ['fact', 'attributed', 'framing'];
export const SOURCE_KINDS: readonly SourceKind[] = ['named', 'group', 'vague', 'anonymous', 'pronoun'];

export function labelName(label: KeySentence['label']): string {
  return t(`keyEditor.label.${label}`);
}

export function kindName(kind: SourceKind): string {
  return t(`keyEditor.kind.${kind}`);
}
