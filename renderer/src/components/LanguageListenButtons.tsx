import { useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { ENDONYMS, LANGUAGES } from '../../../main/contract/index.js';
import { whenIdle } from '../app/idle-work.js';
import { useKioskStore } from '../store/index.js';

import { ListenButton } from './ListenButton.js';

/**
 * Under each language button, its own listen control: it says "Touch here to use this kiosk in
 * Kreyòl" in Kreyòl, with a clip (or a voice) of that language, never in the voice of whatever
 * language the screen was left in. Nobody has chosen a language yet, so the clip lists of all four
 * are asked for here.
 */
export function LanguageListenButtons(): ReactElement {
  const { i18n } = useTranslation();
  const loadClips = useKioskStore((state) => state.loadClips);
  useEffect(() => {
    // Once the screen is drawn: four requests started in "Finish"'s own task held its frame back.
    for (const language of LANGUAGES) {
      whenIdle(() => {
        void loadClips(language);
      });
    }
  }, [loadClips]);

  return (
    <div className="language-buttons language-buttons--large language-listen" data-testid="language-listen">
      {LANGUAGES.map((language) => (
        <ListenButton
          key={language}
          language={language}
          items={[
            { id: 'readAloud.languageInvitation', text: i18n.getFixedT(language)('readAloud.languageInvitation') },
          ]}
          part={ENDONYMS[language]}
          testId={`listen-language-${language}`}
        />
      ))}
    </div>
  );
}
