import type { ReactElement } from 'react';

import { ENDONYMS, LANGUAGES } from '../../../main/contract/index.js';

import { InAllLanguages } from '../components/InAllLanguages.js';
import { LanguageButtons } from '../components/LanguageButtons.js';
import { LanguageListenButtons } from '../components/LanguageListenButtons.js';
import { Pictogram } from '../components/Pictogram.js';
import { useKioskStore } from '../store/index.js';

const ALL_LANGUAGES = LANGUAGES.map((language) => ENDONYMS[language]).join(' · ');

/** The start of every visit. Nothing here is in one language only: nobody has chosen yet. */
export function LanguageScreen(): ReactElement {
  const chooseLanguage = useKioskStore((state) => state.chooseLanguage);
  return (
    <section className="screen screen--language" data-testid="screen-language" aria-labelledby="language-heading">
      <Pictogram name="language" className="pictogram--title" />
      <InAllLanguages messageKey="language.welcome" as="p" className="language-screen__welcome" />
      <h1 id="language-heading" className="language-screen__heading" data-testid="screen-heading">
        <InAllLanguages messageKey="language.choose" as="span" />
      </h1>
      <LanguageButtons size="large" label={ALL_LANGUAGES} current={null} onChoose={chooseLanguage} />
      <LanguageListenButtons />
    </section>
  );
}
