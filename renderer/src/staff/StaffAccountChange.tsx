import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { ErrorCode, KioskError, StaffAccountView } from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';
import { useKioskStore } from '../store/index.js';

import { NewPinFlow } from './NewPinFlow.js';
import { StaffNameField } from './StaffNameField.js';
import type { StaffAccountAction } from './StaffAccountList.js';

export interface StaffAccountChangeProps {
  readonly action: StaffAccountAction;
  readonly account: StaffAccountView;
  /** The change went through; the screen lists the accounts again and says what was done. */
  readonly onDone: (account: StaffAccountView) => void;
  /** The services refused (the last supervisor, …): said on the list, where the reason makes sense. */
  readonly onRefused: (error: KioskError) => void;
  readonly onCancel: () => void;
}

/** One change to one account: a new name, a new PIN, or disabling and enabling it (confirmed). */
export function StaffAccountChange({
  action,
  account,
  onDone,
  onRefused,
  onCancel,
}: StaffAccountChangeProps): ReactElement {
  const { t } = useTranslation();
  const renameStaffAccount = useKioskStore((state) => state.renameStaffAccount);
  const setStaffAccountPin = useKioskStore((state) => state.setStaffAccountPin);
  const setStaffAccountDisabled = useKioskStore((state) => state.setStaffAccountDisabled);
  const [name, setName] = useState(account.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  const rename = (typed: string): void => {
    setBusy(true);
    setError(null);
    void renameStaffAccount(account.id, typed).then((result) => {
      setBusy(false);
      if (result.ok) onDone(result.value);
      else setError(result.error.code);
    });
  };
  const toggle = (): void => {
    setBusy(true);
    void setStaffAccountDisabled(account.id, !account.disabled).then((result) => {
      setBusy(false);
      if (result.ok) onDone(result.value);
      else onRefused(result.error);
    });
  };

  return (
    <div className="staff-account-form" data-testid={`staff-account-change-${action}`}>
      <p className="staff-message" data-testid="staff-account-who">
        <span data-verbatim="">{account.name}</span>
      </p>
      {error === null ? null : (
        <p className="staff-message staff-message--error" data-testid="staff-account-error" data-code={error}>
          {t(errorMessageKey(error))}
        </p>
      )}
      {action === 'rename' ? <StaffNameField value={name} onChange={setName} onDone={rename} busy={busy} /> : null}
      {action === 'pin' ? (
        <NewPinFlow
          onConfirmed={async (pin) => {
            const result = await setStaffAccountPin(account.id, pin);
            if (result.ok) onDone(account);
            return result.ok ? null : result.error;
          }}
        />
      ) : null}
      {action === 'toggle' ? (
        <div className="staff-confirm">
          <p className="staff-message staff-message--error" data-testid="staff-account-confirm-text">
            {account.disabled ? t('staff.accounts.enableConfirm') : t('staff.accounts.disableConfirm')}
          </p>
          <button
            type="button"
            className="button button--primary"
            data-testid="staff-account-confirm"
            disabled={busy}
            onClick={toggle}
          >
            {account.disabled ? t('staff.accounts.enable') : t('staff.accounts.disableYes')}
          </button>
        </div>
      ) : null}
      <button
        type="button"
        className="button button--quiet staff-back"
        data-testid="staff-account-cancel"
        onClick={onCancel}
      >
        {t('staff.activity.cancel')}
      </button>
    </div>
  );
}
