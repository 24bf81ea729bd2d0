import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useKioskStore } from '../store/index.js';

import { NewPinFlow } from './NewPinFlow.js';
import { StaffBackButton } from './StaffBackButton.js';
import { StaffLayout } from './StaffLayout.js';

/** Supervisors only: the operators' shared PIN, typed twice. */
export function SetPinScreen(): ReactElement {
  const { t } = useTranslation();
  const setOperatorPin = useKioskStore((state) => state.setOperatorPin);
  const [done, setDone] = useState(false);
  return (
    <StaffLayout name="set-pin" heading={t('staff.setPin.heading')}>
      {done ? (
        <p className="staff-message staff-message--done" data-testid="set-pin-done">
          {t('staff.setPin.done')}
        </p>
      ) : (
        <NewPinFlow
          onConfirmed={async (pin) => {
            const result = await setOperatorPin(pin);
            if (result.ok) setDone(true);
            return result.ok ? null : result.error;
          }}
        />
      )}
      <StaffBackButton />
    </StaffLayout>
  );
}
