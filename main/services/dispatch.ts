import { err, isMethodName, methods, type MethodName, type Result } from '../contract/index.js';

import type { KioskHandlers } from './handlers.js';
import type { Logger } from './logger.js';
import type { AuthoriseStaff, StaffCaller } from './staff-caller.js';

/** The longest validation detail sent back: enough to debug, too short to echo a huge payload. */
const MAX_DETAIL = 500;

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const text = issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      resolve(onTimeout());
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

/**
 * The session token of a staff call, read from the raw payload: the access check comes before
 * parsing, so a visitor's malformed call to a staff method learns nothing about its schema. Only
 * an own property counts, never one inherited through a polluted prototype.
 */
function tokenOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  if (!Object.hasOwn(payload, 'token')) return undefined;
  const token: unknown = (payload as { token: unknown }).token;
  return typeof token === 'string' ? token : undefined;
}

export interface Dispatcher {
  (method: string, payload: unknown): Promise<Result<unknown>>;
}

/**
 * The one path every call takes, from either transport: known method → the method's declared
 * access (a live staff session of the right role, unless public) → payload parses → handler
 * (bounded by the method's timeout) → response checked against the contract. It never throws and
 * never rejects: every failure is a typed error. A refused token is never echoed or logged.
 */
export function createDispatcher(handlers: KioskHandlers, logger: Logger, authorise: AuthoriseStaff): Dispatcher {
  return async (method, payload) => {
    if (!isMethodName(method)) {
      return err('UNKNOWN_METHOD', typeof method === 'string' ? method.slice(0, 64) : undefined);
    }
    const spec = methods[method];
    let caller: StaffCaller | undefined;
    if (spec.access !== 'public') {
      const token = tokenOf(payload);
      if (token === undefined) return err('NOT_AUTHORISED', 'A staff session is needed.');
      let allowed: Result<StaffCaller>;
      try {
        allowed = authorise(token, spec.access);
      } catch (error) {
        logger.error('authorise_threw', { method, error: error instanceof Error ? error.message : String(error) });
        return err('INTERNAL');
      }
      if (!allowed.ok) return err('NOT_AUTHORISED', allowed.error.detail);
      caller = allowed.value;
    }
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      return err('INVALID_PAYLOAD', describeIssues(parsed.error.issues));
    }
    try {
      // `caller` matches the method's access by construction: undefined exactly when it is public.
      const handler = handlers[method] as (
        request: unknown,
        caller: StaffCaller | undefined,
      ) => Promise<Result<unknown>>;
      const call = handler(parsed.data, caller);
      const result = await withTimeout(call, spec.timeoutMs, () =>
        err('TIMEOUT', `${method} took over ${spec.timeoutMs} ms`),
      );
      if (!result.ok) return result;
      const checked = spec.response.safeParse(result.value);
      if (!checked.success) {
        // A service broke the contract: a bug on our side, reported as such and logged.
        logger.error('response_contract_violation', { method, issues: describeIssues(checked.error.issues) });
        return err('INTERNAL', 'The kiosk produced an invalid answer.');
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      logger.error('handler_threw', { method, error: error instanceof Error ? error.message : String(error) });
      return err('INTERNAL');
    }
  };
}

export type { MethodName };
