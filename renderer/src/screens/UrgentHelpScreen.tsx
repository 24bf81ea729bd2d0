import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { configClipId, type EmergencyNumber, type Language } from '../../../main/contract/index.js';
import { ListenButton } from '../components/ListenButton.js';
import { Pictogram } from '../components/Pictogram.js';
import { SampleMark } from '../components/SampleMark.js';
import { localize } from '../i18n/i18n.js';
import { toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';

import { ScreenLayout } from './ScreenLayout.js';

const NO_NUMBERS: readonly EmergencyNumber[] = [];

/** What a number's clip says (`emergency.<id>`), as the clip coverage counts it: label, number, description. */
function numberText(entry: EmergencyNumber, language: Language): string {
  const parts = [entry.label[language], entry.number, entry.description?.[language]];
  return parts.filter((part) => part !== undefined).join('. ');
}

/** Emergency numbers from the site's configuration, large and calm, and what to do for a child alone. */
export function UrgentHelpScreen(): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const numbers = useKioskStore((state) => state.site?.emergencyNumbers ?? NO_NUMBERS);
  const open = useKioskStore((state) => state.open);

  return (
    <ScreenLayout
      name="urgent-help"
      heading={t('urgentHelp.heading')}
      pictogram="urgent"
      readAloud={[
        { id: 'urgentHelp.intro', text: t('urgentHelp.intro') },
        { id: 'urgentHelp.childBody', text: t('urgentHelp.childBody') },
      ]}
      headingClip={{ id: 'urgentHelp.heading', text: t('urgentHelp.heading') }}
    >
      <p className="lead">{t('urgentHelp.intro')}</p>
      <div className="urgent-help">
        <section className="panel" aria-labelledby="emergency-numbers-heading">
          <h2 id="emergency-numbers-heading">{t('urgentHelp.numbersHeading')}</h2>
          <SampleMark />
          {numbers.length === 0 ? (
            <p data-testid="no-emergency-numbers">{t('urgentHelp.noNumbers')}</p>
          ) : (
            <ul className="phone-list" role="list">
              {numbers.map((entry) => (
                <li key={entry.id} className="phone-list__item" data-testid="emergency-number">
                  <span className="phone-list__label">{localize(entry.label, language)}</span>
                  {/* Digits read left to right in every language; `tel:` is useless on a kiosk. */}
                  <span className="phone-number" dir="ltr" data-testid="emergency-number-value" data-verbatim="">
                    {entry.number}
                  </span>
                  {entry.description === undefined ? null : (
                    <span className="phone-list__description">{localize(entry.description, language)}</span>
                  )}
                  <ListenButton
                    items={[{ id: configClipId('emergency', entry.id), text: numberText(entry, language) }]}
                    part={localize(entry.label, language)}
                    testId={`listen-emergency-${entry.id}`}
                  />
                  {entry.open24h ? (
                    <span className="phone-list__hours">
                      <Pictogram name="clock" />
                      {t('urgentHelp.open24h')}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel panel--child" aria-labelledby="child-alone-heading">
          <Pictogram name="child" className="pictogram--panel" />
          <div className="panel__body">
            <div className="section-title">
              <h2 id="child-alone-heading">{t('urgentHelp.childHeading')}</h2>
              <ListenButton
                items={[
                  { id: 'urgentHelp.childHeading', text: t('urgentHelp.childHeading') },
                  { id: 'urgentHelp.childBody', text: t('urgentHelp.childBody') },
                ]}
                part={t('urgentHelp.childHeading')}
                testId="listen-child-alone"
              />
            </div>
            <p>{t('urgentHelp.childBody')}</p>
            <button
              type="button"
              className="button button--primary"
              data-testid="urgent-ask-staff"
              onClick={() => {
                open({ screen: 'ask-staff' });
              }}
            >
              <Pictogram name="staff" />
              <span>{t('urgentHelp.askStaff')}</span>
            </button>
          </div>
        </section>
      </div>
    </ScreenLayout>
  );
}
