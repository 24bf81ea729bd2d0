import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { KioskError } from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';

import { PinPad } from './PinPad.js';

export interface NewPinFlowProps {
  /** Sends the PIN once typed twice the same; resolves to the services' error, or null when set. */
  readonly onConfirmed: (pin: string) => Promise<KioskError | null>;
}

type Step = { readonly kind: 'first' } | { readonly kind: 'repeat'; readonly first: string };
type Problem = 'mismatch' | KioskError;

/**
 * A new PIN, typed twice on the PIN pad: one slip of the finger must not lock staff out. A weak
 * PIN is explained, since the services refuse it without saying why to the person at the screen.
 */
export function NewPinFlow({ onConfirmed }: NewPinFlowProps): ReactElement {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'first' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (pin: string): void => {
    if (step.kind === 'first') {
      setProblem(null);
      setStep({ kind: 'repeat', first: pin });
      return;
    }
    setStep({ kind: 'first' });
    if (pin !== step.first) {
      setProblem('mismatch');
      return;
    }
    setBusy(true);
    void onConfirmed(pin).then((error) => {
      setBusy(false);
      setProblem(error);
    });
  };

  return (
    <div className="staff-pin">
      <div className="staff-messages" aria-live="assertive">
        <p className="staff-message staff-message--step" data-testid="new-pin-step">
          {step.kind === 'first' ? t('staff.newPin.first') : t('staff.newPin.repeat')}
        </p>
        {problem === 'mismatch' ? (
          <p className="staff-message staff-message--error" data-testid="new-pin-mismatch">
            {t('staff.newPin.mismatch')}
          </p>
        ) : null}
        {problem !== null && problem !== 'mismatch' ? (
          <p className="staff-message staff-message--error" data-testid="new-pin-error" data-code={problem.code}>
            {t(errorMessageKey(problem.code))} {problem.code === 'WEAK_PIN' ? t('staff.newPin.weakHelp') : null}
          </p>
        ) : null}
      </div>
      {/* A fresh pad for each step: nothing typed the first time shows the second. */}
      <PinPad key={step.kind} onSubmit={submit} busy={busy} />
    </div>
  );
}
