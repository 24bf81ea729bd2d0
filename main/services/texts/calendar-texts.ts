import { z } from 'zod';

import { LANGUAGES, type CalendarNames, type Language } from '../../contract/index.js';

import { template, text } from './text-schemas.js';
import { textSet, type TextSource } from './text-set.js';

const calendarSchema: z.ZodType<CalendarNames> = z.object({
  weekdays: z.array(text()).length(7),
  months: z.array(text()).length(12),
  longDate: template('weekday', 'day', 'month', 'year'),
  firstDay: text().optional(),
});

/**
 * Month and weekday names come from the screens' locale files (`calendar.*`), for slips and
 * reports as for the screens: Intl has no Haitian Creole and would print English names.
 */
export const CALENDAR_TEXT_SOURCE: TextSource<CalendarNames> = {
  namespace: null,
  section: 'calendar',
  schema: calendarSchema,
};
export const CALENDAR_TEXTS = textSet(CALENDAR_TEXT_SOURCE);

/** Each language's own names; a language whose file is bad is left out (its dates print as YYYY-MM-DD). */
export function calendarNamesByLanguage(): Partial<Record<Language, CalendarNames>> {
  const names: Partial<Record<Language, CalendarNames>> = {};
  for (const language of LANGUAGES) {
    const own = CALENDAR_TEXTS.own(language);
    if (own !== undefined) names[language] = own;
  }
  return names;
}

/** Digits only, for a report whose language has no valid names: 2026-12-1 rather than another language's words. */
export const NUMERIC_CALENDAR: CalendarNames = {
  weekdays: ['', '', '', '', '', '', ''],
  months: ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'],
  longDate: '{{year}}-{{month}}-{{day}}',
};
