import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { ErrorCode, StaffAccountChoice } from '../../../main/contract/index.js';
import { useNow } from '../components/use-now.js';
import { errorMessageKey } from '../i18n/messages.js';
import { useKioskStore } from '../store/index.js';

import { PinPad } from './PinPad.js';
import { StaffAccountPicker } from './StaffAccountPicker.js';
import { StaffLayout } from './StaffLayout.js';
import { roleKey } from './staff-messages.js';
import { formatClockTime } from './staff-time.js';

type PinMessage =
  | { readonly kind: 'wrong'; readonly attemptsLeft: number }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'error'; readonly code: ErrorCode };

/**
 * Unlock: pick your name, then type your PIN. Wrong PINs say how many tries remain for that
 * account; a locked account says until when, in the site's time, and the others stay usable.
 */
export function PinScreen(): ReactElement {
  const { t } = useTranslation();
  const access = useKioskStore((state) => state.staff.access);
  const notice = useKioskStore((state) => state.staff.notice);
  const loadStaffAccess = useKioskStore((state) => state.loadStaffAccess);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [message, setMessage] = useState<PinMessage | null>(null);

  // Each time the pad shows: locks may have run out, accounts may have been added or disabled.
  useEffect(() => {
    void loadStaffAccess().then((result) => {
      if (!result.ok) setMessage({ kind: 'error', code: result.error.code });
    });
  }, [loadStaffAccess]);

  const chosen = access?.accounts.find((account) => account.id === chosenId);
  const messages = (
    <div className="staff-messages" aria-live="assertive">
      {notice === null ? null : (
        <p className="staff-message" data-testid="staff-expired" data-notice={notice}>
          {notice === 'own_pin_changed' ? t('staff.pin.ownPinChanged') : t('staff.pin.expired')}
        </p>
      )}
      {message?.kind === 'wrong' ? (
        <p className="staff-message staff-message--error" data-testid="pin-wrong">
          {t('staff.pin.wrong', { count: message.attemptsLeft })}
        </p>
      ) : null}
      {message?.kind === 'unavailable' ? (
        <p className="staff-message staff-message--error" data-testid="pin-unavailable">
          {t('staff.pin.unavailable')}
        </p>
      ) : null}
      {message?.kind === 'error' ? (
        <p className="staff-message staff-message--error" data-testid="pin-error">
          {t(errorMessageKey(message.code))}
        </p>
      ) : null}
    </div>
  );

  if (chosen === undefined) {
    return (
      <StaffLayout name="pin" heading={t('staff.pin.pickHeading')}>
        {messages}
        {access === null ? null : (
          <StaffAccountPicker
            accounts={access.accounts}
            onChoose={(account) => {
              setMessage(null);
              setChosenId(account.id);
            }}
          />
        )}
      </StaffLayout>
    );
  }
  return (
    <StaffLayout name="pin" heading={t('staff.pin.heading')}>
      <AccountPinEntry
        account={chosen}
        messages={messages}
        onMessage={setMessage}
        onBack={() => {
          setMessage(null);
          setChosenId(null);
        }}
      />
    </StaffLayout>
  );
}

interface AccountPinEntryProps {
  readonly account: StaffAccountChoice;
  readonly messages: ReactElement;
  readonly onMessage: (message: PinMessage | null) => void;
  readonly onBack: () => void;
}

function AccountPinEntry({ account, messages, onMessage, onBack }: AccountPinEntryProps): ReactElement {
  const { t } = useTranslation();
  const unlockStaff = useKioskStore((state) => state.unlockStaff);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const [busy, setBusy] = useState(false);
  // A lockout that has run out says nothing more, and the pad works again by itself.
  const now = useNow(5_000);
  const locked = account.lockedUntil !== null && Date.parse(account.lockedUntil) > now.getTime();

  const submit = (pin: string): void => {
    setBusy(true);
    onMessage(null);
    void unlockStaff(account.id, pin).then((result) => {
      setBusy(false);
      if (!result.ok) onMessage({ kind: 'error', code: result.error.code });
      else if (result.value.outcome === 'wrong_pin')
        onMessage({ kind: 'wrong', attemptsLeft: result.value.attemptsLeft });
      else if (result.value.outcome === 'unavailable') onMessage({ kind: 'unavailable' });
    });
  };

  return (
    <div className="staff-pin">
      <div className="staff-messages">
        <p className="staff-pin__who" data-testid="pin-account">
          <span className="staff-pin__name" data-verbatim="">
            {account.name}
          </span>
          <span className="staff-bar__role">{t(roleKey(account.role))}</span>
        </p>
        {messages}
        {locked && account.lockedUntil !== null ? (
          <p className="staff-message staff-message--error" data-testid="pin-locked">
            {t('staff.pin.locked', { time: formatClockTime(new Date(account.lockedUntil), timeZone) })}
          </p>
        ) : null}
        <button type="button" className="button button--quiet staff-back" data-testid="pin-other-name" onClick={onBack}>
          {t('staff.pin.otherName')}
        </button>
      </div>
      <PinPad onSubmit={submit} busy={busy || locked} />
    </div>
  );
}
