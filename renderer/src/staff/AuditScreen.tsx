import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatLongDate, type AuditEvent, type KioskError } from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';

import { StaffLayout } from './StaffLayout.js';
import { auditKindKey, roleKey } from './staff-messages.js';
import { formatClockTime } from './staff-time.js';

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly events: readonly AuditEvent[] }
  | { readonly kind: 'error'; readonly error: KioskError };

/**
 * Supervisors only: who did what (unlocks, failed attempts, staff changes, entries), newest first,
 * and to what: the service changed, the recording deleted.
 */
export function AuditScreen(): ReactElement {
  const { t, i18n } = useTranslation();
  const loadAuditLog = useKioskStore((state) => state.loadAuditLog);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const names = calendarNames(toLanguage(i18n.language));

  useEffect(() => {
    let current = true;
    void loadAuditLog().then((result) => {
      if (current)
        setLoaded(result.ok ? { kind: 'ready', events: result.value } : { kind: 'error', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [loadAuditLog]);

  return (
    <StaffLayout back name="audit" heading={t('staff.audit.heading')}>
      {loaded.kind === 'error' ? (
        <p className="staff-message staff-message--error">{t(errorMessageKey(loaded.error.code))}</p>
      ) : null}
      {loaded.kind === 'ready' && loaded.events.length === 0 ? <p>{t('staff.audit.empty')}</p> : null}
      {loaded.kind === 'ready' && loaded.events.length > 0 ? (
        <table className="staff-table" data-testid="audit-log">
          <thead>
            <tr>
              <th>{t('staff.audit.when')}</th>
              <th>{t('staff.audit.what')}</th>
              <th>{t('staff.audit.actor')}</th>
              <th>{t('staff.audit.who')}</th>
              <th>{t('staff.audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.events.map((event, index) => {
              const at = new Date(event.at);
              return (
                <tr key={`${event.at}-${String(index)}`} data-testid="audit-event" data-kind={event.kind}>
                  <td data-verbatim="">
                    {formatLongDate(at, timeZone, names)} · {formatClockTime(at, timeZone)}
                  </td>
                  <td>{t(auditKindKey(event.kind))}</td>
                  <td data-testid="audit-actor">
                    {event.actor === null ? t('staff.audit.noRole') : <span data-verbatim="">{event.actor}</span>}
                  </td>
                  <td>{event.role === null ? <span data-verbatim="">—</span> : t(roleKey(event.role))}</td>
                  {/* Machine words (an action, ids, a language code), never free text: shown as written. */}
                  <td data-verbatim="" data-testid="audit-detail">
                    {event.detail ?? '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </StaffLayout>
  );
}
