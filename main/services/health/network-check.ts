import { lookup } from 'node:dns/promises';

import type { EquipmentCheckSettings } from '../config/index.js';
import { boundedRequest, RequestTimeout } from '../net/bounded-request.js';

import { outcome, type CheckOutcome } from './check-runner.js';

/** The most of a page read to look for the expected text: enough for a title, never a download. */
const MAX_BODY_BYTES = 256 * 1024;

export interface ProbeAnswer {
  readonly status: number;
  readonly body: string;
  /** The server's `Date` header, when it sent one: the clock check compares against it. */
  readonly date: string | undefined;
  readonly elapsedMs: number;
}

/** One GET with a deadline covering connect, headers and body. Rejects on any failure. */
export async function probe(url: string, timeoutMs: number): Promise<ProbeAnswer> {
  const answer = await boundedRequest(new URL(url), {
    method: 'GET',
    headers: { 'User-Agent': 'RedSafe-PAR-kiosk-check' },
    timeoutMs,
    maxBodyBytes: MAX_BODY_BYTES,
  });
  return { status: answer.status, body: answer.body, date: answer.headers.date, elapsedMs: answer.elapsedMs };
}

export type EndpointOutcome = CheckOutcome & { id: string; answer?: ProbeAnswer };

/** DNS, then the request, then whether the page is the one expected (not a captive portal). */
export async function checkEndpoint(
  endpoint: EquipmentCheckSettings['endpoints'][number],
  timeoutMs: number,
): Promise<EndpointOutcome> {
  const id = `network:${endpoint.id}`;
  const host = new URL(endpoint.url).hostname;
  try {
    await Promise.race([
      lookup(host),
      new Promise((_resolve, reject) => {
        setTimeout(() => {
          reject(new Error('DNS timeout'));
        }, timeoutMs).unref();
      }),
    ]);
  } catch (error) {
    return {
      id,
      ...outcome('fail', 'dns_failed', `${host}: ${error instanceof Error ? error.message : String(error)}`, null, {
        host,
      }),
    };
  }
  let answer: ProbeAnswer;
  try {
    answer = await probe(endpoint.url, timeoutMs);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof RequestTimeout ? 'timeout' : 'unreachable';
    return { id, ...outcome('fail', code, `${host}: ${message}`, null, { host }) };
  }
  const measured = { value: Math.round(answer.elapsedMs), unit: 'ms' };
  if (answer.status >= 400 || answer.status < 200) {
    return {
      id,
      answer,
      ...outcome('fail', 'http_status', `${host} answered ${answer.status}`, measured, { host, status: answer.status }),
    };
  }
  if (endpoint.expectText !== undefined && !answer.body.includes(endpoint.expectText)) {
    // A login page of the local Wi-Fi answers 200 too: without the expected text it is not the internet.
    return {
      id,
      answer,
      ...outcome('fail', 'captive_portal', `${host} answered, but not with its own page`, measured, { host }),
    };
  }
  return { id, answer, ...outcome('pass', 'reachable', host, measured, { host, ms: measured.value }) };
}
