import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { CompletedPathway, PathwaySlips } from '../../../../main/contract/index.js';
import { QrCode } from '../../components/QrCode.js';

export interface PathwayResultProps {
  readonly completed: CompletedPathway;
  readonly slips: PathwaySlips | null;
  readonly busy: boolean;
  readonly onPrintAgain: () => void;
  readonly onDone: () => void;
}

/** The end of a walk: the code, what the printer did, and both slips on screen unless printed. */
export function PathwayResult({ completed, slips, busy, onPrintAgain, onDone }: PathwayResultProps): ReactElement {
  const { t } = useTranslation();
  const outcomes = slips === null ? [] : [slips.visitorSlip.outcome, slips.referralNote.outcome];
  const state =
    outcomes.length === 0
      ? null
      : outcomes.every((o) => o === 'printed')
        ? 'printed'
        : outcomes.includes('not_printed')
          ? 'notPrinted'
          : outcomes.includes('limited')
            ? 'limited'
            : 'previewed';
  return (
    <section className="pathway-result" data-testid="pathway-result" data-outcome={state ?? 'none'}>
      <h2>{t('pathways.result.heading')}</h2>
      <p>{t('pathways.result.counted', { urgency: t(`pathways.urgency.${completed.urgency}`) })}</p>
      <p>
        {t('pathways.result.code')}:{' '}
        <strong className="pathway-code" data-testid="pathway-code" data-verbatim="">
          {completed.referralCode}
        </strong>
      </p>
      <QrCode value={completed.qrPayload} label={t('pathways.result.qr')} size={180} testId="pathway-qr" />
      {state === null ? null : (
        <p
          className={`staff-message ${state === 'notPrinted' || state === 'limited' ? 'staff-message--error' : 'staff-message--done'}`}
          role="status"
          data-testid="pathway-print-outcome"
        >
          {state === 'limited' ? t('slipLimit.staff') : t(`pathways.result.${state}`)}
        </p>
      )}
      {slips !== null && state !== 'printed' ? (
        <div className="pathway-slips">
          <figure>
            <figcaption>{t('pathways.result.visitorSlip')}</figcaption>
            <pre className="pathway-slip" data-testid="pathway-visitor-slip" data-verbatim="">
              {slips.visitorSlip.text}
            </pre>
          </figure>
          <figure>
            <figcaption>{t('pathways.result.note')}</figcaption>
            <pre className="pathway-slip" data-testid="pathway-referral-note" data-verbatim="">
              {slips.referralNote.text}
            </pre>
          </figure>
        </div>
      ) : null}
      <div className="staff-form-actions">
        <button
          type="button"
          className="button"
          data-testid="pathway-print-again"
          disabled={busy}
          onClick={onPrintAgain}
        >
          {t('pathways.result.printAgain')}
        </button>
        <button type="button" className="button button--primary" data-testid="pathway-done" onClick={onDone}>
          {t('pathways.result.done')}
        </button>
      </div>
    </section>
  );
}
