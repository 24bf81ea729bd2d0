import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { LANGUAGES } from '../../../main/contract/index.js';
import { toLanguage } from '../i18n/resources.js';

/** Labels of the top bar's buttons, in the first bundle for all four languages. */
type SteadyKey = 'topBar.language' | 'topBar.urgentHelp';

/**
 * A button label that keeps the button's width in every language: the label in the three other
 * languages lies hidden in the same place, so the widest of the four sets the width. Choosing a
 * language then moves nothing in the top bar, not even by the difference between "Ayuda urgente"
 * and "Èd ijans". Hidden labels are neither seen nor read aloud (`visibility: hidden`).
 */
export function SteadyLabel({ messageKey }: { readonly messageKey: SteadyKey }): ReactElement {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.language);
  return (
    <span className="steady-label">
      <span>{t(messageKey)}</span>
      {LANGUAGES.filter((language) => language !== current).map((language) => (
        <span key={language} className="steady-label__other" aria-hidden="true">
          {i18n.getFixedT(language)(messageKey)}
        </span>
      ))}
    </span>
  );
}
