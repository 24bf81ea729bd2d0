import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { StaffAccountChoice } from '../../../main/contract/index.js';
import { useNow } from '../components/use-now.js';
import { useKioskStore } from '../store/index.js';

import { roleKey } from './staff-messages.js';
import { formatClockTime } from './staff-time.js';

export interface StaffAccountPickerProps {
  readonly accounts: readonly StaffAccountChoice[];
  readonly onChoose: (account: StaffAccountChoice) => void;
}

/** Unlock starts with a name, so wrong PINs count against one account and never lock the others. */
export function StaffAccountPicker({ accounts, onChoose }: StaffAccountPickerProps): ReactElement {
  const { t } = useTranslation();
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  // A lock that has run out stops showing without anyone touching the screen.
  const now = useNow(5_000);
  return (
    <ul className="staff-account-picker" data-testid="staff-account-list">
      {accounts.map((account) => {
        const locked = account.lockedUntil !== null && Date.parse(account.lockedUntil) > now.getTime();
        return (
          <li key={account.id}>
            <button
              type="button"
              className="button staff-account-choice"
              data-testid="staff-account-choice"
              data-name={account.name}
              data-locked={locked}
              onClick={() => {
                onChoose(account);
              }}
            >
              <span className="staff-account-choice__name" data-verbatim="">
                {account.name}
              </span>
              <span className="staff-account-choice__role">{t(roleKey(account.role))}</span>
              {locked && account.lockedUntil !== null ? (
                <span className="staff-account-choice__lock" data-testid="staff-account-locked">
                  {t('staff.pin.lockedUntil', { time: formatClockTime(new Date(account.lockedUntil), timeZone) })}
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
