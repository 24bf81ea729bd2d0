import { z } from 'zod';

import { WEEKDAYS, type Weekday } from './weekdays.js';

export { WEEKDAYS, type Weekday } from './weekdays.js';

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
