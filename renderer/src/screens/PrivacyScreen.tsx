import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

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
    >
      <div className="columns">
        <section className="panel" aria-labelledby="privacy-keeps">
          <h2 id="privacy-keeps">{t('privacy.keepsHeading')}</h2>
          <p>{t('privacy.keeps')}</p>
        </section>
        <section className="panel" aria-labelledby="privacy-never" data-testid="privacy-never">
          <h2 id="privacy-never">{t('privacy.neverHeading')}</h2>
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
          <h2 id="privacy-finish">{t('privacy.finishHeading')}</h2>
          <p>{t('privacy.finishBody', { finish: t('nav.finish') })}</p>
        </div>
      </section>
      <div className="columns">
        <section className="panel" aria-labelledby="privacy-who">
          <h2 id="privacy-who">{t('privacy.whoHeading')}</h2>
          <p>{t('privacy.whoBody', { organisation })}</p>
        </section>
        <section className="panel panel--row" aria-labelledby="privacy-redsafe" data-testid="privacy-notice">
          <div className="panel__body">
            <h2 id="privacy-redsafe">{t('privacy.redsafeHeading')}</h2>
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
