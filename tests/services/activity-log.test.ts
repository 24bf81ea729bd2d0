import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ActivityInput, Result } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { SAMPLE_CONFIG_DIR } from '../support/kiosk-fixture.js';
import { okValue } from '../support/result.js';
import { supervisorToken } from '../support/staff-sessions.js';

// 2026-11-23 17:00 in Mexico City (UTC-6): the site's day is the 23rd.
const NOW = new Date('2026-11-23T23:00:00Z');

let base: string;
let clock: ReturnType<typeof fixedClock>;
let services: KioskServices;
let token: string;

const call = (method: string, payload: unknown): Promise<Result<unknown>> => services.dispatch(method, payload);

function talk(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    day: '2026-11-23',
    type: 'talk-group',
    language: 'ht',
    counts: [
      { sex: 'female', age: '18-59', count: 7 },
      { sex: 'male', age: '18-59', count: 5 },
      { sex: 'female', age: '5-11', count: 3 },
      { sex: 'male', age: '60+', count: 0 },
    ],
    ...overrides,
  };
}

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'kiosk-activity-'));
  await cp(SAMPLE_CONFIG_DIR, join(base, 'config'), { recursive: true });
  clock = fixedClock(NOW);
  services = await createKioskServices({
    configDir: join(base, 'config'),
    dataDir: join(base, 'data'),
    appVersion: 'test',
    hostKind: 'web',
    clock,
    logger: createMemoryLogger(),
    watchConfig: false,
  });
  token = await supervisorToken(call, join(base, 'data'));
});

afterEach(async () => {
  await services.close();
  await rm(base, { recursive: true, force: true });
});

describe('activity log', () => {
  it('needs an unlocked session', async () => {
    expect(await call('saveActivityEntry', { token: 'x'.repeat(43), entry: talk() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
    expect(
      await call('listActivityEntries', { token: 'x'.repeat(43), from: '2026-11-01', to: '2026-11-30' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
  });

  it('lists the configured types, sexes and the UNHCR age brackets', async () => {
    const types = await call('getActivityTypes', { token });
    expect(types).toMatchObject({
      ok: true,
      value: { sexes: ['female', 'male'], ageBrackets: ['0-4', '5-11', '12-17', '18-59', '60+', 'unknown'] },
    });
    const ids = (okValue(types) as { types: { id: string }[] }).types.map((t) => t.id);
    expect(ids).toEqual([
      'informed-redsafe',
      'account-created',
      'orientation-individual',
      'talk-group',
      'referral',
      'accompaniment',
    ]);
  });

  it('stores counts, drops zero cells, and reads them back', async () => {
    const saved = await call('saveActivityEntry', { token, entry: talk() });
    expect(saved).toMatchObject({
      ok: true,
      value: { day: '2026-11-23', type: 'talk-group', recordedOn: '2026-11-23', editable: true },
    });
    const list = await call('listActivityEntries', { token, from: '2026-11-01', to: '2026-11-30' });
    const entries = (okValue(list) as { entries: { counts: unknown[] }[] }).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]?.counts).toEqual([
      { sex: 'female', age: '18-59', count: 7 },
      { sex: 'female', age: '5-11', count: 3 },
      { sex: 'male', age: '18-59', count: 5 },
    ]);
  });

  it.each([
    ['an unknown type', talk({ type: 'karaoke' }), /unknown activity type/],
    ['a referral without category', talk({ type: 'referral' }), /needs a service category/],
    ['a category on a talk', talk({ category: 'legal-aid' }), /takes no service category/],
    ['a future date', talk({ day: '2026-11-24' }), /future/],
    ['a date long ago', talk({ day: '2026-09-01' }), /more than 31 days/],
    [
      'a sex the site does not record',
      talk({ counts: [{ sex: 'other', age: 'unknown', count: 1 }] }),
      /does not record/,
    ],
    [
      'the same cell twice',
      talk({
        counts: [
          { sex: 'male', age: '0-4', count: 1 },
          { sex: 'male', age: '0-4', count: 2 },
        ],
      }),
      /counted twice/,
    ],
    ['only zeros', talk({ counts: [{ sex: 'male', age: '0-4', count: 0 }] }), /every count is zero/],
  ])('refuses %s with a clear reason and stores nothing', async (_label, entry, reason) => {
    const result = await call('saveActivityEntry', { token, entry });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    if (!result.ok) expect(result.error.detail).toMatch(reason);
    const list = await call('listActivityEntries', { token, from: '2026-08-01', to: '2026-11-30' });
    expect((okValue(list) as { entries: unknown[] }).entries).toHaveLength(0);
  });

  it.each([
    ['a negative count', -1],
    ['an absurd count', 100_000],
    ['a fraction', 2.5],
  ])('refuses %s at the contract', async (_label, count) => {
    const entry = talk({ counts: [{ sex: 'female', age: '18-59', count }] });
    expect(await call('saveActivityEntry', { token, entry })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
  });

  it('allows a change or a deletion on the same day only, and audits both', async () => {
    const first = await call('saveActivityEntry', { token, entry: talk() });
    const id = (okValue(first) as { id: number }).id;
    const edited = await call('saveActivityEntry', {
      token,
      id,
      entry: talk({ counts: [{ sex: 'female', age: '18-59', count: 9 }] }),
    });
    expect(edited).toMatchObject({ ok: true, value: { id, counts: [{ sex: 'female', age: '18-59', count: 9 }] } });

    const second = await call('saveActivityEntry', { token, entry: talk({ type: 'informed-redsafe' }) });
    const secondId = (okValue(second) as { id: number }).id;
    expect(await call('deleteActivityEntry', { token, id: secondId })).toEqual({ ok: true, value: {} });
    expect(await call('deleteActivityEntry', { token, id: secondId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    // The next day (site time) the entry is part of the record.
    clock.advance(24 * 3_600_000);
    // (The session has long expired too: unlock again.)
    token = await supervisorToken(call);
    expect(await call('deleteActivityEntry', { token, id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_EDITABLE' },
    });
    expect(await call('saveActivityEntry', { token, id, entry: talk() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_EDITABLE' },
    });
    const list = await call('listActivityEntries', { token, from: '2026-11-23', to: '2026-11-23' });
    expect(list).toMatchObject({ ok: true, value: { entries: [{ id, editable: false }] } });

    const audit = await call('getAuditLog', { token });
    const kinds = (okValue(audit) as { events: { kind: string }[] }).events.map((e) => e.kind);
    expect(kinds.slice(0, 3)).toEqual(['unlocked', 'activity_deleted', 'activity_edited']);
  });

  it('records referrals by category', async () => {
    const saved = await call('saveActivityEntry', {
      token,
      entry: talk({ type: 'referral', category: 'asylum-refuge', language: 'es' }),
    });
    expect(saved).toMatchObject({ ok: true, value: { type: 'referral', category: 'asylum-refuge' } });
  });

  it('takes its activity types from operations.json', async () => {
    await writeFile(
      join(base, 'config', 'operations.json'),
      JSON.stringify({
        activityTypes: [
          {
            id: 'legal-clinic',
            label: { es: 'Clínica', en: 'Clinic', fr: 'Clinique', ht: 'Klinik' },
            needsCategory: false,
          },
        ],
        sexes: ['female', 'male', 'not_stated'],
      }),
    );
    await services.dispatch('getConfigStatus', {});
    // Reload explicitly (the folder is not watched in this test).
    const reopened = await createKioskServices({
      configDir: join(base, 'config'),
      dataDir: join(base, 'data2'),
      appVersion: 'test',
      hostKind: 'web',
      clock,
      logger: createMemoryLogger(),
      watchConfig: false,
    });
    const other = await supervisorToken(reopened.dispatch, join(base, 'data2'));
    const types = await reopened.dispatch('getActivityTypes', { token: other });
    expect(types).toMatchObject({
      ok: true,
      value: { types: [{ id: 'legal-clinic' }], sexes: ['female', 'male', 'not_stated'] },
    });
    const entry = talk({ type: 'legal-clinic', counts: [{ sex: 'not_stated', age: 'unknown', count: 2 }] });
    expect(await reopened.dispatch('saveActivityEntry', { token: other, entry })).toMatchObject({ ok: true });
    await reopened.close();
  });
});
