import { useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { PrinterStatus } from '../../../main/contract/index.js';
import { useKioskStore } from '../store/index.js';
import { LongWaitBadge } from '../turns/LongWaitBadge.js';
import type { StaffScreenKind } from '../store/staff-state.js';

import { formatClockTime } from './staff-time.js';

type PaperState = 'ok' | 'low' | 'out' | 'unknown';

/** Paper from the printer's own report; a printer that says nothing says nothing about paper either. */
function paperState(printer: PrinterStatus): PaperState {
  if (printer.transport === 'preview') return 'unknown';
  if (printer.problems.includes('paper_end')) return 'out';
  if (printer.problems.includes('paper_near_end')) return 'low';
  return printer.state === 'ready' || printer.state === 'warning' ? 'ok' : 'unknown';
}

/** Printer, paper, internet, last check, open incidents and screen restarts, for staff at a glance. */
export function OperationsStatusBar({ screen }: { readonly screen: StaffScreenKind }): ReactElement | null {
  const { t } = useTranslation();
  const signedIn = useKioskStore((state) => state.staff.session !== null);
  const status = useKioskStore((state) => state.operations.status);
  const loadOperationsStatus = useKioskStore((state) => state.loadOperationsStatus);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');

  // Each screen change reads it again: the bar is never older than the screen below it.
  useEffect(() => {
    if (signedIn) void loadOperationsStatus();
  }, [signedIn, screen, loadOperationsStatus]);

  if (!signedIn) return null;
  if (status === null) {
    return (
      <p className="ops-status" data-testid="ops-status" data-state="unavailable">
        {t('operations.status.unavailable')}
      </p>
    );
  }
  const paper = paperState(status.printer);
  // The on-screen preview "prints" without paper: never shown as a ready printer.
  const printerState = status.printer.transport === 'preview' ? 'preview' : status.printer.state;
  const lastCheck =
    status.lastCheck === null
      ? t('operations.status.never')
      : status.lastCheck.today
        ? formatClockTime(new Date(status.lastCheck.finishedAt), timeZone)
        : t('operations.status.notToday');
  return (
    <ul className="ops-status" data-testid="ops-status" aria-label={t('operations.status.label')}>
      <li data-testid="ops-status-printer" data-state={printerState}>
        {t('operations.status.printer', { state: t(`operations.status.printerStates.${printerState}`) })}
      </li>
      <li data-testid="ops-status-paper" data-state={paper}>
        {t('operations.status.paper', { state: t(`operations.status.paperStates.${paper}`) })}
      </li>
      <li data-testid="ops-status-network" data-state={status.network}>
        {t('operations.status.network', { state: t(`operations.status.networkStates.${status.network}`) })}
      </li>
      <li
        data-testid="ops-status-check"
        data-state={status.lastCheck === null ? 'never' : status.lastCheck.today ? status.lastCheck.summary : 'old'}
      >
        {t('operations.status.lastCheck', { when: lastCheck })}
      </li>
      <li data-testid="ops-status-incidents" data-count={status.openIncidents}>
        {t('operations.status.incidents', { count: status.openIncidents })}
      </li>
      {status.crashesToday > 0 ? (
        <li data-testid="ops-status-crashes" data-count={status.crashesToday}>
          {t('operations.status.crashes', { count: status.crashesToday })}
        </li>
      ) : null}
      <LongWaitBadge />
    </ul>
  );
}
