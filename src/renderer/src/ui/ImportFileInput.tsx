import type { Ref } from 'react';
import { t } from '../i18n';
import { fromBrowserFiles, type IncomingFiles } from '../platform';
import { HiddenFileInput } from './HiddenFileInput';

/** The hidden file input of browser mode (no native dialog): the Import command clicks it. */
export function ImportFileInput({ ref, onFiles }: { ref: Ref<HTMLInputElement>; onFiles(files: IncomingFiles): void }) {
  return <HiddenFileInput ref={ref} multiple label={t('import.inputLabel')} testId="import-input" onFiles={(files) => onFiles(fromBrowserFiles(files))} />;
}
