import { err, isKnownUsageKey, isoDay, ok, type Language } from '../contract/index.js';

import { createAudioHandlers } from './audio/audio-handlers.js';
import { audioCoverage, loadClipTextSources } from './audio/audio-coverage.js';
import { createClipStore } from './audio/clip-store.js';
import type { RecordingGate } from './audio/recording-gate.js';
import type { ScannerGate } from './referrals/scanner-gate.js';
import type { VisitorScannerGate } from './referrals/visitor-scanner-gate.js';
import { createRecordingHandlers } from './audio/recording-handlers.js';
import { hashTexts } from './audio/visitor-texts.js';
import type { Clock } from './clock.js';
import { siteView, type ConfigService } from './config/index.js';
import type { KioskDatabase } from './db/index.js';
import type { CentralSync } from './directory/central-sync.js';
import { createCentralSyncHandlers } from './directory/central-sync-handlers.js';
import { createDirectoryAdminHandlers } from './directory/directory-admin-handlers.js';
import { createDirectoryHandlers } from './directory/directory-handlers.js';
import type { KioskHandlers } from './handlers.js';
import type { Logger } from './logger.js';
import { auditWriter } from './operator/audit-writer.js';
import type { StaffAccess } from './operator/staff-access.js';
import type { Operations } from './operations/operations-service.js';
import { createEquipmentCheckHandlers, type EquipmentCheckService } from './health/equipment-check-service.js';
import { createActivityHandlers } from './activity/activity-handlers.js';
import { createFollowUpHandlers } from './referrals/follow-up-handlers.js';
import type { ReferralLedger } from './referrals/referral-ledger-service.js';
import { createPathwayHandlers } from './pathways/pathway-handlers.js';
import { createPrinterAdminHandlers } from './printing/printer-admin-handlers.js';
import { createPrintingHandlers } from './printing/printing-handlers.js';
import type { PrintingService } from './printing/printing-service.js';
import { createReportHandlers, type ReportHandlerDeps } from './reports/report-handlers.js';
import { createTopicHandlers } from './topics/topic-handlers.js';
import type { UsageCounters } from './usage/usage-counters.js';
import { createKoboHandlers } from './kobo/kobo-handlers.js';
import type { KoboService } from './kobo/kobo-service.js';
import { createTurnHandlers } from './turns/turn-handlers.js';
import type { TurnService } from './turns/turn-service.js';

export interface KioskHandlerDeps {
  readonly appVersion: string;
  /** The site's configuration folder (read-aloud clips live in its `audio/`). */
  readonly configDir: string;
  /** The data folder: clips recorded at this kiosk and synthetic drafts live in its `audio/`. */
  readonly dataDir: string;
  /** Open while the staff recordings screen is: the Electron shell grants the microphone only then. */
  readonly recordingGate: RecordingGate;
  /** Open while the Follow-up screen's slip scanner runs: the Electron shell grants the camera only then. */
  readonly scannerGate: ScannerGate;
  /** Open while the visitor's own slip scanner runs, where the site allows it (site.json `visitorCamera`). */
  readonly visitorScannerGate: VisitorScannerGate;
  readonly hostKind: 'electron' | 'web';
  readonly clock: Clock;
  readonly logger: Logger;
  readonly config: ConfigService;
  readonly database: KioskDatabase;
  readonly usage: UsageCounters;
  readonly printing: PrintingService;
  /** Referral follow-up: the ledger of codes given and what became of them. */
  readonly referralLedger: ReferralLedger;
  /** The staff area's own handlers (accounts, PINs, sessions, audit log). */
  readonly operator: StaffAccess['handlers'];
  readonly equipment: EquipmentCheckService;
  // — Operations: incidents, maintenance, checklist, status —
  readonly operations: Operations;
  // — Reports and KoboToolbox —
  // KoboToolbox
  readonly kobo: KoboService;
  // Reports
  readonly reports: ReportHandlerDeps;
  // — Turns for people waiting —
  readonly turns: TurnService;
  /** The central directory source. */
  readonly directorySync: CentralSync;
}

/** Days are the site's; before any site.json has been valid there is no site, and UTC stands in. */
const FALLBACK_TIMEZONE = 'UTC';

/**
 * The services' answers to every method of the contract, one group per area. Every area registers
 * the same way, `createXxxHandlers(deps)`, and none is given a way to check tokens: who may call a
 * method is declared in the contract and checked by the dispatcher before any handler runs.
 */
export function createKioskHandlers(deps: KioskHandlerDeps): KioskHandlers {
  const { config, database, clock, logger, printing } = deps;
  return {
    ...createFoundationHandlers(deps),
    ...createDirectoryHandlers({ config, clock }),
    ...createPrintingHandlers({ printing }),
    ...createClipHandlers(deps),
    ...deps.operator,
    ...createEquipmentCheckHandlers({ equipment: deps.equipment }),
    ...createActivityHandlers({ database, clock, logger, config }),
    // — Operations: incidents, maintenance, checklist, status —
    ...deps.operations.handlers,
    // — Printer administration and kiosk hardening —
    ...createPrinterAdminHandlers({ printing, database, clock, logger }),
    // — Reports and KoboToolbox —
    // KoboToolbox
    ...createKoboHandlers({ kobo: deps.kobo }),
    // Reports
    ...createReportHandlers(deps.reports),
    // — Referral pathways —
    ...createPathwayHandlers({ config, database, clock, logger, printing, referralLedger: deps.referralLedger }),
    // — Know your rights and the steps —
    ...createTopicHandlers({ config, clock, logger, printing, usage: deps.usage }),
    // — Referral follow-up —
    ...createFollowUpHandlers({ ledger: deps.referralLedger, clock, logger }),
    setFollowUpScanner: ({ open }) => {
      if (open) deps.scannerGate.open();
      else deps.scannerGate.close();
      return Promise.resolve(ok({ open: deps.scannerGate.isOpen() }));
    },
    // Answers open: false where the site does not allow the visitor's scanner: the screen then
    // asks for no camera at all, in the browser too (where no shell stands in the way).
    setVisitorScanner: ({ open }) => {
      if (open) return Promise.resolve(ok({ open: deps.visitorScannerGate.open() }));
      deps.visitorScannerGate.close();
      return Promise.resolve(ok({ open: false }));
    },
    // — Directory stewardship —
    ...createDirectoryAdminHandlers({
      configDir: deps.configDir,
      config,
      clock,
      logger,
      database,
      centralEntry: (id) => deps.directorySync.services()?.find((entry) => entry.id === id),
    }),
    ...createCentralSyncHandlers(deps.directorySync),
    // — Turns for people waiting —
    ...createTurnHandlers({ turns: deps.turns, printing, config, clock, logger }),
  };
}

type FoundationMethods = 'getKioskInfo' | 'getConfigStatus' | 'getSiteConfig' | 'setLanguage' | 'recordUsage';

function createFoundationHandlers(deps: KioskHandlerDeps): Pick<KioskHandlers, FoundationMethods> {
  const { config, database, usage, logger, clock } = deps;
  return {
    getKioskInfo: () => {
      const site = config.site();
      return Promise.resolve(
        ok({
          appVersion: deps.appVersion,
          host: deps.hostKind,
          site: site === undefined ? null : { id: site.id, name: site.name, timezone: site.timezone },
          today: isoDay(clock.now(), site?.timezone ?? FALLBACK_TIMEZONE),
          database: database.status(),
        }),
      );
    },
    getConfigStatus: () => Promise.resolve(ok(config.status())),
    getSiteConfig: () => {
      const site = config.site();
      return Promise.resolve(
        site === undefined ? err('CONFIG_UNAVAILABLE', 'site.json has never been valid.') : ok(siteView(site)),
      );
    },
    setLanguage: async ({ language }) => {
      // Counting is a side effect: a visitor's language change must work even when the database
      // or the site configuration does not, so a failed count is logged, not returned.
      const counted = await usage.record('language_chosen', language);
      if (!counted.ok) logger.warn('usage_not_counted', { metric: 'language_chosen', code: counted.error.code });
      return ok({ language });
    },
    recordUsage: ({ metric, key }) => {
      // Only the kiosk's own ids are counted: anything else could be text about a person, so it
      // is refused and logged without its content.
      if (!isKnownUsageKey(metric, key)) {
        logger.warn('bad_request', { method: 'recordUsage', metric, reason: 'unknown usage key' });
        return Promise.resolve(err('INVALID_PAYLOAD', `key: not a known key for ${metric}`));
      }
      return usage.record(metric, key);
    },
  };
}

/** Read-aloud: clips for visitors, and the recordings screen for staff, over one clip store. */
function createClipHandlers(
  deps: KioskHandlerDeps,
): Pick<KioskHandlers, 'listAudioClips' | 'getAudioClip' | 'setRecordingScreen'> &
  ReturnType<typeof createRecordingHandlers> {
  const store = createClipStore(deps.dataDir);
  const currentHashes = async (language: Language): Promise<ReadonlyMap<string, string>> => {
    const report = await audioCoverage(await loadClipTextSources(deps.configDir), store, [language]);
    return hashTexts(report.texts.get(language) ?? new Map<string, string>());
  };
  return {
    ...createAudioHandlers({ configDir: deps.configDir, logger: deps.logger, made: { store, currentHashes } }),
    ...createRecordingHandlers({
      configDir: deps.configDir,
      store,
      clock: deps.clock,
      timezone: () => deps.config.site()?.timezone ?? FALLBACK_TIMEZONE,
      logger: deps.logger,
      audit: auditWriter(deps.database, deps.clock, deps.logger),
    }),
    setRecordingScreen: ({ open }) => {
      if (open) deps.recordingGate.open();
      else deps.recordingGate.close();
      return Promise.resolve(ok({ open: deps.recordingGate.isOpen() }));
    },
  };
}
