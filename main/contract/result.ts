// No zod here: the Electron preload bundles this file and stays small.

/**
 * Every error that can cross the boundary between the UI and the services. The renderer maps each
 * code to a translated message (`errors.<code>` in the locale files); `detail` is for logs and
 * operators, never shown to a visitor as is.
 */
export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'INVALID_PAYLOAD',
  'PAYLOAD_TOO_LARGE',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'NOT_AUTHORISED',
  'WEAK_PIN',
  'ALREADY_SET_UP',
  'NAME_TAKEN',
  'LAST_SUPERVISOR',
  'NOT_EDITABLE',
  'INVALID_PERIOD',
  /** An export whose small-count rule is not the one its preview showed (or with no preview). */
  'RULE_NOT_PREVIEWED',
  /** The kiosk printed as many visitor slips as printers.json allows for now. */
  'SLIP_LIMIT',
  'NOT_WRITABLE',
  'NOT_CONFIGURED',
  'CONFIG_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'STORAGE_FULL',
  'TIMEOUT',
  'TRANSPORT_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface KioskError {
  readonly code: ErrorCode;
  readonly detail?: string | undefined;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: KioskError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, detail?: string): Result<T> {
  return detail === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, detail } };
}
