import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import {
  LANGUAGES,
  lowersRule,
  MAX_SUPPRESSION,
  MIN_SUPPRESSION,
  REPORT_FORMATS,
  reportOptionsSchema,
  type ReportOptions,
  type Suppression,
} from '../contract/index.js';
import { systemClock } from '../services/clock.js';
import { createConfigService } from '../services/config/index.js';
import { inspectDatabase, openKioskDatabase, useDatabase } from '../services/db/index.js';
import { createStderrLogger } from '../services/logger.js';
import { createMonthlyIndicatorSource } from '../services/kobo/monthly-indicators.js';
import { appendAudit } from '../services/operator/operator-store.js';
import { createReportService } from '../services/reports/report-service.js';
import { describeRule } from '../services/reports/suppression.js';

import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io.js';

export interface ReportCommandDefaults {
  readonly configDir: string;
  readonly dataDir: string;
  readonly appVersion: string;
}

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
  suppress: { type: 'string' },
  hxl: { type: 'boolean' },
  separator: { type: 'string' },
  config: { type: 'string' },
  data: { type: 'string' },
} as const;

function usageProblem(io: CliIo, message: string): number {
  io.err(message);
  io.err('Run "kioskctl --help" for the list of commands.');
  return EXIT_USAGE;
}

/** `kioskctl report …`: the same files the supervisor screen makes, for scripts and remote use. */
export async function reportCommand(
  args: readonly string[],
  io: CliIo,
  defaults: ReportCommandDefaults,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: false }));
  } catch (error) {
    return usageProblem(io, error instanceof Error ? error.message : String(error));
  }
  for (const required of ['from', 'to', 'format', 'out'] as const) {
    if (values[required] === undefined) return usageProblem(io, `--${required} is required.`);
  }
  const suppressProblem = `--suppress must be a whole number from ${MIN_SUPPRESSION} to ${MAX_SUPPRESSION}, or "exact".`;
  let chosen: Suppression | undefined;
  if (values.suppress === 'exact') chosen = null;
  else if (values.suppress !== undefined) {
    const n = /^\d{1,3}$/.test(values.suppress) ? Number(values.suppress) : NaN;
    if (!(n >= MIN_SUPPRESSION && n <= MAX_SUPPRESSION)) return usageProblem(io, suppressProblem);
    chosen = n;
  }
  const parsed = reportOptionsSchema.safeParse({
    from: values.from,
    to: values.to,
    format: values.format,
    language: values.lang ?? 'es',
    ...(values.hxl === true ? { hxl: true } : {}),
    ...(values.separator === undefined ? {} : { separator: values.separator }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const hint: Readonly<Record<string, string>> = {
      format: `--format must be one of ${REPORT_FORMATS.join(', ')}.`,
      language: `--lang must be one of ${LANGUAGES.join(', ')}.`,
      separator: '--separator must be "," or ";".',
      from: '--from must be a date written YYYY-MM-DD.',
      to: '--to must be a date written YYYY-MM-DD.',
    };
    return usageProblem(io, hint[field] ?? issue?.message ?? 'Invalid options.');
  }
  return run(parsed.data, chosen, resolve(values.out ?? '.'), io, {
    ...defaults,
    configDir: values.config ?? defaults.configDir,
    dataDir: values.data ?? defaults.dataDir,
  });
}

/**
 * The CSV export is a zip of one CSV per table: under a bare `.csv` name a spreadsheet would open
 * zip bytes as text. So the file always ends in `.zip`, and the "Wrote …" line names it.
 */
function fileFor(out: string, format: ReportOptions['format']): string {
  return format === 'csv' && !out.toLowerCase().endsWith('.zip') ? `${out}.zip` : out;
}

async function run(
  requested: ReportOptions,
  chosen: Suppression | undefined,
  out: string,
  io: CliIo,
  paths: ReportCommandDefaults,
): Promise<number> {
  const inspection = await inspectDatabase(resolve(paths.dataDir));
  if (inspection.kind !== 'healthy') {
    io.err(
      `No usable kiosk database in ${paths.dataDir} (${inspection.kind}${'reason' in inspection ? `: ${inspection.reason}` : ''}).`,
    );
    return EXIT_FAILED;
  }
  const logger = io.logger ?? createStderrLogger('error');
  const config = await createConfigService({
    dir: paths.configDir,
    clock: systemClock,
    logger,
    watch: false,
    onChange: () => undefined,
  });
  const database = await openKioskDatabase({ dataDir: paths.dataDir, clock: systemClock, logger });
  try {
    const service = createReportService({
      database,
      config,
      clock: systemClock,
      logger,
      appVersion: paths.appVersion,
      indicators: createMonthlyIndicatorSource({ database, logger, config }),
    });
    // The command is its own preview: the rule is the site's (reports.json) unless --suppress
    // chose one, and stderr says which, before anything is written.
    const rule = service.ruleNow(chosen);
    const options: ReportOptions = { ...requested, rule };
    io.err(`Small counts: ${describeRule(rule)}.`);
    const isFolder = await stat(out).then(
      (info) => info.isDirectory(),
      () => false,
    );
    const result = isFolder
      ? await service.exportTo(out, options)
      : await service.exportAs(dirname(out), basename(fileFor(out, options.format)), options);
    if (!result.ok) {
      io.err(`${result.error.code}: ${result.error.detail ?? 'the report was not written'}`);
      return result.error.code === 'INVALID_PERIOD' ? EXIT_USAGE : EXIT_FAILED;
    }
    // Audited like an export from the screen; the administrator's command line is "kioskctl".
    // A lowered rule is in the detail; a failed audit is said, since it cannot be done later.
    const audited = await useDatabase(database, logger, 'report_audit', (db) =>
      appendAudit(db, {
        at: systemClock.now(),
        kind: 'export',
        role: null,
        actor: 'kioskctl',
        detail: `${options.format} ${options.from}..${options.to} ${options.language} command line; ${describeRule(rule)}`,
      }),
    );
    if (!audited.ok) io.err(`The export was not written to the audit log (${audited.error.code}).`);
    if (lowersRule(rule)) io.err('The small-count rule was lowered for this export; the audit log records it.');
    io.out(`Wrote ${result.value.path} (${result.value.bytes} bytes).`);
    return EXIT_OK;
  } finally {
    config.close();
    await database.close();
  }
}
