import type { ParseKeys } from 'i18next';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { ListenButton } from '../components/ListenButton.js';
import { Pictogram } from '../components/Pictogram.js';
import { QrCode } from '../components/QrCode.js';
import { readableUrl } from '../components/readable-url.js';
import { useKioskStore } from '../store/index.js';

import { ScreenLayout } from './ScreenLayout.js';

/**
 * The steps of creating one's own RedSafe account. The kiosk only guides: it never asks for, sees
 * or keeps an e-mail, a phone number, a username or a password, and offers no field to type one.
 */
export const GUIDE_STEPS = ['before', 'app', 'create', 'recovery', 'trouble'] as const;
type GuideStep = (typeof GUIDE_STEPS)[number];

/** How many bullet points each step has in the locale files (`guide.steps.<step>.items.<n>`). */
const ITEMS: Readonly<Record<GuideStep, readonly string[]>> = {
  before: ['phone', 'contact', 'ownAccount'],
  app: ['scan', 'install'],
  create: ['open', 'contact', 'username'],
  recovery: ['contact', 'questions', 'username', 'password'],
  trouble: ['locked', 'lost'],
};

/** Steps where a child might stop: the note to ask staff first. */
const UNDER_18_STEPS: ReadonlySet<GuideStep> = new Set(['before', 'create']);

export function AccountGuideScreen({ step }: { readonly step: number }): ReactElement {
  const { t } = useTranslation();
  const replaceRoute = useKioskStore((state) => state.replaceRoute);
  const open = useKioskStore((state) => state.open);
  const goHome = useKioskStore((state) => state.goHome);
  const index = Math.min(Math.max(0, step), GUIDE_STEPS.length - 1);
  const current: GuideStep = GUIDE_STEPS[index] ?? 'before';
  const last = index === GUIDE_STEPS.length - 1;
  // The locale test guarantees these keys exist in every language.
  const items = ITEMS[current].map((item) => `guide.steps.${current}.items.${item}` as ParseKeys);

  const go = (next: number): void => {
    replaceRoute({ screen: 'account-guide', step: next });
  };

  return (
    <ScreenLayout
      name="account-guide"
      heading={t(`guide.steps.${current}.title`)}
      pictogram="account"
      readAloud={[
        { id: `guide.steps.${current}.title`, text: t(`guide.steps.${current}.title`) },
        ...items.map((id) => ({ id, text: t(id) })),
      ]}
      headingClip={{ id: `guide.steps.${current}.title`, text: t(`guide.steps.${current}.title`) }}
    >
      <GuideProgress index={index} />
      <section className="panel guide-step" data-testid={`guide-step-${current}`}>
        <ol className="guide-list">
          {items.map((id) => (
            <li key={id}>
              {/* The row inside the item: the list keeps its numbers. */}
              <div className="listen-row">
                <span>{t(id)}</span>
                <ListenButton items={[{ id, text: t(id) }]} part={t(id)} testId={`listen-${id}`} />
              </div>
            </li>
          ))}
        </ol>
        {current === 'app' ? <AppCodes /> : null}
        {current === 'create' ? <PasswordAdvice /> : null}
        {current === 'trouble' ? <SupportAddress /> : null}
        {current === 'create' || current === 'before' ? (
          <p className="guide-note" data-testid="guide-no-data">
            <Pictogram name="privacy" />
            <span>{t('guide.noData')}</span>
            <ListenButton
              items={[{ id: 'guide.noData', text: t('guide.noData') }]}
              part={t('guide.noData')}
              testId="listen-guide-no-data"
            />
          </p>
        ) : null}
        {UNDER_18_STEPS.has(current) ? (
          <p className="guide-note guide-note--child" data-testid="guide-under-18">
            <Pictogram name="child" />
            <span>{t('guide.under18')}</span>
            <ListenButton
              items={[{ id: 'guide.under18', text: t('guide.under18') }]}
              part={t('guide.under18')}
              testId="listen-guide-under-18"
            />
          </p>
        ) : null}
      </section>
      <div className="guide-actions">
        {index > 0 ? (
          <button
            type="button"
            className="button button--quiet"
            data-testid="guide-previous"
            onClick={() => {
              go(index - 1);
            }}
          >
            <Pictogram name="back" />
            <span>{t('guide.previous')}</span>
          </button>
        ) : (
          <span />
        )}
        <button
          type="button"
          className="button button--help"
          data-testid="guide-ask-staff"
          onClick={() => {
            open({ screen: 'ask-staff' });
          }}
        >
          <Pictogram name="staff" />
          <span>{t('guide.askStaff')}</span>
        </button>
        {last ? (
          <button
            type="button"
            className="button button--primary button--large"
            data-testid="guide-done"
            onClick={goHome}
          >
            <Pictogram name="check" />
            <span>{t('guide.done')}</span>
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary button--large"
            data-testid="guide-next"
            onClick={() => {
              go(index + 1);
            }}
          >
            <span>{t('guide.next')}</span>
            <Pictogram name="back" className="pictogram--flip" />
          </button>
        )}
      </div>
    </ScreenLayout>
  );
}

function GuideProgress({ index }: { readonly index: number }): ReactElement {
  const { t } = useTranslation();
  const label = t('guide.progress', { current: index + 1, total: GUIDE_STEPS.length });
  return (
    <div className="guide-progress" data-testid="guide-progress">
      <span className="guide-progress__text">{label}</span>
      <ol className="guide-progress__dots" aria-hidden="true">
        {GUIDE_STEPS.map((name, position) => (
          <li
            key={name}
            className={position <= index ? 'guide-progress__dot guide-progress__dot--done' : 'guide-progress__dot'}
          />
        ))}
      </ol>
    </div>
  );
}

function AppCodes(): ReactElement | null {
  const { t } = useTranslation();
  const redsafe = useKioskStore((state) => state.site?.redsafe);
  if (redsafe === undefined) return null;
  const codes = [
    { id: 'android', url: redsafe.androidUrl },
    { id: 'ios', url: redsafe.iosUrl },
    { id: 'web', url: redsafe.webUrl },
  ] as const;
  return (
    <ul className="qr-list" role="list">
      {codes.map((code) => (
        <li key={code.id} className="qr-list__item" data-testid={`app-code-${code.id}`}>
          <QrCode value={code.url} label={t('guide.qrLabel', { place: t(`guide.stores.${code.id}`) })} size={220} />
          <span className="qr-list__label">{t(`guide.stores.${code.id}`)}</span>
          <span className="qr-list__url" data-verbatim="">
            {readableUrl(code.url)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function PasswordAdvice(): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="panel panel--inner" data-testid="password-advice">
      <h2>
        <Pictogram name="key" /> {t('guide.password.heading')}
      </h2>
      <ul className="check-list">
        <li>{t('guide.password.length')}</li>
        <li>{t('guide.password.phrase')}</li>
        <li>{t('guide.password.secret')}</li>
      </ul>
    </div>
  );
}

function SupportAddress(): ReactElement {
  const { t } = useTranslation();
  const email = useKioskStore((state) => state.site?.redsafe.supportEmail ?? '');
  return (
    <div className="panel panel--inner" data-testid="support-address">
      <h2>{t('guide.support')}</h2>
      <p className="support-email" data-verbatim="" dir="ltr">
        {email}
      </p>
    </div>
  );
}
