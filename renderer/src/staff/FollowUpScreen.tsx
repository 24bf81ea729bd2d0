import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import {
  DID_NOT_GO_REASONS,
  formatLongDate,
  NOT_SERVED_REASONS,
  RECORDABLE_OUTCOMES,
  type OutcomeReason,
  type OutcomeReport,
  type RecordableOutcome,
  type ReferralLookup,
} from '../../../main/contract/index.js';
import { Pictogram, type PictogramName } from '../components/Pictogram.js';
import { localize } from '../i18n/i18n.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { errorMessageKey } from '../i18n/messages.js';
import { useKioskStore } from '../store/index.js';

import { CodeKeypad } from '../components/CodeKeypad.js';
import { StaffLayout } from './StaffLayout.js';
import { PartnerImportPanel } from './PartnerImportPanel.js';
import { SlipScanner } from './follow-up/SlipScanner.js';
import { useCameraPresent } from '../scanner/use-camera-present.js';

const OUTCOME_PICTOGRAMS: Readonly<Record<RecordableOutcome, PictogramName>> = {
  served: 'check',
  went_not_served: 'warning',
  did_not_go: 'back',
  unknown: 'info',
};

const MAX_TYPED = 11;

/** The report the choices make, or null while a needed reason is missing. */
function reportOf(outcome: RecordableOutcome | null, reason: OutcomeReason | null): OutcomeReport | null {
  if (outcome === 'served' || outcome === 'unknown') return { outcome };
  if (outcome === 'went_not_served' && (NOT_SERVED_REASONS as readonly string[]).includes(reason ?? '')) {
    return { outcome, reason: reason as (typeof NOT_SERVED_REASONS)[number] };
  }
  if (outcome === 'did_not_go' && (DID_NOT_GO_REASONS as readonly string[]).includes(reason ?? '')) {
    return { outcome, reason: reason as (typeof DID_NOT_GO_REASONS)[number] };
  }
  return null;
}

/**
 * Staff type a referral code (or scan the slip's QR where a camera is attached) and record what became of the referral. Shows
 * the service and the day, never more; the answers are the fixed lists, no free text.
 */
export function FollowUpScreen(): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const lookupCode = useKioskStore((state) => state.lookupFollowUpCode);
  const recordOutcome = useKioskStore((state) => state.recordFollowUpOutcome);
  const serviceById = useKioskStore((state) => state.serviceById);
  const supervisor = useKioskStore((state) => state.staff.session?.role === 'supervisor');
  const [typed, setTyped] = useState('');
  const [found, setFound] = useState<ReferralLookup | null>(null);
  const [outcome, setOutcome] = useState<RecordableOutcome | null>(null);
  const [reason, setReason] = useState<OutcomeReason | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const camera = useCameraPresent();
  const [scanning, setScanning] = useState(false);

  const reset = (): void => {
    setTyped('');
    setFound(null);
    setOutcome(null);
    setReason(null);
  };

  const find = async (code: string = typed): Promise<void> => {
    setBusy(true);
    setMessage(null);
    const result = await lookupCode(code);
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: t(errorMessageKey(result.error.code)) });
      return;
    }
    if (result.value.status === 'found') setFound(result.value);
    else setMessage({ kind: 'error', text: t(`followUp.problem.${result.value.status}`) });
  };

  const save = async (code: string, report: OutcomeReport): Promise<void> => {
    setBusy(true);
    const result = await recordOutcome(code, report);
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: t(errorMessageKey(result.error.code)) });
      return;
    }
    const { status } = result.value;
    if (status === 'recorded') {
      setMessage({ kind: 'done', text: t('followUp.saved') });
      reset();
    } else if (status === 'mistyped' || status === 'not_found' || status === 'before_ledger') {
      setMessage({ kind: 'error', text: t(`followUp.problem.${status}`) });
    }
  };

  const reasons: readonly OutcomeReason[] =
    outcome === 'went_not_served' ? NOT_SERVED_REASONS : outcome === 'did_not_go' ? DID_NOT_GO_REASONS : [];
  const report = reportOf(outcome, reason);

  return (
    <StaffLayout back name="follow-up" heading={t('followUp.heading')}>
      <p>{t('followUp.intro')}</p>
      {message === null ? null : (
        <p className={`staff-message staff-message--${message.kind}`} role="status" data-testid="follow-up-message">
          {message.text}
        </p>
      )}
      {found === null || found.status !== 'found' ? (
        <div className="follow-up__entry">
          <label className="follow-up__code">
            <span>{t('followUp.code')}</span>
            <output data-testid="follow-up-code" data-verbatim="">
              {typed}
            </output>
          </label>
          <CodeKeypad
            onKey={(key) => {
              setMessage(null);
              setTyped((text) => (text.length >= MAX_TYPED ? text : text + key));
            }}
            onDelete={() => {
              setTyped((text) => text.slice(0, -1));
            }}
            onClear={() => {
              setTyped('');
            }}
          />
          {scanning ? (
            <SlipScanner
              onCode={(code) => {
                // The same lookup as a typed code; the code shows where a typed one would.
                setScanning(false);
                setTyped(code);
                void find(code);
              }}
              onEnd={(end) => {
                setScanning(false);
                if (end !== 'cancelled') setMessage({ kind: 'error', text: t(`followUp.scan.${end}`) });
              }}
            />
          ) : camera ? (
            <button
              type="button"
              className="button"
              data-testid="follow-up-scan"
              disabled={busy}
              onClick={() => {
                setMessage(null);
                setScanning(true);
              }}
            >
              <Pictogram name="screen" />
              <span>{t('followUp.scan.open')}</span>
            </button>
          ) : null}
          <button
            type="button"
            className="button button--primary"
            data-testid="follow-up-find"
            disabled={busy || typed.length === 0}
            onClick={() => void find()}
          >
            <Pictogram name="search" />
            <span>{t('followUp.find')}</span>
          </button>
        </div>
      ) : (
        <div className="follow-up__record">
          <p data-testid="follow-up-found">
            <span data-verbatim="">{found.code}</span>
            {' · '}
            {t('followUp.found', {
              service: localize(
                serviceById(found.serviceId)?.name ?? {
                  es: found.serviceId,
                  en: found.serviceId,
                  fr: found.serviceId,
                  ht: found.serviceId,
                },
                language,
              ),
              date: formatLongDate(new Date(`${found.day}T12:00:00Z`), 'UTC', calendarNames(language)),
            })}
          </p>
          <fieldset className="staff-choice" data-testid="follow-up-outcome">
            <legend className="staff-choice__heading">{t('followUp.outcomeHeading')}</legend>
            <div className="staff-choice__buttons">
              {RECORDABLE_OUTCOMES.map((value) => (
                <button
                  key={value}
                  type="button"
                  className="button staff-choice__button"
                  aria-pressed={outcome === value}
                  data-testid={`follow-up-outcome-${value}`}
                  onClick={() => {
                    setOutcome(value);
                    setReason(null);
                  }}
                >
                  <Pictogram name={OUTCOME_PICTOGRAMS[value]} />
                  <span>{t(`followUp.outcomes.${value}`)}</span>
                </button>
              ))}
            </div>
          </fieldset>
          {reasons.length === 0 ? null : (
            <fieldset className="staff-choice" data-testid="follow-up-reason">
              <legend className="staff-choice__heading">{t('followUp.reasonHeading')}</legend>
              <div className="staff-choice__buttons">
                {reasons.map((value) => (
                  <button
                    key={value}
                    type="button"
                    className="button staff-choice__button"
                    aria-pressed={reason === value}
                    data-testid={`follow-up-reason-${value}`}
                    onClick={() => {
                      setReason(value);
                    }}
                  >
                    {t(`followUp.reasons.${value}`)}
                  </button>
                ))}
              </div>
            </fieldset>
          )}
          <div className="staff-actions">
            <button type="button" className="button" data-testid="follow-up-another" onClick={reset}>
              {t('followUp.another')}
            </button>
            <button
              type="button"
              className="button button--primary"
              data-testid="follow-up-save"
              disabled={busy || report === null}
              onClick={() => {
                if (report !== null) void save(found.code, report);
              }}
            >
              <Pictogram name="check" />
              <span>{t('followUp.save')}</span>
            </button>
          </div>
        </div>
      )}
      {supervisor ? <PartnerImportPanel /> : null}
    </StaffLayout>
  );
}
