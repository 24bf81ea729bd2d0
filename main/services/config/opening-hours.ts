import { z } from 'zod';

import type { FieldProblem } from './field-problem.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME = '(?:[01][0-9]|2[0-3]):[0-5][0-9]';
/** `09:00-14:00`; `24:00` may close a day, so a 24-hour service is `00:00-24:00`. */
export const timeRangeSchema = z
  .string()
  .regex(new RegExp(`^${TIME}-(?:${TIME}|24:00)$`), { message: 'expected a time range like "09:00-14:00"' })
  .describe('Opening time and closing time, HH:MM-HH:MM (24-hour clock, local time of the site)');

/** Weekdays without an entry are closed. A day may have several ranges (a lunch break). */
export const openingHoursSchema = z
  .strictObject(
    Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(timeRangeSchema).optional()])) as {
      [D in Weekday]: z.ZodOptional<z.ZodArray<typeof timeRangeSchema>>;
    },
  )
  .describe('Opening hours per weekday; a day left out is closed');
export type OpeningHours = z.infer<typeof openingHoursSchema>;

function minutes(time: string): number {
  const [hours = '0', mins = '0'] = time.split(':');
  return Number(hours) * 60 + Number(mins);
}

/** Ranges must close after they open and must not overlap within a day (the format is checked by the schema). */
export function checkOpeningHours(hours: OpeningHours, at: readonly (string | number)[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const day of WEEKDAYS) {
    const ranges = (hours[day] ?? []).map((text, index) => {
      const [opens = '', closes = ''] = text.split('-');
      return { index, text, opens: minutes(opens), closes: minutes(closes) };
    });
    for (const range of ranges) {
      if (range.closes <= range.opens) {
        problems.push({
          path: [...at, day, range.index],
          code: 'inconsistent',
          message: `"${range.text}" closes before it opens; split a range that crosses midnight over two days`,
        });
      }
    }
    const sorted = ranges.filter((r) => r.closes > r.opens).sort((a, b) => a.opens - b.opens);
    for (let i = 1; i < sorted.length; i += 1) {
      const previous = sorted[i - 1];
      const current = sorted[i];
      if (previous !== undefined && current !== undefined && current.opens < previous.closes) {
        problems.push({
          path: [...at, day, current.index],
          code: 'inconsistent',
          message: `"${current.text}" overlaps "${previous.text}" on ${day}`,
        });
      }
    }
  }
  return problems;
}
