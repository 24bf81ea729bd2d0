import { formatLongDate, isoDay, zonedParts, type CalendarNames } from '../../../main/contract/index.js';

const DAY_MS = 86_400_000;

/** Asked a little after the services' own expiry, so the answer is sure to be "expired". */
const AFTER_EXPIRY_MS = 1_000;

/** How many days back the quick entry offers; older catch-ups are rare and the services allow 31. */
export const DAYS_OFFERED = 7;

/** "14:05" in the site's timezone. Digits only, so it reads the same in the four languages. */
export function formatClockTime(instant: Date, timeZone: string): string {
  const parts = zonedParts(instant, timeZone);
  return `${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`;
}

export interface DayChoice {
  readonly day: string;
  /** 0 today, 1 yesterday, … */
  readonly daysAgo: number;
  readonly label: string;
}

/**
 * Today (in the site's timezone) and the days before it, each with its long date. The steps are
 * taken from the calendar day's UTC noon and named in UTC, so no timezone or daylight-saving
 * change can skip or repeat a day.
 */
export function recentDays(now: Date, timeZone: string, names: CalendarNames, count = DAYS_OFFERED): DayChoice[] {
  const today = isoDay(now, timeZone);
  const noon = new Date(`${today}T12:00:00Z`);
  return Array.from({ length: count }, (_, daysAgo) => {
    const date = new Date(noon.getTime() - daysAgo * DAY_MS);
    return { day: date.toISOString().slice(0, 10), daysAgo, label: formatLongDate(date, 'UTC', names) };
  });
}

/**
 * How long until the services should be asked whether the session still holds: just after their
 * idle time runs out, or just after the session's absolute end (a working day) if that comes first.
 */
export function sessionCheckDelay(
  now: number,
  lastAuthorisedAt: number,
  spanMs: number,
  endsAt: string | null,
): number {
  const idleEnd = lastAuthorisedAt + spanMs;
  const dayEnd = endsAt === null ? Number.NaN : Date.parse(endsAt);
  const end = Number.isFinite(dayEnd) ? Math.min(idleEnd, dayEnd) : idleEnd;
  return Math.max(0, end + AFTER_EXPIRY_MS - now);
}
