import type { Ref } from 'react';

export interface HiddenFileInputProps {
  ref: Ref<HTMLInputElement>;
  /** The accessible name (assistive technology and the end-to-end tests find it by this). */
  label: string;
  testId: string;
  accept?: string;
  multiple?: boolean;
  /** The chosen files, never empty. */
  onFiles(files: File[]): void;
}

/**
 * A browser file input that a command clicks (browser mode has no native dialog): hidden, out of
 * the tab order, named. Shared by article import, class packs and results files.
 */
export function HiddenFileInput({ ref, label, testId, accept, multiple = false, onFiles }: HiddenFileInputProps) {
  return (
    <input
      ref={ref}
      type="file"
      multiple={multiple}
      accept={accept}
      className="visually-hidden"
      tabIndex={-1}
      aria-label={label}
      data-testid={testId}
      onChange={(event) => {
        const input = event.currentTarget;
        const files = Array.from(input.files ?? []);
        // Reset so choosing the same file again still fires a change.
        input.value = '';
        if (files.length > 0) onFiles(files);
      }}
    />
  );
}
