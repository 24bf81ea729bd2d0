import type { CallTransport, KioskApi, KioskMethods, SubscribeTransport } from './api.js';
import { METHOD_NAMES, type MethodName } from './method-names.js';
import type { ResponseOf } from './methods.js';
import type { Result } from './result.js';

/**
 * Builds a `KioskApi` from a transport. Every method of the contract map gets a function; the
 * transport decides how it travels (IPC in Electron, HTTP in the browser).
 */
export function createKioskClient(call: CallTransport, subscribe: SubscribeTransport): KioskApi {
  const entries = METHOD_NAMES.map((method) => [method, (request?: unknown) => call(method, request ?? {})] as const);
  const methodsObject = Object.fromEntries(entries) as unknown as KioskMethods;
  return { ...methodsObject, subscribe };
}

/** Narrow a transport result to the response type of a method (for transports that return unknown). */
export type TypedResult<M extends MethodName> = Result<ResponseOf<M>>;
