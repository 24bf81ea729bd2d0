import { Buffer } from 'node:buffer';

import { err, MAX_REPORT_DOWNLOAD_BYTES, ok, type ReportOptions, type Result } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { EventBus } from '../event-bus.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import type { StaffCaller } from '../staff-caller.js';
import { appendAudit } from '../operator/operator-store.js';

import { destinationDir, listDestinations, type DestinationOptions } from './report-destinations.js';
import type { ReportService } from './report-service.js';

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
 * Every export is audited.
 */
export function createReportHandlers(deps: ReportHandlerDeps): ReportHandlers {
  const { reports, database, clock, logger, events } = deps;
  const progress = (percent: number): void => {
    events.emit({ type: 'reportProgress', percent });
  };
  const audit = async (options: ReportOptions, where: string, caller: StaffCaller): Promise<void> => {
    const detail = `${options.format} ${options.from}..${options.to} ${options.language}${
      options.suppress === undefined ? '' : ` <${options.suppress}`
    } ${where}`;
    const written = await useDatabase(database, logger, 'report_audit', (db) =>
      appendAudit(db, { at: clock.now(), kind: 'export', role: caller.role, actor: caller.name, detail }),
    );
    if (!written.ok) logger.warn('report_not_audited', { code: written.error.code });
  };

  return {
    previewReport: ({ from, to }) => reports.preview(from, to),

    exportReport: async ({ options }, caller) => {
      const built = await reports.build(options, progress);
      if (!built.ok) return built;
      const { fileName, mime, bytes } = built.value;
      if (bytes.byteLength > MAX_REPORT_DOWNLOAD_BYTES) {
        return err('PAYLOAD_TOO_LARGE', `${bytes.byteLength} bytes; save it to a drive instead`);
      }
      await audit(options, 'download', caller);
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
      if (saved.ok) await audit(options, target.kind, caller);
      return saved;
    },
  };
}
