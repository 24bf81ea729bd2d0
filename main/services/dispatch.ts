import { err, isMethodName, methods, type MethodName, type Result } from '../contract/index.js';

import type { KioskHandlers } from './handlers.js';
import type { Logger } from './logger.js';

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

export interface Dispatcher {
  (method: string, payload: unknown): Promise<Result<unknown>>;
}

/**
 * The one path every call takes, from either transport: known method → payload parses → handler
 * (bounded by the method's timeout) → response checked against the contract. It never throws and
 * never rejects: every failure is a typed error.
 */
export function createDispatcher(handlers: KioskHandlers, logger: Logger): Dispatcher {
  return async (method, payload) => {
    if (!isMethodName(method)) {
      return err('UNKNOWN_METHOD', typeof method === 'string' ? method.slice(0, 64) : undefined);
    }
    const spec = methods[method];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      return err('INVALID_PAYLOAD', describeIssues(parsed.error.issues));
    }
    try {
      const call = (handlers[method] as (request: unknown) => Promise<Result<unknown>>)(parsed.data);
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
