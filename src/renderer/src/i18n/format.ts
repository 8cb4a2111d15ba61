/**
 * The one message formatter: `{name}` placeholders, and plural entries (objects keyed by
 * Intl.PluralRules categories) chosen by `params.count`. Every area catalogue
 * (en.ts, analysis.en.ts, settings.en.ts, practice.en.ts) formats through this.
 */
export const locale = 'en';

export type MessageEntry = string | { readonly [category: string]: string | undefined; readonly other: string };
export type MessageParams = Record<string, string | number>;

const pluralRules = new Intl.PluralRules(locale);
const numberFormat = new Intl.NumberFormat(locale);

export function formatMessage(entry: MessageEntry | undefined, key: string, params?: MessageParams): string {
  if (entry === undefined) return key;
  const template =
    typeof entry === 'string' ? entry : (entry[pluralRules.select(Number(params?.count ?? 0))] ?? entry.other);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
