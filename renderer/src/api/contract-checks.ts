import {
  kioskEventSchema,
  methods,
  resultSchema,
  type KioskEvent,
  type MethodName,
} from '../../../main/contract/index.js';

/*
 * The zod side of the web client: answer and event checks, and each method's time limit. It is a
 * chunk of its own, fetched as the client starts, so the first screen's bundle carries no schemas.
 */

type ResultSchema = ReturnType<typeof resultSchema>;
const resultSchemas = new Map<MethodName, ResultSchema>();

/** Built once per method: zod schemas are not free to construct and calls repeat all day. */
export function resultSchemaFor(method: MethodName): ResultSchema {
  let schema = resultSchemas.get(method);
  if (schema === undefined) {
    schema = resultSchema(methods[method].response);
    resultSchemas.set(method, schema);
  }
  return schema;
}

export function methodTimeoutMs(method: MethodName): number {
  return methods[method].timeoutMs;
}

/** Parses one SSE message; anything that is not a valid KioskEvent is dropped. */
export function parseKioskEvent(data: unknown): KioskEvent | null {
  if (typeof data !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = kioskEventSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
