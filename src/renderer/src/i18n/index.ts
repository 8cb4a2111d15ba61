/**
 * The one place user-visible strings come from. `t(key, params)` fills `{name}`
 * placeholders; plural entries pick their form from `params.count`.
 */
import { en, type Messages } from './en';

export type MessageKey = keyof Messages;
export type MessageParams = Record<string, string | number>;

const locale = 'en';
const messages: Messages = en;
const pluralRules = new Intl.PluralRules(locale);
const numberFormat = new Intl.NumberFormat(locale);

export function t(key: MessageKey, params?: MessageParams): string {
  const entry = messages[key] as string | Record<string, string> | undefined;
  if (entry === undefined) return key;
  let template: string;
  if (typeof entry === 'string') {
    template = entry;
  } else {
    const count = Number(params?.count ?? 0);
    template = entry[pluralRules.select(count)] ?? entry.other ?? key;
  }
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}

/** Whether a key exists, for codes that arrive from other modules (e.g. import errors). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
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
