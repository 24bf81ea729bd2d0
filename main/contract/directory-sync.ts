import { z } from 'zod';

import { operatorTokenSchema } from './operator.js';

/**
 * What the last attempt to read the central directory came to: a new document put in place
 * (`changed`), the same document again (`unchanged`, a 304 or identical entries), a source that
 * did not answer (`source_down`), or an answer that was not a valid directory (`invalid`). In the
 * last two cases the kiosk keeps serving the last good copy.
 */
export const CENTRAL_SYNC_OUTCOMES = ['changed', 'unchanged', 'source_down', 'invalid'] as const;
export type CentralSyncOutcome = (typeof CENTRAL_SYNC_OUTCOMES)[number];

/**
 * Why an attempt failed, in words staff can act on: `timeout` (no complete answer in time),
 * `unreachable` (refused, no network, name not found, TLS refused), `http_status` (the server
 * answered with an error: the status is in `detail`), `too_large`, `not_json`,
 * `not_a_directory` (JSON, but not the configured format at all), `invalid_entries` (entries the
 * schema refuses: how many and the first field are in `detail`).
 */
export const CENTRAL_SYNC_REASONS = [
  'timeout',
  'unreachable',
  'http_status',
  'too_large',
  'not_json',
  'not_a_directory',
  'invalid_entries',
] as const;
export type CentralSyncReason = (typeof CENTRAL_SYNC_REASONS)[number];

export const CENTRAL_FORMATS = ['hsds', 'kiosk'] as const;
export type CentralFormat = (typeof CENTRAL_FORMATS)[number];

const isoTime = z.iso.datetime();

/** The central source as the staff Directory screen shows it. */
export const centralSyncStatusSchema = z.strictObject({
  /** False when `directory.json` names no central source: the rest is then about an older one, or empty. */
  configured: z.boolean(),
  /** The source's scheme, host and path (never a query string, which may carry a key). */
  source: z.string().max(300).nullable(),
  format: z.enum(CENTRAL_FORMATS).nullable(),
  everyMinutes: z.number().int().positive().nullable(),
  /** When the kiosk last asked, whatever came of it. */
  lastAttemptAt: isoTime.nullable(),
  /** When the source last answered with a good document or "unchanged": the copy was current then. */
  lastSyncedAt: isoTime.nullable(),
  /** When the copy in use was last replaced. */
  lastChangedAt: isoTime.nullable(),
  outcome: z.enum(CENTRAL_SYNC_OUTCOMES).nullable(),
  reason: z.enum(CENTRAL_SYNC_REASONS).nullable(),
  /** Machine words only (an HTTP status, a count and a field path); shown as they are. */
  detail: z.string().max(200).nullable(),
  /** Entries in the central copy in use (0 when there is none). */
  services: z.number().int().nonnegative(),
  /** Entries of `directory.json` that take the place of a central entry with the same id. */
  localOverrides: z.number().int().nonnegative(),
  /** Entries only in `directory.json`. */
  localOnly: z.number().int().nonnegative(),
});
export type CentralSyncStatus = z.infer<typeof centralSyncStatusSchema>;

export const centralSyncRequestSchema = z.strictObject({ token: operatorTokenSchema });
