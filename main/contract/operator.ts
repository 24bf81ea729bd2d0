import { z } from 'zod';

/** Staff roles. Operators run the point day to day; supervisors also manage staff and reports. */
export const OPERATOR_ROLES = ['operator', 'supervisor'] as const;
export const operatorRoleSchema = z.enum(OPERATOR_ROLES);
export type OperatorRole = z.infer<typeof operatorRoleSchema>;

/** Typed on the kiosk's own PIN pad: digits only, 6 to 12 of them. */
export const pinSchema = z.string().regex(/^[0-9]{6,12}$/);

/**
 * The one-time code that lets the first supervisor be created on screen: 12 digits, written by the
 * kiosk to a file only the machine's administrator can read (see docs/deployment.md).
 */
export const setupCodeSchema = z.string().regex(/^[0-9]{12}$/);
/** Where the one-time code is, in the kiosk's data folder: the setup screen names it for the administrator. */
export const SETUP_CODE_FILE = 'staff-setup-code.txt';

/**
 * A staff member's display name or initials, shown on the PIN pad's list: letters (any script),
 * digits, spaces and . - ' only, so that a name can never carry markup or a control character.
 */
export const staffNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .'-]*$/u, "letters, digits, spaces and . - ' only");

export const staffAccountIdSchema = z.string().regex(/^[a-z0-9]{6,32}$/);

/** An operator session token: 32 random bytes, base64url. Held in the renderer's memory only. */
export const operatorTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const operatorSessionSchema = z.strictObject({
  token: operatorTokenSchema,
  role: operatorRoleSchema,
  accountId: staffAccountIdSchema,
  name: z.string(),
  /** ISO timestamp; every authorised call pushes it forward (idle timeout), never past `endsAt`. */
  expiresAt: z.string(),
  /** ISO timestamp: the session's absolute end (a working day), whatever the activity. */
  endsAt: z.string(),
});
export type OperatorSession = z.infer<typeof operatorSessionSchema>;

/** What the PIN pad may show before anyone is signed in: names to pick from, never more. */
export const staffAccountChoiceSchema = z.strictObject({
  id: staffAccountIdSchema,
  name: z.string(),
  role: operatorRoleSchema,
  /** Set while too many wrong PINs keep this account locked (ISO timestamp). */
  lockedUntil: z.string().nullable(),
});
export type StaffAccountChoice = z.infer<typeof staffAccountChoiceSchema>;

/**
 * - `ready`: pick a name, then type its PIN.
 * - `setup`: no staff account yet; the first supervisor is created with the one-time setup code.
 * - `needs_administrator`: staff mode cannot open from the screen (the accounts file is damaged, the
 *   machine key does not match, or no account can sign in); `kioskctl staff …` on the machine fixes it.
 */
export const STAFF_ACCESS_STATES = ['ready', 'setup', 'needs_administrator'] as const;
export const operatorAccessSchema = z.strictObject({
  state: z.enum(STAFF_ACCESS_STATES),
  accounts: z.array(staffAccountChoiceSchema),
  /** Set while too many wrong setup codes keep first-run setup locked (ISO timestamp). */
  setupLockedUntil: z.string().nullable(),
});
export type OperatorAccess = z.infer<typeof operatorAccessSchema>;

/** A wrong PIN is an expected outcome, not an error: the PIN pad says how many tries remain. */
export const unlockResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('unlocked'),
    session: operatorSessionSchema,
    /** Wrong PINs typed for this account since its last unlock: its owner should know. */
    failedAttempts: z.number().int().nonnegative(),
  }),
  z.strictObject({ outcome: z.literal('wrong_pin'), attemptsLeft: z.number().int().nonnegative() }),
  z.strictObject({ outcome: z.literal('locked'), lockedUntil: z.string() }),
  /** The account is disabled, has no PIN, or staff mode needs an administrator. */
  z.strictObject({ outcome: z.literal('unavailable') }),
]);
export type UnlockResult = z.infer<typeof unlockResultSchema>;

/** First-run setup with the one-time code: a wrong code is an outcome, like a wrong PIN. */
export const setupResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('created'), session: operatorSessionSchema }),
  z.strictObject({ outcome: z.literal('wrong_code'), attemptsLeft: z.number().int().nonnegative() }),
  z.strictObject({ outcome: z.literal('locked'), lockedUntil: z.string() }),
]);
export type SetupResult = z.infer<typeof setupResultSchema>;

/** An account as supervisors manage it. */
export const staffAccountViewSchema = z.strictObject({
  id: staffAccountIdSchema,
  name: z.string(),
  role: operatorRoleSchema,
  disabled: z.boolean(),
  /** False after the machine key was replaced: a supervisor must give the account a new PIN. */
  pinSet: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffAccountView = z.infer<typeof staffAccountViewSchema>;

export const AUDIT_EVENT_KINDS = [
  'supervisor_pin_created',
  'unlocked',
  'unlock_failed',
  'unlock_refused_locked',
  'locked_out',
  'locked',
  'session_expired',
  'sessions_ended',
  'setup_code_wrong',
  'staff_added',
  'staff_renamed',
  'staff_disabled',
  'staff_enabled',
  'pin_changed',
  'staff_reset_by_administrator',
  'activity_edited',
  'activity_deleted',
  'equipment_check',
  'config_changed',
  'export',
  'incident_opened',
  'incident_closed',
  'maintenance_recorded',
  'checklist_saved',
  'printer_reprint',
  'printer_recovered',
  'printer_test',
  'directory_edited',
  'directory_restored',
  'recording_deleted',
] as const;
export type AuditEventKind = (typeof AUDIT_EVENT_KINDS)[number];
export const auditEventSchema = z.strictObject({
  at: z.string(),
  kind: z.enum(AUDIT_EVENT_KINDS),
  role: operatorRoleSchema.nullable(),
  /** The staff account's name at the time, or "kioskctl" for the administrator's command line. */
  actor: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
