import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useKioskStore } from '../store/index.js';

import { NewPinFlow } from './NewPinFlow.js';
import { StaffLayout } from './StaffLayout.js';

/** First run: no PIN ships with the kiosk, so the first person here creates the supervisor's. */
export function SetupScreen(): ReactElement {
  const { t } = useTranslation();
  const setUpSupervisor = useKioskStore((state) => state.setUpSupervisor);
  return (
    <StaffLayout name="setup" heading={t('staff.setup.heading')}>
      <p className="lead staff-intro">{t('staff.setup.intro')}</p>
      <NewPinFlow
        onConfirmed={async (pin) => {
          const result = await setUpSupervisor(pin);
          return result.ok ? null : result.error;
        }}
      />
    </StaffLayout>
  );
}
