import {
  assertNever,
  err,
  ok,
  type ReportFormat,
  type ReportOptions,
  type ReportRule,
  type ReportTotals,
  type Result,
  type SavedReport,
  type Suppression,
} from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { ConfigService } from '../config/index.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { Logger } from '../logger.js';

import { writeFileAtomically, type ReportFs } from './atomic-write.js';
import { tablesToCsvZip } from './csv-writer.js';
import type { MonthlyIndicatorSource, MonthlyIndicators } from './monthly-indicators.js';
import {
  loadReferralOutcomeData,
  referralOutcomeTables,
  withReferralOutcomes,
  type ReferralOutcomeData,
} from './referral-outcome-report.js';
import { loadReportData } from './report-data.js';
import { computeFigures, type ReportFigures } from './report-figures.js';
import { checkPeriod } from './report-period.js';
import { buildTables, type ReportMeta } from './report-tables.js';
import { turnPdfContent, turnTable, type TurnFigureSource } from './turn-report.js';
import { describeRule, ruleFor, shownTotals, thresholdOf } from './suppression.js';

export interface ReportServiceDeps {
  readonly database: KioskDatabase;
  readonly config: ConfigService;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly appVersion: string;
  /** Absent until KoboToolbox is set up: the indicators sheet then has no rows. */
  readonly indicators?: MonthlyIndicatorSource | undefined;
  /** The turn queue's daily figures; without it the report has no turns table. */
  readonly turns?: TurnFigureSource | undefined;
  readonly fs?: ReportFs;
}

export interface BuiltReport {
  readonly fileName: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

/** 0–100 as the export goes: read, computed, file built, written. */
export type ReportProgress = (percent: number) => void;

export interface ReportService {
  /**
   * The period's totals under the site's small-count rule, or under `chosen` for this export
   * (whether a lower rule is allowed is the caller's to check: `lowersRule`).
   */
  preview(from: string, to: string, chosen?: Suppression): Promise<Result<ReportTotals>>;
  /** The rule a preview would show now: the site's (reports.json), or `chosen`. */
  ruleNow(chosen?: Suppression): ReportRule;
  /**
   * The export's rule if it is still the one the kiosk would apply, else `RULE_NOT_PREVIEWED`:
   * no rule (no preview, or not finished) or a site rule changed since (configuration reloaded).
   */
  checkRule(options: Pick<ReportOptions, 'rule'>): Result<ReportRule>;
  build(options: ReportOptions, progress?: ReportProgress): Promise<Result<BuiltReport>>;
  /** Builds and writes into `dir` atomically; the name gets `-2`, `-3` … rather than replace a file. */
  exportTo(dir: string, options: ReportOptions, progress?: ReportProgress): Promise<Result<SavedReport>>;
  /** Builds and writes to exactly `dir/fileName`, replacing it atomically (the command line's `--out`). */
  exportAs(dir: string, fileName: string, options: ReportOptions): Promise<Result<SavedReport>>;
}

const MIME: Readonly<Record<ReportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'application/zip',
  pdf: 'application/pdf',
};
const EXTENSION: Readonly<Record<ReportFormat, string>> = { xlsx: 'xlsx', csv: 'csv.zip', pdf: 'pdf' };

export function reportFileName(
  siteId: string,
  options: Pick<ReportOptions, 'from' | 'to' | 'format' | 'language'>,
): string {
  return `redsafe-${siteId}-${options.from}_${options.to}-${options.language}.${EXTENSION[options.format]}`;
}

export function createReportService(deps: ReportServiceDeps): ReportService {
  const { database, config, clock, logger } = deps;

  async function figuresFor(from: string, to: string): Promise<Result<ReportFigures>> {
    const period = checkPeriod(from, to);
    if (!period.ok) return period;
    const site = config.site();
    if (site === undefined) return err('CONFIG_UNAVAILABLE', 'site.json has never been valid.');
    const roles = config.reports().activityRoles;
    const data = await useDatabase(database, logger, 'report_read', (db) =>
      loadReportData(db, period.value, site.timezone, [...roles.talks, roles.referrals]),
    );
    if (!data.ok) return data;
    const operations = config.operations();
    return ok(computeFigures(data.value, operations.activityTypes, operations.sexes, roles, clock.now()));
  }

  const ruleNow = (chosen?: Suppression): ReportRule => ruleFor(config.reports().suppressBelow, chosen);

  function checkRule({ rule }: Pick<ReportOptions, 'rule'>): Result<ReportRule> {
    if (rule === undefined) {
      return err('RULE_NOT_PREVIEWED', 'no small-count rule: an export carries the rule its preview showed');
    }
    const site = config.reports().suppressBelow;
    if (rule.site !== site) {
      const now = ruleNow(site);
      return err(
        'RULE_NOT_PREVIEWED',
        `the site's rule is now ${describeRule(now)}; the preview showed ${describeRule(rule)}`,
      );
    }
    return ok(rule);
  }

  async function indicatorsFor(from: string, to: string): Promise<Result<readonly MonthlyIndicators[]>> {
    return deps.indicators === undefined ? ok([]) : deps.indicators.forPeriod(from, to);
  }

  /** The referral follow-up counts (the period is already checked by `figuresFor`). */
  function referralOutcomesFor(from: string, to: string): Promise<Result<ReferralOutcomeData>> {
    return useDatabase(database, logger, 'report_read', (db) => loadReferralOutcomeData(db, from, to));
  }

  async function build(
    options: ReportOptions,
    progress: ReportProgress = () => undefined,
  ): Promise<Result<BuiltReport>> {
    // Before anything is read: a refused rule costs nothing, and the rule is read once.
    const rule = checkRule(options);
    if (!rule.ok) return rule;
    progress(5);
    const figures = await figuresFor(options.from, options.to);
    if (!figures.ok) return figures;
    const site = config.site();
    if (site === undefined) return err('CONFIG_UNAVAILABLE', 'site.json has never been valid.');
    // The PDF has no indicators sheet: a year of them is some 300 queries it need not wait for.
    const indicators = options.format === 'pdf' ? ok([]) : await indicatorsFor(options.from, options.to);
    if (!indicators.ok) return indicators;
    const outcomes = await referralOutcomesFor(options.from, options.to);
    if (!outcomes.ok) return outcomes;
    progress(35);
    const reports = config.reports();
    const suppress = thresholdOf(rule.value.applied);
    const now = clock.now();
    const meta: ReportMeta = {
      siteId: site.id,
      siteName: site.name[options.language],
      organisation: site.organisation,
      city: site.city,
      appVersion: deps.appVersion,
      generatedAt: now,
      adm1: reports.hxl.adm1,
      loc: reports.hxl.loc,
    };
    const tz = site.timezone;
    const turnDays = deps.turns === undefined ? undefined : await deps.turns.figures(options.from, options.to);
    const withTurns = (tables: ReturnType<typeof buildTables>): ReturnType<typeof buildTables> =>
      turnDays === undefined ? tables : [...tables, turnTable(turnDays, options.language, suppress)];
    let bytes: Uint8Array;
    try {
      // The XLSX and PDF writers (exceljs, pdfmake, ECharts) load on the first export that needs
      // them: loaded with the services they cost about 0.8 s on every start of the kiosk, and
      // every restart after a crash, for something a supervisor does once a week.
      switch (options.format) {
        case 'csv': {
          const tables = withTurns(
            withReferralOutcomes(
              buildTables(figures.value, indicators.value, meta, options.language, suppress),
              referralOutcomeTables(outcomes.value, options.language, suppress),
            ),
          );
          bytes = tablesToCsvZip(
            tables,
            { separator: options.separator ?? reports.separator, hxl: options.hxl === true, timeZone: tz },
            now,
          );
          break;
        }
        case 'xlsx': {
          const tables = withTurns(
            withReferralOutcomes(
              buildTables(figures.value, indicators.value, meta, options.language, suppress),
              referralOutcomeTables(outcomes.value, options.language, suppress),
            ),
          );
          const { createXlsxWriter } = await import('./xlsx-writer.js');
          const writer = createXlsxWriter({ timeZone: tz, creator: 'RedSafe PAR kiosk', created: now });
          for (const table of tables) writer.addSheet(table.title, table.columns, table.rows);
          progress(60);
          bytes = await writer.toBytes();
          break;
        }
        case 'pdf': {
          const { renderPdf } = await import('./pdf-writer.js');
          bytes = await renderPdf(figures.value, meta, {
            language: options.language,
            suppress,
            paperSize: reports.paperSize,
            roles: reports.activityRoles,
            ...(turnDays === undefined ? {} : { extra: turnPdfContent(turnDays, options.language, suppress) }),
            referralOutcomes: outcomes.value,
          });
          break;
        }
        default:
          return assertNever(options.format, 'report format');
      }
    } catch (error) {
      logger.error('report_failed', {
        format: options.format,
        error: error instanceof Error ? error.message : String(error),
      });
      return err('INTERNAL', 'the report file could not be built');
    }
    progress(90);
    return ok({ fileName: reportFileName(site.id, options), mime: MIME[options.format], bytes });
  }

  return {
    preview: async (from, to, chosen) => {
      const rule = ruleNow(chosen);
      const figures = await figuresFor(from, to);
      return figures.ok ? ok(shownTotals(figures.value.totals, rule)) : figures;
    },
    ruleNow,
    checkRule,
    build,
    exportTo: (dir, options, progress) => write(dir, undefined, options, progress),
    exportAs: (dir, fileName, options) => write(dir, fileName, options, undefined),
  };

  async function write(
    dir: string,
    fileName: string | undefined,
    options: ReportOptions,
    progress: ReportProgress | undefined,
  ): Promise<Result<SavedReport>> {
    const built = await build(options, progress);
    if (!built.ok) return built;
    const written = await writeFileAtomically(
      dir,
      fileName ?? built.value.fileName,
      built.value.bytes,
      deps.fs,
      fileName !== undefined,
    );
    if (!written.ok) {
      logger.warn('report_not_written', { code: written.error.code });
      return written;
    }
    progress?.(100);
    return ok({ fileName: written.value.fileName, path: written.value.path, bytes: built.value.bytes.byteLength });
  }
}
