import type { PrinterProblem, PrinterState, PrinterStatus, PrintJobState } from '../../../main/contract/index.js';

/** Typed keys for the printer's codes, so a code without a message fails to compile. */
export function printerStateKey(state: PrinterState) {
  return `printerAdmin.status.states.${state}` as const;
}

export function printerProblemKey(problem: PrinterProblem) {
  return `printerAdmin.problems.${problem}` as const;
}

export function printerTransportKey(transport: PrinterStatus['transport']) {
  return `printerAdmin.transports.${transport}` as const;
}

export function printJobStateKey(state: PrintJobState) {
  return `printerAdmin.jobs.states.${state}` as const;
}

/** A job still on its way cannot be reprinted yet: it may still come out. */
export function canReprint(state: PrintJobState): boolean {
  return state === 'printed' || state === 'failed' || state === 'interrupted';
}
