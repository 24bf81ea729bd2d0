import { formatLongDate, isoDay, type CalendarNames, type Language } from '../../../contract/index.js';

/**
 * Month and weekday names come from the locale files (`calendar.*`, read by
 * `texts/calendar-texts.ts`), the same ones the screens use: Intl has no Haitian Creole and would
 * print English names on a Kreyòl slip.
 */
export type CalendarNamesByLanguage = Readonly<Record<Language, CalendarNames>>;

/** The date as a slip prints it: names from the locale file, or YYYY-MM-DD when they are missing. */
export function slipDate(date: Date, timeZone: string, names: CalendarNames | undefined): string {
  return names === undefined ? isoDay(date, timeZone) : formatLongDate(date, timeZone, names);
}
