import type { CalendarNames, KoboProblem, KoboSubmissionState } from '../../../main/contract/index.js';

/** "octubre 2026": the month's name from the locale files, never from `Intl` (no Kreyòl there). */
export function monthLabel(month: string, names: CalendarNames): string {
  const [year, number] = month.split('-');
  return `${names.months[Number(number) - 1] ?? month} ${year ?? ''}`.trim();
}

/** Typed keys, so a state or problem without words fails to compile. */
export function koboStateKey(state: KoboSubmissionState) {
  return `kobo.states.${state}` as const;
}

export function koboProblemKey(problem: KoboProblem) {
  return `kobo.problems.${problem}` as const;
}
