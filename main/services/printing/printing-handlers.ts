import { err } from '../../contract/index.js';
import type { KioskHandlers } from '../handlers.js';

// Being built: referral codes, slips and printers.
export function createPrintingHandlers(): Pick<KioskHandlers, 'showReferral' | 'printReferral' | 'getPrinterStatus'> {
  return {
    showReferral: () => Promise.resolve(err('INTERNAL', 'not available yet')),
    printReferral: () => Promise.resolve(err('INTERNAL', 'not available yet')),
    getPrinterStatus: () => Promise.resolve(err('INTERNAL', 'not available yet')),
  };
}
