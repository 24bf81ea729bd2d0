import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { kioskInfoSchema, METHOD_NAMES, siteViewSchema } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { LATEST_SCHEMA_VERSION } from '../../main/services/db/index.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';

import { sampleConfigCopy, tempDir } from './temp-dirs.js';

// 23:30 on 21 November in Mexico City.
const NOW = new Date('2026-11-22T05:30:00Z');

let services: KioskServices;
let logger: ReturnType<typeof createMemoryLogger>;

beforeEach(async () => {
  logger = createMemoryLogger();
  services = await createKioskServices({
    configDir: await sampleConfigCopy(),
    dataDir: await tempDir('kiosk-data-'),
    appVersion: '1.2.3',
    hostKind: 'electron',
    clock: fixedClock(NOW),
    logger,
    watchConfig: false,
  });
});

afterEach(async () => {
  await services.close();
});

describe('handlers through dispatch', () => {
  it('knows every method of the contract, and only those', async () => {
    for (const method of METHOD_NAMES) {
      const answer = await services.dispatch(method, undefined);
      expect(answer.ok || answer.error.code !== 'UNKNOWN_METHOD', method).toBe(true);
    }
    expect(await services.dispatch('getKioskInfoo', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('getKioskInfo describes the kiosk, the site and the database', async () => {
    const result = await services.dispatch('getKioskInfo', {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const info = kioskInfoSchema.parse(result.value);
    expect(info).toEqual({
      appVersion: '1.2.3',
      host: 'electron',
      site: {
        id: 'par-centro-ejemplo',
        name: {
          es: 'PAR Centro (ejemplo)',
          en: 'PAR Centro (sample)',
          fr: 'PAR Centro (exemple)',
          ht: 'PAR Centro (egzanp)',
        },
        timezone: 'America/Mexico_City',
      },
      today: '2026-11-21',
      database: { state: 'ok', schemaVersion: LATEST_SCHEMA_VERSION, notices: [] },
    });
  });

  it('getConfigStatus and getSiteConfig report the loaded sample', async () => {
    expect(await services.dispatch('getConfigStatus', {})).toEqual({
      ok: true,
      value: { state: 'ok', loadedAt: NOW.toISOString(), issues: [] },
    });
    const site = await services.dispatch('getSiteConfig', {});
    expect(site.ok).toBe(true);
    if (!site.ok) return;
    const view = siteViewSchema.parse(site.value);
    expect(view).toMatchObject({
      id: 'par-centro-ejemplo',
      name: {
        es: 'PAR Centro (ejemplo)',
        en: 'PAR Centro (sample)',
        fr: 'PAR Centro (exemple)',
        ht: 'PAR Centro (egzanp)',
      },
      timezone: 'America/Mexico_City',
      defaultLanguage: 'es',
      idleTimeoutSeconds: 90,
      idleWarningSeconds: 30,
      isSample: true,
    });
    expect(view.emergencyNumbers.map((n) => n.number)).toEqual([
      '911',
      '55 5658 1111',
      '55 5533 5533',
      '089',
      '800 5533 000',
    ]);
  });

  it('setLanguage returns the language and counts it under the site day', async () => {
    expect(await services.dispatch('setLanguage', { language: 'ht' })).toEqual({ ok: true, value: { language: 'ht' } });
    await services.dispatch('setLanguage', { language: 'ht' });
    expect(await services.dispatch('recordUsage', { metric: 'language_chosen', key: 'ht' })).toEqual({
      ok: true,
      value: { day: '2026-11-21', count: 3 },
    });
  });

  it('recordUsage counts with and without a key', async () => {
    expect(await services.dispatch('recordUsage', { metric: 'help_requested' })).toEqual({
      ok: true,
      value: { day: '2026-11-21', count: 1 },
    });
    expect(await services.dispatch('recordUsage', { metric: 'topic_opened', key: 'privacy' })).toEqual({
      ok: true,
      value: { day: '2026-11-21', count: 1 },
    });
    expect(await services.dispatch('recordUsage', { metric: 'help_requested' })).toMatchObject({
      value: { count: 2 },
    });
  });

  it.each([
    ['setLanguage', { language: 'de' }],
    ['setLanguage', { language: 'es', extra: true }],
    ['setLanguage', {}],
    ['recordUsage', { metric: 'page_viewed' }],
    ['recordUsage', { metric: 'topic_opened', key: 'María López' }],
    ['recordUsage', { metric: 'topic_opened', key: 'a'.repeat(65) }],
    // The key pattern fits, but it is not one of the kiosk's own ids: text about a person, refused.
    ['recordUsage', { metric: 'topic_opened', key: 'maria-lopez' }],
    ['recordUsage', { metric: 'service_viewed', key: 'privacy' }],
    ['recordUsage', { metric: 'idle_reset', key: 'es' }],
    ['recordUsage', null],
    ['getKioskInfo', { verbose: true }],
    ['getKioskInfo', 'not an object'],
  ])('%s with payload %j answers INVALID_PAYLOAD', async (method, payload) => {
    const result = await services.dispatch(method, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  it.each(['dropTables', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'])(
    'method name %j answers UNKNOWN_METHOD',
    async (method) => {
      expect(await services.dispatch(method, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    },
  );

  it('never writes request payloads to the log', async () => {
    await services.dispatch('recordUsage', { metric: 'topic_opened', key: 'distinctive-key-7f3' });
    await services.dispatch('recordUsage', { metric: 'topic_opened', key: 'Persona Privada 7f3' });
    expect(JSON.stringify(logger.lines)).not.toContain('7f3');
  });

  it('close() is safe to call twice and makes later database calls fail cleanly', async () => {
    await services.close();
    await services.close();
    expect(await services.dispatch('recordUsage', { metric: 'idle_reset' })).toMatchObject({
      ok: false,
      error: { code: 'DATABASE_UNAVAILABLE' },
    });
  });
});
