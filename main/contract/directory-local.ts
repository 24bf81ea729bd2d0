import { z } from 'zod';

import { slugSchema } from './common-schemas.js';
import { boundedString } from './text-limits.js';

/**
 * What staff set on the kiosk itself and a future central directory must never overwrite:
 * temporary closures and short notices. They live in `directory-local.json`, beside
 * `directory.json`, so a sync can replace the shared entries and keep these.
 */

/** Why a service is closed. A fixed list about the service, never free text about anyone. */
export const CLOSURE_REASONS = ['holiday', 'renovation', 'no_staff', 'other'] as const;
export const closureReasonSchema = z.enum(CLOSURE_REASONS);
export type ClosureReason = z.infer<typeof closureReasonSchema>;

/** A notice is one or two short sentences: it must fit the service screen above the details. */
export const NOTICE_MAX_CHARS = 160;

const noticeText = boundedString(NOTICE_MAX_CHARS).trim().min(1);

export const serviceClosureSchema = z.strictObject({
  serviceId: slugSchema,
  reason: closureReasonSchema,
  /** Last closed day (YYYY-MM-DD, the site's calendar): the service is open again the day after. */
  until: z.iso.date(),
});
export type ServiceClosure = z.infer<typeof serviceClosureSchema>;

export const serviceNoticeSchema = z.strictObject({
  serviceId: slugSchema,
  text: z.strictObject({ es: noticeText, en: noticeText, fr: noticeText, ht: noticeText }),
  /** Last day the notice is shown (YYYY-MM-DD, the site's calendar). */
  until: z.iso.date(),
});
export type ServiceNotice = z.infer<typeof serviceNoticeSchema>;

/** A closure or notice still in force on `today` (YYYY-MM-DD): through its `until` day, included. */
export function inForce<T extends { readonly serviceId: string; readonly until: string }>(
  items: readonly T[],
  serviceId: string,
  today: string,
): T | undefined {
  // ISO days compare as strings.
  return items.find((item) => item.serviceId === serviceId && item.until >= today);
}

/** How many days after `verifiedOn` staff are asked to check an entry again, unless the file says. */
export const DEFAULT_DIRECTORY_REVERIFY_DAYS = 180;

/** Why an edit was refused, field by field; the staff screen words each code in four languages. */
export const DIRECTORY_PROBLEM_CODES = [
  'missing',
  'too_long',
  'invalid',
  'not_editable',
  'in_past',
  'hours_overlap',
  'unknown_service',
] as const;
export const directoryFieldProblemSchema = z.strictObject({
  /** Dotted path inside the entry (`phones.0.number`, `text.ht`, `until`). */
  field: z.string().max(200),
  code: z.enum(DIRECTORY_PROBLEM_CODES),
});
export type DirectoryFieldProblem = z.infer<typeof directoryFieldProblemSchema>;

/** The fields of an entry staff may edit from the kiosk; the rest changes only in the file. */
export const EDITABLE_SERVICE_FIELDS = [
  'phones',
  'openingHours',
  'hoursNote',
  'address',
  'cost',
  'whatToBring',
] as const;
export type EditableServiceField = (typeof EDITABLE_SERVICE_FIELDS)[number];
