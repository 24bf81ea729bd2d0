import type { PrintersConfig } from '../config/index.js';
import type { PrintTestResponse } from '../../contract/index.js';
import type { Logger } from '../logger.js';

import type { PrinterRuntime, RuntimeAttempt } from './printer-runtime.js';
import type { PrinterStatusTracker } from './printer-status-tracker.js';
import { selfTestSlip } from './slip/referral-slip.js';
import { columnsOf } from './slip/slip-escpos.js';

/**
 * Prints the code-page self-test slip (every letter of the four languages) on the active printer,
 * in the printer's one line of work, within the site's print timeout. A wrong code page shows as
 * wrong letters on paper; the answer says only whether the slip came out.
 */
export async function printSelfTest(
  active: { printers: PrintersConfig; runtime: PrinterRuntime } | undefined,
  tracker: PrinterStatusTracker,
  logger: Logger,
): Promise<PrintTestResponse> {
  if (active === undefined) {
    tracker.set({ problems: ['not_configured'] });
    return { outcome: 'not_printed', problems: ['not_configured'], previewText: null };
  }
  const { config: printer } = active.runtime;
  const budgetMs = active.printers.printTimeoutSeconds * 1000;
  const controller = new AbortController();
  const started = Date.now();
  // The slip may queue behind a visitor's job, so the wait counts against the same budget.
  const timer = setTimeout(() => {
    controller.abort();
  }, budgetMs);
  try {
    const attempt = await tracker
      .exclusive(async (): Promise<RuntimeAttempt> => {
        const left = budgetMs - (Date.now() - started);
        if (left <= 0 || controller.signal.aborted) {
          return { printed: false, problems: ['no_answer'], reason: 'timeout: waited too long behind other jobs' };
        }
        const doc = selfTestSlip(columnsOf(printer.profile), printer.profile.codePage);
        return active.runtime.print(doc, controller.signal, left);
      })
      .catch((error: unknown): RuntimeAttempt => ({
        printed: false,
        problems: ['disconnected'],
        reason: error instanceof Error ? error.message : String(error),
      }));
    if (printer.transport.kind === 'preview') {
      return { outcome: 'previewed', problems: [], previewText: attempt.preview?.text ?? null };
    }
    tracker.afterJob(attempt);
    logger.info('print_test_done', { printed: attempt.printed, problems: attempt.problems.join(',') });
    if (!attempt.printed) return { outcome: 'not_printed', problems: attempt.problems, previewText: null };
    const problems = attempt.problems.filter((p) => p !== 'status_not_available');
    return { outcome: 'printed', problems, previewText: null };
  } finally {
    clearTimeout(timer);
  }
}
