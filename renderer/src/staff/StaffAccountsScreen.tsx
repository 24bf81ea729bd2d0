import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { KioskError, StaffAccountView } from '../../../main/contract/index.js';
import { Pictogram } from '../components/Pictogram.js';
import { errorMessageKey } from '../i18n/messages.js';
import { useKioskStore } from '../store/index.js';

import { StaffAccountAddForm } from './StaffAccountAddForm.js';
import { StaffAccountChange } from './StaffAccountChange.js';
import { StaffAccountList, type StaffAccountAction } from './StaffAccountList.js';
import { StaffLayout } from './StaffLayout.js';

type Mode =
  | { readonly kind: 'list' }
  | { readonly kind: 'add' }
  | { readonly kind: 'change'; readonly action: StaffAccountAction; readonly account: StaffAccountView };

type Outcome =
  | {
      readonly kind: 'done';
      readonly what: 'added' | 'renamed' | 'pin' | 'disabled' | 'enabled';
      readonly name: string;
    }
  | { readonly kind: 'error'; readonly error: KioskError };

const DONE_KEYS = {
  added: 'staff.accounts.done.added',
  renamed: 'staff.accounts.done.renamed',
  pin: 'staff.accounts.done.pin',
  disabled: 'staff.accounts.done.disabled',
  enabled: 'staff.accounts.done.enabled',
} as const;

/** Supervisors only: who may sign in, with what role; add, rename, disable, enable, new PIN. */
export function StaffAccountsScreen(): ReactElement {
  const { t } = useTranslation();
  const loadStaffAccounts = useKioskStore((state) => state.loadStaffAccounts);
  const [accounts, setAccounts] = useState<readonly StaffAccountView[] | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const reload = useCallback(() => {
    void loadStaffAccounts().then((result) => {
      if (result.ok) setAccounts(result.value);
      else setOutcome({ kind: 'error', error: result.error });
    });
  }, [loadStaffAccounts]);
  useEffect(reload, [reload]);

  // Every change ends on the list, read again: the services' word, not the screen's guess.
  const finish = (next: Outcome | null): void => {
    setOutcome(next);
    setMode({ kind: 'list' });
    reload();
  };
  const changed = (action: StaffAccountAction, account: StaffAccountView): void => {
    const what = action === 'rename' ? 'renamed' : action === 'pin' ? 'pin' : account.disabled ? 'disabled' : 'enabled';
    finish({ kind: 'done', what, name: account.name });
  };

  return (
    <StaffLayout back={mode.kind === 'list'} name="staff-accounts" heading={t('staff.accounts.heading')}>
      {mode.kind === 'list' ? (
        <>
          <div className="staff-messages" aria-live="polite">
            {outcome?.kind === 'done' ? (
              <p
                className="staff-message staff-message--done"
                data-testid="staff-accounts-done"
                data-what={outcome.what}
              >
                {t(DONE_KEYS[outcome.what], { name: outcome.name })}
              </p>
            ) : null}
            {outcome?.kind === 'error' ? (
              <p
                className="staff-message staff-message--error"
                data-testid="staff-accounts-error"
                data-code={outcome.error.code}
              >
                {t(errorMessageKey(outcome.error.code))}
              </p>
            ) : null}
          </div>
          <button
            type="button"
            className="button staff-new-entry"
            data-testid="staff-account-new"
            onClick={() => {
              setOutcome(null);
              setMode({ kind: 'add' });
            }}
          >
            <Pictogram name="staff" />
            <span>{t('staff.accounts.add')}</span>
          </button>
          {accounts === null ? null : (
            <StaffAccountList
              accounts={accounts}
              onAction={(action, account) => {
                setOutcome(null);
                setMode({ kind: 'change', action, account });
              }}
            />
          )}
        </>
      ) : null}
      {mode.kind === 'add' ? (
        <StaffAccountAddForm
          onAdded={(account) => {
            finish({ kind: 'done', what: 'added', name: account.name });
          }}
          onCancel={() => {
            finish(null);
          }}
        />
      ) : null}
      {mode.kind === 'change' ? (
        <StaffAccountChange
          action={mode.action}
          account={mode.account}
          onDone={(account) => {
            changed(mode.action, account);
          }}
          onRefused={(error) => {
            finish({ kind: 'error', error });
          }}
          onCancel={() => {
            finish(null);
          }}
        />
      ) : null}
    </StaffLayout>
  );
}
