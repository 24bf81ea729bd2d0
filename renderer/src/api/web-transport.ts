import { CLIENT_TIMEOUT_MARGIN_MS, err, type CallTransport, type Result } from '../../../main/contract/index.js';

import { loadContractChecks, type ContractChecks } from './load-contract-checks.js';

export interface WebTransportOptions {
  /** `window.fetch` in the browser; a fake in tests. */
  readonly fetch: typeof fetch;
  /** Where the web host mounts the contract; `/api/` on the host that serves this page. */
  readonly apiBase?: string;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * One contract call over HTTP: `POST /api/<method>` with a JSON body, answered with a JSON Result.
 *
 * It never rejects and never hangs: the whole exchange (headers and body) is aborted after the
 * method's own timeout plus a margin, so a host that stops mid-answer cannot freeze the kiosk.
 */
export function createWebCallTransport(options: WebTransportOptions): CallTransport {
  const apiBase = options.apiBase ?? '/api/';
  // Fetched at once, in parallel with the first screen; every call needs it for its time limit.
  loadContractChecks().catch(() => {
    // The first call retries and reports the failure as its own result.
  });
  return async (method, request): Promise<Result<unknown>> => {
    let checks: ContractChecks;
    try {
      checks = await loadContractChecks();
    } catch (error) {
      return err('TRANSPORT_UNAVAILABLE', `${method}: the contract checks did not load (${describe(error)})`);
    }
    const controller = new AbortController();
    const limitMs = checks.methodTimeoutMs(method) + CLIENT_TIMEOUT_MARGIN_MS;
    // Only this timer aborts, so an aborted signal means the time ran out.
    const timer = setTimeout(() => {
      controller.abort();
    }, limitMs);
    try {
      const response = await options.fetch(`${apiBase}${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'same-origin',
      });
      let body: unknown;
      try {
        body = await response.json();
      } catch (error) {
        if (controller.signal.aborted) return err('TIMEOUT', `${method}: no answer within ${limitMs} ms`);
        return err(
          'TRANSPORT_UNAVAILABLE',
          `${method}: HTTP ${response.status} without a JSON answer (${describe(error)})`,
        );
      }
      // Error statuses (403, 413, 500) still carry a Result; only its shape decides.
      const parsed = checks.resultSchemaFor(method).safeParse(body);
      if (!parsed.success) {
        return err('INTERNAL', `${method}: the answer does not match the contract (HTTP ${response.status})`);
      }
      return parsed.data;
    } catch (error) {
      if (controller.signal.aborted) return err('TIMEOUT', `${method}: no answer within ${limitMs} ms`);
      return err('TRANSPORT_UNAVAILABLE', `${method}: ${describe(error)}`);
    } finally {
      clearTimeout(timer);
    }
  };
}
