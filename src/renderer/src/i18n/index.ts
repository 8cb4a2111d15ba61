/**
 * The one place user-visible strings come from. `t(key, params)` fills `{name}`
 * placeholders; plural entries pick their form from `params.count`.
 */
import { en } from './en';
import { analysisStrings } from './analysis.en';
import { practiceStrings } from './practice.en';
import { settingsStrings } from './settings.en';
import { shellStrings } from './shell.en';
import { packStrings } from './pack.en';
import { keyEditorStrings } from './key-editor.en';
import { resultsStrings } from './results.en';
import { formatMessage, locale, type MessageEntry, type MessageParams } from './format';

/** All areas' strings in one catalogue; each area file keeps its own keys (prefixes differ). */
const messages = { ...en, ...analysisStrings, ...practiceStrings, ...settingsStrings, ...shellStrings, ...packStrings, ...keyEditorStrings, ...resultsStrings };

export type Messages = typeof messages;
export type MessageKey = keyof Messages;
export type { MessageParams };

export function t(key: MessageKey, params?: MessageParams): string {
  return formatMessage(messages[key] as MessageEntry | undefined, key, params);
}

/** Whether a key exists, for codes that arrive from other modules (e.g. import errors). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}


const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
const dateOnlyFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });

/** Formats an ISO date or date-time; a bare date is shown as written, whatever the time zone. */
export function formatIsoDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  // Date.parse guesses at free text ("spring 2024" → Jan 1); only ISO dates are reformatted.
  if (!/^\d{4}-\d{2}(-\d{2})?([T ]\d{2}:\d{2}.*)?$/.test(iso)) return iso;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return (dateOnly ? dateOnlyFormat : dateFormat).format(time);
}

export function formatEpochDate(ms: number): string {
  return dateFormat.format(ms);
}

export { locale };
export { formatNumber } from './format';
