/** The "Analysis" switch (Alt+A also toggles it, see useAnalysisShortcuts). */
import { useId } from 'react';
import { ta } from '../../i18n/analysis.en';
import './analysis.css';

export interface AnalysisToggleProps {
  checked: boolean;
  onChange(next: boolean): void;
  disabled?: boolean;
  className?: string;
}

export function AnalysisToggle({ checked, onChange, disabled, className }: AnalysisToggleProps) {
  const descriptionId = useId();
  return (
    <span className={`fw-an-toggle${className ? ` ${className}` : ''}`}>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-describedby={descriptionId}
        aria-keyshortcuts="Alt+A"
        disabled={disabled}
        className="fw-an-toggle__switch"
        onClick={() => onChange(!checked)}
      >
        <span className="fw-an-toggle__track" aria-hidden="true">
          <span className="fw-an-toggle__thumb" />
        </span>
        <span className="fw-an-toggle__label">{ta('analysis.toggle')}</span>
        <kbd className="fw-an-toggle__kbd" aria-hidden="true">
          {ta('analysis.toggleHint')}
        </kbd>
      </button>
      <span id={descriptionId} className="fw-an-sr">
        {ta('analysis.toggleDescription')}
      </span>
    </span>
  );
}
