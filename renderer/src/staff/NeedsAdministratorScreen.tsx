import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useKioskStore } from '../store/index.js';

import { StaffLayout } from './StaffLayout.js';

/**
 * Staff mode cannot open from the screen (the accounts file is damaged, the machine key changed,
 * or nobody can sign in): only the administrator, on the kiosk's machine, can put it right. The
 * screen offers nothing else, least of all a way to create an account.
 */
export function NeedsAdministratorScreen(): ReactElement {
  const { t } = useTranslation();
  const lockStaff = useKioskStore((state) => state.lockStaff);
  return (
    <StaffLayout name="needs-administrator" heading={t('staff.needsAdministrator.heading')}>
      <p className="lead staff-intro">{t('staff.needsAdministrator.intro')}</p>
      <p className="staff-intro">{t('staff.needsAdministrator.how', { command: 'kioskctl staff …' })}</p>
      <button
        type="button"
        className="button button--primary staff-back"
        data-testid="needs-admin-leave"
        onClick={lockStaff}
      >
        {t('staff.leave')}
      </button>
    </StaffLayout>
  );
}
