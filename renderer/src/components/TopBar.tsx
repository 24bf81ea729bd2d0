import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { localize } from '../i18n/i18n.js';
import { useKioskStore } from '../store/index.js';

import { LanguageButtons } from './LanguageButtons.js';
import { Modal } from './Modal.js';
import { OperatorNotice } from './OperatorNotice.js';
import { Pictogram } from './Pictogram.js';
import { SteadyLabel } from './SteadyLabel.js';

/**
 * On every screen: where you are (the site), your language, and urgent help. A person in distress
 * must never have to go back through screens to find help.
 */
export function TopBar(): ReactElement {
  const { t } = useTranslation();
  const language = useKioskStore((state) => state.language);
  // Before a language is chosen, the name shows in the site's own default language.
  const siteName = useKioskStore((state) =>
    state.site ? localize(state.site.name, language ?? state.site.defaultLanguage) : '',
  );
  const onLanguageScreen = useKioskStore((state) => state.route.screen === 'language');
  const chooseLanguage = useKioskStore((state) => state.chooseLanguage);
  const open = useKioskStore((state) => state.open);
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <header className="top-bar" data-testid="top-bar">
      <div className="top-bar__site">
        <span className="top-bar__site-name" data-testid="site-name">
          {siteName}
        </span>
        <OperatorNotice />
      </div>
      <div className="top-bar__actions">
        {/* The language screen is itself the language switch: there the switch keeps its place but
            is not seen, not read and cannot be tapped, so urgent help stays where it will be. */}
        <button
          type="button"
          className={`button button--quiet top-bar__button${onLanguageScreen ? ' top-bar__button--place-only' : ''}`}
          data-testid="language-switch"
          aria-haspopup="dialog"
          aria-hidden={onLanguageScreen ? true : undefined}
          tabIndex={onLanguageScreen ? -1 : undefined}
          onClick={() => {
            setMenuOpen(true);
          }}
        >
          <Pictogram name="language" />
          <SteadyLabel messageKey="topBar.language" />
        </button>
        <button
          type="button"
          className="button button--urgent top-bar__button"
          data-testid="urgent-help-button"
          onClick={() => {
            open({ screen: 'urgent-help' });
          }}
        >
          <Pictogram name="urgent" />
          <SteadyLabel messageKey="topBar.urgentHelp" />
        </button>
      </div>
      {menuOpen ? (
        <Modal
          heading={t('language.choose')}
          className="language-menu"
          testId="language-menu"
          onClose={() => {
            setMenuOpen(false);
          }}
        >
          <LanguageButtons
            size="medium"
            label={t('language.choose')}
            current={language}
            onChoose={(chosen) => {
              setMenuOpen(false);
              chooseLanguage(chosen);
            }}
          />
          <button
            type="button"
            className="button button--quiet modal__close"
            onClick={() => {
              setMenuOpen(false);
            }}
          >
            {t('topBar.close')}
          </button>
        </Modal>
      ) : null}
    </header>
  );
}
