import { afterEach, describe, expect, it } from 'vitest';

import type { KoboSubmission } from '../../main/contract/index.js';
import { FIRST_RETRY_MS } from '../../main/services/kobo/backoff.js';
import { okValue } from '../support/result.js';
import { operatorToken } from '../support/staff-sessions.js';
import { nextEvent } from '../services/temp-dirs.js';

import { COLLECTOR_TOKEN, NOW, startKoboHarness, type KoboHarness } from './kobo-harness.js';

let h: KoboHarness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

async function harness(...args: Parameters<typeof startKoboHarness>): Promise<KoboHarness> {
  h = await startKoboHarness(...args);
  return h;
}

const credential = (token = COLLECTOR_TOKEN) => ({ kind: 'collector-token', token });

async function queue(k: KoboHarness, month?: string): Promise<{ outcome: string; submission: KoboSubmission }> {
  return okValue(await k.call('queueKoboMonth', { token: k.token, ...(month === undefined ? {} : { month }) })) as {
    outcome: string;
    submission: KoboSubmission;
  };
}

async function only(k: KoboHarness): Promise<KoboSubmission> {
  const { submissions } = await k.status();
  expect(submissions).toHaveLength(1);
  return submissions[0] as KoboSubmission;
}

const posts = (k: KoboHarness) => k.server.requests.filter((r) => r.method === 'POST');

describe('KoboToolbox outbox', () => {
  it('queues last month, waits for a credential, then sends one part with the OpenRosa headers', async () => {
    const k = await harness();
    const queued = await queue(k);
    expect(queued).toMatchObject({ outcome: 'queued', submission: { month: '2026-10', state: 'pending' } });
    expect(queued.submission.instanceId).toMatch(/^uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-/);
    await k.services.kobo.sendDue();
    expect(k.server.requests).toEqual([]);
    expect((await k.status()).credential).toBeNull();

    const set = okValue(await k.call('setKoboCredential', { token: k.token, credential: credential() }));
    expect(set).toMatchObject({ credential: { masked: '••••R8tY' } });
    expect(JSON.stringify(set)).not.toContain(COLLECTOR_TOKEN);
    await k.services.kobo.sendDue();

    expect(await only(k)).toMatchObject({ state: 'sent', attempts: 1, lastStatus: 201, problem: null });
    expect(k.server.requests.map((r) => [r.method, r.status])).toEqual([
      ['HEAD', 204],
      ['POST', 201],
    ]);
    const post = posts(k)[0];
    expect(post).toMatchObject({
      path: `/collector/${COLLECTOR_TOKEN}/submission`,
      openRosaVersion: '1.0',
      date: NOW.toUTCString(),
      parts: ['xml_submission_file'],
      instanceId: queued.submission.instanceId,
    });
    const xml = k.server.stored[0]?.xml ?? '';
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<aRsParCdmxIndicadores2026 id="aRsParCdmxIndicadores2026">/,
    );
    expect(xml).toContain('<mes_reporte>2026-10</mes_reporte><par>par-centro-ejemplo</par>');
    expect(xml).toContain('<personas_informadas_f_18_59>0</personas_informadas_f_18_59>');
    expect(xml).toContain(`<meta><instanceID>${queued.submission.instanceId}</instanceID></meta>`);
  });

  it('only a supervisor reaches it, and the credential is audited, never logged', async () => {
    const k = await harness();
    const operator = await operatorToken(k.call);
    for (const [method, extra] of [
      ['getKoboStatus', {}],
      ['queueKoboMonth', {}],
      ['retryKoboNow', {}],
      ['setKoboCredential', { credential: credential() }],
    ] as const) {
      expect(await k.call(method, { token: operator, ...extra })).toMatchObject({
        ok: false,
        error: { code: 'NOT_AUTHORISED' },
      });
    }
    okValue(await k.call('setKoboCredential', { token: k.token, credential: credential() }));
    const audit = okValue(await k.call('getAuditLog', { token: k.token })) as { events: { kind: string }[] };
    expect(audit.events[0]).toMatchObject({ kind: 'config_changed', role: 'supervisor', detail: 'kobo_credential' });
    expect(JSON.stringify(k.logger.lines)).not.toContain(COLLECTOR_TOKEN);
    // kobo.json asks for a collector token: an account is refused, the stored token stays.
    expect(
      await k.call('setKoboCredential', {
        token: k.token,
        credential: { kind: 'account', username: 'par', password: 'secret-pass' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect((await k.status()).credential?.masked).toBe('••••R8tY');
  });

  it('treats a captive portal 200 as a failed attempt, backs off, and resends the same instance', async () => {
    const k = await harness();
    k.server.mode = 'captive-portal';
    okValue(await k.call('setKoboCredential', { token: k.token, credential: credential() }));
    const { submission } = await queue(k);
    await k.services.kobo.sendDue();
    const waiting = await only(k);
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1, lastStatus: 200, problem: 'captive_portal' });
    const wait = Date.parse(waiting.nextAttemptAt ?? '') - NOW.getTime();
    expect(wait).toBeGreaterThanOrEqual(FIRST_RETRY_MS / 2);
    expect(wait).toBeLessThanOrEqual(FIRST_RETRY_MS);

    // Not due yet: a pass sends nothing.
    const before = k.server.requests.length;
    await k.services.kobo.sendDue();
    expect(k.server.requests.length).toBe(before);

    k.server.mode = 'accept';
    k.clock.advance(FIRST_RETRY_MS);
    await k.services.kobo.sendDue();
    expect(await only(k)).toMatchObject({ state: 'sent', attempts: 2, lastStatus: 201 });
    expect(k.server.stored.map((s) => s.instanceId)).toEqual([submission.instanceId]);
  });

  it.each([
    ['server-error', 500, 'server_error'],
    ['drop', null, 'unreachable'],
    ['hang', null, 'timeout'],
  ] as const)('retries after %s with the same instanceID until it is accepted', async (mode, status, problem) => {
    const k = await harness({ timeoutMs: 1_000 });
    k.server.mode = mode;
    okValue(await k.call('setKoboCredential', { token: k.token, credential: credential() }));
    const { submission } = await queue(k);
    await k.services.kobo.sendDue();
    expect(await only(k)).toMatchObject({ state: 'pending', attempts: 1, lastStatus: status, problem });
    const second = okValue(await k.call('retryKoboNow', { token: k.token })) as { submissions: KoboSubmission[] };
    expect(second.submissions[0]).toMatchObject({ state: 'pending', attempts: 2, problem });
    const firstWait = Date.parse(second.submissions[0]?.nextAttemptAt ?? '') - NOW.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(FIRST_RETRY_MS);

    k.server.mode = 'accept';
    okValue(await k.call('retryKoboNow', { token: k.token }));
    expect(await only(k)).toMatchObject({ state: 'sent', attempts: 3, lastStatus: 201, problem: null });
    const sentIds = posts(k)
      .map((r) => r.instanceId)
      .filter((id) => id !== undefined);
    expect(sentIds).toEqual([submission.instanceId]);
    expect(posts(k)).toHaveLength(3);
  });

  it('stops for good on 413, and waits for a new credential after 401', async () => {
    const k = await harness();
    k.server.mode = 'too-large';
    okValue(await k.call('setKoboCredential', { token: k.token, credential: credential() }));
    await queue(k);
    await k.services.kobo.sendDue();
    expect(await only(k)).toMatchObject({
      state: 'failed',
      lastStatus: 413,
      problem: 'too_large',
      nextAttemptAt: null,
    });
    k.clock.advance(4 * 60_000);
    await k.services.kobo.sendDue();
    expect((await only(k)).attempts).toBe(1);
  });

  it('a rejected credential stops the outbox until a new one is entered', async () => {
    const k = await harness();
    okValue(await k.call('setKoboCredential', { token: k.token, credential: credential('wrongTokenValue1') }));
    await queue(k);
    await k.services.kobo.sendDue();
    expect(await only(k)).toMatchObject({ state: 'failed', lastStatus: 401, problem: 'credential_rejected' });
    expect(k.server.requests.map((r) => [r.method, r.status])).toEqual([['HEAD', 401]]);
    k.clock.advance(4 * 60_000);
    await k.services.kobo.sendDue();
    expect(k.server.requests).toHaveLength(1);

    okValue(await k.call('setKoboCredential', { token: k.token, credential: credential() }));
    await k.services.kobo.sendDue();
    expect(await only(k)).toMatchObject({ state: 'sent', attempts: 2, lastStatus: 201 });
  });

  it('sends with an account over basic auth on /submission', async () => {
    const k = await harness({ auth: 'account' }, { account: { username: 'par_cdmx', password: 'pässwörd:1' } });
    const set = okValue(
      await k.call('setKoboCredential', {
        token: k.token,
        credential: { kind: 'account', username: 'par_cdmx', password: 'pässwörd:1' },
      }),
    );
    expect(set).toMatchObject({ auth: 'account', credential: { masked: 'par_cdmx · ••••' } });
    expect(JSON.stringify(set)).not.toContain('pässwörd');
    await queue(k);
    await k.services.kobo.sendDue();
    expect(await only(k)).toMatchObject({ state: 'sent', lastStatus: 201 });
    expect(posts(k)[0]?.path).toBe('/submission');
  });

  it('resumes the outbox after a restart, with the instance it stored', async () => {
    const k = await harness();
    k.server.mode = 'server-error';
    okValue(await k.call('setKoboCredential', { token: k.token, credential: credential() }));
    const { submission } = await queue(k);
    await k.services.kobo.sendDue();
    expect((await only(k)).state).toBe('pending');

    k.server.mode = 'accept';
    k.clock.advance(2 * FIRST_RETRY_MS);
    await k.services.close();
    const reopened = k.restart();
    await reopened;
    // The loop starts on its own at start-up; sendDue joins the pass already under way.
    await k.services.kobo.sendDue();
    expect(await only(k)).toMatchObject({ state: 'sent', attempts: 2, instanceId: submission.instanceId });
    expect(k.server.stored.map((s) => s.instanceId)).toEqual([submission.instanceId]);
  });

  it('says so when the outbox changes, for the supervisor screen', async () => {
    const k = await harness();
    okValue(await k.call('setKoboCredential', { token: k.token, credential: credential() }));
    const changed = nextEvent(k.services.events, 'koboOutboxChanged');
    await queue(k);
    await expect(changed).resolves.toEqual({ type: 'koboOutboxChanged' });
  });

  it('re-queuing a month with the same figures changes nothing; new figures replace the sent record', async () => {
    const k = await harness();
    okValue(await k.call('setKoboCredential', { token: k.token, credential: credential() }));
    const first = await queue(k, '2026-10');
    await k.services.kobo.sendDue();
    expect(await queue(k, '2026-10')).toMatchObject({ outcome: 'unchanged', submission: { id: first.submission.id } });

    okValue(
      await k.call('saveActivityEntry', {
        token: k.token,
        entry: {
          day: '2026-10-30',
          type: 'informed-redsafe',
          language: 'ht',
          counts: [{ sex: 'female', age: '18-59', count: 4 }],
        },
      }),
    );
    const second = await queue(k, '2026-10');
    expect(second.outcome).toBe('queued');
    expect(second.submission.instanceId).not.toBe(first.submission.instanceId);
    await k.services.kobo.sendDue();
    const xml = k.server.stored[1]?.xml ?? '';
    expect(xml).toContain('<personas_informadas_f_18_59>4</personas_informadas_f_18_59>');
    expect(xml).toContain(`<deprecatedID>${first.submission.instanceId}</deprecatedID>`);
    expect((await k.status()).submissions.map((s) => s.state)).toEqual(['sent', 'sent']);
  });

  it('refuses a month that is not over', async () => {
    const k = await harness();
    expect(await k.call('queueKoboMonth', { token: k.token, month: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PERIOD' },
    });
    expect((await k.status()).submissions).toEqual([]);
  });

  it('says NOT_CONFIGURED while kobo.json sets no submission', async () => {
    // Undefined keys vanish from the JSON: the file keeps only the column names and the timeout.
    const k = await harness({ serverUrl: undefined, formId: undefined, auth: undefined, indicators: undefined });
    expect(await k.status()).toMatchObject({ configured: false, server: null, credential: null, lastMonth: '2026-10' });
    for (const [method, extra] of [
      ['queueKoboMonth', {}],
      ['retryKoboNow', {}],
      ['setKoboCredential', { credential: credential() }],
    ] as const) {
      expect(await k.call(method, { token: k.token, ...extra })).toMatchObject({
        ok: false,
        error: { code: 'NOT_CONFIGURED' },
      });
    }
  });

  it('refuses to queue while an indicator names an activity type operations.json lacks', async () => {
    const k = await harness({
      indicators: [{ column: 'karaoke', from: { kind: 'people', activityType: 'karaoke' } }],
    });
    expect((await k.status()).problems).toEqual(['karaoke: unknown activity type "karaoke"']);
    expect(await k.call('queueKoboMonth', { token: k.token })).toMatchObject({
      ok: false,
      error: { code: 'CONFIG_UNAVAILABLE' },
    });
  });
});
