import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { playChime } from './chime.js';
import { turnApi } from './turn-api.js';
import { usePoll } from './use-poll.js';

/** How often the kiosk screen looks for new calls. */
const CALLS_POLL_MS = 2_500;
/** How long a call stays over the screen. */
const SHOW_MS = 12_000;

/**
 * A number called by staff, over whatever the visitor screen shows, with a chime: the person who
 * took it may be sitting nearby. Calls already there when the screen opened are not announced; a
 * recall is (it has a new call id).
 */
export function CallAnnouncer(): ReactElement | null {
  const { t } = useTranslation();
  const seen = useRef<Set<number> | null>(null);
  const [shown, setShown] = useState<{ number: string; callId: number; until: number } | null>(null);

  usePoll(async () => {
    const answer = await turnApi().getTurnCalls({});
    const now = Date.now();
    if (!answer.ok) return;
    const known = seen.current;
    seen.current = new Set(answer.value.calls.map((call) => call.callId));
    if (known === null) return;
    const fresh = answer.value.calls.find((call) => !known.has(call.callId));
    if (fresh !== undefined) {
      setShown({ ...fresh, until: now + SHOW_MS });
      playChime();
    } else {
      setShown((current) => (current !== null && current.until <= now ? null : current));
    }
  }, CALLS_POLL_MS);

  if (shown === null) return null;
  return (
    <div className="turn-call" data-testid="turn-call" data-call-id={shown.callId} role="alert">
      <p className="turn-call__label">{t('turns.calling.label')}</p>
      <p className="turn-call__number" data-testid="turn-call-number">
        {shown.number}
      </p>
      <p className="turn-call__go">{t('turns.calling.goToDesk')}</p>
      <button
        type="button"
        className="button"
        data-testid="turn-call-close"
        onClick={() => {
          setShown(null);
        }}
      >
        {t('nav.back')}
      </button>
    </div>
  );
}
