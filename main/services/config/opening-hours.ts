import { WEEKDAYS, type OpeningHours } from '../../contract/index.js';

import type { FieldProblem } from './field-problem.js';

function minutes(time: string): number {
  const [hours = '0', mins = '0'] = time.split(':');
  return Number(hours) * 60 + Number(mins);
}

/** Ranges must close after they open and must not overlap within a day (the format is checked by the schema). */
export function checkOpeningHours(hours: OpeningHours, at: readonly (string | number)[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const day of WEEKDAYS) {
    const ranges = (hours[day] ?? []).map((text, index) => {
      const [opens = '', closes = ''] = text.split('-');
      return { index, text, opens: minutes(opens), closes: minutes(closes) };
    });
    for (const range of ranges) {
      if (range.closes <= range.opens) {
        problems.push({
          path: [...at, day, range.index],
          code: 'inconsistent',
          message: `"${range.text}" closes before it opens; split a range that crosses midnight over two days`,
        });
      }
    }
    const sorted = ranges.filter((r) => r.closes > r.opens).sort((a, b) => a.opens - b.opens);
    for (let i = 1; i < sorted.length; i += 1) {
      const previous = sorted[i - 1];
      const current = sorted[i];
      if (previous !== undefined && current !== undefined && current.opens < previous.closes) {
        problems.push({
          path: [...at, day, current.index],
          code: 'inconsistent',
          message: `"${current.text}" overlaps "${previous.text}" on ${day}`,
        });
      }
    }
  }
  return problems;
}
