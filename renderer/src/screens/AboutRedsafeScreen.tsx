import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { ListenButton } from '../components/ListenButton.js';
import { Pictogram, type PictogramName } from '../components/Pictogram.js';
import { useKioskStore } from '../store/index.js';

import { ScreenLayout } from './ScreenLayout.js';

/** RedSafe's five features (public ICRC facts) and whether each needs an account. */
const FEATURES: readonly {
  id: 'information' | 'vault' | 'map' | 'alerts' | 'messages';
  pictogram: PictogramName;
  account: boolean;
}[] = [
  { id: 'information', pictogram: 'info', account: false },
  { id: 'vault', pictogram: 'privacy', account: true },
  { id: 'map', pictogram: 'services', account: false },
  { id: 'alerts', pictogram: 'warning', account: false },
  { id: 'messages', pictogram: 'family', account: true },
];

const SAFETY_TIPS = ['save', 'clear', 'logout'] as const;

export function AboutRedsafeScreen(): ReactElement {
  const { t } = useTranslation();
  const open = useKioskStore((state) => state.open);

  return (
    <ScreenLayout
      name="about-redsafe"
      heading={t('about.heading')}
      pictogram="info"
      readAloud={[
        { id: 'about.intro', text: t('about.intro') },
        { id: 'about.dataBody', text: t('about.dataBody') },
        { id: 'about.languageBody', text: t('about.languageBody') },
      ]}
      headingClip={{ id: 'about.heading', text: t('about.heading') }}
    >
      <p className="lead">{t('about.intro')}</p>
      <section className="panel" aria-labelledby="about-features">
        <h2 id="about-features">{t('about.featuresHeading')}</h2>
        <ul className="feature-list" role="list">
          {FEATURES.map((feature) => (
            <li key={feature.id} className="feature-list__item" data-testid={`feature-${feature.id}`}>
              <Pictogram name={feature.pictogram} className="pictogram--feature" />
              <div className="feature-list__text">
                <span className="feature-list__name">{t(`about.features.${feature.id}.name`)}</span>
                <span>{t(`about.features.${feature.id}.body`)}</span>
                <span className={feature.account ? 'badge badge--account' : 'badge'}>
                  {feature.account ? t('about.needsAccount') : t('about.noAccount')}
                </span>
              </div>
              <ListenButton
                items={[
                  { id: `about.features.${feature.id}.name`, text: t(`about.features.${feature.id}.name`) },
                  { id: `about.features.${feature.id}.body`, text: t(`about.features.${feature.id}.body`) },
                  feature.account
                    ? { id: 'about.needsAccount', text: t('about.needsAccount') }
                    : { id: 'about.noAccount', text: t('about.noAccount') },
                ]}
                part={t(`about.features.${feature.id}.name`)}
                testId={`listen-feature-${feature.id}`}
              />
            </li>
          ))}
        </ul>
      </section>
      <div className="columns">
        <section className="panel" aria-labelledby="about-data">
          <div className="section-title">
            <h2 id="about-data">{t('about.dataHeading')}</h2>
            <ListenButton
              items={[
                { id: 'about.dataHeading', text: t('about.dataHeading') },
                { id: 'about.dataBody', text: t('about.dataBody') },
              ]}
              part={t('about.dataHeading')}
              testId="listen-about-data"
            />
          </div>
          <p>{t('about.dataBody')}</p>
        </section>
        <section className="panel" aria-labelledby="about-language">
          <div className="section-title">
            <h2 id="about-language">{t('about.languageHeading')}</h2>
            <ListenButton
              items={[
                { id: 'about.languageHeading', text: t('about.languageHeading') },
                { id: 'about.languageBody', text: t('about.languageBody') },
              ]}
              part={t('about.languageHeading')}
              testId="listen-about-language"
            />
          </div>
          <p>{t('about.languageBody')}</p>
        </section>
      </div>
      <section className="panel" aria-labelledby="about-safety">
        <div className="section-title">
          <h2 id="about-safety">{t('about.safetyHeading')}</h2>
          <ListenButton
            items={[
              { id: 'about.safetyHeading', text: t('about.safetyHeading') },
              ...SAFETY_TIPS.map((tip) => ({ id: `about.safety.${tip}`, text: t(`about.safety.${tip}`) })),
            ]}
            part={t('about.safetyHeading')}
            testId="listen-about-safety"
          />
        </div>
        <ul className="check-list">
          {SAFETY_TIPS.map((tip) => (
            <li key={tip}>{t(`about.safety.${tip}`)}</li>
          ))}
        </ul>
      </section>
      <button
        type="button"
        className="button button--primary button--large"
        data-testid="about-start-guide"
        onClick={() => {
          open({ screen: 'account-guide' });
        }}
      >
        <Pictogram name="account" />
        <span>{t('home.tiles.createAccount')}</span>
      </button>
    </ScreenLayout>
  );
}
