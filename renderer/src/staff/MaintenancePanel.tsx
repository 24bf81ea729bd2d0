import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatLongDate, type KioskError } from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';

import { roleKey } from './staff-messages.js';
import { formatClockTime } from './staff-time.js';

/** Maintenance done on the point: one touch per task, and the last month's list. */
export function MaintenancePanel(): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const loadMaintenance = useKioskStore((state) => state.loadMaintenance);
  const recordMaintenance = useKioskStore((state) => state.recordMaintenance);
  const kinds = useKioskStore((state) => state.operations.setup?.maintenanceKinds ?? []);
  const entries = useKioskStore((state) => state.operations.maintenance);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const [error, setError] = useState<KioskError | null>(null);
  const [recorded, setRecorded] = useState(false);
  const label = (kind: string): string => kinds.find((k) => k.id === kind)?.label[language] ?? kind;

  useEffect(() => {
    void loadMaintenance();
  }, [loadMaintenance]);

  return (
    <section className="maintenance" data-testid="maintenance" aria-labelledby="maintenance-heading">
      <h2 id="maintenance-heading">{t('operations.incidents.maintenance')}</h2>
      <p>{t('operations.incidents.maintenanceIntro')}</p>
      <div className="staff-choice__buttons">
        {kinds.map((kind) => (
          <button
            key={kind.id}
            type="button"
            className="button staff-choice__button"
            data-testid={`maintenance-${kind.id}`}
            onClick={() => {
              void recordMaintenance(kind.id).then((result) => {
                setRecorded(result.ok);
                setError(result.ok ? null : result.error);
              });
            }}
          >
            {kind.label[language]}
          </button>
        ))}
      </div>
      {recorded ? (
        <p className="staff-message staff-message--done" role="status" data-testid="maintenance-recorded">
          {t('operations.incidents.recorded')}
        </p>
      ) : null}
      {error === null ? null : (
        <p className="staff-message staff-message--error" role="alert">
          {t(errorMessageKey(error.code))}
        </p>
      )}
      <h3>{t('operations.incidents.maintenanceLog')}</h3>
      {entries.length === 0 ? <p>{t('operations.incidents.noMaintenance')}</p> : null}
      <ul className="staff-entries" data-testid="maintenance-log">
        {entries.map((entry) => {
          const at = new Date(entry.recordedAt);
          return (
            <li key={entry.id} className="staff-entry" data-testid="maintenance-entry" data-kind={entry.kind}>
              <div className="staff-entry__what ops-entry__what">
                <strong>{label(entry.kind)}</strong>
                <span className="staff-detail" data-verbatim="">
                  {formatLongDate(at, timeZone, calendarNames(language))} · {formatClockTime(at, timeZone)} ·{' '}
                  {t(roleKey(entry.role))}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
