import type { TFunction } from 'i18next';

import { checkDetailKey, type CheckResult } from '../../../main/contract/index.js';

/** What a check's line says after its status: a sentence in the staff's language, or the English detail. */
export type CheckDetailText =
  { readonly translated: true; readonly text: string } | { readonly translated: false; readonly text: string };

/**
 * The sentence for the result's code (`checkDetails.<kind>.<code>`) with its figures. A code this
 * screen does not know (a newer service, an old stored result) falls back to the services' English
 * detail, so nothing a technician needs is hidden.
 */
export function checkDetailText(t: TFunction, result: CheckResult): CheckDetailText {
  const key = checkDetailKey(result.id, result.code);
  if (key !== undefined) return { translated: true, text: t(`checkDetails.${key}`, { ...result.params }) };
  return { translated: false, text: `${result.code}${result.detail === null ? '' : ` · ${result.detail}`}` };
}
