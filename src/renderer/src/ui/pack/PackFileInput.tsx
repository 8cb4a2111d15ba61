import type { Ref } from 'react';
import { PACK_EXTENSION } from '../../../../core/pack/format';
import { t } from '../../i18n';
import type { IncomingFile } from '../../platform';

/** The hidden file input behind "Open a class pack…": out of the tab order, named for assistive technology and tests. */
export function PackFileInput({ ref, onFile }: { ref: Ref<HTMLInputElement>; onFile(file: IncomingFile): void }) {
  return (
    <input
      ref={ref}
      type="file"
      accept={PACK_EXTENSION}
      className="visually-hidden"
      tabIndex={-1}
      aria-label={t('pack.inputLabel')}
      data-testid="pack-input"
      onChange={(event) => {
        const input = event.currentTarget;
        const file = input.files?.[0];
        // Reset so choosing the same file again still fires a change.
        input.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
