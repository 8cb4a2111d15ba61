/** The Settings area, for the app shell to mount. */
export { SettingsView, SETTINGS_SECTIONS, type SettingsSection, type SettingsViewProps } from './SettingsView';
export { ProfilesSettings, type ProfilesSettingsProps } from './ProfilesSettings';
export { BackupSettings, type BackupSettingsProps } from './BackupSettings';
export { DataLocation, type DataLocationProps } from './DataLocation';
export { Credits } from './Credits';
export { AppearanceSettings, storeThemeChoice, type AppearanceSettingsProps } from './AppearanceSettings';
export {
  createSettingsStore,
  type SettingsStore,
  type SettingsStoreOptions,
  type ProfilesSnapshot,
  type ProgressCounts,
} from './settings-store';
export { SampleLibrarySettings, type SampleLibrarySettingsProps } from './SampleLibrarySettings';
export { ProfileSwitcher, type ProfileSwitcherProps } from '../profiles/ProfileSwitcher';
export { useProfiles } from '../profiles/use-profiles';
