import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createInvokeHandler, type InvokeEventLike } from '../../main/electron/handle.js';
import { startKiosk, type KioskFixture } from '../support/kiosk-fixture.js';

let kiosk: KioskFixture;
let invoke: ReturnType<typeof createInvokeHandler>;

const fromApp: InvokeEventLike = { senderFrame: { url: 'app://kiosk/index.html', parent: null } };

beforeAll(async () => {
  kiosk = await startKiosk({ hostKind: 'electron' });
  invoke = createInvokeHandler(kiosk.services.dispatch, kiosk.logger);
});

afterAll(async () => {
  await kiosk.dispose();
});

describe('the Electron handle() wrapper over the real services', () => {
  it('answers our own top frame', async () => {
    const info = await invoke(fromApp, 'getKioskInfo', {});
    expect(info.ok).toBe(true);
    if (info.ok) expect(info.value).toMatchObject({ host: 'electron', database: { state: 'ok' } });

    const language = await invoke(fromApp, 'setLanguage', { language: 'ht' });
    expect(language).toEqual({ ok: true, value: { language: 'ht' } });

    const first = await invoke(fromApp, 'recordUsage', { metric: 'topic_opened', key: 'about-redsafe' });
    const second = await invoke(fromApp, 'recordUsage', { metric: 'topic_opened', key: 'about-redsafe' });
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) {
      expect((second.value as { count: number }).count).toBe((first.value as { count: number }).count + 1);
    }
  });

  it.each([
    ['a foreign origin', { senderFrame: { url: 'https://kiosk.app.evil/', parent: null } }],
    ['a look-alike custom origin', { senderFrame: { url: 'app://kiosk.evil/index.html', parent: null } }],
    ['a file URL', { senderFrame: { url: 'file:///etc/passwd', parent: null } }],
    ['a data URL', { senderFrame: { url: 'data:text/html,<b>x</b>', parent: null } }],
    [
      'a sub-frame of our own origin',
      { senderFrame: { url: 'app://kiosk/index.html', parent: { url: 'app://kiosk/' } } },
    ],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s with FORBIDDEN_SENDER and does not run the call', async (_label, event) => {
    const before = await invoke(fromApp, 'recordUsage', { metric: 'help_requested' });
    const refused = await invoke(event, 'recordUsage', { metric: 'help_requested' });
    expect(refused).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    const after = await invoke(fromApp, 'recordUsage', { metric: 'help_requested' });
    if (before.ok && after.ok) {
      expect((after.value as { count: number }).count).toBe((before.value as { count: number }).count + 1);
    } else {
      expect.fail('recordUsage from the app failed');
    }
  });

  it('refuses a sender whose frame throws when read', async () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(await invoke(event, 'getKioskInfo', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it.each([
    ['an unknown method', 'dropTables', {}, 'UNKNOWN_METHOD'],
    ['a prototype key as method', '__proto__', {}, 'UNKNOWN_METHOD'],
    ['constructor as method', 'constructor', {}, 'UNKNOWN_METHOD'],
    ['a number as method', 42, {}, 'UNKNOWN_METHOD'],
    ['a language that is not ours', 'setLanguage', { language: 'de' }, 'INVALID_PAYLOAD'],
    ['a missing field', 'setLanguage', {}, 'INVALID_PAYLOAD'],
    ['an extra field', 'setLanguage', { language: 'es', name: 'Ana' }, 'INVALID_PAYLOAD'],
    ['free text as a usage key', 'recordUsage', { metric: 'topic_opened', key: 'Ana from Haiti' }, 'INVALID_PAYLOAD'],
    ['a wrong type', 'recordUsage', { metric: 7 }, 'INVALID_PAYLOAD'],
    ['null payload', 'getKioskInfo', null, 'INVALID_PAYLOAD'],
    ['an array payload', 'getKioskInfo', [], 'INVALID_PAYLOAD'],
    ['a huge string', 'setLanguage', { language: 'x'.repeat(1_000_000) }, 'INVALID_PAYLOAD'],
  ])('answers %s with a typed error', async (_label, method, payload, code) => {
    const result = await invoke(fromApp, method, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.detail?.length ?? 0).toBeLessThanOrEqual(600);
    }
  });
});
