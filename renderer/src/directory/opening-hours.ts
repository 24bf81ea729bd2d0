import {
  WEEKDAYS,
  zonedParts,
  type OpeningHours,
  type Weekday,
  type ZonedParts,
} from '../../../main/contract/index.js';

/** `09:30` → 570. `24:00` (a day that closes at midnight) is 1440. */
function minutesOf(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

export interface TimeRange {
  readonly opens: number;
  readonly closes: number;
}

/** `09:00-14:00` → minutes since midnight. Malformed text yields nothing (the config validator rejects it). */
export function parseRange(text: string): TimeRange | null {
  const match = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const range = { opens: minutesOf(match[1]), closes: minutesOf(match[2]) };
  return range.closes > range.opens ? range : null;
}

/** `ZonedParts.weekday` counts from Sunday (like `Date#getDay`); the hours are keyed Monday first. */
export function weekdayKey(weekday: number): Weekday {
  return WEEKDAYS[(weekday + 6) % 7] ?? 'monday';
}

/** Whether the hours include this wall-clock moment. A range includes its opening minute, not its closing one. */
export function isOpenAt(hours: OpeningHours, at: Pick<ZonedParts, 'weekday' | 'hour' | 'minute'>): boolean {
  const minute = at.hour * 60 + at.minute;
  return (hours[weekdayKey(at.weekday)] ?? []).some((text) => {
    const range = parseRange(text);
    return range !== null && minute >= range.opens && minute < range.closes;
  });
}

/**
 * The wall clock of the last moment asked about. A list asks for every card with the same `now`,
 * and reading the clock in a timezone (`Intl`'s `formatToParts`) cost the service list about a
 * millisecond when each of its cards did it again.
 */
let lastClock: { readonly at: number; readonly timeZone: string; readonly parts: ZonedParts } | null = null;

function wallClock(now: Date, timeZone: string): ZonedParts {
  const at = now.getTime();
  if (lastClock?.at !== at || lastClock.timeZone !== timeZone) {
    lastClock = { at, timeZone, parts: zonedParts(now, timeZone) };
  }
  return lastClock.parts;
}

/**
 * "Open now" in the site's timezone, never the PC's: a kiosk whose clock is set to UTC must not
 * send someone to a door that closed hours ago. An unknown timezone answers false (not "open").
 */
export function isOpenNow(hours: OpeningHours, now: Date, timeZone: string): boolean {
  try {
    return isOpenAt(hours, wallClock(now, timeZone));
  } catch {
    return false;
  }
}

export interface DayHours {
  readonly day: Weekday;
  /** Index into the locale's weekday names (0 = Sunday). */
  readonly nameIndex: number;
  readonly ranges: readonly string[];
}

/** The week Monday first, as the detail page lists it; a day without ranges is closed. */
export function weekTable(hours: OpeningHours): DayHours[] {
  return WEEKDAYS.map((day, index) => ({ day, nameIndex: (index + 1) % 7, ranges: hours[day] ?? [] }));
}

/** `09:00-14:00` as people read it: `09:00 – 14:00`. */
export function formatRange(text: string): string {
  return text.replace('-', ' – ');
}
