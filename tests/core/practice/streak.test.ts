import { describe, expect, it } from 'vitest';
import { addDays, computeStreak, dayKeyForOffset, dayKeyInTimeZone, dayNumber } from '../../../src/core/practice';

const H = 3_600_000;
const at = (iso: string) => ({ at: Date.parse(iso) });

describe('day keys', () => {
  it('follow a fixed offset east of UTC', () => {
    const t = Date.parse('2026-11-02T23:30:00Z');
    expect(dayKeyForOffset(0)(t)).toBe('2026-11-02');
    expect(dayKeyForOffset(60)(t)).toBe('2026-11-03');
    expect(dayKeyForOffset(-300)(Date.parse('2026-11-03T03:00:00Z'))).toBe('2026-11-02');
  });
  it('follow an IANA time zone', () => {
    expect(dayKeyInTimeZone('Asia/Tokyo')(Date.parse('2026-11-02T16:00:00Z'))).toBe('2026-11-03');
    expect(dayKeyInTimeZone('America/New_York')(Date.parse('2026-11-03T03:00:00Z'))).toBe('2026-11-02');
  });
  it('do day arithmetic across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(dayNumber('1970-01-02')).toBe(1);
  });
});

describe('streak', () => {
  const utc = dayKeyForOffset(0);

  it('is 0 without attempts', () => {
    expect(computeStreak([], Date.parse('2026-11-05T12:00:00Z'), utc)).toEqual({ current: 0, longest: 0, practisedToday: false, lastDay: null });
  });

  it('counts consecutive days ending today; several attempts a day count once', () => {
    const attempts = [at('2026-11-03T08:00:00Z'), at('2026-11-04T08:00:00Z'), at('2026-11-05T08:00:00Z'), at('2026-11-05T20:00:00Z')];
    expect(computeStreak(attempts, Date.parse('2026-11-05T21:00:00Z'), utc)).toEqual({
      current: 3,
      longest: 3,
      practisedToday: true,
      lastDay: '2026-11-05',
    });
  });

  it('stays alive until the end of today if yesterday was practised', () => {
    const attempts = [at('2026-11-03T08:00:00Z'), at('2026-11-04T08:00:00Z')];
    expect(computeStreak(attempts, Date.parse('2026-11-05T21:00:00Z'), utc)).toMatchObject({ current: 2, practisedToday: false });
    expect(computeStreak(attempts, Date.parse('2026-11-06T01:00:00Z'), utc)).toMatchObject({ current: 0, longest: 2 });
  });

  it('remembers the longest run after a break', () => {
    const attempts = ['01', '02', '03', '04', '07', '08'].map((d) => at(`2026-11-${d}T10:00:00Z`));
    expect(computeStreak(attempts, Date.parse('2026-11-08T12:00:00Z'), utc)).toMatchObject({ current: 2, longest: 4 });
  });

  it('uses the learner’s local day, not UTC', () => {
    // In UTC these are two days in a row; in UTC+2 both fall on 4 November, and "now" is
    // already 5 November, so the run of one day is still alive but today is not practised yet.
    const attempts = [at('2026-11-03T23:30:00Z'), at('2026-11-04T21:00:00Z')];
    const now = Date.parse('2026-11-04T22:30:00Z');
    expect(computeStreak(attempts, now, utc).current).toBe(2);
    const plus2 = computeStreak(attempts, now, dayKeyForOffset(120));
    expect(plus2).toMatchObject({ current: 1, longest: 1, practisedToday: false, lastDay: '2026-11-04' });
    expect(computeStreak(attempts, now + 3 * H, dayKeyForOffset(120)).current).toBe(1);
  });
});
