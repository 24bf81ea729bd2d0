import { Buffer } from 'node:buffer';

import {
  err,
  lowersRule,
  MAX_REPORT_DOWNLOAD_BYTES,
  ok,
  type ReportOptions,
  type ReportRule,
  type Result,
} from '../../contract/index.js';
import type { Clock } from '../clock.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { EventBus } from '../event-bus.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import type { StaffCaller } from '../staff-caller.js';
import { appendAudit } from '../operator/operator-store.js';

import { destinationDir, listDestinations, type DestinationOptions } from './report-destinations.js';
import type { ReportService } from './report-service.js';
import { describeRule } from './suppression.js';

type ReportMethods = 'previewReport' | 'exportReport' | 'listReportDestinations' | 'saveReport';
export type ReportHandlers = Pick<KioskHandlers, ReportMethods>;

export interface ReportHandlerDeps {
  readonly reports: ReportService;
  readonly database: KioskDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events: EventBus;
  readonly destinations: DestinationOptions;
}

/**
 * Reports are the supervisor's (declared in the contract; an operator's session never gets here).
 * Every export is audited with the small-count rule it applied. A rule below the site's is the
 * supervisor's alone, checked here again so that opening reports to operators one day could not
 * open lowering with it; such an export's audit row says "lowered".
 */
export function createReportHandlers(deps: ReportHandlerDeps): ReportHandlers {
  const { reports, database, clock, logger, events } = deps;
  const progress = (percent: number): void => {
    events.emit({ type: 'reportProgress', percent });
  };
  const audit = async (options: ReportOptions, rule: ReportRule, where: string, caller: StaffCaller): Promise<void> => {
    const detail = `${options.format} ${options.from}..${options.to} ${options.language} ${where}; ${describeRule(rule)}`;
    const written = await useDatabase(database, logger, 'report_audit', (db) =>
      appendAudit(db, { at: clock.now(), kind: 'export', role: caller.role, actor: caller.name, detail }),
    );
    if (!written.ok) logger.warn('report_not_audited', { code: written.error.code });
  };

  /** The export's rule if it is still current and this caller may apply it. */
  const allowedRule = (options: ReportOptions, caller: StaffCaller): Result<ReportRule> => {
    const rule = reports.checkRule(options);
    if (rule.ok && lowersRule(rule.value) && caller.role !== 'supervisor') {
      return err('NOT_AUTHORISED', 'only a supervisor may lower the small-count rule');
    }
    return rule;
  };

  return {
    previewReport: ({ from, to, suppress }, caller) => {
      if (lowersRule(reports.ruleNow(suppress)) && caller.role !== 'supervisor') {
        return Promise.resolve(err('NOT_AUTHORISED', 'only a supervisor may lower the small-count rule'));
      }
      return reports.preview(from, to, suppress);
    },

    exportReport: async ({ options }, caller) => {
      const rule = allowedRule(options, caller);
      if (!rule.ok) return rule;
      const built = await reports.build(options, progress);
      if (!built.ok) return built;
      const { fileName, mime, bytes } = built.value;
      if (bytes.byteLength > MAX_REPORT_DOWNLOAD_BYTES) {
        return err('PAYLOAD_TOO_LARGE', `${bytes.byteLength} bytes; save it to a drive instead`);
      }
      await audit(options, rule.value, 'download', caller);
      progress(100);
      return ok({
        fileName,
        mime,
        bytes: bytes.byteLength,
        base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      });
    },

    listReportDestinations: async () => ok({ destinations: await listDestinations(deps.destinations) }),

    saveReport: async (
      { options, destination },
      caller,
    ): Promise<Result<{ fileName: string; path: string; bytes: number }>> => {
      const rule = allowedRule(options, caller);
      if (!rule.ok) return rule;
      // Only a folder the kiosk offered: the renderer names a destination, never a path.
      const target = (await listDestinations(deps.destinations)).find((d) => d.id === destination);
      if (target === undefined) return err('NOT_FOUND', `no destination "${destination}" (was the drive removed?)`);
      let dir: string;
      try {
        dir = await destinationDir(target);
      } catch (error) {
        return err('NOT_WRITABLE', error instanceof Error ? error.message : String(error));
      }
      const saved = await reports.exportTo(dir, options, progress);
      if (saved.ok) await audit(options, rule.value, target.kind, caller);
      return saved;
    },
  };
}
