// The turns' daily figures in the reports (CSV, XLSX sheet, PDF) under the small-count rule, and
// as KoboToolbox indicator sources: through the real services, a real SQLite file and a fake clock.
import { unzipSync } from 'fflate';

import { afterEach, describe, expect, it } from 'vitest';

import { fixedClock } from '../../main/services/clock.js';
import { openKioskDatabase } from '../../main/services/db/index.js';
import type { KioskServices } from '../../main/services/kiosk-services.js';
import { monthValues } from '../../main/services/kobo/monthly-indicators.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { connected } from '../services/db/connected.js';
import { sampleConfigCopy, tempDir } from '../services/temp-dirs.js';
import { parseCsv } from '../reports/report-fixture.js';
import { pdfToText } from '../reports/pdf-text.js';
import { okValue } from '../support/result.js';
import { OPERATOR_NAME, OPERATOR_PIN, operatorToken, supervisorToken, unlockAgain } from '../support/staff-sessions.js';
import { testServices } from '../support/test-services.js';

// 10:00 on Monday 7 December 2026 in Mexico City.
const DAY_ONE = new Date('2026-12-07T16:00:00Z');
const MINUTE = 60_000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Kiosk {
  services: KioskServices;
  clock: ReturnType<typeof fixedClock>;
  dataDir: string;
}

let keys = 0;

async function takeAll(k: Kiosk, turns: readonly [need: string, language: string][]): Promise<void> {
  for (const [need, language] of turns) {
    keys += 1;
    okValue(
      await k.services.dispatch('takeTurn', {
        session: `visit-${keys}`,
        requestKey: `tap-key-${keys}`,
        need,
        language,
      }),
    );
  }
}

/** Calls the next turn every two minutes; the last one called is a no-show when `lastGone`. */
async function callAll(k: Kiosk, count: number, lastGone: boolean): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    k.clock.advance(2 * MINUTE);
    const token = await unlockAgain(k.services.dispatch, OPERATOR_PIN, OPERATOR_NAME);
    const called = okValue(await k.services.dispatch('callNextTurn', { token })) as { turn: { id: number } };
    const gone = lastGone && i === count - 1;
    okValue(await k.services.dispatch(gone ? 'markTurnNoShow' : 'markTurnServed', { token, id: called.turn.id }));
  }
}

async function kioskWithTwoDays(): Promise<Kiosk> {
  const configDir = await sampleConfigCopy();
  const dataDir = await tempDir('kiosk-turn-report-');
  const clock = fixedClock(DAY_ONE);
  const services = await testServices({
    configDir,
    dataDir,
    clock,
  });
  cleanups.push(() => services.close());
  const k = { services, clock, dataDir };
  await operatorToken(services.dispatch, dataDir);
  // Day one: five for information in Spanish, one urgent in Kreyòl, one referral in French.
  await takeAll(k, [
    ['information', 'es'],
    ['information', 'es'],
    ['information', 'es'],
    ['information', 'es'],
    ['information', 'es'],
    ['urgent_or_private', 'ht'],
    ['referral', 'fr'],
  ]);
  // Waits of 2, 4 … 14 minutes; the urgent turn is called first, the referral last and gone.
  await callAll(k, 7, true);
  // Day two: two turns, both served.
  clock.set(new Date('2026-12-08T16:00:00Z'));
  await takeAll(k, [
    ['account_help', 'en'],
    ['information', 'es'],
  ]);
  await callAll(k, 2, false);
  // Day three: the first action of the day folds the two days before.
  clock.set(new Date('2026-12-09T15:00:00Z'));
  return k;
}

async function exportReport(k: Kiosk, format: 'csv' | 'pdf', language: string): Promise<Uint8Array> {
  const token = await supervisorToken(k.services.dispatch, k.dataDir);
  const options = {
    from: '2026-12-01',
    to: '2026-12-09',
    format,
    language,
    hxl: true,
    rule: { site: 5, applied: 5 },
  };
  const file = okValue(await k.services.dispatch('exportReport', { token, options })) as { base64: string };
  return Buffer.from(file.base64, 'base64');
}

describe('turn figures in the reports', () => {
  it('a CSV table by day: counts under the small-count rule, waits only where enough were measured', async () => {
    const k = await kioskWithTwoDays();
    const files = unzipSync(await exportReport(k, 'csv', 'es'));
    const name = Object.keys(files).find((file) => file.endsWith('-turns.csv'));
    expect(name).toBeDefined();
    const rows = parseCsv(new TextDecoder().decode(files[name ?? ''] ?? new Uint8Array()), ',');
    const [header = [], hxl = [], ...days] = rows;
    expect(header).toEqual([
      'Fecha',
      'Turnos',
      'Ayuda con cuenta',
      'Información',
      'Canalización',
      'Urgente o privado',
      'Español',
      'English',
      'Français',
      'Kreyòl ayisyen',
      'Atendidas',
      'No se presentaron',
      'En espera al cierre',
      'Esperas medidas',
      'Mediana de espera (min)',
      'Percentil 90 de espera (min)',
    ]);
    expect(hxl[0]).toBe('#date');
    expect(days).toEqual([
      // Waits 2, 4, … 14: the median (nearest rank) is 8, the 90th percentile 14.
      ['2026-12-07', '7', '0', '5', '<5', '<5', '5', '0', '<5', '<5', '6', '<5', '0', '7', '8', '14'],
      // Two waits only: the counts are "<5" and the minutes are not shown.
      ['2026-12-08', '<5', '<5', '<5', '0', '0', '<5', '<5', '0', '0', '<5', '0', '0', '<5', '', ''],
    ]);
  });

  it('a turns section in the PDF, in Kreyòl', async () => {
    const k = await kioskWithTwoDays();
    const text = await pdfToText(await exportReport(k, 'pdf', 'ht'));
    expect(text).toContain('Nimewo ak tan tann');
    expect(text).toMatch(/2026-12-07\s+8\s+14/);
  });

  it('as KoboToolbox indicator sources: turns, served and no-shows by need or language', async () => {
    const k = await kioskWithTwoDays();
    // The folding happens on the first queue action of the day; the report export does it too.
    okValue(await k.services.dispatch('getTurnCalls', {}));
    const reader = await openKioskDatabase({ dataDir: k.dataDir, clock: k.clock, logger: createMemoryLogger() });
    cleanups.push(() => reader.close());
    const values = await monthValues(
      connected(reader),
      '2026-12',
      [
        { column: 'turnos', from: { kind: 'turns', measure: 'taken' } },
        { column: 'turnos_es', from: { kind: 'turns', measure: 'taken', language: 'es' } },
        { column: 'atendidas', from: { kind: 'turns', measure: 'served' } },
        { column: 'ausentes_ref', from: { kind: 'turns', measure: 'no_show', need: 'referral' } },
        { column: 'abiertas', from: { kind: 'turns', measure: 'left_open' } },
      ],
      'America/Mexico_City',
    );
    expect(values).toEqual([
      { column: 'turnos', value: 9 },
      { column: 'turnos_es', value: 6 },
      { column: 'atendidas', value: 8 },
      { column: 'ausentes_ref', value: 1 },
      { column: 'abiertas', value: 0 },
    ]);
  });
});
