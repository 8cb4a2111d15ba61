import { useCallback, useEffect, useId, useRef, useState, type ReactElement } from 'react';
import type { ProfileRecord } from '../../db/database';
import { ts, type SettingsMessageKey } from '../../i18n/settings.en';
import type { BackupFiles } from '../../platform/backup-files';
import type { ThemeChoice } from '../theme';
import { AppearanceSettings } from './AppearanceSettings';
import { BackupSettings } from './BackupSettings';
import { Credits } from './Credits';
import { DataLocation } from './DataLocation';
import { ProfilesSettings } from './ProfilesSettings';
import { SampleLibrarySettings } from './SampleLibrarySettings';
import type { SettingsStore } from './settings-store';
import './settings.css';

export type SettingsSection = 'learners' | 'backup' | 'samples' | 'data' | 'appearance' | 'credits';

export const SETTINGS_SECTIONS: readonly { id: SettingsSection; title: SettingsMessageKey }[] = [
  { id: 'learners', title: 'settings.section.learners' },
  { id: 'backup', title: 'settings.section.backup' },
  { id: 'samples', title: 'settings.section.samples' },
  { id: 'data', title: 'settings.section.data' },
  { id: 'appearance', title: 'settings.section.appearance' },
  { id: 'credits', title: 'settings.section.credits' },
];

export interface SettingsViewProps {
  store: SettingsStore;
  /** Save/open dialogs and appInfo; defaults to the platform's. */
  files?: BackupFiles;
  /** Written into exported backups; defaults to the build's version. */
  appVersion?: string;
  /** After a restore (of a backup or of the samples) wrote data: re-read the library, learners and progress. */
  onDataChanged?(): void;
  onActiveProfileChange?(profile: ProfileRecord): void;
  onProfilesChanged?(): void;
  /** Pass both to keep the toolbar's theme toggle in step (see AppearanceSettings). */
  themeChoice?: ThemeChoice;
  onThemeChoiceChange?(choice: ThemeChoice): void;
  /** Scrolls to and focuses this section's heading on mount (e.g. from "Manage learners…"). */
  initialSection?: SettingsSection;
}

/** The Settings screen: learners, backup and restore, sample library, where data lives, appearance, credits. */
export function SettingsView(props: SettingsViewProps) {
  const titleId = useId();
  const idPrefix = useId();
  const headings = useRef(new Map<SettingsSection, HTMLHeadingElement>());
  const sectionId = (id: SettingsSection) => `${idPrefix}-${id}`;
  // A restored backup can bring samples back (or take them away): count them again.
  const [dataVersion, setDataVersion] = useState(0);
  const onBackupDataChanged = () => {
    setDataVersion((version) => version + 1);
    props.onDataChanged?.();
  };

  const goTo = useCallback((id: SettingsSection) => {
    const heading = headings.current.get(id);
    heading?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    heading?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (props.initialSection) goTo(props.initialSection);
  }, [props.initialSection, goTo]);

  const body: Record<SettingsSection, ReactElement> = {
    learners: (
      <ProfilesSettings
        store={props.store}
        onActiveProfileChange={props.onActiveProfileChange}
        onProfilesChanged={props.onProfilesChanged}
      />
    ),
    backup: (
      <BackupSettings store={props.store} files={props.files} appVersion={props.appVersion} onDataChanged={onBackupDataChanged} />
    ),
    samples: <SampleLibrarySettings store={props.store} onDataChanged={props.onDataChanged} dataVersion={dataVersion} />,
    data: <DataLocation files={props.files} />,
    appearance: <AppearanceSettings choice={props.themeChoice} onChoiceChange={props.onThemeChoiceChange} />,
    credits: <Credits />,
  };

  return (
    <div className="fw-settings" aria-labelledby={titleId} role="region">
      <h1 id={titleId} className="fw-settings__title">
        {ts('settings.title')}
      </h1>
      <p className="muted fw-settings__intro">{ts('settings.intro')}</p>
      <nav className="fw-settings__nav" aria-label={ts('settings.sectionsLabel')}>
        <ul>
          {SETTINGS_SECTIONS.map((section) => (
            <li key={section.id}>
              <button type="button" className="link" onClick={() => goTo(section.id)}>
                {ts(section.title)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {SETTINGS_SECTIONS.map((section) => (
        <section key={section.id} className="fw-settings__section" aria-labelledby={sectionId(section.id)}>
          <h2
            id={sectionId(section.id)}
            tabIndex={-1}
            ref={(element) => {
              if (element) headings.current.set(section.id, element);
              else headings.current.delete(section.id);
            }}
          >
            {ts(section.title)}
          </h2>
          {body[section.id]}
        </section>
      ))}
    </div>
  );
}
