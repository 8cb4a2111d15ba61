import { useEffect, useState } from 'react';
import { ProfileError } from '../../db/profiles';
import { ts } from '../../i18n/settings.en';
import type { ProfilesSnapshot, SettingsStore } from '../settings/settings-store';

/** The learners and the active one, kept current while the component is mounted. */
export function useProfiles(store: SettingsStore | undefined): { snapshot: ProfilesSnapshot | null; error: string | null } {
  const [snapshot, setSnapshot] = useState<ProfilesSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(
    () =>
      store?.watchProfiles(
        (next) => {
          setSnapshot(next);
          setError(null);
        },
        (failure) => setError(ts('profiles.loadFailed', { message: describe(failure) })),
      ),
    [store],
  );
  return { snapshot, error };
}

/** A profile failure in words that say what to do (ProfileError messages already do). */
export function profileErrorMessage(error: unknown): string {
  if (error instanceof ProfileError) return error.message;
  return ts('profiles.error', { message: describe(error) });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
