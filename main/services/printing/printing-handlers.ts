import { ok } from '../../contract/index.js';
import type { KioskHandlers } from '../handlers.js';

import type { PrintingService } from './printing-service.js';

/** Bound of a status refresh asked for by a screen; the method's own timeout is longer. */
export interface PrintingHandlerDeps {
  readonly printing: PrintingService;
}

export function createPrintingHandlers({
  printing,
}: PrintingHandlerDeps): Pick<KioskHandlers, 'showReferral' | 'printReferral' | 'getPrinterStatus'> {
  return {
    showReferral: (request) => printing.showReferral(request),
    printReferral: (request) => printing.printReferral(request),
    getPrinterStatus: async () => ok(await printing.printerStatus(true)),
  };
}
