import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import {
  DID_NOT_GO_REASONS,
  NOT_SERVED_REASONS,
  RECORDABLE_OUTCOMES,
  type OutcomeReason,
  type OutcomeReport,
  type RecordableOutcome,
} from '../../../main/contract/index.js';
import { CodeKeypad } from '../components/CodeKeypad.js';
import { ListenButton } from '../components/ListenButton.js';
import { Pictogram, type PictogramName } from '../components/Pictogram.js';
import type { ScanEnd } from '../scanner/camera.js';
import { useCameraPresent } from '../scanner/use-camera-present.js';
import { useKioskStore } from '../store/index.js';

import { VisitorScanner } from './follow-up/VisitorScanner.js';
import { ScreenLayout } from './ScreenLayout.js';

const PICTOGRAMS: Readonly<Record<RecordableOutcome, PictogramName>> = {
  served: 'check',
  went_not_served: 'warning',
  did_not_go: 'back',
  unknown: 'info',
};

type Step = 'code' | 'outcome' | 'reason' | 'thanks';

/**
 * "I came back: tell us how it went". The visitor types the code of their slip (or, where the site
 * allows it and a camera is attached, holds the slip's QR to the camera) and touches what
 * happened; no name, no account, nothing typed but the code. The screen never says which service a
 * code is for, so a slip found by someone else tells them nothing.
 */
export function FollowUpScreen(): ReactElement {
  const { t } = useTranslation();
  const reportOwn = useKioskStore((state) => state.reportOwnOutcome);
  const [step, setStep] = useState<Step>('code');
  const [typed, setTyped] = useState('');
  const [outcome, setOutcome] = useState<RecordableOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // site.json `visitorCamera` (off by default) and a camera attached: only then is scanning offered.
  const siteAllowsCamera = useKioskStore((state) => state.site?.visitorCamera === true);
  const camera = useCameraPresent(siteAllowsCamera);
  const [scanning, setScanning] = useState(false);

  const send = async (report?: OutcomeReport, code: string = typed): Promise<void> => {
    setBusy(true);
    setProblem(null);
    const result = await reportOwn(code, report);
    setBusy(false);
    if (!result.ok) {
      setProblem(t('followUp.visitor.problem.unavailable'));
      return;
    }
    const { status } = result.value;
    if (status === 'ready') setStep('outcome');
    else if (status === 'recorded' || status === 'kept') setStep('thanks');
    else {
      setProblem(t(`followUp.visitor.problem.${status}`));
      setStep('code');
    }
  };

  const scanned = (code: string): void => {
    setScanning(false);
    setTyped(code);
    void send(undefined, code);
  };
  const scanEnded = (end: ScanEnd): void => {
    setScanning(false);
    // Cancel is the person's own choice: nothing to say. Anything else says why, and the keys remain.
    setProblem(end === 'cancelled' ? null : t(`followUp.visitor.scan.${end}`));
  };

  const choose = (value: RecordableOutcome): void => {
    setOutcome(value);
    if (value === 'served' || value === 'unknown') void send({ outcome: value });
    else setStep('reason');
  };

  const reasons: readonly OutcomeReason[] = outcome === 'did_not_go' ? DID_NOT_GO_REASONS : NOT_SERVED_REASONS;
  const chooseReason = (reason: OutcomeReason): void => {
    if (outcome === 'went_not_served' && (NOT_SERVED_REASONS as readonly string[]).includes(reason)) {
      void send({ outcome, reason: reason as (typeof NOT_SERVED_REASONS)[number] });
    } else if (outcome === 'did_not_go' && (DID_NOT_GO_REASONS as readonly string[]).includes(reason)) {
      void send({ outcome, reason: reason as (typeof DID_NOT_GO_REASONS)[number] });
    }
  };

  return (
    <ScreenLayout
      name="follow-up"
      heading={t('followUp.visitor.heading')}
      pictogram="check"
      headingClip={{ id: 'followUp.visitor.heading', text: t('followUp.visitor.heading') }}
    >
      {problem === null ? null : (
        <p className="notice notice--error" role="alert" data-testid="visitor-follow-up-problem">
          {problem}
        </p>
      )}
      {step === 'code' && scanning ? <VisitorScanner onCode={scanned} onEnd={scanEnded} /> : null}
      {step === 'code' && !scanning ? (
        <div className="follow-up__entry">
          {siteAllowsCamera && camera ? (
            <div className="listen-row">
              <button
                type="button"
                className="tile tile--topic"
                data-testid="visitor-follow-up-scan"
                disabled={busy}
                onClick={() => {
                  setProblem(null);
                  setScanning(true);
                }}
              >
                <Pictogram name="camera" className="pictogram--tile" />
                <span className="tile__label">{t('followUp.visitor.scan.open')}</span>
              </button>
              <ListenButton
                items={[{ id: 'followUp.visitor.scan.open', text: t('followUp.visitor.scan.open') }]}
                part={t('followUp.visitor.scan.open')}
                testId="listen-follow-up-scan-open"
                className="listen--tile"
              />
            </div>
          ) : null}
          <div className="listen-row">
            <p>{t('followUp.visitor.typeCode')}</p>
            <ListenButton
              items={[{ id: 'followUp.visitor.typeCode', text: t('followUp.visitor.typeCode') }]}
              part={t('followUp.visitor.typeCode')}
              testId="listen-follow-up-code"
            />
          </div>
          <output className="follow-up__typed" data-testid="visitor-follow-up-code" data-verbatim="">
            {typed}
          </output>
          <CodeKeypad
            onKey={(key) => {
              setProblem(null);
              setTyped((text) => (text.length >= 11 ? text : text + key));
            }}
            onDelete={() => {
              setTyped((text) => text.slice(0, -1));
            }}
            onClear={() => {
              setTyped('');
            }}
          />
          <button
            type="button"
            className="button button--primary"
            data-testid="visitor-follow-up-next"
            disabled={busy || typed.length === 0}
            onClick={() => void send()}
          >
            <span>{t('followUp.visitor.next')}</span>
          </button>
        </div>
      ) : null}
      {step === 'outcome' ? (
        <ul className="tiles" role="list" data-testid="visitor-follow-up-outcomes">
          {RECORDABLE_OUTCOMES.map((value) => (
            <li key={value} className="tiles__item">
              <button
                type="button"
                className="tile tile--topic"
                data-testid={`visitor-outcome-${value}`}
                disabled={busy}
                onClick={() => {
                  choose(value);
                }}
              >
                <Pictogram name={PICTOGRAMS[value]} className="pictogram--tile" />
                <span className="tile__label">{t(`followUp.visitor.outcomes.${value}`)}</span>
              </button>
              <ListenButton
                items={[{ id: `followUp.visitor.outcomes.${value}`, text: t(`followUp.visitor.outcomes.${value}`) }]}
                part={t(`followUp.visitor.outcomes.${value}`)}
                testId={`listen-outcome-${value}`}
                className="listen--tile"
              />
            </li>
          ))}
        </ul>
      ) : null}
      {step === 'reason' ? (
        <div>
          <div className="listen-row">
            <p>{t('followUp.visitor.why')}</p>
            <ListenButton
              items={[{ id: 'followUp.visitor.why', text: t('followUp.visitor.why') }]}
              part={t('followUp.visitor.why')}
              testId="listen-follow-up-why"
            />
          </div>
          <ul className="tiles" role="list" data-testid="visitor-follow-up-reasons">
            {reasons.map((value) => (
              <li key={value} className="tiles__item">
                <button
                  type="button"
                  className="tile tile--topic"
                  data-testid={`visitor-reason-${value}`}
                  disabled={busy}
                  onClick={() => {
                    chooseReason(value);
                  }}
                >
                  <span className="tile__label">{t(`followUp.visitor.reasons.${value}`)}</span>
                </button>
                <ListenButton
                  items={[{ id: `followUp.visitor.reasons.${value}`, text: t(`followUp.visitor.reasons.${value}`) }]}
                  part={t(`followUp.visitor.reasons.${value}`)}
                  testId={`listen-reason-${value}`}
                  className="listen--tile"
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {step === 'thanks' ? (
        <p className="notice" role="status" data-testid="visitor-follow-up-thanks">
          {t('followUp.visitor.thanks')}
        </p>
      ) : null}
    </ScreenLayout>
  );
}
