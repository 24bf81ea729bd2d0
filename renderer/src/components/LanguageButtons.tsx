import type { ReactElement } from 'react';

import { ENDONYMS, LANGUAGES, type Language } from '../../../main/contract/index.js';

export interface LanguageButtonsProps {
  readonly current: Language | null;
  readonly onChoose: (language: Language) => void;
  readonly label: string;
  readonly size: 'large' | 'medium';
}

/**
 * The four languages by their own names, never by flags: a flag is a country, and Spanish or
 * French speakers come from many. Each button carries its own `lang` so it is read aloud and
 * hyphenated in its language, whatever the page's language is.
 */
export function LanguageButtons({ current, onChoose, label, size }: LanguageButtonsProps): ReactElement {
  return (
    <div role="group" aria-label={label} className={`language-buttons language-buttons--${size}`}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button language-button"
          aria-pressed={current === language}
          data-testid={`language-${language}`}
          data-verbatim=""

          onClick={() => {
            onChoose(language);
          }}
        >
          {ENDONYMS[language]}
        </button>
      ))}
    </div>
  );
}
