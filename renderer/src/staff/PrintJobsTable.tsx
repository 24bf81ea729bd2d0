import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { ENDONYMS, formatLongDate, isDayOnly, type PrintJobView } from '../../../main/contract/index.js';
import { localize } from '../i18n/i18n.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';

import { canReprint, printerProblemKey, printJobStateKey, reasonProblems } from './printer-messages.js';
import { formatClockTime } from './staff-time.js';

export interface PrintJobsTableProps {
  readonly jobs: readonly PrintJobView[];
  readonly timeZone: string;
  readonly busy: boolean;
  readonly onReprint: (job: PrintJobView) => void;
}

/** Recent slips, newest first: when, which service, which language, the code, and how it ended. */
export function PrintJobsTable({ jobs, timeZone, busy, onReprint }: PrintJobsTableProps): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const names = calendarNames(language);
  const serviceById = useKioskStore((state) => state.serviceById);
  const reasonText = (reason: string): string =>
    reasonProblems(reason)
      ?.map((problem) => t(printerProblemKey(problem)))
      .join(' ') ?? reason;
  if (jobs.length === 0) return <p data-testid="print-jobs-empty">{t('printerAdmin.jobs.empty')}</p>;
  return (
    <table className="staff-table print-jobs" data-testid="print-jobs">
      <thead>
        <tr>
          <th>{t('printerAdmin.jobs.when')}</th>
          <th>{t('printerAdmin.jobs.service')}</th>
          <th>{t('printerAdmin.jobs.language')}</th>
          <th>{t('printerAdmin.jobs.code')}</th>
          <th>{t('printerAdmin.jobs.state')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => {
          const service = serviceById(job.serviceId);
          // Past the reprint window the service sends the day only: shown as a date, no time.
          const dayOnly = isDayOnly(job.createdAt);
          const at = dayOnly ? new Date(`${job.createdAt}T12:00:00Z`) : new Date(job.createdAt);
          return (
            <tr key={job.id} data-testid="print-job" data-job-id={job.id} data-state={job.state}>
              <td data-verbatim="" data-testid="print-job-when">
                {dayOnly
                  ? formatLongDate(at, 'UTC', names)
                  : `${formatLongDate(at, timeZone, names)} · ${formatClockTime(at, timeZone)}`}
              </td>
              <td>{service === undefined ? job.serviceId : localize(service.name, language)}</td>
              <td data-verbatim="">{ENDONYMS[job.language]}</td>
              <td data-verbatim="" data-testid="print-job-code">
                {job.referralCode}
              </td>
              <td>
                <span data-testid="print-job-state">{t(printJobStateKey(job.state))}</span>
                {job.reason === null ? null : (
                  <span className="staff-detail print-jobs__reason" data-testid="print-job-reason">
                    {t('printerAdmin.jobs.reason', { reason: reasonText(job.reason) })}
                  </span>
                )}
              </td>
              <td>
                {canReprint(job.state) ? (
                  <button
                    type="button"
                    className="button"
                    data-testid="print-job-reprint"
                    disabled={busy}
                    onClick={() => {
                      onReprint(job);
                    }}
                  >
                    {t('printerAdmin.jobs.reprint')}
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
