import type { AgeBracket, AuditEvent, OperatorRole, Sex } from '../../../main/contract/index.js';

/** Typed keys for the staff screens' codes, so a code without a message fails to compile. */
export function roleKey(role: OperatorRole) {
  return `staff.roles.${role}` as const;
}

export function auditKindKey(kind: AuditEvent['kind']) {
  return `staff.audit.kinds.${kind}` as const;
}

export function sexKey(sex: Sex) {
  return `staff.activity.sexes.${sex}` as const;
}

/** Brackets are digits and read the same everywhere; only "unknown" needs words. */
export function ageLabelKey(age: Extract<AgeBracket, 'unknown'>) {
  return `staff.activity.ages.${age}` as const;
}
