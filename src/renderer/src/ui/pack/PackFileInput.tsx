import type { Ref } from 'react';
import { PACK_EXTENSION } from '../../../../core/pack/format';
import { t } from '../../i18n';
import type { IncomingFile } from '../../platform';
import { HiddenFileInput } from '../HiddenFileInput';

/** The hidden file input behind "Open a class pack…". */
export function PackFileInput({ ref, onFile }: { ref: Ref<HTMLInputElement>; onFile(file: IncomingFile): void }) {
  return <HiddenFileInput ref={ref} accept={PACK_EXTENSION} label={t('pack.inputLabel')} testId="pack-input" onFiles={(files) => onFile(files[0])} />;
}
