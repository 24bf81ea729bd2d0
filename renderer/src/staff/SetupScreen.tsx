import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { SETUP_CODE_FILE } from '../../../main/contract/index.js';
import { useNow } from '../components/use-now.js';
import { useKioskStore } from '../store/index.js';

import { NewPinFlow } from './NewPinFlow.js';
import { PinPad } from './PinPad.js';
import { StaffLayout } from './StaffLayout.js';
import { StaffNameField } from './StaffNameField.js';
import { SETUP_CODE_BOUNDS } from './pin-entry.js';
import { formatClockTime } from './staff-time.js';

/** The one file an administrator reads the code from; never shown on screen by the services. */

type Step =
  | { readonly kind: 'code' }
  | { readonly kind: 'name'; readonly code: string }
  | { readonly kind: 'pin'; readonly code: string; readonly name: string };

/**
 * First run, offered only while the services say no account exists: the one-time code from the
 * administrator's file, then the first supervisor's name and PIN. A visitor who finds the hidden
 * entry cannot get further than the code.
 */
export function SetupScreen(): ReactElement {
  const { t } = useTranslation();
  const setUpSupervisor = useKioskStore((state) => state.setUpSupervisor);
  const setupLockedUntil = useKioskStore((state) => state.staff.access?.setupLockedUntil ?? null);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const [step, setStep] = useState<Step>({ kind: 'code' });
  const [name, setName] = useState('');
  const [wrongCode, setWrongCode] = useState<number | null>(null);
  const now = useNow(5_000);
  const locked = setupLockedUntil !== null && Date.parse(setupLockedUntil) > now.getTime();

  const afterCode = (code: string): void => {
    setWrongCode(null);
    // After a wrong code the name typed before is kept: only the code and the PIN are asked again.
    const typed = name === '' ? null : name;
    setStep(typed === null ? { kind: 'name', code } : { kind: 'pin', code, name: typed });
  };

  return (
    <StaffLayout name="setup" heading={t('staff.setup.heading')}>
      {step.kind === 'code' ? (
        <div className="staff-pin">
          <div className="staff-messages" aria-live="assertive">
            <p className="staff-message staff-message--step" data-testid="setup-step">
              {t('staff.setup.code', { digits: SETUP_CODE_BOUNDS.max })}
            </p>
            <p className="staff-intro">{t('staff.setup.codeWhere', { file: SETUP_CODE_FILE })}</p>
            {wrongCode !== null && !locked ? (
              <p className="staff-message staff-message--error" data-testid="setup-wrong-code">
                {t('staff.setup.wrongCode', { count: wrongCode })}
              </p>
            ) : null}
            {locked ? (
              <p className="staff-message staff-message--error" data-testid="setup-locked">
                {t('staff.setup.locked', { time: formatClockTime(new Date(setupLockedUntil), timeZone) })}
              </p>
            ) : null}
          </div>
          <PinPad onSubmit={afterCode} busy={locked} bounds={SETUP_CODE_BOUNDS} reveal />
        </div>
      ) : null}
      {step.kind === 'name' ? (
        <>
          <p className="staff-message staff-message--step" data-testid="setup-step">
            {t('staff.setup.name')}
          </p>
          <StaffNameField
            value={name}
            onChange={setName}
            onDone={(typed) => {
              setName(typed);
              setStep({ kind: 'pin', code: step.code, name: typed });
            }}
          />
        </>
      ) : null}
      {step.kind === 'pin' ? (
        <>
          <p className="staff-message" data-testid="setup-who">
            {t('staff.setup.who')} <span data-verbatim="">{step.name}</span>
          </p>
          <NewPinFlow
            onConfirmed={async (pin) => {
              const result = await setUpSupervisor(step.code, step.name, pin);
              if (!result.ok) return result.error;
              // Created: the store has signed in. Otherwise the code is asked again.
              if (result.value.outcome === 'wrong_code') setWrongCode(result.value.attemptsLeft);
              if (result.value.outcome !== 'created') setStep({ kind: 'code' });
              return null;
            }}
          />
        </>
      ) : null}
    </StaffLayout>
  );
}
