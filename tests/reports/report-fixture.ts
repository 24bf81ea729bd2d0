// A real kiosk database filled with generated activity, the sample configuration, and a report
// service over them, for the report tests.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { generateReportData, type GeneratedPeriod } from '../../bench/report-data.js';
import { fixedClock } from '../../main/services/clock.js';
import { createConfigService, type ConfigService } from '../../main/services/config/index.js';
import { openKioskDatabase, type KioskDatabase } from '../../main/services/db/index.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import type { MonthlyIndicatorSource } from '../../main/services/reports/monthly-indicators.js';
import { createReportService, type ReportService } from '../../main/services/reports/report-service.js';
import { ok } from '../../main/contract/index.js';
import { SAMPLE_CONFIG_DIR } from '../services/temp-dirs.js';

export const TYPES = [
  { id: 'informed-redsafe', needsCategory: false },
  { id: 'account-created', needsCategory: false },
  { id: 'orientation-individual', needsCategory: false },
  { id: 'talk-group', needsCategory: false },
  { id: 'referral', needsCategory: true },
  { id: 'accompaniment', needsCategory: false },
] as const;

/** A stand-in for the KoboToolbox indicators: two columns per month, from fixed numbers. */
export const TEST_INDICATORS: MonthlyIndicatorSource = {
  forPeriod: (from, to) => {
    const months: string[] = [];
    for (let m = from.slice(0, 7); m <= to.slice(0, 7);) {
      months.push(m);
      const [y, mo] = m.split('-').map(Number) as [number, number];
      m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
    }
    return Promise.resolve(
      ok(
        months.map((month, i) => ({
          month,
          values: [
            { column: 'personas_informadas', value: 100 + i },
            { column: 'charlas_grupales', value: 3 },
          ],
        })),
      ),
    );
  },
};

export interface ReportFixture {
  readonly database: KioskDatabase;
  readonly config: ConfigService;
  readonly service: ReportService;
  readonly configDir: string;
  readonly dataDir: string;
  close(): Promise<void>;
}

// 2026-11-23 17:00 in Mexico City.
export const NOW = new Date('2026-11-23T23:00:00Z');

/** Writes `suppressBelow` into the fixture's reports.json: a test states the site rule it needs. */
export async function setSiteRule(configDir: string, suppressBelow: number | null): Promise<void> {
  const file = join(configDir, 'reports.json');
  const reports = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...reports, suppressBelow }, null, 2));
}

export interface ReportFixtureSettings {
  /** The site's small-count rule; the sample's (5) when left out. */
  readonly suppressBelow?: number | null;
}

export async function reportFixture(
  generated?: Omit<GeneratedPeriod, 'types' | 'sexes'>,
  settings: ReportFixtureSettings = {},
): Promise<ReportFixture> {
  // Its own folder, not the per-test temporary ones: a fixture lives for a whole file of tests.
  const base = await mkdtemp(join(tmpdir(), 'kiosk-report-'));
  const configDir = join(base, 'config');
  const dataDir = join(base, 'data');
  await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
  if (settings.suppressBelow !== undefined) await setSiteRule(configDir, settings.suppressBelow);
  const clock = fixedClock(NOW);
  const logger = createMemoryLogger();
  const database = await openKioskDatabase({ dataDir, clock, logger });
  const db = database.connection();
  if (db === undefined) throw new Error('no database');
  if (generated !== undefined) await generateReportData(db, { ...generated, types: TYPES, sexes: ['female', 'male'] });
  const config = await createConfigService({ dir: configDir, clock, logger, watch: false, onChange: () => undefined });
  const service = createReportService({
    database,
    config,
    clock,
    logger,
    appVersion: '9.9.9-test',
    indicators: TEST_INDICATORS,
  });
  return {
    database,
    config,
    service,
    configDir,
    dataDir,
    close: async () => {
      config.close();
      await database.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}

/** RFC 4180 parse (quotes, doubled quotes, the given separator), rows split on CRLF. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
