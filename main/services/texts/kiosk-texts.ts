import type { Logger } from '../logger.js';
import { PATHWAY_TEXT_SET } from '../pathways/pathway-texts.js';
import { SLIP_TEXT_SET } from '../printing/slip/slip-texts.js';
import { REPORT_TEXT_SET } from '../reports/report-texts.js';
import { SHEET_TEXT_SET } from '../topics/sheet-texts.js';
import { TURN_REPORT_TEXT_SET } from '../reports/turn-report-texts.js';
import { TICKET_TEXT_SET } from '../turns/ticket-texts.js';

import { CALENDAR_TEXTS } from './calendar-texts.js';
import type { TextProblem } from './text-set.js';

/** Every kind of text main prints or writes, each read from `locales/` once. */
const TEXT_SETS = [
  SLIP_TEXT_SET,
  PATHWAY_TEXT_SET,
  SHEET_TEXT_SET,
  REPORT_TEXT_SET,
  CALENDAR_TEXTS,
  // — Turns for people waiting —
  TICKET_TEXT_SET,
  TURN_REPORT_TEXT_SET,
] as const;

/** What is wrong in the text files, by file and key; empty when all are valid. */
export function textProblems(): TextProblem[] {
  return TEXT_SETS.flatMap((set) => set.problems());
}

/**
 * Reads every text file at start and logs each problem with its file and key, so a bad file shows
 * in the log when the kiosk starts rather than on a visitor's slip. The kiosk still starts: the
 * language with a bad file prints in the first valid language (see docs/texts.md).
 */
export function logTextProblems(logger: Logger): number {
  const problems = textProblems();
  for (const problem of problems) {
    logger.error('text_file_invalid', { file: problem.file, key: problem.key, problem: problem.message });
  }
  return problems.length;
}
