import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useKioskStore } from '../store/index.js';

/** "Back" to the staff home, the same on every staff screen. */
export function StaffBackButton(): ReactElement {
  const { t } = useTranslation();
  const staffGo = useKioskStore((state) => state.staffGo);
  return (
    <button
      type="button"
      className="button button--quiet staff-back"
      data-testid="staff-back"
      onClick={() => {
        staffGo({ kind: 'home' });
      }}
    >
      {t('staff.back')}
    </button>
  );
}
