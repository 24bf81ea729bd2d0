import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { assertNever, type KioskError, type PrinterStatus, type PrintJobView } from '../../../main/contract/index.js';
import { Pictogram } from '../components/Pictogram.js';
import { errorMessageKey } from '../i18n/messages.js';
import { useKioskStore } from '../store/index.js';

import { PrintJobsTable } from './PrintJobsTable.js';
import { PrinterStatusPanel } from './PrinterStatusPanel.js';
import { printerStateKey } from './printer-messages.js';
import { StaffLayout } from './StaffLayout.js';

/** What the last action did, worded for staff; `previewText` is the slip when there is no printer. */
type Outcome =
  | { readonly kind: 'done' | 'failed'; readonly text: string; readonly previewText?: string | null }
  | { readonly kind: 'error'; readonly error: KioskError };

/**
 * The printer for staff: its decoded status, the recent slips with Reprint, "Recover printer"
 * (DLE ENQ 2, after a jam or an open cover) and the code-page self-test slip. One action at a
 * time: the printer does one thing at a time too.
 */
export function PrinterScreen(): ReactElement {
  const { t } = useTranslation();
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const loadPrinterStatus = useKioskStore((state) => state.loadPrinterStatus);
  const loadPrintJobs = useKioskStore((state) => state.loadPrintJobs);
  const reprintJob = useKioskStore((state) => state.reprintJob);
  const recoverPrinter = useKioskStore((state) => state.recoverPrinter);
  const printTestSlip = useKioskStore((state) => state.printTestSlip);
  const [status, setStatus] = useState<PrinterStatus | null>(null);
  const [jobs, setJobs] = useState<readonly PrintJobView[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const readAll = useCallback(
    () => Promise.all([loadPrinterStatus(), loadPrintJobs()]),
    [loadPrinterStatus, loadPrintJobs],
  );
  useEffect(() => {
    let current = true;
    void readAll().then((answers) => {
      if (!current) return;
      const [read, listed] = answers;
      if (read.ok) setStatus(read.value);
      if (listed.ok) setJobs(listed.value);
      const failed = !read.ok ? read : !listed.ok ? listed : null;
      if (failed !== null) setOutcome({ kind: 'error', error: failed.error });
    });
    return () => {
      current = false;
    };
  }, [readAll]);

  const run = (work: () => Promise<Outcome>): void => {
    setBusy(true);
    setOutcome(null);
    void work()
      .then(async (result) => {
        setOutcome(result);
        const answers = await readAll();
        if (answers[0].ok) setStatus(answers[0].value);
        if (answers[1].ok) setJobs(answers[1].value);
      })
      .finally(() => {
        setBusy(false);
      });
  };

  const recover = (): void => {
    run(async () => {
      const result = await recoverPrinter();
      if (!result.ok) return { kind: 'error', error: result.error };
      setStatus(result.value);
      const state = t(printerStateKey(result.value.state));
      const good = result.value.state === 'ready' || result.value.state === 'warning';
      return { kind: good ? 'done' : 'failed', text: t('printerAdmin.results.recovered', { state }) };
    });
  };

  const printTest = (): void => {
    run(async () => {
      const result = await printTestSlip();
      if (!result.ok) return { kind: 'error', error: result.error };
      switch (result.value.outcome) {
        case 'printed':
          return { kind: 'done', text: t('printerAdmin.results.testPrinted') };
        case 'previewed':
          return {
            kind: 'done',
            text: t('printerAdmin.results.testPreviewed'),
            previewText: result.value.previewText,
          };
        case 'not_printed':
          return { kind: 'failed', text: t('printerAdmin.results.testNotPrinted') };
        default:
          return assertNever(result.value.outcome, 'test slip outcome');
      }
    });
  };

  const reprint = (job: PrintJobView): void => {
    run(async () => {
      const result = await reprintJob(job.id);
      if (!result.ok) return { kind: 'error', error: result.error };
      const code = result.value.referral.referralCode;
      switch (result.value.outcome) {
        case 'printed':
          return { kind: 'done', text: t('printerAdmin.results.reprinted', { code }) };
        case 'previewed':
          return {
            kind: 'done',
            text: t('printerAdmin.results.reprintPreviewed', { code }),
            previewText: result.value.previewText,
          };
        case 'not_printed':
          return { kind: 'failed', text: t('printerAdmin.results.reprintNotPrinted', { code }) };
        default:
          return assertNever(result.value.outcome, 'reprint outcome');
      }
    });
  };

  return (
    <StaffLayout back name="printer" heading={t('printerAdmin.heading')}>
      <PrinterStatusPanel
        status={status}
        timeZone={timeZone}
        busy={busy}
        onRefresh={() => {
          run(async () => {
            const read = await loadPrinterStatus();
            if (!read.ok) return { kind: 'error', error: read.error };
            setStatus(read.value);
            return { kind: 'done', text: t(printerStateKey(read.value.state)) };
          });
        }}
      />
      <div className="printer-actions">
        <div className="printer-action">
          <button
            type="button"
            className="button button--primary"
            data-testid="printer-recover"
            disabled={busy}
            onClick={recover}
          >
            <Pictogram name="retry" />
            <span>{t('printerAdmin.actions.recover')}</span>
          </button>
          <p>{t('printerAdmin.actions.recoverHelp')}</p>
        </div>
        <div className="printer-action">
          <button
            type="button"
            className="button button--primary"
            data-testid="printer-test"
            disabled={busy}
            onClick={printTest}
          >
            <Pictogram name="print" />
            <span>{t('printerAdmin.actions.test')}</span>
          </button>
          <p>{t('printerAdmin.actions.testHelp')}</p>
        </div>
      </div>
      {busy ? (
        <p className="staff-message" data-testid="printer-working">
          {t('printerAdmin.actions.working')}
        </p>
      ) : null}
      {outcome === null ? null : <OutcomeMessage outcome={outcome} />}
      <h2>{t('printerAdmin.jobs.heading')}</h2>
      {jobs === null ? null : <PrintJobsTable jobs={jobs} timeZone={timeZone} busy={busy} onReprint={reprint} />}
    </StaffLayout>
  );
}

function OutcomeMessage({ outcome }: { readonly outcome: Outcome }): ReactElement {
  const { t } = useTranslation();
  if (outcome.kind === 'error') {
    return (
      <p
        className="staff-message staff-message--error"
        data-testid="printer-result"
        data-outcome="error"
        data-code={outcome.error.code}
      >
        {t(errorMessageKey(outcome.error.code))}
      </p>
    );
  }
  return (
    <div className="staff-messages">
      <p
        className={`staff-message ${outcome.kind === 'done' ? 'staff-message--done' : 'staff-message--error'}`}
        data-testid="printer-result"
        data-outcome={outcome.kind}
      >
        {outcome.text}
      </p>
      {outcome.previewText === undefined || outcome.previewText === null ? null : (
        <pre className="printer-preview" data-testid="printer-preview" data-verbatim="">
          {outcome.previewText}
        </pre>
      )}
    </div>
  );
}
