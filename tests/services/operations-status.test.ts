import { describe, expect, it } from 'vitest';

import type { CheckResult, EquipmentCheck, PrinterStatus } from '../../main/contract/index.js';
import {
  checkOperations,
  DEFAULT_OPERATIONS,
  operationsFileSchema,
} from '../../main/services/config/operations-schema.js';
import { networkState, serviceStatus } from '../../main/services/operations/operations-status.js';

const READY: PrinterStatus = { printer: 'tm', transport: 'tcp', state: 'ready', problems: [], checkedAt: null };
const OUT: PrinterStatus = { ...READY, state: 'not_ready', problems: ['paper_end'] };
const TZ = 'America/Mexico_City';

function result(id: string, status: CheckResult['status'], code: string): CheckResult {
  return { id, status, code, detail: null, measured: null, unit: null, durationMs: 1 };
}

function check(finishedAt: string, results: CheckResult[]): EquipmentCheck {
  return { id: 1, startedAt: finishedAt, finishedAt, summary: 'pass', results };
}

describe('what visitors are told', () => {
  it("names a printer that cannot print, and no internet only from today's check", () => {
    const down = check('2026-11-23T14:00:00Z', [result('network:redsafe', 'fail', 'unreachable')]);
    const base = { today: '2026-11-23', timeZone: TZ, notOpenUntilChecked: false };
    expect(serviceStatus({ ...base, printer: READY, last: null })).toEqual({ open: true, degraded: [] });
    expect(serviceStatus({ ...base, printer: OUT, last: down })).toEqual({
      open: true,
      degraded: ['printer', 'network'],
    });
    // Yesterday's check says nothing about the internet today.
    expect(serviceStatus({ ...base, today: '2026-11-24', printer: READY, last: down }).degraded).toEqual([]);
    // Unknown printer state is not announced as a fault, nor as fine: it is simply not a reason.
    expect(serviceStatus({ ...base, printer: { ...READY, state: 'unknown' }, last: null }).degraded).toEqual([]);
  });

  it('reads the internet as ok if any endpoint answered, captive if a portal answered instead', () => {
    const at = '2026-11-23T14:00:00Z';
    expect(networkState(null)).toBe('unknown');
    expect(
      networkState(check(at, [result('network:a', 'fail', 'timeout'), result('network:b', 'pass', 'reachable')])),
    ).toBe('ok');
    expect(networkState(check(at, [result('network:a', 'fail', 'captive_portal')]))).toBe('captive');
    expect(networkState(check(at, [result('network:a', 'fail', 'dns_failed')]))).toBe('down');
    expect(networkState(check(at, [result('network', 'unknown', 'not_configured')]))).toBe('unknown');
  });
});

describe('operations.json', () => {
  it('defaults "not yet open" to off and refuses a checklist or maintenance id used twice', () => {
    const parsed = operationsFileSchema.parse({
      activityTypes: DEFAULT_OPERATIONS.activityTypes,
      sexes: ['female', 'male'],
      checklist: [
        { id: 'screen', label: { es: 'a', en: 'a', fr: 'a', ht: 'a' } },
        { id: 'screen', label: { es: 'b', en: 'b', fr: 'b', ht: 'b' } },
      ],
      maintenanceKinds: [{ id: 'paper-roll', label: { es: 'p', en: 'p', fr: 'p', ht: 'p' } }],
    });
    expect(parsed.notOpenUntilChecked).toBe(false);
    expect(checkOperations(parsed)).toEqual([
      { path: ['checklist', 1, 'id'], code: 'inconsistent', message: 'Checklist item id "screen" is used twice' },
    ]);
    expect(
      operationsFileSchema.safeParse({ ...parsed, checklist: [{ id: 'x', label: { es: 'only one language' } }] })
        .success,
    ).toBe(false);
  });
});
