import { z } from 'zod';

/** Staff roles. Operators run the point day to day; supervisors also manage PINs and reports. */
export const OPERATOR_ROLES = ['operator', 'supervisor'] as const;
export const operatorRoleSchema = z.enum(OPERATOR_ROLES);
export type OperatorRole = z.infer<typeof operatorRoleSchema>;

/** Typed on the kiosk's own PIN pad: digits only, 6 to 12 of them. */
export const pinSchema = z.string().regex(/^[0-9]{6,12}$/);

/** An operator session token: 32 random bytes, base64url. Held in the renderer's memory only. */
export const operatorTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const operatorSessionSchema = z.strictObject({
  token: operatorTokenSchema,
  role: operatorRoleSchema,
  /** ISO timestamp; every authorised call pushes it forward (idle timeout). */
  expiresAt: z.string(),
});
export type OperatorSession = z.infer<typeof operatorSessionSchema>;

export const operatorAccessSchema = z.strictObject({
  /** True until a supervisor PIN exists: no PIN ships with the kiosk. */
  setupRequired: z.boolean(),
  /** Set while too many wrong PINs keep the PIN pad locked (ISO timestamp). */
  lockedUntil: z.string().nullable(),
});
export type OperatorAccess = z.infer<typeof operatorAccessSchema>;

/** A wrong PIN is an expected outcome, not an error: the PIN pad says how many tries remain. */
export const unlockResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('unlocked'), session: operatorSessionSchema }),
  z.strictObject({ outcome: z.literal('wrong_pin'), attemptsLeft: z.number().int().nonnegative() }),
  z.strictObject({ outcome: z.literal('locked'), lockedUntil: z.string() }),
  z.strictObject({ outcome: z.literal('setup_required') }),
]);
export type UnlockResult = z.infer<typeof unlockResultSchema>;

export const AUDIT_EVENT_KINDS = [
  'supervisor_pin_created',
  'unlocked',
  'unlock_failed',
  'locked_out',
  'locked',
  'session_expired',
  'pin_changed',
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
] as const;
export const auditEventSchema = z.strictObject({
  at: z.string(),
  kind: z.enum(AUDIT_EVENT_KINDS),
  role: operatorRoleSchema.nullable(),
  detail: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
