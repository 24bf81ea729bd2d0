import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { ListenButton } from '../components/ListenButton.js';
import { Pictogram } from '../components/Pictogram.js';
import { QrCode } from '../components/QrCode.js';
import { readableUrl } from '../components/readable-url.js';
import { useKioskStore } from '../store/index.js';

import { ScreenLayout } from './ScreenLayout.js';

const NEVER_KEPT = ['identity', 'contact', 'credentials', 'search'] as const;

/**
 * What the kiosk keeps and never keeps (data-protection rules of the product brief), who runs the
 * point, and where to read RedSafe's own information notice (a QR to open on one's own phone).
 */
export function PrivacyScreen(): ReactElement {
  const { t } = useTranslation();
  const organisation = useKioskStore((state) => state.site?.organisation ?? '');
  const redsafeUrl = useKioskStore((state) => state.site?.redsafe.noticeUrl ?? '');

  return (
    <ScreenLayout
      name="privacy"
      heading={t('privacy.heading')}
      pictogram="privacy"
      readAloud={[
        { id: 'privacy.keeps', text: t('privacy.keeps') },
        { id: 'privacy.slips', text: t('privacy.slips') },
      ]}
      headingClip={{ id: 'privacy.heading', text: t('privacy.heading') }}
    >
      <div className="columns">
        <section className="panel" aria-labelledby="privacy-keeps">
          <div className="section-title">
            <h2 id="privacy-keeps">{t('privacy.keepsHeading')}</h2>
            <ListenButton
              items={[
                { id: 'privacy.keepsHeading', text: t('privacy.keepsHeading') },
                { id: 'privacy.keeps', text: t('privacy.keeps') },
              ]}
              part={t('privacy.keepsHeading')}
              testId="listen-privacy-keeps"
            />
          </div>
          <p>{t('privacy.keeps')}</p>
        </section>
        <section className="panel" aria-labelledby="privacy-never" data-testid="privacy-never">
          <div className="section-title">
            <h2 id="privacy-never">{t('privacy.neverHeading')}</h2>
            <ListenButton
              items={[
                { id: 'privacy.neverHeading', text: t('privacy.neverHeading') },
                ...NEVER_KEPT.map((item) => ({ id: `privacy.never.${item}`, text: t(`privacy.never.${item}`) })),
                { id: 'privacy.slips', text: t('privacy.slips') },
              ]}
              part={t('privacy.neverHeading')}
              testId="listen-privacy-never"
            />
          </div>
          <ul className="never-list">
            {NEVER_KEPT.map((item) => (
              <li key={item}>{t(`privacy.never.${item}`)}</li>
            ))}
          </ul>
          <p>{t('privacy.slips')}</p>
        </section>
      </div>
      <section className="panel panel--row" aria-labelledby="privacy-finish">
        <Pictogram name="finish" className="pictogram--panel" />
        <div>
          <div className="section-title">
            <h2 id="privacy-finish">{t('privacy.finishHeading')}</h2>
            <ListenButton
              items={[
                { id: 'privacy.finishHeading', text: t('privacy.finishHeading') },
                { id: 'privacy.finishBody', text: t('privacy.finishBody', { finish: t('nav.finish') }) },
              ]}
              part={t('privacy.finishHeading')}
              testId="listen-privacy-finish"
            />
          </div>
          <p>{t('privacy.finishBody', { finish: t('nav.finish') })}</p>
        </div>
      </section>
      <div className="columns">
        <section className="panel" aria-labelledby="privacy-who">
          <div className="section-title">
            <h2 id="privacy-who">{t('privacy.whoHeading')}</h2>
            <ListenButton
              items={[
                { id: 'privacy.whoHeading', text: t('privacy.whoHeading') },
                { id: 'privacy.whoBody', text: t('privacy.whoBody', { organisation }) },
              ]}
              part={t('privacy.whoHeading')}
              testId="listen-privacy-who"
            />
          </div>
          <p>{t('privacy.whoBody', { organisation })}</p>
        </section>
        <section className="panel panel--row" aria-labelledby="privacy-redsafe" data-testid="privacy-notice">
          <div className="panel__body">
            <div className="section-title">
              <h2 id="privacy-redsafe">{t('privacy.redsafeHeading')}</h2>
              <ListenButton
                items={[
                  { id: 'privacy.redsafeHeading', text: t('privacy.redsafeHeading') },
                  { id: 'privacy.redsafeBody', text: t('privacy.redsafeBody', { url: readableUrl(redsafeUrl) }) },
                ]}
                part={t('privacy.redsafeHeading')}
                testId="listen-privacy-redsafe"
              />
            </div>
            <p>{t('privacy.redsafeBody', { url: readableUrl(redsafeUrl) })}</p>
          </div>
          {redsafeUrl === '' ? null : (
            <QrCode value={redsafeUrl} label={t('privacy.noticeQr')} size={200} testId="privacy-notice-qr" />
          )}
        </section>
      </div>
    </ScreenLayout>
  );
}
