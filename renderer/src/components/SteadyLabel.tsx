import { memo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { LANGUAGES } from '../../../main/contract/index.js';
import { toLanguage } from '../i18n/resources.js';

/** Labels of the bars' buttons, in the first bundle for all four languages (FIRST_SCREEN_KEYS). */
type SteadyKey = 'topBar.language' | 'topBar.urgentHelp' | 'nav.back' | 'nav.home' | 'nav.finish';

/**
 * A button label that keeps the button's width in every language: the label in all four languages
 * lies in the same place and only the current one is seen, so the widest sets the width. Choosing a
 * language then moves nothing in the top and bottom bars, not even by the difference between
 * "Ayuda urgente" and "Èd ijans", or "Terminar" and "Fini". Hidden labels are neither seen nor
 * read aloud (`visibility: hidden`).
 *
 * Choosing a language shows one label and hides another; no label's words change. The browser
 * would count a centred label whose words change as a layout shift, and keep each in its timeline.
 */
function SteadyLabelOf({ messageKey }: { readonly messageKey: SteadyKey }): ReactElement {
  // Subscribed for the re-render on a language change; the labels come from fixed languages.
  const { i18n } = useTranslation();
  const current = toLanguage(i18n.language);
  return (
    <span className="steady-label">
      {LANGUAGES.map((language) => {
        const hidden = language !== current;
        return (
          <span
            key={language}
            className={hidden ? 'steady-label__other' : undefined}
            aria-hidden={hidden ? true : undefined}
          >
            {i18n.getFixedT(language)(messageKey)}
          </span>
        );
      })}
    </span>
  );
}

/** Drawn again only when the language changes (its own subscription), not with the bar around it. */
export const SteadyLabel = memo(SteadyLabelOf);
