import { statfs } from 'node:fs/promises';

import type { ScreenReport } from '../../contract/index.js';
import type { ConfigService, EquipmentCheckSettings } from '../config/index.js';
import type { KioskDatabase } from '../db/index.js';
import type { PrintingService } from '../printing/printing-service.js';

import { outcome, type CheckOutcome, type EquipmentCheckDefinition } from './check-runner.js';
import { checkEndpoint } from './network-check.js';
import { audioCheck, displayCheck } from './screen-checks.js';
import { clipTextSourcesOf, coverageOutcomes, servedCoverage } from '../audio/coverage-check.js';
import { createClipStore } from '../audio/clip-store.js';
import { centralSourceCheck } from '../directory/central-source-check.js';
import { directoryAgeCheck } from '../directory/directory-age-check.js';
import { topicAgeCheck } from '../topics/topic-age-check.js';
import { referralReverifyCheck } from '../referrals/reverify-check.js';

export interface CheckDeps {
  readonly config: ConfigService;
  readonly database: KioskDatabase;
  readonly printing: PrintingService;
  readonly dataDir: string;
  readonly appVersion: string;
  readonly now: () => Date;
  /** What the staff screen reported of its display and sound, if a screen asked for the check. */
  readonly screen?: ScreenReport | undefined;
}

const MB = 1024 * 1024;

function configCheck(config: ConfigService): CheckOutcome {
  const status = config.status();
  const files = [...new Set(status.issues.map((issue) => issue.file))].join(', ');
  switch (status.state) {
    case 'ok':
      return outcome('pass', 'valid');
    case 'degraded':
      return outcome('warn', 'degraded', `last good version in use for: ${files}`, null, { files });
    case 'unavailable':
      return outcome('fail', 'unavailable', `never valid: ${files}`, null, { files });
  }
}

async function databaseCheck(database: KioskDatabase): Promise<CheckOutcome> {
  const status = database.status();
  const db = database.connection();
  if (db === undefined) return outcome('fail', 'unavailable', status.notices.at(-1)?.detail ?? null);
  const rows = await db.all<{ quick_check: string }>('PRAGMA quick_check');
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok')
    return outcome(
      'fail',
      'integrity',
      rows
        .map((r) => r.quick_check)
        .join('; ')
        .slice(0, 300),
    );
  return status.state === 'recovered'
    ? outcome('warn', 'recovered', status.notices.at(-1)?.detail ?? null)
    : outcome('pass', 'integrity_ok');
}

async function diskCheck(dataDir: string, minFreeMb: number): Promise<CheckOutcome> {
  const stats = await statfs(dataDir);
  const freeMb = Math.floor((stats.bavail * stats.bsize) / MB);
  const measured = { value: freeMb, unit: 'MB' };
  const figures = { free: freeMb, needed: minFreeMb };
  if (freeMb < minFreeMb)
    return outcome('fail', 'low_disk', `${freeMb} MB free, at least ${minFreeMb} MB needed`, measured, figures);
  if (freeMb < 2 * minFreeMb) return outcome('warn', 'low_disk', `${freeMb} MB free`, measured, figures);
  return outcome('pass', 'enough_space', null, measured, { free: freeMb });
}

async function printerCheck(printing: PrintingService): Promise<CheckOutcome> {
  const status = await printing.printerStatus(true);
  const detail = status.problems.length > 0 ? status.problems.join(', ') : status.printer;
  // The preview transport "prints" on screen: fine for a demo, but there is no paper slip to give.
  if (status.transport === 'preview') return outcome('warn', 'preview_only', detail);
  switch (status.state) {
    case 'ready':
      return outcome('pass', 'ready', detail, null, { printer: status.printer ?? '' });
    case 'warning':
      return outcome('warn', status.problems[0] ?? 'warning', detail);
    case 'not_ready':
      return outcome('fail', status.problems[0] ?? 'not_ready', detail);
    case 'unknown':
      return outcome('unknown', status.problems[0] ?? 'status_not_available', detail);
  }
}

/** Endpoints, then the latency of the first that answered and the clock against its Date header. */
async function networkChecks(
  settings: EquipmentCheckSettings,
  now: () => Date,
): Promise<(CheckOutcome & { id: string })[]> {
  if (settings.endpoints.length === 0) return [{ id: 'network', ...outcome('unknown', 'not_configured') }];
  const endpoints = await Promise.all(settings.endpoints.map((e) => checkEndpoint(e, settings.timeoutMs)));
  const answered = endpoints.find((e) => e.status === 'pass')?.answer;
  // The raw answers (pages, headers) stay here: only the outcome is stored and shown.
  const results: (CheckOutcome & { id: string })[] = endpoints.map((e) => ({
    id: e.id,
    status: e.status,
    code: e.code,
    detail: e.detail,
    measured: e.measured,
    unit: e.unit,
    ...(e.params === undefined ? {} : { params: e.params }),
  }));
  if (answered === undefined) {
    results.push(
      { id: 'latency', ...outcome('unknown', 'no_answer') },
      { id: 'clock', ...outcome('unknown', 'no_reference') },
    );
    return results;
  }
  const latency = Math.round(answered.elapsedMs);
  results.push({
    id: 'latency',
    ...outcome(
      latency > settings.latencyWarnMs ? 'warn' : 'pass',
      latency > settings.latencyWarnMs ? 'slow' : 'ok',
      null,
      { value: latency, unit: 'ms' },
      { ms: latency, limit: settings.latencyWarnMs },
    ),
  });
  const serverTime = answered.date === undefined ? Number.NaN : Date.parse(answered.date);
  if (Number.isNaN(serverTime)) {
    results.push({ id: 'clock', ...outcome('unknown', 'no_reference', 'the server sent no Date header') });
  } else {
    // Slips and reports carry dates: a clock that is off misdates them.
    const skew = Math.round((now().getTime() - serverTime) / 1000);
    const off = Math.abs(skew) > settings.maxClockSkewSeconds;
    results.push({
      id: 'clock',
      ...outcome(
        off ? 'warn' : 'pass',
        off ? 'skew' : 'in_time',
        null,
        { value: skew, unit: 's' },
        { seconds: skew, limit: settings.maxClockSkewSeconds },
      ),
    });
  }
  return results;
}

async function soundChecks(deps: CheckDeps): Promise<(CheckOutcome & { id: string })[]> {
  const coverage = await servedCoverage(clipTextSourcesOf(deps.config), createClipStore(deps.dataDir));
  return [{ id: 'audio', ...audioCheck(deps.screen) }, ...coverageOutcomes(coverage)];
}

export function equipmentCheckDefinitions(deps: CheckDeps): EquipmentCheckDefinition[] {
  const settings = deps.config.operations().checks;
  const bound = settings.timeoutMs;
  return [
    { id: 'config', timeoutMs: bound, run: () => Promise.resolve(configCheck(deps.config)) },
    { id: 'database', timeoutMs: bound, run: () => databaseCheck(deps.database) },
    { id: 'disk', timeoutMs: bound, run: () => diskCheck(deps.dataDir, settings.minFreeDiskMb) },
    {
      id: 'app_version',
      timeoutMs: bound,
      run: () => Promise.resolve(outcome('pass', 'version', deps.appVersion, null, { version: deps.appVersion })),
    },
    { id: 'printer', timeoutMs: bound, run: () => printerCheck(deps.printing) },
    // DNS and the request each get the full timeout; allow for both, plus a margin.
    { id: 'network', timeoutMs: 2 * bound + 1_000, run: () => networkChecks(settings, deps.now) },
    { id: 'display', timeoutMs: bound, run: () => Promise.resolve(displayCheck(deps.screen)) },
    // The sound output, then how much each served language can be read aloud (`audio:<lang>`).
    { id: 'audio', timeoutMs: bound, run: () => soundChecks(deps) },
    // — Know your rights and the steps —
    { id: 'topics', timeoutMs: bound, run: () => Promise.resolve(topicAgeCheck(deps.config, deps.now())) },
    // — The directory's entries, checked again with each service —
    {
      id: 'directory',
      timeoutMs: bound,
      // A central source failing for over a day says more than the entries' ages: it comes first.
      run: async () =>
        (await centralSourceCheck(deps.dataDir, deps.config, deps.now())) ?? directoryAgeCheck(deps.config, deps.now()),
    },
    // — Services that keep turning referred people away (referral follow-up) —
    { id: 'follow_up', timeoutMs: bound, run: () => referralReverifyCheck(deps.database, deps.config, deps.now()) },
  ];
}
