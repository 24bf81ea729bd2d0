import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { zonedParts, type CentralSyncStatus } from '../../../../main/contract/index.js';
import { toLanguage } from '../../i18n/resources.js';
import { useKioskStore } from '../../store/index.js';

import { longDay } from './day-text.js';

export interface CentralSyncPanelProps {
  /** Supervisors may ask the source now; every staff member sees the state. */
  readonly canSync: boolean;
  /** A new version changes the list below: the screen reads its view again. */
  readonly onChanged: () => void;
}

/**
 * The central source on the staff Directory screen: when the copy in use was last confirmed, what
 * the last attempt came to and why, and how many entries are shared or this point's own. Shown
 * only when `directory.json` names a source: other sites see the screen as before.
 */
export function CentralSyncPanel({ canSync, onChanged }: CentralSyncPanelProps): ReactElement | null {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const load = useKioskStore((state) => state.loadDirectorySync);
  const syncNow = useKioskStore((state) => state.syncDirectoryNow);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const [status, setStatus] = useState<CentralSyncStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (current && result.ok) setStatus(result.value);
    });
    return () => {
      current = false;
    };
  }, [load]);

  if (status === null || !status.configured) return null;

  // The site's clock, in the locale's own words (`Intl` has no Kreyòl).
  const at = (iso: string): { date: string; time: string } => {
    const parts = zonedParts(new Date(iso), timeZone);
    const day = `${String(parts.year)}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
    return {
      date: longDay(day, language),
      time: `${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`,
    };
  };
  const troubled = status.outcome === 'source_down' || status.outcome === 'invalid';

  return (
    <section className="panel directory-form" data-testid="directory-central" data-outcome={status.outcome ?? 'none'}>
      <h2>{t('directoryAdmin.central.heading')}</h2>
      <p>{t('directoryAdmin.central.intro', { minutes: status.everyMinutes ?? 0 })}</p>
      <p data-verbatim="">{t('directoryAdmin.central.source', { source: status.source ?? '' })}</p>
      <p data-testid="directory-central-synced">
        {status.lastSyncedAt === null
          ? t('directoryAdmin.central.neverSynced')
          : t('directoryAdmin.central.lastSynced', at(status.lastSyncedAt))}
      </p>
      {status.outcome === null ? null : (
        <p
          className={troubled ? 'staff-message staff-message--error' : 'staff-message'}
          role="status"
          data-testid="directory-central-outcome"
        >
          {t(`directoryAdmin.central.outcome.${status.outcome}`)}{' '}
          {status.reason === null
            ? null
            : t(`directoryAdmin.central.reason.${status.reason}`, { detail: status.detail ?? '' })}
        </p>
      )}
      {status.lastAttemptAt === null ? null : (
        <p>{t('directoryAdmin.central.lastAttempt', at(status.lastAttemptAt))}</p>
      )}
      <p data-testid="directory-central-counts">
        {t('directoryAdmin.central.counts', {
          services: status.services,
          overrides: status.localOverrides,
          localOnly: status.localOnly,
        })}
      </p>
      {canSync ? (
        <button
          type="button"
          className="button"
          data-testid="directory-central-sync"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void syncNow().then((result) => {
              setBusy(false);
              setFailed(!result.ok);
              if (!result.ok) return;
              setStatus(result.value);
              if (result.value.outcome === 'changed') onChanged();
            });
          }}
        >
          {busy ? t('directoryAdmin.central.syncing') : t('directoryAdmin.central.syncNow')}
        </button>
      ) : null}
      {failed ? (
        <p className="staff-message staff-message--error" role="alert">
          {t('directoryAdmin.failed')}
        </p>
      ) : null}
    </section>
  );
}
