import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { Pictogram } from '../components/Pictogram.js';
import { TakeTurnPanel } from '../turns/TakeTurnPanel.js';

import { ScreenLayout } from './ScreenLayout.js';

/** Calm and short: where to go, that someone will help, and a number to wait with. */
export function AskStaffScreen(): ReactElement {
  const { t } = useTranslation();
  return (
    <ScreenLayout
      name="ask-staff"
      heading={t('askStaff.heading')}
      readAloud={[
        { id: 'askStaff.goToDesk', text: t('askStaff.goToDesk') },
        { id: 'askStaff.staffWillHelp', text: t('askStaff.staffWillHelp') },
        { id: 'askStaff.wait', text: t('askStaff.wait') },
      ]}
    >
      <div className="ask-staff">
        <Pictogram name="desk" className="pictogram--hero" />
        <div className="ask-staff__text">
          <p className="ask-staff__main">{t('askStaff.goToDesk')}</p>
          <p className="ask-staff__main">{t('askStaff.staffWillHelp')}</p>
          <p>{t('askStaff.wait')}</p>
        </div>
      </div>
      <TakeTurnPanel />
    </ScreenLayout>
  );
}
