import type { Ref } from 'react';
import { t } from '../i18n';
import { fromBrowserFiles, type IncomingFiles } from '../platform';

/**
 * The hidden file input of browser mode (no native dialog): the Import command clicks it.
 * Out of the tab order; named for assistive technology and the end-to-end tests.
 */
export function ImportFileInput({ ref, onFiles }: { ref: Ref<HTMLInputElement>; onFiles(files: IncomingFiles): void }) {
  return (
    <input
      ref={ref}
      type="file"
      multiple
      className="visually-hidden"
      tabIndex={-1}
      aria-label={t('import.inputLabel')}
      data-testid="import-input"
      onChange={(event) => {
        const input = event.currentTarget;
        const files = Array.from(input.files ?? []);
        // Reset so choosing the same file again still fires a change.
        input.value = '';
        if (files.length > 0) onFiles(fromBrowserFiles(files));
      }}
    />
  );
}
