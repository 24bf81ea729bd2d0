import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { ListenButton } from '../components/ListenButton.js';
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
      headingClip={{ id: 'askStaff.heading', text: t('askStaff.heading') }}
    >
      <div className="ask-staff">
        <Pictogram name="desk" className="pictogram--hero" />
        <div className="ask-staff__text">
          <p className="ask-staff__main listen-row">
            <span>{t('askStaff.goToDesk')}</span>
            <ListenButton
              items={[{ id: 'askStaff.goToDesk', text: t('askStaff.goToDesk') }]}
              part={t('askStaff.goToDesk')}
              testId="listen-ask-staff-desk"
            />
          </p>
          <p className="ask-staff__main listen-row">
            <span>{t('askStaff.staffWillHelp')}</span>
            <ListenButton
              items={[{ id: 'askStaff.staffWillHelp', text: t('askStaff.staffWillHelp') }]}
              part={t('askStaff.staffWillHelp')}
              testId="listen-ask-staff-help"
            />
          </p>
          <p className="listen-row">
            <span>{t('askStaff.wait')}</span>
            <ListenButton
              items={[{ id: 'askStaff.wait', text: t('askStaff.wait') }]}
              part={t('askStaff.wait')}
              testId="listen-ask-staff-wait"
            />
          </p>
        </div>
      </div>
      <TakeTurnPanel />
    </ScreenLayout>
  );
}
