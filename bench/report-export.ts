// One year of a busy attention point (every counter every day, 20 activity entries a day, a
// check and a maintenance entry daily, an incident every fifth day), exported in each format:
// time, peak RSS during the export, and file size. Page 1 of the PDF is rendered to a PNG with
// pdftoppm for a look.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { addDays, REPORT_FORMATS } from '../main/contract/index.js';
import { fixedClock } from '../main/services/clock.js';
import { createConfigService } from '../main/services/config/index.js';
import { openKioskDatabase } from '../main/services/db/index.js';
import { createMemoryLogger } from '../main/services/logger.js';
import { createMonthlyIndicatorSource } from '../main/services/kobo/monthly-indicators.js';
import { createReportService } from '../main/services/reports/report-service.js';
import { warmReportPath } from '../main/services/reports/writer-warm-up.js';

import { report, ROOT } from './lib.js';
import { generateReportData } from './report-data.js';

const FROM = '2025-11-01';
const DAYS = 365;
const SLIPS_PER_DAY = 30;
const TO = addDays(FROM, DAYS - 1);
const base = await mkdtemp(join(tmpdir(), 'kiosk-bench-report-'));
const clock = fixedClock(new Date(`${addDays(TO, 1)}T18:00:00Z`));
const logger = createMemoryLogger();
const database = await openKioskDatabase({ dataDir: join(base, 'data'), clock, logger });
const config = await createConfigService({
  dir: join(ROOT, 'kiosk-config'),
  clock,
  logger,
  watch: false,
  onChange: () => undefined,
});

try {
  const db = database.connection();
  if (db === undefined) throw new Error('no database');
  const generating = performance.now();
  await generateReportData(db, {
    from: FROM,
    days: DAYS,
    entriesPerDay: 20,
    types: config.operations().activityTypes,
    sexes: ['female', 'male'],
  });
  report({ figure: 'generate one busy year', value: Math.round(performance.now() - generating), unit: 'ms' });
  // The database after that year, with the slips a busy point prints (30 a day) added to it.
  await db.transaction(async (tx) => {
    for (let day = 0; day < DAYS; day += 1) {
      const at = `${addDays(FROM, day)}T16:00:00.000Z`;
      for (let slip = 0; slip < SLIPS_PER_DAY; slip += 1) {
        await tx.run(
          "INSERT INTO print_job (printer, service_id, language, referral_code, state, created_at, updated_at) VALUES ('bench', 'comar-asilo', 'es', ?, 'printed', ?, ?)",
          [`K${String(day * SLIPS_PER_DAY + slip).padStart(7, '0')}`, at, at],
        );
      }
    }
  });
  await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  report({
    figure: 'database size after one busy year',
    value: Math.round(((await stat(join(base, 'data', 'kiosk.sqlite'))).size / 1_048_576) * 10) / 10,
    unit: 'MiB',
    note: `20 activity entries, every usage counter, a check and ${String(SLIPS_PER_DAY)} slips a day, an incident every fifth day`,
  });

  const service = createReportService({
    database,
    config,
    clock,
    logger,
    appVersion: 'bench',
    indicators: createMonthlyIndicatorSource({ database, logger, config }),
  });
  const previewStart = performance.now();
  const preview = await service.preview(FROM, TO);
  if (!preview.ok) throw new Error(preview.error.code);
  report({
    figure: 'preview totals (1 year)',
    value: Math.round(performance.now() - previewStart),
    unit: 'ms',
    note: `${preview.value.entries} entries, ${preview.value.people} people`,
  });

  // The kiosk warms the writers in the background some seconds after start (kiosk-services.ts);
  // the exports below are the first ones after that, as a supervisor meets them.
  const warmStart = performance.now();
  await warmReportPath(service, TO);
  report({
    figure: 'warm-up of the report writers and path (background, after start)',
    value: Math.round(performance.now() - warmStart),
    unit: 'ms',
  });

  const outputDir = join(ROOT, 'bench', 'output');
  await mkdir(outputDir, { recursive: true });
  for (const format of REPORT_FORMATS) {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    // RSS keeps pages the heap freed earlier, so it can hide an export's own allocations: the
    // JS heap plus memory outside it (buffers), from a collected baseline, says what it allocated.
    const heapOf = (usage: NodeJS.MemoryUsage): number => usage.heapUsed + usage.external;
    const heapBefore = heapOf(process.memoryUsage());
    let heapPeak = heapBefore;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peak = Math.max(peak, usage.rss);
      heapPeak = Math.max(heapPeak, heapOf(usage));
    }, 5);
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const built = await service.build({
      from: FROM,
      to: TO,
      format,
      language: 'es',
      rule: service.ruleNow(5),
      hxl: true,
    });
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (!built.ok) throw new Error(`${format}: ${built.error.code}`);
    report({ figure: `export ${format} (1 year)`, value: Math.round(ms), unit: 'ms' });
    // CPU time of the whole process (SQLite's worker threads included): on a machine shared with
    // other jobs it says what the export costs better than the wall clock does.
    report({
      figure: `export ${format} (1 year), CPU time`,
      value: Math.round((cpu.user + cpu.system) / 1000),
      unit: 'ms',
      note: 'user + system, every thread of the process',
    });
    report({
      figure: `peak RSS during ${format} export`,
      value: Math.round(peak / 1_048_576),
      unit: 'MiB',
      note: `RSS before: ${Math.round(before / 1_048_576)} MiB (sampled every 5 ms)`,
    });
    report({
      figure: `${format} export's own peak memory above the process's baseline`,
      value: Math.round((peak - before) / 1_048_576),
      unit: 'MiB',
      note: 'peak RSS during the export − RSS just before it (target < 100 MiB)',
    });
    report({
      figure: `${format} export's peak JS heap and buffers above the baseline`,
      value: Math.round((heapPeak - heapBefore) / 1_048_576),
      unit: 'MiB',
      note: `heapUsed + external, sampled every 5 ms, from after a collection${global.gc === undefined ? ' (run with --expose-gc for that collection)' : ''}`,
    });
    report({ figure: `${format} file size`, value: Math.round(built.value.bytes.byteLength / 1024), unit: 'KiB' });
    await writeFile(join(outputDir, built.value.fileName), built.value.bytes);
    if (format === 'pdf') {
      const pdf = join(outputDir, built.value.fileName);
      const png = join(outputDir, 'report-page1');
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
      console.log(`PDF page 1 rendered to ${png}.png`);
    }
  }
  // The same exports again: a first export (above) that costs much more than a later one means
  // the warm-up missed something the first one had to load or compile.
  for (const format of REPORT_FORMATS) {
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const built = await service.build({
      from: FROM,
      to: TO,
      format,
      language: 'es',
      rule: service.ruleNow(5),
      hxl: true,
    });
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuBefore);
    if (!built.ok) throw new Error(`${format}: ${built.error.code}`);
    report({ figure: `export ${format} (1 year), second time`, value: Math.round(ms), unit: 'ms' });
    report({
      figure: `export ${format} (1 year), second time, CPU time`,
      value: Math.round((cpu.user + cpu.system) / 1000),
      unit: 'ms',
    });
  }
} finally {
  config.close();
  await database.close();
  await rm(base, { recursive: true, force: true });
}
