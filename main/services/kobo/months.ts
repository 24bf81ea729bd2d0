import { isoDay } from '../../contract/index.js';

/** `YYYY-MM-DD` of the month's last day (`YYYY-MM`), from the calendar alone. */
export function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, monthNumber, 0));
  return last.toISOString().slice(0, 10);
}

/** The month after `month`. */
export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 1)).toISOString().slice(0, 7);
}

/** Every month from `first` to `last` (`YYYY-MM`, inclusive), in order; empty when reversed. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) months.push(month);
  return months;
}

/** The month before the one `now` falls in, in the site's timezone. */
export function previousMonth(now: Date, timeZone: string): string {
  const [year, monthNumber] = isoDay(now, timeZone).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 2, 1)).toISOString().slice(0, 7);
}
