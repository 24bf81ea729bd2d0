import { z } from 'zod';

import { ERROR_CODES, type KioskError } from './result.js';

export const errorCodeSchema = z.enum(ERROR_CODES);

export const kioskErrorSchema = z.strictObject({
  code: errorCodeSchema,
  detail: z.string().max(2000).optional(),
}) satisfies z.ZodType<KioskError>;

/** Schema of a whole `Result` around a response schema, used by clients to check what they receive. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: kioskErrorSchema }),
  ]);
}
