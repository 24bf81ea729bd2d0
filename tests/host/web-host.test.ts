import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { kioskEventSchema, type KioskEvent } from '../../main/contract/index.js';
import { startWebHost, type WebHost } from '../../main/host/web-host.js';
import { rawRequest } from '../support/http.js';
import { startKiosk, type KioskFixture } from '../support/kiosk-fixture.js';

let kiosk: KioskFixture;
let host: WebHost;
let hostHeader: string;

async function call(method: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(new URL(`api/${method}`, host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

beforeAll(async () => {
  kiosk = await startKiosk({ hostKind: 'web', watchConfig: true });
  const rendererDir = await mkdtemp(join(tmpdir(), 'kiosk-renderer-'));
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><html lang="es"><title>kiosk</title></html>');
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'export {};');
  host = await startWebHost({ services: kiosk.services, port: 0, rendererDir, logger: kiosk.logger });
  hostHeader = `127.0.0.1:${host.port}`;
});

afterAll(async () => {
  await host.close();
  await kiosk.dispose();
});

describe('contract over real HTTP', () => {
  it('listens on loopback only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('round-trips every method of the contract', async () => {
    const info = await call('getKioskInfo', {});
    expect(info.status).toBe(200);
    expect(info.json).toMatchObject({ ok: true, value: { host: 'web', database: { state: 'ok' } } });

    expect(await call('getConfigStatus', {})).toMatchObject({
      status: 200,
      json: { ok: true, value: { state: 'ok', issues: [] } },
    });
    expect(await call('getSiteConfig', {})).toMatchObject({
      status: 200,
      json: { ok: true, value: { timezone: 'America/Mexico_City' } },
    });
    expect(await call('setLanguage', { language: 'fr' })).toEqual({
      status: 200,
      json: { ok: true, value: { language: 'fr' } },
    });

    const first = (await call('recordUsage', { metric: 'session_started' })).json as {
      ok: true;
      value: { count: number; day: string };
    };
    const second = (await call('recordUsage', { metric: 'session_started' })).json as {
      ok: true;
      value: { count: number; day: string };
    };
    expect(second.value.count).toBe(first.value.count + 1);
    expect(second.value.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('accepts an empty body for a method without arguments', async () => {
    const response = await rawRequest(host.url, {
      method: 'POST',
      path: '/api/getKioskInfo',
      headers: { Host: hostHeader, 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true });
  });

  it.each([
    ['a language that is not ours', 'setLanguage', { language: 'de' }, 400, 'INVALID_PAYLOAD'],
    ['an extra field', 'setLanguage', { language: 'es', nationality: 'HT' }, 400, 'INVALID_PAYLOAD'],
    ['a wrong type', 'recordUsage', { metric: ['session_started'] }, 400, 'INVALID_PAYLOAD'],
    ['deep nesting', 'recordUsage', JSON.parse('['.repeat(2000) + ']'.repeat(2000)) as unknown, 400, 'INVALID_PAYLOAD'],
    ['an unknown method', 'deleteEverything', {}, 404, 'UNKNOWN_METHOD'],
    ['a prototype key as method', '__proto__', {}, 404, 'UNKNOWN_METHOD'],
    ['hasOwnProperty as method', 'hasOwnProperty', {}, 404, 'UNKNOWN_METHOD'],
  ])('answers %s with a typed error', async (_label, method, body, status, code) => {
    const response = await call(method, body);
    expect(response.status).toBe(status);
    expect(response.json).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a prototype-pollution payload and pollutes nothing', async () => {
    const response = await rawRequest(host.url, {
      method: 'POST',
      path: '/api/setLanguage',
      headers: { Host: hostHeader, 'Content-Type': 'application/json' },
      body: '{"language":"es","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers malformed JSON, a wrong content type and an oversized body with typed errors', async () => {
    const base = { method: 'POST', path: '/api/setLanguage' };
    const broken = await rawRequest(host.url, {
      ...base,
      headers: { Host: hostHeader, 'Content-Type': 'application/json' },
      body: '{"language":',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });

    const plain = await rawRequest(host.url, {
      ...base,
      headers: { Host: hostHeader, 'Content-Type': 'text/plain' },
      body: '{"language":"es"}',
    });
    expect(plain.status).toBe(415);

    const huge = await rawRequest(host.url, {
      ...base,
      headers: { Host: hostHeader, 'Content-Type': 'application/json' },
      body: JSON.stringify({ language: 'x'.repeat(200_000) }),
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });

    const get = await rawRequest(host.url, { path: '/api/getKioskInfo', headers: { Host: hostHeader } });
    expect(get.status).toBe(405);
  });
});

describe('DNS rebinding and cross-site protection', () => {
  it.each([
    ['a rebinding Host', { Host: `rebind.evil.example:${String(8127)}` }],
    ['another port in Host', { Host: '127.0.0.1:1' }],
    ['a foreign Origin', { Origin: 'http://evil.example' }],
    ['a look-alike Origin', { Origin: 'http://127.0.0.1.evil.example' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('answers 403 to %s, for the API and for the pages', async (_label, headers) => {
    const all = { Host: hostHeader, 'Content-Type': 'application/json', ...headers };
    const api = await rawRequest(host.url, {
      method: 'POST',
      path: '/api/recordUsage',
      headers: all,
      body: '{"metric":"help_requested"}',
    });
    expect(api.status).toBe(403);
    const page = await rawRequest(host.url, { path: '/', headers: all });
    expect(page.status).toBe(403);
  });
});

describe('static files', () => {
  it('serves the renderer with a strict CSP', async () => {
    const page = await rawRequest(host.url, { path: '/', headers: { Host: hostHeader } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>kiosk</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const asset = await rawRequest(host.url, { path: '/assets/index-abc.js', headers: { Host: hostHeader } });
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('does not leave the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json']) {
      const response = await rawRequest(host.url, { path, headers: { Host: hostHeader } });
      expect(response.status).toBe(404);
    }
  });
});

describe('events over server-sent events', () => {
  it('pushes configChanged when a configuration file changes', async () => {
    const controller = new AbortController();
    const response = await fetch(new URL('api/events', host.url), { signal: controller.signal });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body?.getReader();
    if (reader === undefined) throw new Error('no event stream body');

    // Reads events in order; resolves each waiter with the next event that matches it.
    const decoder = new TextDecoder();
    let text = '';
    const nextEvent = async (): Promise<KioskEvent> => {
      for (;;) {
        const match = /^data: (.+)\n\n/m.exec(text);
        if (match?.[1] !== undefined) {
          text = text.slice(match.index + match[0].length);
          return kioskEventSchema.parse(JSON.parse(match[1]));
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        text += decoder.decode(value, { stream: true });
      }
    };

    // A new stream starts with the present state, so a reconnecting screen catches up at once.
    const first = await nextEvent();
    const second = await nextEvent();
    expect(first).toMatchObject({ type: 'configChanged', status: { state: 'ok' } });
    expect(second).toMatchObject({ type: 'databaseStatus', status: { state: 'ok' } });

    const received = (async (): Promise<KioskEvent> => {
      for (;;) {
        const event = await nextEvent();
        if (event.type === 'configChanged' && event.status.state !== 'ok') return event;
      }
    })();

    // Break site.json: the last good version keeps serving and the status turns degraded.
    const sitePath = join(kiosk.configDir, 'site.json');
    const original = await readFile(sitePath, 'utf8');
    await writeFile(sitePath, original.replace('"timezone"', '"timezone_typo"'));
    const event = await received;
    controller.abort();
    expect(event.type).toBe('configChanged');
    if (event.type === 'configChanged') {
      expect(event.status.state).toBe('degraded');
      expect(event.status.issues.some((issue) => issue.file === 'site.json')).toBe(true);
    }
    expect(await call('getSiteConfig', {})).toMatchObject({
      json: { ok: true, value: { timezone: 'America/Mexico_City' } },
    });
    await writeFile(sitePath, original);
  });
});
