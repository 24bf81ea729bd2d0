import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { OnScreenKeyboard } from '../components/OnScreenKeyboard.js';

import { typeNameKey, validStaffName } from './staff-name.js';

export interface StaffNameFieldProps {
  readonly value: string;
  readonly onChange: (name: string) => void;
  /** Called with the trimmed name once it is one the services take. */
  readonly onDone: (name: string) => void;
  readonly busy?: boolean;
}

/** A staff member's name or initials, typed on the kiosk's own keyboard: there is no other. */
export function StaffNameField({ value, onChange, onDone, busy = false }: StaffNameFieldProps): ReactElement {
  const { t } = useTranslation();
  const name = validStaffName(value);
  return (
    <div className="staff-name-field">
      <p className="staff-name-field__label">{t('staff.name.label')}</p>
      {/* Continue sits beside the name, above the keyboard: no scrolling to find it. */}
      <div className="staff-name-field__row">
        <p className="staff-name-field__value" data-testid="staff-name-value" aria-live="polite">
          {value === '' ? (
            <span className="pin-pad__hint">{t('staff.name.hint')}</span>
          ) : (
            <span data-verbatim="">{value}</span>
          )}
        </p>
        <button
          type="button"
          className="button button--primary staff-name-field__ok"
          data-testid="staff-name-ok"
          disabled={busy || name === null}
          onClick={() => {
            if (name !== null) onDone(name);
          }}
        >
          {t('staff.name.ok')}
        </button>
      </div>
      <OnScreenKeyboard
        onKey={(key) => {
          onChange(typeNameKey(value, key));
        }}
        onDelete={() => {
          onChange(value.slice(0, -1));
        }}
        onClear={() => {
          onChange('');
        }}
      />
    </div>
  );
}
