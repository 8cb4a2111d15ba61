/**
 * Learner-local calendar days as 'YYYY-MM-DD' keys. Streaks and the mastery chart count days
 * in the learner's own time zone, so callers pass how to compute a day: a fixed UTC offset
 * (tests, simple cases) or an IANA time zone (DST-correct, via Intl).
 */
export type DayKeyFn = (at: number) => string;

const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function utcKey(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Day keys for a fixed offset in minutes EAST of UTC (CET = +60). Note that
 * Date#getTimezoneOffset() has the opposite sign: pass `-new Date().getTimezoneOffset()`.
 */
export function dayKeyForOffset(utcOffsetMinutes: number): DayKeyFn {
  return (at) => utcKey(at + utcOffsetMinutes * 60_000);
}

/** Day keys in an IANA time zone ("Europe/Oslo"), following its DST rules. */
export function dayKeyInTimeZone(timeZone: string): DayKeyFn {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (at) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  };
}

/** Days since 1970-01-01 for a day key. */
export function dayNumber(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dayFromNumber(n: number): string {
  return utcKey(n * DAY_MS);
}

export function addDays(key: string, days: number): string {
  return dayFromNumber(dayNumber(key) + days);
}
