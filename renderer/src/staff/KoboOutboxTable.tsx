import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatLongDate, type KoboSubmission } from '../../../main/contract/index.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';

import { koboProblemKey, koboStateKey, monthLabel } from './kobo-labels.js';
import { formatClockTime } from './staff-time.js';

/** The outbox, newest first: what was queued, where it stands, and why it has not gone yet. */
export function KoboOutboxTable({ submissions }: { readonly submissions: readonly KoboSubmission[] }): ReactElement {
  const { t, i18n } = useTranslation();
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const names = calendarNames(toLanguage(i18n.language));
  if (submissions.length === 0) return <p data-testid="kobo-empty">{t('kobo.empty')}</p>;
  const when = (iso: string): string => {
    const at = new Date(iso);
    return `${formatLongDate(at, timeZone, names)} · ${formatClockTime(at, timeZone)}`;
  };
  return (
    <table className="staff-table" data-testid="kobo-outbox">
      <thead>
        <tr>
          <th>{t('kobo.columns.month')}</th>
          <th>{t('kobo.columns.state')}</th>
          <th>{t('kobo.columns.attempts')}</th>
          <th>{t('kobo.columns.answer')}</th>
          <th>{t('kobo.columns.next')}</th>
        </tr>
      </thead>
      <tbody>
        {submissions.map((submission) => (
          <tr
            key={submission.id}
            data-testid="kobo-submission"
            data-state={submission.state}
            data-problem={submission.problem ?? ''}
            data-instance={submission.instanceId}
          >
            <td>{monthLabel(submission.month, names)}</td>
            <td data-testid="kobo-submission-state">{t(koboStateKey(submission.state))}</td>
            <td data-verbatim="">{submission.attempts}</td>
            <td data-testid="kobo-submission-answer">
              {submission.problem === null
                ? submission.lastStatus === null
                  ? t('kobo.noAnswer')
                  : String(submission.lastStatus)
                : t(koboProblemKey(submission.problem))}
            </td>
            <td data-verbatim="">{submission.nextAttemptAt === null ? '—' : when(submission.nextAttemptAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
