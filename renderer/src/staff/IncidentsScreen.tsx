import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatLongDate, type Incident, type KioskError } from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';

import { MaintenancePanel } from './MaintenancePanel.js';
import { formatDuration, incidentLabel } from './operations-labels.js';
import { StaffLayout } from './StaffLayout.js';
import { formatClockTime } from './staff-time.js';

/** Open incidents (close by hand), report a problem, recent closed ones, and maintenance. */
export function IncidentsScreen(): ReactElement {
  const { t } = useTranslation();
  const loadIncidents = useKioskStore((state) => state.loadIncidents);
  const loadOperationsSetup = useKioskStore((state) => state.loadOperationsSetup);
  const reportIncident = useKioskStore((state) => state.reportIncident);
  const closeIncident = useKioskStore((state) => state.closeIncident);
  const lists = useKioskStore((state) => state.operations.incidents);
  const setup = useKioskStore((state) => state.operations.setup);
  const [error, setError] = useState<KioskError | null>(null);
  const [reported, setReported] = useState(false);

  useEffect(() => {
    void loadOperationsSetup();
    void loadIncidents().then((result) => {
      setError(result.ok ? null : result.error);
    });
  }, [loadIncidents, loadOperationsSetup]);

  return (
    <StaffLayout back name="incidents" heading={t('operations.incidents.heading')}>
      {error === null ? null : (
        <p className="staff-message staff-message--error" role="alert" data-testid="incidents-error">
          {t(errorMessageKey(error.code))}
        </p>
      )}
      <h2>{t('operations.incidents.open')}</h2>
      {lists !== null && lists.open.length === 0 ? (
        <p data-testid="incidents-none">{t('operations.incidents.none')}</p>
      ) : null}
      <ul className="staff-entries" data-testid="incidents-open">
        {(lists?.open ?? []).map((incident) => (
          <IncidentRow
            key={incident.id}
            incident={incident}
            onClose={() => {
              void closeIncident(incident.id).then((result) => {
                setError(result.ok ? null : result.error);
              });
            }}
          />
        ))}
      </ul>
      <fieldset className="staff-choice" data-testid="incident-report">
        <legend className="staff-choice__heading">{t('operations.incidents.report')}</legend>
        <div className="staff-choice__buttons">
          {(setup?.incidentSubjects ?? []).map((subject) => (
            <button
              key={subject}
              type="button"
              className="button staff-choice__button"
              data-testid={`incident-report-${subject}`}
              onClick={() => {
                void reportIncident(subject).then((result) => {
                  setReported(result.ok);
                  setError(result.ok ? null : result.error);
                });
              }}
            >
              {t(`operations.incidents.subjects.${subject}`)}
            </button>
          ))}
        </div>
      </fieldset>
      {reported ? (
        <p className="staff-message staff-message--done" role="status" data-testid="incident-reported">
          {t('operations.incidents.reported')}
        </p>
      ) : null}
      <h2>{t('operations.incidents.recent')}</h2>
      {lists !== null && lists.recent.length === 0 ? <p>{t('operations.incidents.noneRecent')}</p> : null}
      <ul className="staff-entries" data-testid="incidents-recent">
        {(lists?.recent ?? []).map((incident) => (
          <IncidentRow key={incident.id} incident={incident} onClose={null} />
        ))}
      </ul>
      <MaintenancePanel />
    </StaffLayout>
  );
}

function IncidentRow({
  incident,
  onClose,
}: {
  readonly incident: Incident;
  readonly onClose: (() => void) | null;
}): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const checklist = useKioskStore((state) => state.operations.setup?.checklist ?? []);
  const opened = new Date(incident.openedAt);
  return (
    <li
      className="staff-entry"
      data-testid="incident"
      data-kind={incident.kind}
      data-subject={incident.subject}
      data-closed-by={incident.closedBy ?? ''}
    >
      <div className="staff-entry__what ops-entry__what">
        <strong data-testid="incident-label">{incidentLabel(t, incident, checklist, language)}</strong>
        <span className="staff-detail" data-verbatim="">
          {t('operations.incidents.since', {
            when: `${formatLongDate(opened, timeZone, calendarNames(language))} · ${formatClockTime(opened, timeZone)}`,
          })}
        </span>
        <span className="staff-detail" data-testid="incident-downtime">
          {t('operations.incidents.downtime', { duration: formatDuration(t, incident.downtimeMs) })}
        </span>
        {incident.occurrences > 1 ? (
          <span className="staff-detail">{t('operations.incidents.times', { count: incident.occurrences })}</span>
        ) : null}
        {incident.closedBy === null ? null : (
          <span className="staff-detail">{t(`operations.incidents.closedBy.${incident.closedBy}`)}</span>
        )}
      </div>
      {onClose === null ? null : (
        <div className="staff-entry__actions">
          <button type="button" className="button" data-testid="incident-close" onClick={onClose}>
            {t('operations.incidents.close')}
          </button>
        </div>
      )}
    </li>
  );
}
