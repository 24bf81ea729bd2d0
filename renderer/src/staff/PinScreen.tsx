import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useNow } from '../components/use-now.js';
import { errorMessageKey } from '../i18n/messages.js';
import { useKioskStore } from '../store/index.js';

import { PinPad } from './PinPad.js';
import { StaffLayout } from './StaffLayout.js';
import { formatClockTime } from './staff-time.js';

type PinMessage =
  | { readonly kind: 'wrong'; readonly attemptsLeft: number }
  | { readonly kind: 'error'; readonly key: ReturnType<typeof errorMessageKey> };

/** Unlock: wrong PINs say how many tries remain; a lockout says until when, in the site's time. */
export function PinScreen(): ReactElement {
  const { t } = useTranslation();
  const unlockStaff = useKioskStore((state) => state.unlockStaff);
  const notice = useKioskStore((state) => state.staff.notice);
  const lockedUntil = useKioskStore((state) => state.staff.access?.lockedUntil ?? null);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PinMessage | null>(null);
  // A lockout that has run out says nothing more; the next PIN is simply tried.
  const now = useNow(5_000);
  const locked = lockedUntil !== null && Date.parse(lockedUntil) > now.getTime();

  const submit = (pin: string): void => {
    setBusy(true);
    setMessage(null);
    void unlockStaff(pin).then((result) => {
      setBusy(false);
      if (!result.ok) setMessage({ kind: 'error', key: errorMessageKey(result.error.code) });
      else if (result.value.outcome === 'wrong_pin') {
        setMessage({ kind: 'wrong', attemptsLeft: result.value.attemptsLeft });
      }
    });
  };

  return (
    <StaffLayout name="pin" heading={t('staff.pin.heading')}>
      <div className="staff-pin">
        <div className="staff-messages" aria-live="assertive">
          {notice === 'session_expired' ? (
            <p className="staff-message" data-testid="staff-expired">
              {t('staff.pin.expired')}
            </p>
          ) : null}
          {locked ? (
            <p className="staff-message staff-message--error" data-testid="pin-locked">
              {t('staff.pin.locked', { time: formatClockTime(new Date(lockedUntil), timeZone) })}
            </p>
          ) : null}
          {message?.kind === 'wrong' ? (
            <p className="staff-message staff-message--error" data-testid="pin-wrong">
              {t('staff.pin.wrong', { count: message.attemptsLeft })}
            </p>
          ) : null}
          {message?.kind === 'error' ? (
            <p className="staff-message staff-message--error" data-testid="pin-error">
              {t(message.key)}
            </p>
          ) : null}
        </div>
        <PinPad onSubmit={submit} busy={busy} />
      </div>
    </StaffLayout>
  );
}
