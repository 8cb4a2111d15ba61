/**
 * Typed access to the key/value `settings` table. Each key has one value type,
 * declared in SettingsMap; other modules add their keys by declaration merging:
 *
 *   declare module '../db/settings' { interface SettingsMap { theme: 'light' | 'dark' } }
 */
import type { FramewiseDB } from './database';

export interface SettingsMap {
  /** Sample ids already offered once; a deleted sample is never re-added. */
  samplesOffered: string[];
  /** The learner whose practice is shown and recorded. */
  activeProfileId: number;
}

export type SettingKey = keyof SettingsMap & string;

export async function getSetting<K extends SettingKey>(
  db: FramewiseDB,
  key: K,
): Promise<SettingsMap[K] | undefined> {
  const record = await db.settings.get(key);
  return record?.value as SettingsMap[K] | undefined;
}

export async function setSetting<K extends SettingKey>(db: FramewiseDB, key: K, value: SettingsMap[K]): Promise<void> {
  await db.settings.put({ key, value });
}

export async function deleteSetting(db: FramewiseDB, key: SettingKey): Promise<void> {
  await db.settings.delete(key);
}
