import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { PrinterStatus } from '../../../main/contract/index.js';

import { printerProblemKey, printerStateKey, printerTransportKey } from './printer-messages.js';
import { formatClockTime } from './staff-time.js';

export interface PrinterStatusPanelProps {
  readonly status: PrinterStatus | null;
  readonly timeZone: string;
  readonly busy: boolean;
  readonly onRefresh: () => void;
}

/**
 * The decoded status as the printer last gave it. A printer that never answered is "unknown",
 * worded as something to check by eye; a preview is named as "no printer", never as "ready".
 */
export function PrinterStatusPanel({ status, timeZone, busy, onRefresh }: PrinterStatusPanelProps): ReactElement {
  const { t } = useTranslation();
  const preview = status?.transport === 'preview';
  return (
    <section
      className="staff-message printer-status"
      data-testid="printer-status"
      data-state={status?.state ?? 'loading'}
      data-transport={status?.transport ?? ''}
      aria-live="polite"
    >
      <h2 className="printer-status__heading">{t('printerAdmin.status.heading')}</h2>
      {status === null ? (
        <p>{t('printerAdmin.actions.working')}</p>
      ) : (
        <>
          <p className="printer-status__state" data-testid="printer-state">
            {preview ? t('printerAdmin.status.preview') : t(printerStateKey(status.state))}
          </p>
          {status.printer === null ? null : (
            <p data-testid="printer-name">
              {t('printerAdmin.status.printer', {
                name: status.printer,
                transport: t(printerTransportKey(status.transport)),
              })}
            </p>
          )}
          {status.problems.length > 0 ? (
            <ul className="printer-status__problems" data-testid="printer-problems">
              {status.problems.map((problem) => (
                <li key={problem} data-problem={problem}>
                  {t(printerProblemKey(problem))}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="printer-status__checked" data-testid="printer-checked">
            {status.checkedAt === null
              ? t('printerAdmin.status.neverChecked')
              : t('printerAdmin.status.checkedAt', { time: formatClockTime(new Date(status.checkedAt), timeZone) })}
          </p>
        </>
      )}
      <button
        type="button"
        className="button button--quiet"
        data-testid="printer-refresh"
        disabled={busy}
        onClick={onRefresh}
      >
        {t('printerAdmin.status.refresh')}
      </button>
    </section>
  );
}
