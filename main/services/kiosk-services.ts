import { join } from 'node:path';

import { createRecordingGate, type RecordingGate } from './audio/recording-gate.js';
import { createScannerGate, type ScannerGate } from './referrals/scanner-gate.js';
import { createVisitorScannerGate, type VisitorScannerGate } from './referrals/visitor-scanner-gate.js';
import { systemClock, type Clock } from './clock.js';
import { createConfigService } from './config/index.js';
import { openKioskDatabase } from './db/index.js';
import { openCentralStore } from './directory/central-copy.js';
import { withCentralDirectory } from './directory/central-merge.js';
import { createCentralSync, type CentralSync } from './directory/central-sync.js';
import { auditWriter } from './operator/audit-writer.js';
import { createDispatcher, type Dispatcher } from './dispatch.js';
import { createEventBus, type EventBus } from './event-bus.js';
import type { KioskHandlers } from './handlers.js';
import { createRendererCrashes, type RendererCrashes } from './hardening/renderer-crashes.js';
import { createEquipmentCheckService, type EquipmentCheckService } from './health/equipment-check-service.js';
import { createKioskHandlers } from './kiosk-handlers.js';
import { createStaffAccess } from './operator/staff-access.js';
import type { IncidentService } from './incidents/incident-service.js';
import { createOperations } from './operations/operations-service.js';
import { createStderrLogger, type Logger } from './logger.js';
import type { KeyProtector } from './secrets/key-protector.js';
import { ensurePrivateDir, restrictDataFiles } from './secrets/private-files.js';
import { startDataRetention } from './data-retention.js';
import { createReferralLedger } from './referrals/referral-ledger-service.js';
import { createTurnService } from './turns/turn-service.js';
import { createPrintingService, type PrintingService } from './printing/printing-service.js';
import type { PrintingHostOptions } from './printing/printing-host-options.js';
import { createUsageCounters } from './usage/usage-counters.js';
import { sealKoboCredential } from './kobo/kobo-credential-migration.js';
import { createKoboService, type KoboService } from './kobo/kobo-service.js';
import { createMonthlyIndicatorSource } from './kobo/monthly-indicators.js';
import { createReportService } from './reports/report-service.js';
import { warmReportPath } from './reports/writer-warm-up.js';
import { logTextProblems } from './texts/kiosk-texts.js';

/** Long enough for the first screen and the first visitors' calls to come first. */
const REPORT_WARM_UP_DELAY_MS = 15_000;

export interface KioskServicesOptions {
  /** Folder with site.json, directory.json, … (the bundled sample is `kiosk-config/`). */
  readonly configDir: string;
  /** Folder for the database and other state; created if missing. */
  readonly dataDir: string;
  readonly appVersion: string;
  readonly hostKind: 'electron' | 'web';
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Reload configuration when its files change (default true). */
  readonly watchConfig?: boolean;
  /** Electron's safeStorage, to seal the machine key; without it the key is an owner-only file. */
  readonly keyProtector?: KeyProtector | undefined;
  /** What only the host can give printing: the Electron OS driver, a test serial binding. */
  readonly printing?: PrintingHostOptions;
  /** How often notes and damaged database copies past their retention are purged (hourly by default). */
  readonly retentionEveryMs?: number;
}

export interface KioskServices {
  /** The only way into the handlers: it checks each method's declared access first. */
  readonly dispatch: Dispatcher;
  readonly events: EventBus;
  /** Operator printing actions (reprint, recent jobs, recovery) not yet in the contract. */
  readonly printing: PrintingService;
  /** The automatic equipment checks, for `kioskctl check` (staff run them through the contract). */
  readonly equipment: EquipmentCheckService;
  // — Operations: incidents, maintenance, checklist, status —
  /** Incidents, for the Electron shell's crash recovery and the reports. */
  readonly incidents: IncidentService;
  // — Printer administration and kiosk hardening —
  /** Renderer crashes and hangs, recorded as incidents by the Electron shell. */
  readonly rendererCrashes: RendererCrashes;
  // — Reports and KoboToolbox —
  // KoboToolbox
  /** The KoboToolbox outbox, for `kioskctl kobo` (supervisors use it through the contract). */
  readonly kobo: KoboService;
  /** Open while the staff recordings screen is; the Electron shell grants the microphone only then. */
  readonly recordingGate: RecordingGate;
  /** Open only while the Follow-up screen's slip scanner runs (the camera's gate). */
  readonly scannerGate: ScannerGate;
  /** The central directory source, read in the background on its schedule. */
  readonly directorySync: CentralSync;
  /** Open only while the visitor's own slip scanner runs, where site.json `visitorCamera` allows it. */
  readonly visitorScannerGate: VisitorScannerGate;
  close(): Promise<void>;
}

/**
 * The composition root: builds every service from folders, a clock and a logger, for the Electron
 * shell, the web host, the CLI and the tests alike. It never throws for a bad configuration or a
 * bad database — those become states the operator sees, and the kiosk keeps serving.
 */
export async function createKioskServices(options: KioskServicesOptions): Promise<KioskServices> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createStderrLogger();
  // The slip and report words are read now, so a bad text file is in the log from the start.
  logTextProblems(logger);
  const events = createEventBus((error) => {
    logger.error('event_listener_failed', { error: error instanceof Error ? error.message : String(error) });
  });

  const fileConfig = await createConfigService({
    dir: options.configDir,
    clock,
    logger,
    watch: options.watchConfig ?? true,
    onChange: (status) => {
      events.emit({ type: 'configChanged', status });
    },
  });
  // A folder that cannot be made is the database's problem to report (open_failed), not a crash.
  await ensurePrivateDir(options.dataDir).catch((error: unknown) => {
    logger.error('data_folder_not_private', { error: error instanceof Error ? error.message : String(error) });
  });
  // The central directory's last good copy is read before any service asks for the directory, so
  // a start with the source down still shows it; every service reads the merged view.
  const centralStore = await openCentralStore(options.dataDir, logger);
  const config = withCentralDirectory(fileConfig, () => centralStore.copy()?.services);
  const database = await openKioskDatabase({ dataDir: options.dataDir, clock, logger });
  // SQLite gives its -wal and -shm files the database file's mode, so this also covers those.
  await restrictDataFiles(options.dataDir);
  // — Referral follow-up —
  const referralLedger = createReferralLedger({ database, config, clock, logger });
  // — Turns for people waiting —
  const turns = createTurnService({ database, config, clock, logger });
  const retention = startDataRetention({
    dataDir: options.dataDir,
    database,
    referralLedger,
    turns,
    config,
    clock,
    logger,
    everyMs: options.retentionEveryMs,
  });
  await retention.run();
  const staff = await createStaffAccess({
    dataDir: options.dataDir,
    database,
    clock,
    logger,
    keyProtector: options.keyProtector,
  });
  const usage = createUsageCounters({ database, clock, logger, timeZone: () => config.site()?.timezone });
  const printing = await createPrintingService({
    ...options.printing,
    dataDir: options.dataDir,
    config,
    database,
    usage,
    events,
    clock,
    logger,
    referralLedger,
  });

  const equipment = createEquipmentCheckService({
    config,
    database,
    printing,
    clock,
    logger,
    dataDir: options.dataDir,
    appVersion: options.appVersion,
  });

  // — Operations: incidents, maintenance, checklist, status —
  const operations = createOperations({ config, database, printing, equipment, events, clock, logger });
  // — Printer administration and kiosk hardening —
  const rendererCrashes = createRendererCrashes({ database, clock, logger, timeZone: () => config.site()?.timezone });
  // — Reports and KoboToolbox —
  // KoboToolbox
  const credentialKey = staff.key.kind === 'ready' ? staff.key.key.derive('kobo-credential') : undefined;
  if (credentialKey !== undefined) await sealKoboCredential(database, logger, credentialKey);
  const kobo = createKoboService({ database, config, clock, logger, events, credentialKey });
  // Reports
  // The same monthly indicators go to the XLSX report and to the KoboToolbox form.
  const reports = createReportService({
    database,
    config,
    clock,
    logger,
    appVersion: options.appVersion,
    indicators: createMonthlyIndicatorSource({ database, logger, config }),
    // — Turns for people waiting —
    turns,
  });
  // The XLSX and PDF writers load in the background once the kiosk is up, off the first screen's
  // path, so the first export after a start is as quick as the next (writer-warm-up.ts).
  const reportWarmUp = setTimeout(() => {
    warmReportPath(reports, clock.now().toISOString().slice(0, 10)).catch((error: unknown) => {
      logger.warn('report_writers_warm_up_failed', { error: error instanceof Error ? error.message : String(error) });
    });
  }, REPORT_WARM_UP_DELAY_MS);
  reportWarmUp.unref();
  const reportDeps = {
    reports,
    database,
    clock,
    logger,
    events,
    destinations: { localDir: join(options.dataDir, 'exports') },
  };

  // — The central directory source —
  const directorySync = createCentralSync({
    fileConfig,
    store: centralStore,
    clock,
    logger,
    audit: auditWriter(database, clock, logger),
    onChanged: () => {
      events.emit({ type: 'configChanged', status: config.status() });
    },
  });

  const recordingGate = createRecordingGate(clock);
  const scannerGate = createScannerGate(clock);
  const visitorScannerGate = createVisitorScannerGate(clock, () => config.site()?.visitorCamera === true);
  const handlers: KioskHandlers = createKioskHandlers({
    appVersion: options.appVersion,
    configDir: options.configDir,
    dataDir: options.dataDir,
    recordingGate,
    scannerGate,
    visitorScannerGate,
    hostKind: options.hostKind,
    clock,
    logger,
    config,
    database,
    usage,
    printing,
    equipment,
    referralLedger,
    operator: staff.handlers,
    // — Operations: incidents, maintenance, checklist, status —
    operations,
    // — Reports and KoboToolbox —
    // KoboToolbox
    kobo,
    // Reports
    reports: reportDeps,
    // — Turns for people waiting —
    turns,
    directorySync,
  });

  let closing: Promise<void> | undefined;
  return {
    dispatch: createDispatcher(handlers, logger, staff.authorise),
    events,
    printing,
    equipment,
    // — Operations: incidents, maintenance, checklist, status —
    incidents: operations.incidents,
    // — Printer administration and kiosk hardening —
    rendererCrashes,
    // — Reports and KoboToolbox —
    // KoboToolbox
    kobo,
    recordingGate,
    scannerGate,
    directorySync,
    visitorScannerGate,
    close: () => {
      closing ??= (async () => {
        retention.stop();
        await directorySync.close();
        clearTimeout(reportWarmUp);
        config.close();
        await printing.close();
        // — Operations: incidents, maintenance, checklist, status —
        await operations.close();
        // — Reports and KoboToolbox —
        // KoboToolbox
        await kobo.close();
        await database.close();
      })();
      return closing;
    },
  };
}
