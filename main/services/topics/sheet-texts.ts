import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { LANGUAGES, type Language } from '../../contract/index.js';

/** The fixed words of a take-away sheet: `topics.sheet.*` of each locale file. */
export interface SheetTexts {
  readonly steps: string;
  readonly askStaff: string;
  readonly noPersonalData: string;
  readonly sample: string;
}
export type SheetTextsByLanguage = Readonly<Record<Language, SheetTexts>>;

const KEYS = ['steps', 'askStaff', 'noPersonalData', 'sample'] as const;

function isSheetTexts(value: unknown): value is SheetTexts {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return KEYS.every((key) => typeof record[key] === 'string' && record[key].trim() !== '');
}

/**
 * Reads `topics.sheet` from each locale file, the way the slips read `calendar`: kept small and
 * on its own so a general loader of printed texts can replace it. A language whose file is
 * missing or incomplete is left out, and its sheet is not printed (shown on screen instead):
 * a sheet with fixed words in another language would confuse more than it helps.
 */
export async function loadSheetTexts(localesDir: string | undefined): Promise<Partial<SheetTextsByLanguage>> {
  const texts: Partial<Record<Language, SheetTexts>> = {};
  if (localesDir === undefined) return texts;
  await Promise.all(
    LANGUAGES.map(async (language) => {
      try {
        const parsed = JSON.parse(await readFile(join(localesDir, `${language}.json`), 'utf8')) as {
          topics?: { sheet?: unknown };
        };
        const sheet = parsed.topics?.sheet;
        if (isSheetTexts(sheet)) texts[language] = sheet;
      } catch {
        // Left out: see above.
      }
    }),
  );
  return texts;
}
