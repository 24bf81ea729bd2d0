import { z } from 'zod';

import type { Language } from '../../contract/index.js';
import { text } from '../texts/text-schemas.js';
import { textSet, type TextSource } from '../texts/text-set.js';

/**
 * The fixed words of a take-away sheet, read from `locales/slip/<lang>.json` (`sheet`), the file
 * of every printed word (see docs/texts.md).
 */
export interface SheetTexts {
  readonly steps: string;
  readonly askStaff: string;
  readonly noPersonalData: string;
  readonly sample: string;
}

const sheetTextsSchema = z.object({
  steps: text(),
  askStaff: text(),
  noPersonalData: text(),
  sample: text(),
}) satisfies z.ZodType<SheetTexts>;

export const SHEET_TEXT_SOURCE: TextSource<SheetTexts> = {
  namespace: 'slip',
  section: 'sheet',
  schema: sheetTextsSchema,
};
export const SHEET_TEXT_SET = textSet(SHEET_TEXT_SOURCE);

/**
 * A language's own sheet words, or undefined when its file is bad: that sheet is then shown on
 * screen rather than printed, since a sheet with fixed words in another language would confuse
 * more than it helps.
 */
export function sheetTexts(language: Language): SheetTexts | undefined {
  return SHEET_TEXT_SET.own(language);
}
