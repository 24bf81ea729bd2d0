import { z } from 'zod';

import { slugSchema } from './common-schemas.js';
import { serviceEntrySchema } from './directory.js';
import {
  closureReasonSchema,
  directoryFieldProblemSchema,
  EDITABLE_SERVICE_FIELDS,
  serviceClosureSchema,
  serviceNoticeSchema,
} from './directory-local.js';
import { operatorTokenSchema } from './operator.js';

/** What the staff Directory screen lists: every entry, with its local state and its age. */
export const directoryAdminViewSchema = z.strictObject({
  /** The site's calendar day the view was made on (YYYY-MM-DD). */
  today: z.iso.date(),
  reverifyAfterDays: z.number().int().positive(),
  services: z.array(serviceEntrySchema),
  closures: z.array(serviceClosureSchema),
  notices: z.array(serviceNoticeSchema),
  /** Ids of entries whose `verifiedOn` is older than `reverifyAfterDays`. */
  stale: z.array(slugSchema),
  /**
   * Services people were sent to and not served by, at least `operations.json followUp
   * reverifyNotServed` times in the last `reverifyWindowDays` days (counts, never who); null when
   * the database could not answer, so "none" is never shown for "not known".
   */
  reverify: z.array(z.strictObject({ serviceId: slugSchema, notServed: z.number().int().positive() })).nullable(),
  reverifyWindowDays: z.number().int().positive(),
});
export type DirectoryAdminView = z.infer<typeof directoryAdminViewSchema>;

/** A save either happened or was refused with every problem, field by field. */
export const directorySaveResultSchema = z.strictObject({
  saved: z.boolean(),
  problems: z.array(directoryFieldProblemSchema),
});
export type DirectorySaveResult = z.infer<typeof directorySaveResultSchema>;

const withService = { token: operatorTokenSchema, serviceId: slugSchema };

export const closeServiceRequestSchema = z.strictObject({
  ...withService,
  reason: closureReasonSchema,
  until: z.iso.date(),
});

/**
 * Notice texts arrive as typed, possibly empty or too long: the service checks them against the
 * file's schema and answers per language, so the screen can say which one is missing.
 */
const typedText = z.string().max(2000);
export const setNoticeRequestSchema = z.strictObject({
  ...withService,
  text: z.strictObject({ es: typedText, en: typedText, fr: typedText, ht: typedText }),
  until: z.iso.date(),
});

/**
 * Field values are checked by the service with the directory's own schema, so a wrong phone comes
 * back as a problem on `phones.0.number` rather than a refused call. `null` removes an optional field.
 */
export const editServiceRequestSchema = z.strictObject({
  ...withService,
  fields: z.partialRecord(z.enum(EDITABLE_SERVICE_FIELDS), z.unknown()),
});

export const serviceRequestSchema = z.strictObject(withService);

export const directoryHistorySchema = z.strictObject({
  copies: z.array(
    z.strictObject({
      id: z.string().max(100),
      file: z.enum(['directory.json', 'directory-local.json']),
      savedAt: z.string(),
    }),
  ),
});

export const restoreCopyRequestSchema = z.strictObject({
  token: operatorTokenSchema,
  id: z.string().max(100),
});
