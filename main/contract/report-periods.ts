import { assertNever } from './assert-never.js';

/**
 * Report periods on calendar days. Days are `YYYY-MM-DD` strings already in the site's timezone
 * (the kiosk's `today`), so the arithmetic below is plain UTC date arithmetic and never shifts a
 * day with the machine's own timezone. Weeks are ISO weeks: Monday to Sunday, week 1 holds the
 * year's first Thursday.
 */

export const PERIOD_PRESETS = ['this-week', 'last-week', 'this-month', 'last-month', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const DAY_MS = 86_400_000;

function toDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True for a real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = toDate(text);
  return !Number.isNaN(date.getTime()) && toDay(date) === text;
}

export function addDays(day: string, days: number): string {
  return toDay(new Date(toDate(day).getTime() + days * DAY_MS));
}

/** Days from `from` to `to`, both included (0 or less when `to` is before `from`). */
export function daysInPeriod(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS) + 1;
}

/** The Monday of the ISO week holding `day`. */
export function isoWeekStart(day: string): string {
  const weekday = toDate(day).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** `2026-W48` style ISO week label. */
export function isoWeekLabel(day: string): string {
  const thursday = addDays(isoWeekStart(day), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor((daysInPeriod(`${year}-01-01`, thursday) - 1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The last day of the month holding `day`. */
export function lastDayOfMonth(day: string): string {
  const date = toDate(monthStart(day));
  return toDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
}

/**
 * The period of a preset, given today in the site's timezone. "This week" and "this month" stop
 * at today: a report never claims days that have not happened yet.
 */
export function presetPeriod(
  preset: Exclude<PeriodPreset, 'custom'>,
  today: string,
): { readonly from: string; readonly to: string } {
  switch (preset) {
    case 'this-week':
      return { from: isoWeekStart(today), to: today };
    case 'last-week': {
      const from = addDays(isoWeekStart(today), -7);
      return { from, to: addDays(from, 6) };
    }
    case 'this-month':
      return { from: monthStart(today), to: today };
    case 'last-month': {
      const end = addDays(monthStart(today), -1);
      return { from: monthStart(end), to: end };
    }
    default:
      return assertNever(preset, 'period preset');
  }
}
