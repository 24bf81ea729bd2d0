import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { FIRST_RETRY_MS, LONGEST_RETRY_MS, retryDelayMs } from '../../main/services/kobo/backoff.js';
import { buildInstanceXml } from '../../main/services/kobo/kobo-instance.js';
import { submitInstance, submissionUrl } from '../../main/services/kobo/openrosa-client.js';
import { startFakeOpenRosaServer, type FakeOpenRosaServer } from '../support/fake-openrosa-server.js';

const TOKEN = 'tOkEn1234567890';
const credential = { kind: 'collector-token', token: TOKEN } as const;
const xml = buildInstanceXml(
  {
    formId: 'aForm',
    formVersion: undefined,
    month: '2026-10',
    monthColumn: undefined,
    siteColumn: undefined,
    siteId: 'par',
    values: [{ column: 'uno', value: 1 }],
  },
  'uuid:5b1f3c1e-0d8e-4a57-9a43-1c2b3d4e5f60',
);

let fake: FakeOpenRosaServer | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const target = (serverUrl: string) => ({ serverUrl, credential, timeoutMs: 5_000, now: new Date() });

describe('OpenRosa submission', () => {
  it('a duplicate is harmless: the server answers 202 and keeps one copy', async () => {
    fake = await startFakeOpenRosaServer({ collectorToken: TOKEN });
    expect(await submitInstance(target(fake.url), xml)).toEqual({ kind: 'accepted', status: 201 });
    expect(await submitInstance(target(fake.url), xml)).toEqual({ kind: 'accepted', status: 202 });
    expect(fake.stored).toHaveLength(1);
  });

  it('does not post what HEAD says is too large', async () => {
    fake = await startFakeOpenRosaServer({ collectorToken: TOKEN, acceptContentLength: 100 });
    expect(await submitInstance(target(fake.url), xml)).toEqual({ kind: 'stop', status: null, problem: 'too_large' });
    expect(fake.requests.map((r) => r.method)).toEqual(['HEAD']);
  });

  it('takes a 204 without OpenRosa headers for a proxy, not a server', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => {
            resolve();
          });
        }),
    );
    const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    expect(await submitInstance(target(url), xml)).toEqual({ kind: 'retry', status: 204, problem: 'captive_portal' });
  });

  it('reports an address where nothing listens as unreachable', async () => {
    fake = await startFakeOpenRosaServer({ collectorToken: TOKEN });
    const url = fake.url;
    await fake.close();
    fake = undefined;
    expect(await submitInstance(target(url), xml)).toEqual({ kind: 'retry', status: null, problem: 'unreachable' });
  });

  it('puts the collector token in the path, escaped, under any base path', () => {
    expect(submissionUrl('https://kc.example.org/kobo', credential).href).toBe(
      `https://kc.example.org/kobo/collector/${TOKEN}/submission`,
    );
    expect(submissionUrl('https://kc.example.org/', { kind: 'account', username: 'a', password: 'b' }).href).toBe(
      'https://kc.example.org/submission',
    );
  });
});

describe('retry backoff', () => {
  it('doubles from one minute, with jitter between half and all of the step, up to six hours', () => {
    expect(retryDelayMs(1, () => 0)).toBe(FIRST_RETRY_MS / 2);
    expect(retryDelayMs(1, () => 1)).toBe(FIRST_RETRY_MS);
    expect(retryDelayMs(3, () => 1)).toBe(4 * FIRST_RETRY_MS);
    expect(retryDelayMs(12, () => 1)).toBe(LONGEST_RETRY_MS);
    expect(retryDelayMs(500, () => 0.5)).toBeLessThanOrEqual(LONGEST_RETRY_MS);
    expect(retryDelayMs(500, () => 0)).toBe(LONGEST_RETRY_MS / 2);
  });
});
