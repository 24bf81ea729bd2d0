import { z } from 'zod';

import { operatorTokenSchema } from './operator.js';

/** `YYYY-MM`: a calendar month in the site's timezone. */
export const isoMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * Where a submission stands. `pending` waits for its next attempt (or for a credential);
 * `sent` was accepted with 201 or 202; `failed` will not be tried again on its own (the server
 * refused it for good, or the supervisor must act).
 */
export const KOBO_SUBMISSION_STATES = ['pending', 'sent', 'failed'] as const;
export const koboSubmissionStateSchema = z.enum(KOBO_SUBMISSION_STATES);
export type KoboSubmissionState = z.infer<typeof koboSubmissionStateSchema>;

/** Why the last attempt did not succeed, as a code the supervisor's screen words. */
export const KOBO_PROBLEMS = [
  'credential_rejected',
  'captive_portal',
  'too_large',
  'form_rejected',
  'server_error',
  'unreachable',
  'timeout',
] as const;
export const koboProblemSchema = z.enum(KOBO_PROBLEMS);
export type KoboProblem = z.infer<typeof koboProblemSchema>;

export const koboSubmissionSchema = z.strictObject({
  id: z.number().int().positive(),
  month: isoMonthSchema,
  /** `uuid:…`, the same on every attempt: the server keeps one copy however often it arrives. */
  instanceId: z.string(),
  state: koboSubmissionStateSchema,
  attempts: z.number().int().nonnegative(),
  lastStatus: z.number().int().nullable(),
  problem: koboProblemSchema.nullable(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type KoboSubmission = z.infer<typeof koboSubmissionSchema>;

export const koboAuthSchema = z.enum(['collector-token', 'account']);
export type KoboAuth = z.infer<typeof koboAuthSchema>;

export const koboStatusSchema = z.strictObject({
  /** False while kobo.json sets no submission. */
  configured: z.boolean(),
  server: z.string().nullable(),
  formId: z.string().nullable(),
  auth: koboAuthSchema.nullable(),
  /** Mismatches with operations.json (an unknown activity type, …): nothing is queued while any. */
  problems: z.array(z.string()),
  /** Only the end of the credential ever travels back, never the whole of it. */
  credential: z.strictObject({ masked: z.string(), setAt: z.string() }).nullable(),
  /** The month the screen offers to queue: the one before today's, in the site's timezone. */
  lastMonth: isoMonthSchema,
  submissions: z.array(koboSubmissionSchema),
});
export type KoboStatus = z.infer<typeof koboStatusSchema>;

/** What a supervisor types: a data collector token, or an account's name and password. */
export const koboCredentialSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('collector-token'), token: z.string().regex(/^[A-Za-z0-9_-]{8,128}$/) }),
  z.strictObject({
    kind: z.literal('account'),
    username: z.string().regex(/^[A-Za-z0-9_.@+-]{1,150}$/),
    password: z.string().min(1).max(256),
  }),
]);
export type KoboCredential = z.infer<typeof koboCredentialSchema>;

export const getKoboStatusRequestSchema = z.strictObject({ token: operatorTokenSchema });
export const setKoboCredentialRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  credential: koboCredentialSchema,
});
export const queueKoboMonthRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  /** Absent: the previous month. */
  month: isoMonthSchema.optional(),
});
export const queueKoboMonthResponseSchema = z.strictObject({
  /** `queued`: a new instance; `unchanged`: the month's figures match one already queued or sent. */
  outcome: z.enum(['queued', 'unchanged']),
  submission: koboSubmissionSchema,
});
export const retryKoboRequestSchema = z.strictObject({ token: operatorTokenSchema });
