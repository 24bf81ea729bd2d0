import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ERROR_CODES, METHOD_NAMES, methods, type MethodName, type MethodSpec } from '../../main/contract/index.js';
import { createInvokeHandler } from '../../main/electron/handle.js';
import { MAX_BODY_BYTES, startWebHost, type WebHost } from '../../main/host/web-host.js';
import { startKiosk, type KioskFixture } from '../support/kiosk-fixture.js';

import { payloadsFor } from './payloads.js';

// Every method of the contract, fed generated payloads through both transports. Whatever comes
// in, the answer is a Result: a valid request gets its response (checked against the contract)
// or a domain error, an invalid one gets INVALID_PAYLOAD, and nothing crashes, hangs or rejects.
// The fuzzer never holds a live staff session, so every staff method must refuse every payload
// with NOT_AUTHORISED, before it is even parsed (method-access.test.ts covers live sessions).
// 1,000 per method and transport: 2,000 payloads for each method in every run of the suite.
const RUNS_PER_METHOD = Number(process.env.FUZZ_RUNS ?? 1000);
/** Valid PINs go through scrypt (tens of milliseconds each, on purpose): those methods need room. */
const TEST_TIMEOUT_MS = 30_000 + RUNS_PER_METHOD * 100;
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

let kiosk: KioskFixture;
let host: WebHost;

beforeAll(async () => {
  kiosk = await startKiosk({ hostKind: 'web' });
  host = await startWebHost({ services: kiosk.services, port: 0, rendererDir: kiosk.dataDir, logger: kiosk.logger });
});

afterAll(async () => {
  await host.close();
  await kiosk.dispose();
});

/** Errors a valid request may legitimately get (the state of the kiosk, not the request). */
const DOMAIN_ERRORS = new Set([
  'CONFIG_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'STORAGE_FULL',
  'TIMEOUT',
  'NOT_FOUND',
  'NOT_AUTHORISED',
  'ALREADY_SET_UP',
  'WEAK_PIN',
  'NOT_EDITABLE',
]);

/** Reports a failure with a short counterexample: a generated 100 kB string would drown the log. */
function shortReport<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  // JSON.stringify gives undefined for undefined, whatever its declared type says.
  const example = (JSON.stringify(details.counterexample) as string | undefined)?.slice(0, 300) ?? 'undefined';
  const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `fuzzing failed after ${details.numRuns} runs (seed ${details.seed}): ${reason.slice(0, 500)}\n  payload: ${example}`,
  );
}

function checkAnswer(method: MethodName, payload: unknown, answer: unknown, bodyBytes = 0): void {
  const valid = methods[method].request.safeParse(payload).success;
  expect(answer).toBeTypeOf('object');
  const result = answer as { ok: boolean; value?: unknown; error?: { code: string } };
  // Methods that carry audio declare a larger body than the host's default.
  const spec: MethodSpec = methods[method];
  const maxBytes = spec.maxRequestBytes ?? MAX_BODY_BYTES;
  if (methods[method].access !== 'public') {
    // Over HTTP an oversized body is refused before anything else.
    expect(result.error?.code).toBe(bodyBytes > maxBytes ? 'PAYLOAD_TOO_LARGE' : 'NOT_AUTHORISED');
    return;
  }
  if (result.ok) {
    expect(valid, `accepted an invalid payload for ${method}`).toBe(true);
    expect(methods[method].response.safeParse(result.value).success).toBe(true);
    return;
  }
  expect(ERROR_CODES).toContain(result.error?.code);
  if (valid) {
    expect(DOMAIN_ERRORS.has(result.error?.code ?? ''), `${method} answered ${String(result.error?.code)}`).toBe(true);
  } else if (bodyBytes > maxBytes) {
    // Over HTTP an oversized body is refused before it is parsed.
    expect(result.error?.code).toBe('PAYLOAD_TOO_LARGE');
  } else {
    expect(result.error?.code).toBe('INVALID_PAYLOAD');
  }
}

describe.each(METHOD_NAMES.map((m) => [m]))('%s under fuzzing', (method) => {
  it(
    'answers every payload through the Electron handle() wrapper with a Result',
    async () => {
      const invoke = createInvokeHandler(kiosk.services.dispatch, kiosk.logger);
      const fromApp = { senderFrame: { url: 'app://kiosk/index.html', parent: null } };
      await fc.assert(
        fc.asyncProperty(payloadsFor(method), async ({ payload }) => {
          checkAnswer(method, payload, await invoke(fromApp, method, payload));
        }),
        { numRuns: RUNS_PER_METHOD, seed: SEED, reporter: shortReport },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'answers every payload over HTTP with a Result and a matching status',
    async () => {
      await fc.assert(
        fc.asyncProperty(payloadsFor(method), async ({ payload }) => {
          // What actually travels: JSON turns undefined into an empty body (= {}), NaN into null.
          const body = JSON.stringify(payload) as string | undefined;
          const sent: unknown = body === undefined ? {} : JSON.parse(body);
          const response = await fetch(new URL(`api/${method}`, host.url), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            ...(body === undefined ? {} : { body }),
          });
          const answer = (await response.json()) as { ok: boolean; error?: { code: string } };
          checkAnswer(method, sent, answer, Buffer.byteLength(body ?? ''));
          if (answer.ok) expect(response.status).toBe(200);
          else if (answer.error?.code === 'INVALID_PAYLOAD') expect(response.status).toBe(400);
          else if (answer.error?.code === 'PAYLOAD_TOO_LARGE') expect(response.status).toBe(413);
        }),
        { numRuns: RUNS_PER_METHOD, seed: SEED, reporter: shortReport },
      );
    },
    TEST_TIMEOUT_MS,
  );
});

describe('after fuzzing', () => {
  it('left no polluted prototype behind', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
