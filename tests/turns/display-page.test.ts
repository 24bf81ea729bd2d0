// The display page over the real web host: `/display` is display.html, the entry page without
// the first screen's copy, and what it reads (`getTurnCalls`) answers numbers only, with no
// session and no token.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startWebHost, type WebHost } from '../../main/host/web-host.js';
import { startKiosk, type KioskFixture } from '../support/kiosk-fixture.js';
import { okValue } from '../support/result.js';
import { operatorToken } from '../support/staff-sessions.js';
import { isDisplayPage } from '../../renderer/src/turns/display-page.js';

let kiosk: KioskFixture;
let host: WebHost;
const INDEX = '<!doctype html><html lang="es"><title>kiosk</title></html>';
const DISPLAY = '<!doctype html><html lang="es"><title>display</title></html>';

beforeAll(async () => {
  kiosk = await startKiosk({ hostKind: 'web' });
  const rendererDir = await mkdtemp(join(tmpdir(), 'kiosk-renderer-'));
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'index.html'), INDEX);
  await writeFile(join(rendererDir, 'display.html'), DISPLAY);
  host = await startWebHost({ services: kiosk.services, port: 0, rendererDir, logger: kiosk.logger });
});

afterAll(async () => {
  await host.close();
  await kiosk.dispose();
});

describe('the display page', () => {
  it('is served at /display from display.html; other unknown paths stay 404', async () => {
    const display = await fetch(new URL('display', host.url));
    expect(display.status).toBe(200);
    expect(await display.text()).toBe(DISPLAY);
    expect(display.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(new URL('displays', host.url))).status).toBe(404);
    expect((await fetch(new URL('display/x', host.url))).status).toBe(404);
  });

  it('is recognised by the UI at /display and by Electron’s #display', () => {
    expect(isDisplayPage({ pathname: '/display', hash: '' })).toBe(true);
    expect(isDisplayPage({ pathname: '/display.html', hash: '#display' })).toBe(true);
    expect(isDisplayPage({ pathname: '/', hash: '' })).toBe(false);
    expect(isDisplayPage({ pathname: '/displayx', hash: '#other' })).toBe(false);
  });

  it('reads the calls over HTTP without a token: numbers and call ids only', async () => {
    const dispatch = kiosk.services.dispatch;
    okValue(
      await dispatch('takeTurn', {
        session: 'visit-1',
        requestKey: 'tap-key-one',
        need: 'urgent_or_private',
        language: 'ht',
      }),
    );
    const token = await operatorToken(dispatch, kiosk.dataDir);
    okValue(await dispatch('callNextTurn', { token }));
    const response = await fetch(new URL('api/getTurnCalls', host.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    const body = (await response.json()) as { ok: boolean; value: { calls: Record<string, unknown>[] } };
    expect(body.ok).toBe(true);
    expect(body.value.calls).toHaveLength(1);
    expect(Object.keys(body.value.calls[0] ?? {}).sort()).toEqual(['callId', 'number']);
    expect(JSON.stringify(body)).not.toMatch(/urgent|ht|visit/);
  });
});
