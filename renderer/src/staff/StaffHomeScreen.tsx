import type { ParseKeys } from 'i18next';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { Pictogram, type PictogramName } from '../components/Pictogram.js';
import { useKioskStore } from '../store/index.js';
import type { StaffScreen } from '../store/staff-state.js';

import { StaffLayout } from './StaffLayout.js';

interface HomeAction {
  readonly screen: StaffScreen;
  readonly pictogram: PictogramName;
  readonly label: ParseKeys;
  readonly supervisorOnly: boolean;
}

const ACTIONS: readonly HomeAction[] = [
  { screen: { kind: 'activity' }, pictogram: 'document', label: 'staff.home.activity', supervisorOnly: false },
  { screen: { kind: 'staff-accounts' }, pictogram: 'staff', label: 'staff.home.accounts', supervisorOnly: true },
  { screen: { kind: 'audit' }, pictogram: 'clock', label: 'staff.home.audit', supervisorOnly: true },
  // — Operations: incidents, maintenance, checklist, status —
  { screen: { kind: 'daily-check' }, pictogram: 'check', label: 'operations.home.check', supervisorOnly: false },
  { screen: { kind: 'incidents' }, pictogram: 'warning', label: 'operations.home.incidents', supervisorOnly: false },
  // — Printer administration and kiosk hardening —
  { screen: { kind: 'printer' }, pictogram: 'print', label: 'printerAdmin.home', supervisorOnly: false },
  // — Reports and KoboToolbox —
  // KoboToolbox
  { screen: { kind: 'kobo' }, pictogram: 'document', label: 'kobo.home', supervisorOnly: true },
  // Reports
  { screen: { kind: 'reports' }, pictogram: 'chart', label: 'reports.home', supervisorOnly: true },
  // — Referral pathways —
  { screen: { kind: 'pathways' }, pictogram: 'journey', label: 'pathways.home', supervisorOnly: false },
  // — Know your rights and the steps —
  { screen: { kind: 'topics' }, pictogram: 'scale', label: 'topics.staff.heading', supervisorOnly: false },
  // Read-aloud recordings
  { screen: { kind: 'recordings' }, pictogram: 'speaker', label: 'recordings.home', supervisorOnly: false },
  // — Referral follow-up —
  { screen: { kind: 'follow-up' }, pictogram: 'check', label: 'followUp.home', supervisorOnly: false },
  // — Turns for people waiting —
  { screen: { kind: 'turns' }, pictogram: 'desk', label: 'turns.staff.home', supervisorOnly: false },
  // — Directory stewardship (operators may look; only supervisors change it) —
  { screen: { kind: 'directory' }, pictogram: 'document', label: 'directoryAdmin.heading', supervisorOnly: false },
];

/** What staff came to do, as big buttons; Lock stays in the bar above. */
export function StaffHomeScreen(): ReactElement {
  const { t } = useTranslation();
  const role = useKioskStore((state) => state.staff.session?.role ?? 'operator');
  const staffGo = useKioskStore((state) => state.staffGo);
  const failedAttempts = useKioskStore((state) => state.staff.failedAttempts);
  return (
    <StaffLayout name="home" heading={t('staff.home.heading')}>
      {failedAttempts > 0 ? (
        <p className="staff-message staff-message--error" data-testid="staff-failed-attempts" role="status">
          {t('staff.home.failedAttempts', { count: failedAttempts })}
        </p>
      ) : null}
      <div className="staff-actions">
        {ACTIONS.filter((action) => role === 'supervisor' || !action.supervisorOnly).map((action) => (
          <button
            key={action.screen.kind}
            type="button"
            className="button staff-action"
            data-testid={`staff-open-${action.screen.kind}`}
            onClick={() => {
              staffGo(action.screen);
            }}
          >
            <Pictogram name={action.pictogram} className="pictogram--title" />
            <span>{t(action.label)}</span>
          </button>
        ))}
      </div>
    </StaffLayout>
  );
}
