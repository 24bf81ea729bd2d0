import { ok, type Result } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import { appendAudit } from '../operator/operator-store.js';
import type { StaffCaller } from '../staff-caller.js';

import type { PrintingService } from './printing-service.js';

type PrinterAdminMethods = 'listPrintJobs' | 'reprintJob' | 'recoverPrinter' | 'printTestSlip' | 'readPrinterStatus';

export interface PrinterAdminDeps {
  readonly printing: PrintingService;
  readonly database: KioskDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
}

const DEFAULT_JOBS_LISTED = 20;

/**
 * The printer as staff handle it: recent jobs, reprint, `DLE ENQ 2` recovery and the code-page
 * self-test, for any staff member (the contract says `operator`: a jammed printer cannot wait for
 * a supervisor). Actions that make the printer do something are audited.
 */
export function createPrinterAdminHandlers(deps: PrinterAdminDeps): Pick<KioskHandlers, PrinterAdminMethods> {
  const { printing, database, clock, logger } = deps;

  // The action has happened by now, so a failed audit write is logged, not reported as failure.
  const audit = async (
    kind: 'printer_reprint' | 'printer_recovered' | 'printer_test',
    by: StaffCaller,
    detail: string,
  ): Promise<void> => {
    const written: Result<void> = await useDatabase(database, logger, 'printer_audit', (db) =>
      appendAudit(db, { at: clock.now(), kind, role: by.role, actor: by.name, detail }),
    );
    if (!written.ok) logger.warn('printer_audit_not_written', { kind, code: written.error.code });
  };

  return {
    listPrintJobs: async ({ limit }) => {
      const jobs = await printing.recentJobs(limit ?? DEFAULT_JOBS_LISTED);
      return jobs.ok ? ok({ jobs: jobs.value.map((job) => ({ ...job })) }) : jobs;
    },

    reprintJob: async ({ jobId }, caller) => {
      const printed = await printing.reprint(jobId);
      if (printed.ok) {
        const { outcome, jobId: newJob } = printed.value;
        await audit('printer_reprint', caller, `job ${jobId} → ${newJob === null ? '-' : `job ${newJob}`}: ${outcome}`);
      }
      return printed;
    },

    recoverPrinter: async (_request, caller) => {
      const status = await printing.recover();
      await audit(
        'printer_recovered',
        caller,
        `${status.state}${status.problems.length > 0 ? `: ${status.problems.join(', ')}` : ''}`,
      );
      return ok(status);
    },

    printTestSlip: async (_request, caller) => {
      const result = await printing.printTest();
      await audit('printer_test', caller, result.outcome);
      return ok(result);
    },

    readPrinterStatus: async () => ok(await printing.printerStatus(true)),
  };
}
