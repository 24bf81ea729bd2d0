import { formatLongDate, type Language } from '../../../../main/contract/index.js';
import { calendarNames } from '../../i18n/resources.js';

/** A calendar day (YYYY-MM-DD) in words, from the locale's own names: `Intl` has no Kreyòl. */
export function longDay(day: string, language: Language): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : formatLongDate(date, 'UTC', calendarNames(language));
}
