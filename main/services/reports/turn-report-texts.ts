import { z } from 'zod';

import { TURN_NEEDS, type Language, type TurnNeed } from '../../contract/index.js';
import { text, textsFor } from '../texts/text-schemas.js';
import { textSet, type TextSource } from '../texts/text-set.js';

const COLUMNS = ['date', 'turns', 'served', 'noShows', 'leftOpen', 'waitsMeasured', 'waitMedian', 'waitP90'] as const;

/** The words of the turns table and the PDF's turns section, from `locales/reports/<lang>.json` (`turns`). */
export interface TurnReportTexts {
  readonly sheet: string;
  readonly columns: Readonly<Record<(typeof COLUMNS)[number], string>>;
  readonly needs: Readonly<Record<TurnNeed, string>>;
  readonly pdf: { readonly heading: string; readonly total: string; readonly note: string };
}

const schema = z.object({
  // A sheet name: Excel refuses more than 31 characters and any of []:*?/\.
  sheet: text()
    .refine((name) => name.length <= 31, 'is longer than the 31 characters of a sheet name')
    .refine((name) => !/[[\]:*?/\\]/.test(name), 'has a character a sheet name may not hold: []:*?/\\'),
  columns: textsFor(COLUMNS),
  needs: textsFor(TURN_NEEDS),
  pdf: z.object({ heading: text(), total: text(), note: text() }),
}) satisfies z.ZodType<TurnReportTexts>;

export const TURN_REPORT_TEXT_SOURCE: TextSource<TurnReportTexts> = {
  namespace: 'reports',
  section: 'turns',
  schema,
};
export const TURN_REPORT_TEXT_SET = textSet(TURN_REPORT_TEXT_SOURCE);

export function turnReportTexts(language: Language): TurnReportTexts {
  return TURN_REPORT_TEXT_SET.get(language);
}
