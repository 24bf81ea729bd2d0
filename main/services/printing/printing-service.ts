import {
  err,
  inForce,
  isoDay,
  ok,
  type Language,
  type PrinterProblem,
  type PrinterStatus,
  type PrintReferralRequest,
  type PrintReferralResponse,
  type PrintTestResponse,
  type Referral,
  type Result,
  type ServiceEntry,
  type SlipOutcome,
} from '../../contract/index.js';
import type { Clock } from '../clock.js';
import { DEFAULT_SLIP_LIMIT, type ConfigService, type PrinterConfig, type PrintersConfig } from '../config/index.js';
import type { KioskDatabase } from '../db/index.js';
import type { EventBus } from '../event-bus.js';
import type { Logger } from '../logger.js';
import { newReferral } from '../referrals/referral.js';
import type { ReferralLedger } from '../referrals/referral-ledger-service.js';
import { calendarNamesByLanguage } from '../texts/calendar-texts.js';
import type { UsageCounters } from '../usage/usage-counters.js';

import { DEFAULT_REPRINT_WINDOW_MINUTES, PrintJobStore, type JobTimePolicy, type PrintJob } from './print-jobs.js';
import { withinPrintDeadline } from './print-deadline.js';
import { printerRuntime, type OsDriverPrinter, type PrinterRuntime, type RuntimeAttempt } from './printer-runtime.js';
import { PrinterStatusTracker } from './printer-status-tracker.js';
import { printSelfTest } from './printer-self-test.js';
import { SlipLimiter, type SlipLimitReached } from './slip-limit.js';
import { referralSlip } from './slip/referral-slip.js';
import { columnsOf } from './slip/slip-escpos.js';
import type { SerialPortFactory } from './transport/serial-link.js';
import type { CodePage } from './escpos/code-pages.js';
import type { SlipDocument } from './slip/slip-document.js';

export interface PrintingServiceOptions {
  readonly config: ConfigService;
  readonly database: KioskDatabase;
  readonly usage: UsageCounters;
  readonly events: EventBus;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly osDriver?: OsDriverPrinter | undefined;
  readonly serialPortFactory?: SerialPortFactory | undefined;
  /** Where a preview printer's `file` goes. */
  readonly dataDir?: string | undefined;
  /** How often an idle printer's status is read (0: only on demand and after jobs). */
  readonly statusPollMs?: number;
  /** How often old print-job times and jobs are purged (the reprint window is in printers.json). */
  readonly purgeEveryMs?: number;
  /** Notes each new referral (shown or printed, not a reprint) for follow-up. */
  readonly referralLedger?: ReferralLedger | undefined;
}

const PURGE_EVERY_MS = 10 * 60_000;

export interface PrintingService {
  showReferral(request: { serviceId: string; language: Language }): Promise<Result<Referral>>;
  /** `SLIP_LIMIT` when the visitor session or the kiosk has printed its share (printers.json `slipLimit`). */
  printReferral(request: PrintReferralRequest): Promise<Result<PrintReferralResponse>>;
  /** The last known status; read again first when `refresh` and the printer is idle. */
  printerStatus(refresh: boolean): Promise<PrinterStatus>;
  /**
   * Staff actions, behind the PIN in `printer-admin-handlers.ts`: reprint, recent jobs, recovery.
   * A reprint is a visitor's slip again: it counts for the kiosk's per-minute limit.
   */
  reprint(jobId: number): Promise<Result<PrintReferralResponse>>;
  recentJobs(limit?: number): Promise<Result<PrintJob[]>>;
  /** `DLE ENQ 2`: recover from a recoverable error, clearing the printer's buffers. */
  recover(): Promise<PrinterStatus>;
  /**
   * Prints a slip another area lays out for the page of the configured printer (the pathway
   * slips), in the same queue and within the same print timeout as referral slips. No job row is
   * kept: such slips are not reprinted from the printer's history. A slip for the visitor
   * (`visitorSlip`) counts for the kiosk's per-minute limit and is `limited` past it; a note for
   * staff or a service is not limited.
   */
  printDocument(
    layout: (page: SlipPage) => SlipDocument,
    options?: { readonly visitorSlip?: boolean },
  ): Promise<DocumentPrintResult>;
  /** The code-page self-test slip (what `kioskctl print-test` prints), in the printer's queue. */
  printTest(): Promise<PrintTestResponse>;
  close(): Promise<void>;
}

export interface SlipPage {
  readonly columns: number;
  readonly codePage: CodePage;
}

export interface DocumentPrintResult {
  readonly outcome: SlipOutcome['outcome'];
  readonly problems: readonly PrinterProblem[];
  readonly previewText: string | null;
}

const GRACE_MS = 300;

export async function createPrintingService(options: PrintingServiceOptions): Promise<PrintingService> {
  const { config, database, usage, events, clock, logger } = options;
  const calendar = calendarNamesByLanguage();
  const db = database.connection();
  const jobs = db === undefined ? undefined : new PrintJobStore(db, clock);
  const timePolicy = (): JobTimePolicy => ({
    windowMs: (config.printers()?.reprintWindowMinutes ?? DEFAULT_REPRINT_WINDOW_MINUTES) * 60_000,
    timeZone: config.site()?.timezone ?? 'UTC',
  });
  if (jobs !== undefined) {
    try {
      const interrupted = await jobs.recoverAfterRestart(timePolicy());
      if (interrupted > 0) logger.warn('print_jobs_interrupted', { count: interrupted });
    } catch (error) {
      logger.error('print_jobs_recovery_failed', { error: error instanceof Error ? error.message : String(error) });
    }
  }
  // A kiosk may run for weeks without a restart: exact times are forgotten on a timer too.
  // Unref'd, so it never keeps a process (a CLI command, a test) alive.
  const purgeTimer =
    jobs === undefined
      ? undefined
      : setInterval(() => {
          jobs.purge(timePolicy()).catch((error: unknown) => {
            logger.warn('print_jobs_purge_failed', { error: error instanceof Error ? error.message : String(error) });
          });
        }, options.purgeEveryMs ?? PURGE_EVERY_MS);
  purgeTimer?.unref();

  let runtime: { key: string; value: PrinterRuntime } | undefined;
  const current = (): { printers: PrintersConfig; runtime: PrinterRuntime } | undefined => {
    const printers = config.printers();
    const chosen: PrinterConfig | undefined = printers?.printers.find((p) => p.id === printers.printer);
    if (printers === undefined || chosen === undefined) return undefined;
    const key = JSON.stringify([chosen, printers.statusTimeoutMs]);
    if (runtime?.key !== key) {
      runtime = {
        key,
        value: printerRuntime(chosen, {
          statusTimeoutMs: printers.statusTimeoutMs,
          osDriver: options.osDriver,
          serialPortFactory: options.serialPortFactory,
          dataDir: options.dataDir,
        }),
      };
    }
    return { printers, runtime: runtime.value };
  };

  const tracker = new PrinterStatusTracker({ events, clock, logger, current });
  const limiter = new SlipLimiter(clock, () => config.printers()?.slipLimit ?? DEFAULT_SLIP_LIMIT);
  /**
   * Takes a visitor slip from the limits, or says which is reached. A preview printer uses no
   * paper: its slips are shown on screen anyway and are not limited.
   */
  const takeSlip = (active: { runtime: PrinterRuntime }, session: string | undefined): SlipLimitReached | null => {
    if (active.runtime.config.transport.kind === 'preview') return null;
    const reached = limiter.take(session);
    if (reached !== null) logger.info('slip_limit_reached', { limit: reached });
    return reached;
  };
  const inFlight = new Set<Promise<unknown>>();

  const count = (metric: 'slip_shown' | 'slip_printed' | 'slip_failed', service: ServiceEntry): void => {
    void usage.record(metric, service.category).then((counted) => {
      if (!counted.ok) logger.warn('usage_not_counted', { metric, code: counted.error.code });
    });
  };

  const findService = (serviceId: string): ServiceEntry | undefined =>
    config.directory().services.find((s) => s.id === serviceId && s.status !== 'inactive');

  const safely = async (what: string, work: () => Promise<unknown>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      logger.error('print_job_not_saved', { what, error: error instanceof Error ? error.message : String(error) });
    }
  };

  async function printSlip(
    referral: Referral,
    service: ServiceEntry,
    language: Language,
    limit: { readonly session?: string | undefined; readonly reprintOf?: number | undefined },
  ): Promise<Result<PrintReferralResponse>> {
    const { reprintOf } = limit;
    const site = config.site();
    if (site === undefined) return err('CONFIG_UNAVAILABLE', 'site.json has never been valid.');
    const active = current();
    const answer = (
      outcome: PrintReferralResponse['outcome'],
      problems: PrinterProblem[],
      jobId: number | null,
      previewText: string | null = null,
    ): Result<PrintReferralResponse> => ok({ referral, outcome, jobId, problems, previewText });
    if (active === undefined) {
      count('slip_failed', service);
      tracker.set({ problems: ['not_configured'] });
      return answer('not_printed', ['not_configured'], null);
    }
    const reached = takeSlip(active, limit.session);
    if (reached !== null) {
      return err('SLIP_LIMIT', reached === 'session' ? 'this visitor session printed its slips' : 'slips this minute');
    }
    const budgetMs = active.printers.printTimeoutSeconds * 1000;
    const doc = referralSlip({
      site,
      service,
      language,
      referral,
      issuedAt: clock.now(),
      calendar,
      columns: columnsOf(active.runtime.config.profile),
      codePage: active.runtime.config.profile.codePage,
      closure: inForce(config.directoryLocal().closures, service.id, isoDay(clock.now(), site.timezone)),
    });

    if (active.runtime.config.transport.kind === 'preview') {
      const attempt = await active.runtime
        .print(doc, new AbortController().signal, budgetMs)
        .catch((error: unknown): RuntimeAttempt => ({
          printed: false,
          problems: [],
          reason: error instanceof Error ? error.message : String(error),
        }));
      if (!attempt.printed) logger.warn('preview_file_failed', { reason: attempt.reason });
      count('slip_shown', service);
      return answer('previewed', [], null, attempt.preview?.text ?? null);
    }

    // A job that cannot be saved (database unavailable) still prints: the row serves reprints only.
    const id: number | null =
      jobs === undefined
        ? null
        : await jobs
            .create({
              printer: active.runtime.config.id,
              serviceId: service.id,
              language,
              referralCode: referral.referralCode,
              ...(reprintOf === undefined ? {} : { reprintOf }),
            })
            .catch((error: unknown) => {
              logger.error('print_job_not_saved', {
                what: 'create',
                error: error instanceof Error ? error.message : String(error),
              });
              return null;
            });
    const controller = new AbortController();
    const started = Date.now();
    const work = tracker.exclusive(async (): Promise<RuntimeAttempt> => {
      const left = budgetMs - (Date.now() - started);
      if (left <= 0 || controller.signal.aborted) {
        return { printed: false, problems: ['no_answer'], reason: 'timeout: waited too long behind other jobs' };
      }
      if (id !== null && jobs !== undefined) await safely('sending', () => jobs.setState(id, 'sending'));
      return active.runtime.print(doc, controller.signal, left);
    });
    const finished = work
      .catch((error: unknown): RuntimeAttempt => ({
        printed: false,
        problems: ['disconnected'],
        reason: error instanceof Error ? error.message : String(error),
      }))
      .then(async (attempt) => {
        if (id !== null && jobs !== undefined) {
          await safely('finish', () =>
            attempt.printed ? jobs.setState(id, 'printed') : jobs.setState(id, 'failed', attempt.reason),
          );
        }
        tracker.afterJob(attempt);
        logger.info('print_job_done', {
          jobId: id,
          printed: attempt.printed,
          problems: attempt.problems.join(','),
          reason: attempt.printed ? null : attempt.reason,
        });
        return attempt;
      });
    inFlight.add(finished);
    void finished.finally(() => inFlight.delete(finished));

    const first = await withinPrintDeadline(finished, controller, budgetMs, GRACE_MS);
    if (first === 'timeout' || !first.printed) {
      count('slip_failed', service);
      return answer('not_printed', first === 'timeout' ? ['no_answer'] : first.problems, id);
    }
    count('slip_printed', service);
    return answer(
      'printed',
      first.problems.filter((p) => p !== 'status_not_available'),
      id,
    );
  }

  /** Never fails the visitor's slip: the ledger logs its own failure. */
  const ledgerNote = async (
    referral: Referral,
    service: ServiceEntry,
    kind: 'slip' | 'screen',
    language: Language,
  ): Promise<void> => {
    await options.referralLedger?.issued({
      code: referral.referralCode,
      kind,
      serviceId: service.id,
      category: service.category,
      language,
    });
  };

  const stopPolling = tracker.startPolling(options.statusPollMs ?? 60_000);

  return {
    async showReferral({ serviceId, language }) {
      const service = findService(serviceId);
      if (service === undefined) {
        return err('INVALID_PAYLOAD', 'serviceId: no such service in the directory');
      }
      count('slip_shown', service);
      const referral = newReferral(service.id);
      await ledgerNote(referral, service, 'screen', language);
      return ok(referral);
    },
    async printReferral({ serviceId, language, session }) {
      const service = findService(serviceId);
      if (service === undefined) return err('INVALID_PAYLOAD', 'serviceId: no such service in the directory');
      const referral = newReferral(service.id);
      await ledgerNote(referral, service, 'slip', language);
      return printSlip(referral, service, language, { session });
    },
    printerStatus: (refresh) => tracker.read(refresh),
    async reprint(jobId) {
      if (jobs === undefined) return err('DATABASE_UNAVAILABLE');
      const job = await jobs.get(jobId).catch(() => undefined);
      if (job === undefined) return err('NOT_FOUND', `no print job ${jobId}`);
      const service = findService(job.serviceId);
      if (service === undefined)
        return err('INVALID_PAYLOAD', `service ${job.serviceId} is no longer in the directory`);
      return printSlip(newReferral(service.id, job.referralCode), service, job.language, { reprintOf: job.id });
    },
    async recentJobs(limit = 20) {
      if (jobs === undefined) return err('DATABASE_UNAVAILABLE');
      try {
        return ok(await jobs.recent(Math.min(200, Math.max(1, limit)), timePolicy()));
      } catch {
        return err('DATABASE_UNAVAILABLE');
      }
    },
    recover: () => tracker.recover(),
    async printDocument(layout, documentOptions = {}) {
      const active = current();
      if (active === undefined) {
        tracker.set({ problems: ['not_configured'] });
        return { outcome: 'not_printed', problems: ['not_configured'], previewText: null };
      }
      if (documentOptions.visitorSlip === true && takeSlip(active, undefined) !== null) {
        return { outcome: 'limited', problems: [], previewText: null };
      }
      const { profile } = active.runtime.config;
      const doc = layout({ columns: columnsOf(profile), codePage: profile.codePage });
      const budgetMs = active.printers.printTimeoutSeconds * 1000;
      const controller = new AbortController();
      const finished = tracker
        .exclusive(() => active.runtime.print(doc, controller.signal, budgetMs))
        .catch((error: unknown): RuntimeAttempt => ({
          printed: false,
          problems: ['disconnected'],
          reason: error instanceof Error ? error.message : String(error),
        }))
        .then((attempt) => {
          tracker.afterJob(attempt);
          return attempt;
        });
      inFlight.add(finished);
      void finished.finally(() => inFlight.delete(finished));
      const first = await withinPrintDeadline(finished, controller, budgetMs, GRACE_MS);
      if (first === 'timeout') return { outcome: 'not_printed', problems: ['no_answer'], previewText: null };
      if (!first.printed) return { outcome: 'not_printed', problems: first.problems, previewText: null };
      if (active.runtime.config.transport.kind === 'preview') {
        return { outcome: 'previewed', problems: [], previewText: first.preview?.text ?? null };
      }
      return {
        outcome: 'printed',
        problems: first.problems.filter((p) => p !== 'status_not_available'),
        previewText: null,
      };
    },
    printTest: () => printSelfTest(current(), tracker, logger),
    close: async () => {
      stopPolling();
      // Jobs in flight end on their own deadlines; closing waits for them so the database is
      // still open when they record how they ended.
      clearInterval(purgeTimer);
      await tracker.close();
      await Promise.all([...inFlight]);
    },
  };
}
