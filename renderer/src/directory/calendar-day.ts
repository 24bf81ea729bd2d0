import { formatLongDate, type CalendarNames } from '../../../main/contract/index.js';

/**
 * `2026-12-09` as a long date from the locale's own names (never `Intl`: it has no Kreyòl). The
 * value is a calendar day, so noon UTC keeps it on that day whatever the zone.
 */
export function calendarDay(day: string, names: CalendarNames): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : formatLongDate(date, 'UTC', names);
}
