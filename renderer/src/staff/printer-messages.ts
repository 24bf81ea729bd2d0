import {
  PRINTER_PROBLEMS,
  type PrinterProblem,
  type PrinterState,
  type PrinterStatus,
  type PrintJobState,
} from '../../../main/contract/index.js';

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

/**
 * A job's reason as problem codes when it is only that (`cover_open,paper_end`), so staff read it
 * in their language; other reasons (timeouts, transport errors) stay as the printer module wrote them.
 */
export function reasonProblems(reason: string): PrinterProblem[] | null {
  const parts = reason.split(',').map((part) => part.trim());
  const known = (part: string): part is PrinterProblem => (PRINTER_PROBLEMS as readonly string[]).includes(part);
  return parts.length > 0 && parts.every(known) ? parts : null;
}
