import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import {
  OPERATOR_ROLES,
  type ErrorCode,
  type OperatorRole,
  type StaffAccountView,
} from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';
import { useKioskStore } from '../store/index.js';

import { ChoiceButtons } from './ChoiceButtons.js';
import { NewPinFlow } from './NewPinFlow.js';
import { StaffNameField } from './StaffNameField.js';
import { roleKey } from './staff-messages.js';

export interface StaffAccountAddFormProps {
  readonly onAdded: (account: StaffAccountView) => void;
  readonly onCancel: () => void;
}

/** A new staff member: name and role first, then the PIN they chose, typed twice. */
export function StaffAccountAddForm({ onAdded, onCancel }: StaffAccountAddFormProps): ReactElement {
  const { t } = useTranslation();
  const addStaffAccount = useKioskStore((state) => state.addStaffAccount);
  const [name, setName] = useState('');
  const [role, setRole] = useState<OperatorRole>('operator');
  const [pinFor, setPinFor] = useState<string | null>(null);
  const [nameError, setNameError] = useState<ErrorCode | null>(null);

  return (
    <div className="staff-account-form" data-testid="staff-account-add">
      {pinFor === null ? (
        <>
          <ChoiceButtons
            heading={t('staff.accounts.role')}
            testId="staff-account-role"
            choices={OPERATOR_ROLES.map((value) => ({ value, label: t(roleKey(value)) }))}
            chosen={role}
            onChoose={setRole}
          />
          {nameError === null ? null : (
            <p className="staff-message staff-message--error" data-testid="staff-account-error" data-code={nameError}>
              {t(errorMessageKey(nameError))}
            </p>
          )}
          <StaffNameField
            value={name}
            onChange={setName}
            onDone={(typed) => {
              setNameError(null);
              setPinFor(typed);
            }}
          />
        </>
      ) : (
        <>
          <p className="staff-message" data-testid="staff-account-who">
            <span data-verbatim="">{pinFor}</span> · {t(roleKey(role))}
          </p>
          <NewPinFlow
            onConfirmed={async (pin) => {
              const result = await addStaffAccount(pinFor, role, pin);
              if (result.ok) onAdded(result.value);
              else if (result.error.code === 'NAME_TAKEN') {
                // The name is the problem, not the PIN: back to the keyboard, saying why.
                setNameError('NAME_TAKEN');
                setPinFor(null);
                return null;
              }
              return result.ok ? null : result.error;
            }}
          />
        </>
      )}
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
