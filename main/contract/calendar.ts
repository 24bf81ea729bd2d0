/**
 * Dates in the site's timezone, with names from our own locale files.
 *
 * `Intl` is used only for the timezone arithmetic (numbers). Names never come from `Intl`: it has
 * no Haitian Creole data and prints English month and weekday names for `ht`.
 */

/** Names as the locale files hold them (`calendar.*`). Weekdays start on Sunday, like `Date#getDay`. */
export interface CalendarNames {
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
  /** e.g. `{{weekday}}, {{day}} de {{month}} de {{year}}`. */
  readonly longDate: string;
  /**
   * The first of the month where the language writes it as an ordinal: "1er" (fr), "1ye" (ht).
   * Absent or "1": the plain number, as es and en write it.
   */
  readonly firstDay?: string | undefined;
}

export interface ZonedParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
}

const WEEKDAY_INDEX: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // en-US only fixes the shape of the numeric parts; no name from it reaches a person.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError for an unknown IANA timezone (configuration validation relies on it). */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts = formatterFor(timeZone).formatToParts(date);
  const pick = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = WEEKDAY_INDEX[pick('weekday')];
  if (weekday === undefined) throw new RangeError(`Cannot read the weekday for ${timeZone}`);
  return {
    year: Number(pick('year')),
    month: Number(pick('month')),
    day: Number(pick('day')),
    weekday,
    hour: Number(pick('hour')),
    minute: Number(pick('minute')),
  };
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    zonedParts(new Date(0), timeZone);
    return true;
  } catch {
    return false;
  }
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The calendar day (YYYY-MM-DD) of an instant in a timezone. */
export function isoDay(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** "dimanch 22 novanm 2026", "madi 1ye desanm 2026": entirely from the locale's own names and pattern. */
export function formatLongDate(date: Date, timeZone: string, names: CalendarNames): string {
  const p = zonedParts(date, timeZone);
  const values: Readonly<Record<string, string>> = {
    weekday: names.weekdays[p.weekday] ?? '',
    day: p.day === 1 && names.firstDay !== undefined ? names.firstDay : String(p.day),
    month: names.months[p.month - 1] ?? '',
    year: String(p.year),
  };
  return names.longDate.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
