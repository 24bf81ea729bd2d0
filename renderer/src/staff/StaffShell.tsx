import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { assertNever } from '../../../main/contract/index.js';
import { LanguageButtons } from '../components/LanguageButtons.js';
import { Pictogram } from '../components/Pictogram.js';
import { toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';
import type { StaffScreen } from '../store/staff-state.js';

import { ActivityFormScreen } from './ActivityFormScreen.js';
import { ActivityListScreen } from './ActivityListScreen.js';
import { AuditScreen } from './AuditScreen.js';
import { FollowUpScreen } from './FollowUpScreen.js';
import { PathwayListScreen } from './pathways/PathwayListScreen.js';
import { PathwayWalkScreen } from './pathways/PathwayWalkScreen.js';
import { KoboScreen } from './KoboScreen.js';
import { DailyCheckScreen } from './DailyCheckScreen.js';
import { DirectoryAdminScreen } from './directory/DirectoryAdminScreen.js';
import { IncidentsScreen } from './IncidentsScreen.js';
import { NeedsAdministratorScreen } from './NeedsAdministratorScreen.js';
import { OperationsStatusBar } from './OperationsStatusBar.js';
import { PinScreen } from './PinScreen.js';
import { ReportsScreen } from './ReportsScreen.js';
import { PrinterScreen } from './PrinterScreen.js';
import { RecordingsScreen } from './RecordingsScreen.js';
import { SetupScreen } from './SetupScreen.js';
import { StaffAccountsScreen } from './StaffAccountsScreen.js';
import { StaffHomeScreen } from './StaffHomeScreen.js';
import { StaffTopicsScreen } from './StaffTopicsScreen.js';
import { TurnQueueScreen } from '../turns/TurnQueueScreen.js';
import { roleKey } from './staff-messages.js';
import { useStaffExpiry } from './use-staff-expiry.js';

function renderStaffScreen(screen: StaffScreen): ReactElement {
  switch (screen.kind) {
    case 'pin':
      return <PinScreen />;
    case 'setup':
      return <SetupScreen />;
    case 'needs-administrator':
      return <NeedsAdministratorScreen />;
    case 'home':
      return <StaffHomeScreen />;
    case 'activity':
      return <ActivityListScreen />;
    case 'activity-form':
      return <ActivityFormScreen entry={screen.entry} />;
    case 'staff-accounts':
      return <StaffAccountsScreen />;
    case 'audit':
      return <AuditScreen />;
    // — Operations: incidents, maintenance, checklist, status —
    case 'daily-check':
      return <DailyCheckScreen />;
    case 'incidents':
      return <IncidentsScreen />;
    // — Printer administration and kiosk hardening —
    case 'printer':
      return <PrinterScreen />;
    // — Reports and KoboToolbox —
    // KoboToolbox
    case 'kobo':
      return <KoboScreen />;
    // Reports
    case 'reports':
      return <ReportsScreen />;
    // — Referral pathways —
    case 'pathways':
      return <PathwayListScreen />;
    case 'pathway-walk':
      return <PathwayWalkScreen />;
    case 'topics':
      return <StaffTopicsScreen />;
    // Read-aloud recordings
    case 'recordings':
      return <RecordingsScreen />;
    // — Referral follow-up —
    case 'follow-up':
      return <FollowUpScreen />;
    // — Turns for people waiting —
    case 'turns':
      return <TurnQueueScreen />;
    // — Directory stewardship —
    case 'directory':
      return <DirectoryAdminScreen />;
    default:
      return assertNever(screen, 'staff screen');
  }
}

/** Staff mode's frame: who is signed in (name and role), the language of the screens, and Lock. No visitor idle reset. */
export function StaffShell(): ReactElement {
  const { t, i18n } = useTranslation();
  const screen = useKioskStore((state) => state.staff.screen);
  const role = useKioskStore((state) => state.staff.session?.role ?? null);
  const name = useKioskStore((state) => state.staff.session?.name ?? null);
  const lockStaff = useKioskStore((state) => state.lockStaff);
  const setStaffLanguage = useKioskStore((state) => state.setStaffLanguage);
  useStaffExpiry();

  return (
    <div className="kiosk-shell staff-shell" data-testid="staff-shell">
      <header className="top-bar staff-bar">
        <div className="staff-bar__who">
          <Pictogram name="staff" />
          <span className="staff-bar__title">{t('staff.title')}</span>
          {name === null ? null : (
            <span className="staff-bar__name" data-testid="staff-signed-in">
              {t('staff.signedIn', { name })}
            </span>
          )}
          {role === null ? null : (
            <span className="staff-bar__role" data-testid="staff-role">
              {t(roleKey(role))}
            </span>
          )}
        </div>
        <LanguageButtons
          size="medium"
          label={t('language.choose')}
          current={toLanguage(i18n.language)}
          onChoose={setStaffLanguage}
        />
        <button type="button" className="button button--primary" data-testid="staff-lock" onClick={lockStaff}>
          <Pictogram name="key" />
          <span>{role === null ? t('staff.leave') : t('staff.lock')}</span>
        </button>
      </header>
      <OperationsStatusBar screen={screen.kind} />
      <main className="screen-area" key={screen.kind}>
        {renderStaffScreen(screen)}
      </main>
    </div>
  );
}
