import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { assertNever, type Referral, type ServiceEntry } from '../../../main/contract/index.js';
import { localize } from '../i18n/i18n.js';
import { toLanguage } from '../i18n/resources.js';
import type { ReferralOutcome } from '../store/session-state.js';
import { useKioskStore } from '../store/index.js';

import { Modal } from './Modal.js';
import { Pictogram } from './Pictogram.js';
import { QrCode } from './QrCode.js';

/** The code large enough to read from a step away, and its QR (code and service id only). */
function CodeBlock({ referral }: { readonly referral: Referral }): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="referral-code">
      <QrCode value={referral.qrPayload} label={t('referral.qrLabel')} size={260} testId="referral-qr" />
      <div className="referral-code__text">
        <span className="referral-code__label">{t('referral.code')}</span>
        <span className="referral-code__value" data-testid="referral-code" data-verbatim="" dir="ltr">
          {referral.referralCode}
        </span>
      </div>
    </div>
  );
}

/** When no code can be had: the essentials of the service, to show a staff member or copy down. */
function ServiceEssentials({ service }: { readonly service: ServiceEntry }): ReactElement {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return (
    <div className="panel panel--inner" data-testid="referral-essentials">
      <p className="service-card__name">{localize(service.name, language)}</p>
      <p data-verbatim="">{service.organisation.name}</p>
      {service.address === undefined ? null : (
        <p data-verbatim="">{`${service.address.street}, ${service.address.municipality}`}</p>
      )}
      {service.phones[0] === undefined ? null : (
        <p className="phone-number phone-number--small" dir="ltr" data-verbatim="">
          {service.phones[0].number}
        </p>
      )}
    </div>
  );
}

function outcomeTexts(outcome: ReferralOutcome) {
  switch (outcome.kind) {
    case 'printed':
      return { heading: 'referral.printedHeading', body: 'referral.printedBody' } as const;
    case 'previewed':
      return { heading: 'referral.previewHeading', body: 'referral.previewBody' } as const;
    case 'not_printed':
      return { heading: 'referral.notPrintedHeading', body: 'referral.notPrintedBody' } as const;
    case 'shown':
      return { heading: 'referral.shownHeading', body: 'referral.shownBody' } as const;
    case 'limited':
      return { heading: 'slipLimit.heading', body: 'slipLimit.body' } as const;
    case 'no_code':
      return { heading: 'referral.noCodeHeading', body: 'referral.noCodeBody' } as const;
    default:
      return assertNever(outcome, 'referral outcome');
  }
}

/**
 * What happened to the slip, in plain words. Every ending leaves the person with the information:
 * the slip, the slip on screen, the code to show staff, or the service's details.
 */
export function ReferralDialog({ service }: { readonly service: ServiceEntry }): ReactElement | null {
  const { t } = useTranslation();
  const referral = useKioskStore((state) => state.referral);
  const dismiss = useKioskStore((state) => state.dismissReferral);
  if (referral.kind === 'none') return null;

  if (referral.kind === 'working') {
    return (
      <Modal
        heading={referral.action === 'print' ? t('referral.printing') : t('referral.working')}
        onClose={dismiss}
        testId="referral-dialog"
      >
        <div className="referral-working" role="status" data-testid="referral-working">
          <Pictogram
            name={referral.action === 'print' ? 'print' : 'screen'}
            className="pictogram--hero referral-working__pictogram"
          />
          <p className="lead">{t('referral.wait')}</p>
        </div>
      </Modal>
    );
  }

  const { outcome } = referral;
  const texts = outcomeTexts(outcome);
  return (
    <Modal heading={t(texts.heading)} onClose={dismiss} testId="referral-dialog" className="referral-dialog">
      <div data-testid="referral-outcome" data-outcome={outcome.kind}>
        <p className="lead">{t(texts.body)}</p>
        {outcome.kind === 'no_code' ? (
          <ServiceEssentials service={service} />
        ) : (
          <CodeBlock referral={outcome.referral} />
        )}
        {outcome.kind === 'previewed' ? (
          <pre className="slip-preview" data-testid="slip-preview" data-verbatim="">
            {outcome.previewText}
          </pre>
        ) : null}
      </div>
      <button
        type="button"
        className="button button--primary button--large modal__close"
        data-testid="referral-close"
        onClick={dismiss}
      >
        {t('referral.close')}
      </button>
    </Modal>
  );
}
