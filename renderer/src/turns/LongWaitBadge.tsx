import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useKioskStore } from '../store/index.js';

import { turnApi } from './turn-api.js';
import { usePoll } from './use-poll.js';

const BADGE_POLL_MS = 30_000;

/**
 * On the staff status bar: how many people have waited longer than operations.json
 * `turns.longWaitMinutes`. Nothing while nobody has, or while the queue cannot be read.
 */
export function LongWaitBadge(): ReactElement | null {
  const { t } = useTranslation();
  const callAsStaff = useKioskStore((state) => state.callAsStaff);
  const signedIn = useKioskStore((state) => state.staff.session !== null);
  const [long, setLong] = useState<{ count: number; minutes: number } | null>(null);
  usePoll(
    async () => {
      const answer = await callAsStaff((token) => turnApi().listTurnQueue({ token }));
      setLong(answer.ok ? { count: answer.value.longWaits, minutes: answer.value.longWaitMinutes } : null);
    },
    BADGE_POLL_MS,
    signedIn,
  );
  if (long === null || long.count === 0) return null;
  return (
    <li className="ops-status__badge" data-testid="ops-status-long-wait" data-count={long.count}>
      {t('turns.staff.longWait', { count: long.count, minutes: long.minutes })}
    </li>
  );
}
