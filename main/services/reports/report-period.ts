import {
  daysInPeriod,
  err,
  isCalendarDay,
  MAX_REPORT_DAYS,
  ok,
  zonedParts,
  type Result,
} from '../../contract/index.js';

export interface CheckedPeriod {
  readonly from: string;
  readonly to: string;
  readonly days: number;
}

/** A period a report can cover: real days, `from` not after `to`, at most a year. */
export function checkPeriod(from: string, to: string): Result<CheckedPeriod> {
  if (!isCalendarDay(from)) return err('INVALID_PERIOD', `"${from}" is not a date (YYYY-MM-DD)`);
  if (!isCalendarDay(to)) return err('INVALID_PERIOD', `"${to}" is not a date (YYYY-MM-DD)`);
  const days = daysInPeriod(from, to);
  if (days < 1) return err('INVALID_PERIOD', `the start ${from} is after the end ${to}`);
  if (days > MAX_REPORT_DAYS) return err('INVALID_PERIOD', `at most ${MAX_REPORT_DAYS} days at a time`);
  return ok({ from, to, days });
}

const MINUTE_MS = 60_000;

/** Minutes the timezone is ahead of UTC at that instant (Mexico City: −360). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/** The instant a site day begins (local midnight, or the first minute after a DST gap). */
export function dayStart(day: string, timeZone: string): Date {
  const naive = Date.parse(`${day}T00:00:00Z`);
  // Two passes settle the offset on both sides of a DST change.
  let guess = naive - utcOffsetMinutes(new Date(naive), timeZone) * MINUTE_MS;
  guess = naive - utcOffsetMinutes(new Date(guess), timeZone) * MINUTE_MS;
  return new Date(guess);
}

/** `2026-11-23T11:05:00-06:00`: the site's wall time with its offset, ISO 8601. */
export function localIso(instant: Date, timeZone: string): string {
  const offset = utcOffsetMinutes(instant, timeZone);
  const wall = new Date(instant.getTime() + offset * MINUTE_MS).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A Date whose UTC fields are the site's wall time. Spreadsheets have no timezones: a cell shows
 * the date's UTC fields, and a supervisor expects the point's local time there.
 */
export function wallClockDate(instant: Date, timeZone: string): Date {
  return new Date(Math.floor(instant.getTime() / 1000) * 1000 + utcOffsetMinutes(instant, timeZone) * MINUTE_MS);
}
