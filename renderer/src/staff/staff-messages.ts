import type { AgeBracket, AuditEvent, OperatorRole, Sex } from '../../../main/contract/index.js';

/** Typed keys for the staff screens' codes, so a code without a message fails to compile. */
export function roleKey(role: OperatorRole) {
  return `staff.roles.${role}` as const;
}

type PrinterAuditKind = Extract<AuditEvent['kind'], `printer_${string}`>;

export function auditKindKey(kind: AuditEvent['kind']) {
  // The printer's own staff actions are named in the printer screens' messages.
  if (isPrinterAuditKind(kind)) return `printerAdmin.auditKinds.${kind}` as const;
  return `staff.audit.kinds.${kind}` as const;
}

function isPrinterAuditKind(kind: AuditEvent['kind']): kind is PrinterAuditKind {
  return kind.startsWith('printer_');
}

export function sexKey(sex: Sex) {
  return `staff.activity.sexes.${sex}` as const;
}

/** Brackets are digits and read the same everywhere; only "unknown" needs words. */
export function ageLabelKey(age: Extract<AgeBracket, 'unknown'>) {
  return `staff.activity.ages.${age}` as const;
}
