import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { AGE_BRACKETS, isoDay } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { createConfigService, type ConfigService } from '../../main/services/config/index.js';
import type { IndicatorMapping } from '../../main/services/config/kobo-schema.js';
import { openKioskDatabase, type Database, type KioskDatabase } from '../../main/services/db/index.js';
import { createMonthlyIndicatorSource } from '../../main/services/kobo/monthly-indicators.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { connected } from '../services/db/connected.js';
import { readJson, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';
import { okValue } from '../support/result.js';

const TZ = 'America/Mexico_City';
const TYPES = ['informed-redsafe', 'account-created', 'talk-group', 'referral'] as const;
const SEXES = ['female', 'male'] as const;
const METRICS = ['session_started', 'slip_printed', 'topic_opened'] as const;
const PROFILES = ['child-alone', 'survivor', 'asylum'] as const;
const URGENCIES = ['immediate', '24h', '72h', '2w'] as const;
const INCIDENT_KINDS = ['check_failed', 'printer_fault', 'renderer_crash', 'manual'] as const;
const SUMMARIES = ['pass', 'warn', 'fail'] as const;
const DAYS = ['2026-09-30', '2026-10-01', '2026-10-15', '2026-10-31', '2026-11-01', '2026-11-20'];

/** Every kind of source, with and without filters. */
const MAPPING: IndicatorMapping[] = [
  { column: 'informadas', from: { kind: 'people', activityType: 'informed-redsafe' } },
  { column: 'informadas_f', from: { kind: 'people', activityType: 'informed-redsafe', sex: 'female' } },
  {
    column: 'informadas_m_18_59',
    from: { kind: 'people', activityType: 'informed-redsafe', sex: 'male', age: '18-59' },
  },
  { column: 'cuentas_60', from: { kind: 'people', activityType: 'account-created', age: '60+' } },
  { column: 'canal_legal', from: { kind: 'people', activityType: 'referral', category: 'legal-aid' } },
  { column: 'charlas', from: { kind: 'entries', activityType: 'talk-group' } },
  { column: 'sesiones', from: { kind: 'usage', metric: 'session_started' } },
  { column: 'temas_asilo', from: { kind: 'usage', metric: 'topic_opened', key: 'asylum' } },
  { column: 'rutas', from: { kind: 'pathwayReferrals' } },
  { column: 'rutas_nna_inm', from: { kind: 'pathwayReferrals', profile: 'child-alone', urgency: 'immediate' } },
  { column: 'incidentes', from: { kind: 'incidents' } },
  { column: 'incidentes_impresora', from: { kind: 'incidents', incidentKind: 'printer_fault' } },
  { column: 'revisiones', from: { kind: 'equipmentChecks' } },
  { column: 'revisiones_fallidas', from: { kind: 'equipmentChecks', summary: 'fail' } },
];

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Generated {
  people: { day: string; type: string; category: string | null; sex: string; age: string; count: number }[];
  entries: { day: string; type: string }[];
  usage: { day: string; metric: string; key: string; count: number }[];
  pathways: { day: string; profile: string; urgency: string; count: number }[];
  incidents: { day: string; kind: string }[];
  checks: { at: string; summary: string }[];
}

async function generate(db: Database, random: () => number): Promise<Generated> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const g: Generated = { people: [], entries: [], usage: [], pathways: [], incidents: [], checks: [] };
  for (let i = 0; i < 60; i++) {
    const day = pick(DAYS);
    const type = pick(TYPES);
    const category = type === 'referral' ? pick(['legal-aid', 'health-psychosocial', 'shelter-food']) : null;
    const entry = await db.get<{ id: number }>(
      "INSERT INTO activity_entry (day, type, category, language, recorded_on) VALUES (?, ?, ?, 'es', ?) RETURNING id",
      [day, type, category, day],
    );
    g.entries.push({ day, type });
    const cells = new Set<string>();
    for (let c = 0; c < 4; c++) {
      const sex = pick(SEXES);
      const age = pick(AGE_BRACKETS);
      if (cells.has(`${sex}/${age}`)) continue;
      cells.add(`${sex}/${age}`);
      const count = 1 + Math.floor(random() * 30);
      await db.run('INSERT INTO activity_count (entry_id, sex, age, count) VALUES (?, ?, ?, ?)', [
        entry?.id ?? 0,
        sex,
        age,
        count,
      ]);
      g.people.push({ day, type, category, sex, age, count });
    }
  }
  for (const day of DAYS) {
    for (const metric of METRICS) {
      const key = metric === 'topic_opened' ? pick(['asylum', 'health']) : '';
      const count = 1 + Math.floor(random() * 100);
      await db.run('INSERT INTO usage_counter (day, metric, key, count) VALUES (?, ?, ?, ?)', [
        day,
        metric,
        key,
        count,
      ]);
      g.usage.push({ day, metric, key, count });
    }
    for (const profile of PROFILES) {
      const urgency = pick(URGENCIES);
      const count = Math.floor(random() * 5);
      await db.run('INSERT INTO pathway_referral_count (day, profile, urgency, count) VALUES (?, ?, ?, ?)', [
        day,
        profile,
        urgency,
        count,
      ]);
      g.pathways.push({ day, profile, urgency, count });
    }
  }
  for (let i = 0; i < 20; i++) {
    const day = pick(DAYS);
    const kind = pick(INCIDENT_KINDS);
    // Closed, so the one-open-per-kind-and-subject index never refuses a row.
    await db.run(
      "INSERT INTO incident (kind, subject, opened_at, opened_day, closed_at, closed_by) VALUES (?, ?, ?, ?, ?, 'check')",
      [kind, `s${String(i)}`, `${day}T18:00:00Z`, day, `${day}T19:00:00Z`],
    );
    g.incidents.push({ day, kind });
  }
  // Instants around the month's edges: 03:00 UTC on the 1st is still the 31st in Mexico City.
  const instants = ['2026-10-01T03:00:00Z', '2026-10-01T07:00:00Z', '2026-11-01T05:59:00Z', '2026-11-01T06:00:00Z'];
  for (let i = 0; i < 30; i++) instants.push(`${pick(DAYS)}T${String(10 + (i % 12))}:15:00Z`);
  for (const at of instants) {
    const summary = pick(SUMMARIES);
    await db.run("INSERT INTO equipment_check (started_at, finished_at, summary, results) VALUES (?, ?, ?, '[]')", [
      at,
      at,
      summary,
    ]);
    g.checks.push({ at, summary });
  }
  return g;
}

/** The same figures, summed in plain code over what was generated. */
function expected(g: Generated, month: string): Record<string, number> {
  const inMonth = (day: string) => day.startsWith(month);
  const total = <T>(rows: T[], keep: (row: T) => boolean, count: (row: T) => number = () => 1) =>
    rows.filter(keep).reduce((sum, row) => sum + count(row), 0);
  const people = (keep: (row: Generated['people'][number]) => boolean) =>
    total(
      g.people,
      (r) => inMonth(r.day) && keep(r),
      (r) => r.count,
    );
  return {
    informadas: people((r) => r.type === 'informed-redsafe'),
    informadas_f: people((r) => r.type === 'informed-redsafe' && r.sex === 'female'),
    informadas_m_18_59: people((r) => r.type === 'informed-redsafe' && r.sex === 'male' && r.age === '18-59'),
    cuentas_60: people((r) => r.type === 'account-created' && r.age === '60+'),
    canal_legal: people((r) => r.type === 'referral' && r.category === 'legal-aid'),
    charlas: total(g.entries, (r) => inMonth(r.day) && r.type === 'talk-group'),
    sesiones: total(
      g.usage,
      (r) => inMonth(r.day) && r.metric === 'session_started',
      (r) => r.count,
    ),
    temas_asilo: total(
      g.usage,
      (r) => inMonth(r.day) && r.metric === 'topic_opened' && r.key === 'asylum',
      (r) => r.count,
    ),
    rutas: total(
      g.pathways,
      (r) => inMonth(r.day),
      (r) => r.count,
    ),
    rutas_nna_inm: total(
      g.pathways,
      (r) => inMonth(r.day) && r.profile === 'child-alone' && r.urgency === 'immediate',
      (r) => r.count,
    ),
    incidentes: total(g.incidents, (r) => inMonth(r.day)),
    incidentes_impresora: total(g.incidents, (r) => inMonth(r.day) && r.kind === 'printer_fault'),
    revisiones: total(g.checks, (r) => isoDay(new Date(r.at), TZ).startsWith(month)),
    revisiones_fallidas: total(g.checks, (r) => isoDay(new Date(r.at), TZ).startsWith(month) && r.summary === 'fail'),
  };
}

let database: KioskDatabase;
let config: ConfigService;

beforeEach(async () => {
  const dir = await sampleConfigCopy();
  const kobo = await readJson(join(dir, 'kobo.json'));
  await writeJson(join(dir, 'kobo.json'), { ...kobo, indicators: MAPPING });
  const clock = fixedClock(new Date('2026-11-23T23:00:00Z'));
  const logger = createMemoryLogger();
  config = await createConfigService({ dir, clock, logger, watch: false, onChange: () => undefined });
  expect(config.status().issues).toEqual([]);
  database = await openKioskDatabase({ dataDir: await tempDir('kiosk-indicators-'), clock, logger });
});

afterEach(async () => {
  config.close();
  await database.close();
});

describe('monthly indicators', () => {
  it.each([1, 2, 3])('equal sums computed directly over generated data (seed %i)', async (seed) => {
    const g = await generate(connected(database), prng(seed));
    const source = createMonthlyIndicatorSource({ database, logger: createMemoryLogger(), config });
    const months = okValue(await source.forPeriod('2026-09-15', '2026-11-02'));
    expect(months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    for (const { month, values } of months) {
      expect(values.map((v) => v.column)).toEqual(MAPPING.map((m) => m.column));
      expect(Object.fromEntries(values.map((v) => [v.column, v.value]))).toEqual(expected(g, month));
    }
  });

  it('places checks by the site day, and a direct SQL sum agrees with the people count', async () => {
    const db = connected(database);
    const g = await generate(db, prng(7));
    const source = createMonthlyIndicatorSource({ database, logger: createMemoryLogger(), config });
    const [october] = okValue(await source.forPeriod('2026-10-01', '2026-10-31'));
    // 2026-10-01T03:00Z is 30 September in Mexico City; 2026-11-01T05:59Z is still 31 October.
    const octoberChecks = g.checks.filter((c) => isoDay(new Date(c.at), TZ).startsWith('2026-10')).map((c) => c.at);
    expect(octoberChecks).not.toContain('2026-10-01T03:00:00Z');
    expect(octoberChecks).toContain('2026-11-01T05:59:00Z');
    expect(octoberChecks).not.toContain('2026-11-01T06:00:00Z');
    const sql = await db.get<{ total: number }>(
      `SELECT SUM(c.count) AS total FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
       WHERE e.type = 'informed-redsafe' AND e.day LIKE '2026-10-%'`,
    );
    expect(october?.values.find((v) => v.column === 'informadas')?.value).toBe(sql?.total ?? 0);
  });

  it('refuses a reversed or too long period', async () => {
    const source = createMonthlyIndicatorSource({ database, logger: createMemoryLogger(), config });
    expect(await source.forPeriod('2026-11-01', '2026-10-01')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PERIOD' },
    });
    expect(await source.forPeriod('2023-01-01', '2026-10-01')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PERIOD' },
    });
  });
});
