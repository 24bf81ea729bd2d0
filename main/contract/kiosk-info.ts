import { z } from 'zod';

import { localizedTextSchema } from './languages.js';

/**
 * - `ok`: the database opened and passed `quick_check`.
 * - `recovered`: the file was corrupt, moved aside, and a new empty database is in use.
 * - `unavailable`: the database cannot be used (newer schema, unwritable disk); usage is not counted.
 */
export const databaseStateSchema = z.enum(['ok', 'recovered', 'unavailable']);
export type DatabaseState = z.infer<typeof databaseStateSchema>;

export const DATABASE_NOTICE_CODES = ['corrupt_moved_aside', 'newer_schema', 'open_failed'] as const;
export const databaseNoticeSchema = z.strictObject({
  code: z.enum(DATABASE_NOTICE_CODES),
  /** ISO timestamp of when the problem was found. */
  at: z.string(),
  /** For operators: where a corrupt file was moved, the version found, the OS error. */
  detail: z.string(),
});
export type DatabaseNotice = z.infer<typeof databaseNoticeSchema>;

export const databaseStatusSchema = z.strictObject({
  state: databaseStateSchema,
  schemaVersion: z.number().int().nonnegative(),
  notices: z.array(databaseNoticeSchema),
});
export type DatabaseStatus = z.infer<typeof databaseStatusSchema>;

export const kioskInfoSchema = z.strictObject({
  appVersion: z.string(),
  /** Which shell serves the UI: the Electron app or the web host. */
  host: z.enum(['electron', 'web']),
  site: z
    .strictObject({
      id: z.string(),
      name: localizedTextSchema,
      timezone: z.string(),
    })
    .nullable(),
  /** Today's date in the site's timezone (YYYY-MM-DD): the day usage counters are filed under. */
  today: z.string(),
  database: databaseStatusSchema,
});
export type KioskInfo = z.infer<typeof kioskInfoSchema>;
