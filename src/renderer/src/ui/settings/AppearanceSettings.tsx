import { useId, useState } from 'react';
import { ts, type SettingsMessageKey } from '../../i18n/settings.en';
import { applyTheme, readThemeChoice, THEME_STORAGE_KEY, type ThemeChoice } from '../theme';
import './settings.css';

export interface AppearanceSettingsProps {
  /**
   * Controlled use: pass the app's theme choice and setter so the toolbar toggle and this
   * setting stay in step. Without them the component reads and writes the stored choice
   * ('framewise.theme' in localStorage) itself and applies it to <html data-theme>.
   */
  choice?: ThemeChoice;
  onChoiceChange?(choice: ThemeChoice): void;
}

const CHOICES: readonly { value: ThemeChoice; label: SettingsMessageKey }[] = [
  { value: 'light', label: 'appearance.light' },
  { value: 'dark', label: 'appearance.dark' },
  { value: 'system', label: 'appearance.system' },
];

/** Stores a theme choice the way ui/theme.ts reads it ('system' = no stored choice) and applies it. */
export function storeThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage unavailable: the choice still applies for this session.
  }
  applyTheme(choice);
}

/** Settings → Appearance: light, dark, or the system's theme. */
export function AppearanceSettings({ choice: controlled, onChoiceChange }: AppearanceSettingsProps) {
  const [own, setOwn] = useState<ThemeChoice>(readThemeChoice);
  const choice = controlled ?? own;
  const name = useId();
  const hintId = useId();

  const choose = (next: ThemeChoice) => {
    if (onChoiceChange) {
      onChoiceChange(next);
    } else {
      storeThemeChoice(next);
      setOwn(next);
    }
  };

  return (
    <fieldset className="fw-set-fieldset" aria-describedby={hintId}>
      <legend>{ts('appearance.legend')}</legend>
      <div className="fw-set-radios">
        {CHOICES.map((option) => (
          <label key={option.value} className="fw-set-radio">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={choice === option.value}
              onChange={() => choose(option.value)}
            />
            {ts(option.label)}
          </label>
        ))}
      </div>
      <p id={hintId} className="muted fw-set-hint">
        {ts('appearance.hint')}
      </p>
    </fieldset>
  );
}
