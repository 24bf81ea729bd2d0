import type { TFunction } from 'i18next';

import { LANGUAGES, WEEKDAYS, type DirectoryFieldProblem } from '../../../../main/contract/index.js';

/** A refused field, in the staff member's language: the code's words, never the schema's English. */
export function problemText(t: TFunction, problem: DirectoryFieldProblem): string {
  return t(`directoryAdmin.problems.${problem.code}`);
}

const GROUPS = new Set([
  'phones',
  'openingHours',
  'hoursNote',
  'address',
  'cost',
  'whatToBring',
  'until',
  'text',
  'serviceId',
  'copy',
]);
const ADDRESS_WORDS = new Set(['street', 'neighbourhood', 'municipality', 'city', 'state', 'postalCode', 'reference']);

/**
 * `phones.0.number` → "Phones 1", `hoursNote.ht` → "Note on opening hours · Haitian Creole",
 * `openingHours.monday.1` → "Opening hours · Monday": the path in words a supervisor knows.
 */
export function fieldName(t: TFunction, field: string): string {
  const words: string[] = [];
  for (const part of field.split('.')) {
    if (/^\d+$/.test(part)) words.push(String(Number(part) + 1));
    else if ((LANGUAGES as readonly string[]).includes(part))
      words.push(t(`languageNames.${part}` as 'languageNames.es'));
    else if ((WEEKDAYS as readonly string[]).includes(part)) {
      // The locale lists weekdays from Sunday; the contract from Monday.
      const index = ((WEEKDAYS as readonly string[]).indexOf(part) + 1) % 7;
      words.push(weekday(t, index) || part);
    } else if (GROUPS.has(part)) words.push(t(`directoryAdmin.fields.${part}` as 'directoryAdmin.fields.text'));
    else if (ADDRESS_WORDS.has(part))
      words.push(t(`directoryAdmin.address.${part}` as 'directoryAdmin.address.street'));
  }
  return words.length === 0 ? field : words.join(' · ');
}

function weekday(t: TFunction, index: number): string {
  const names = t('calendar.weekdays', { returnObjects: true }) as unknown as readonly string[];
  return names[index] ?? '';
}
