import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { StaffAccountView } from '../../../main/contract/index.js';
import { useNow } from '../components/use-now.js';
import { useKioskStore } from '../store/index.js';

import { staffAccountState, staffAccountStateKey } from './staff-account-state.js';
import { roleKey } from './staff-messages.js';
import { formatClockTime } from './staff-time.js';

export type StaffAccountAction = 'rename' | 'pin' | 'toggle';

export interface StaffAccountListProps {
  readonly accounts: readonly StaffAccountView[];
  readonly onAction: (action: StaffAccountAction, account: StaffAccountView) => void;
}

/** Each account as a card whose buttons wrap: French and Kreyòl labels never squeeze a table. */
export function StaffAccountList({ accounts, onAction }: StaffAccountListProps): ReactElement {
  const { t } = useTranslation();
  const ownId = useKioskStore((state) => state.staff.session?.accountId ?? null);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const now = useNow(5_000);
  return (
    <ul className="staff-entries" data-testid="staff-accounts">
      {accounts.map((account) => {
        const state = staffAccountState(account, now);
        const action = (kind: StaffAccountAction, label: string): ReactElement => (
          <button
            type="button"
            className="button"
            data-testid={`staff-account-${kind}`}
            onClick={() => {
              onAction(kind, account);
            }}
          >
            {label}
          </button>
        );
        return (
          <li
            key={account.id}
            className="staff-entry"
            data-testid="staff-account"
            data-name={account.name}
            data-state={state}
            data-role={account.role}
          >
            <div className="staff-entry__what">
              <p className="staff-account__name">
                <span data-verbatim="">{account.name}</span>
                {account.id === ownId ? <span className="staff-account__you"> · {t('staff.accounts.you')}</span> : null}
              </p>
              <p>
                {t(roleKey(account.role))} ·{' '}
                <span data-testid="staff-account-state">{t(staffAccountStateKey(state))}</span>
                {state === 'locked' && account.lockedUntil !== null ? (
                  <span>
                    {' '}
                    · {t('staff.pin.lockedUntil', { time: formatClockTime(new Date(account.lockedUntil), timeZone) })}
                  </span>
                ) : null}
              </p>
            </div>
            <div className="staff-entry__actions staff-account__actions">
              {action('rename', t('staff.accounts.rename'))}
              {action('pin', t('staff.accounts.newPin'))}
              {action('toggle', account.disabled ? t('staff.accounts.enable') : t('staff.accounts.disable'))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
