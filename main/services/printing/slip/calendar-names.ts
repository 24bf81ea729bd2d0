import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { formatLongDate, isoDay, LANGUAGES, type CalendarNames, type Language } from '../../../contract/index.js';

/**
 * Month and weekday names come from the locale files (`calendar.*`), the same ones the screens
 * use: Intl has no Haitian Creole and would print English names on a Kreyòl slip.
 */
export type CalendarNamesByLanguage = Readonly<Record<Language, CalendarNames>>;

/**
 * The `locales/` folder of the package: found by walking up from this file, because the services
 * run both from the sources (tests) and from dist/ or an Electron archive, at different depths.
 */
export function findLocalesDir(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'locales', 'es.json'))) return join(dir, 'locales');
    if (dirname(dir) === dir) return undefined;
  }
}

function isNames(value: unknown): value is CalendarNames {
  if (typeof value !== 'object' || value === null) return false;
  const { weekdays, months, longDate } = value as Record<string, unknown>;
  const strings = (list: unknown, length: number): boolean =>
    Array.isArray(list) && list.length === length && list.every((item) => typeof item === 'string' && item !== '');
  return strings(weekdays, 7) && strings(months, 12) && typeof longDate === 'string';
}

/**
 * Reads `calendar` from each locale file. A language whose file is missing or malformed is left
 * out, and its slips carry the date as YYYY-MM-DD rather than names in another language.
 */
export async function loadCalendarNames(localesDir: string | undefined): Promise<Partial<CalendarNamesByLanguage>> {
  const names: Partial<Record<Language, CalendarNames>> = {};
  if (localesDir === undefined) return names;
  await Promise.all(
    LANGUAGES.map(async (language) => {
      try {
        const parsed = JSON.parse(await readFile(join(localesDir, `${language}.json`), 'utf8')) as {
          calendar?: unknown;
        };
        if (isNames(parsed.calendar)) names[language] = parsed.calendar;
      } catch {
        // Left out: the slip falls back to the ISO date for this language.
      }
    }),
  );
  return names;
}

/** The date as a slip prints it: names from the locale file, or YYYY-MM-DD when they are missing. */
export function slipDate(date: Date, timeZone: string, names: CalendarNames | undefined): string {
  return names === undefined ? isoDay(date, timeZone) : formatLongDate(date, timeZone, names);
}
