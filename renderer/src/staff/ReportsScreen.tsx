import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import {
  ENDONYMS,
  isCalendarDay,
  isoDay,
  LANGUAGES,
  presetPeriod,
  REPORT_FORMATS,
  type KioskError,
  type Language,
  type PeriodPreset,
  type ReportDestination,
  type ReportFormat,
  type ReportOptions,
  type Result,
} from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';
import { useKioskStore } from '../store/index.js';

import { ChoiceButtons } from './ChoiceButtons.js';
import { downloadReportFile } from './report-download.js';
import { ReportPeriodPicker } from './ReportPeriodPicker.js';
import { chosenSuppression, ReportRuleControl, type RuleChoice } from './ReportRuleControl.js';
import { ReportTotalsView, type ReportPreview } from './ReportTotalsView.js';
import { StaffLayout } from './StaffLayout.js';

type Outcome =
  | { readonly kind: 'saved' | 'downloaded'; readonly file: string }
  | { readonly kind: 'error'; readonly error: KioskError };

/**
 * Supervisors only: choose a period, see its totals, and export them as XLSX, CSV or PDF.
 * The export is made from the preview on screen: it is offered only once the preview of the
 * current period and rule has arrived, and it sends that preview's small-count rule back, so
 * the services refuse it if the rule changed meanwhile (then the preview is made again).
 */
export function ReportsScreen(): ReactElement {
  const { t } = useTranslation();
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const host = useKioskStore((state) => state.kioskInfo?.host ?? 'web');
  const progress = useKioskStore((state) => state.reportProgress);
  const previewReport = useKioskStore((state) => state.previewReport);
  const downloadReport = useKioskStore((state) => state.downloadReport);
  const loadDestinations = useKioskStore((state) => state.loadReportDestinations);
  const saveReport = useKioskStore((state) => state.saveReport);
  const today = isoDay(new Date(), timeZone);

  const role = useKioskStore((state) => state.staff.session?.role ?? null);
  const [preset, setPreset] = useState<PeriodPreset>('last-month');
  const [custom, setCustom] = useState(() => presetPeriod('last-month', today));
  const period = preset === 'custom' ? custom : presetPeriod(preset, today);
  const [ruleChoice, setRuleChoice] = useState<RuleChoice>('site');
  // Grows when the services refused an export's rule: the preview is made again.
  const [previewRound, setPreviewRound] = useState(0);
  // Tagged with its period, rule and round: an answer for an earlier choice shows as "loading",
  // never as current, and no export can be made from it.
  const [answered, setAnswered] = useState<{ readonly key: string; readonly preview: ReportPreview } | null>(null);
  const previewKey = `${period.from}/${period.to}/${ruleChoice}/${previewRound}`;
  const preview: ReportPreview = answered?.key === previewKey ? answered.preview : { kind: 'loading' };
  const [language, setLanguage] = useState<Language>('es');
  const [format, setFormat] = useState<ReportFormat>('xlsx');
  const [hxl, setHxl] = useState(false);
  const [destinations, setDestinations] = useState<readonly ReportDestination[]>([]);
  const [destination, setDestination] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    let current = true;
    const key = `${period.from}/${period.to}/${ruleChoice}/${previewRound}`;
    void previewReport(period.from, period.to, chosenSuppression(ruleChoice)).then((result) => {
      if (!current) return;
      setAnswered({
        key,
        preview: result.ok ? { kind: 'ready', totals: result.value } : { kind: 'error', error: result.error },
      });
    });
    return () => {
      current = false;
    };
  }, [previewReport, period.from, period.to, ruleChoice, previewRound]);

  const showDestinations = (result: Result<readonly ReportDestination[]>): void => {
    if (!result.ok) return;
    setDestinations(result.value);
    setDestination((chosen) => (result.value.some((d) => d.id === chosen) ? chosen : (result.value[0]?.id ?? null)));
  };
  // Looked up on opening; "Look again" after plugging a drive in.
  useEffect(() => {
    if (host !== 'electron') return;
    let current = true;
    void loadDestinations().then((result) => {
      if (current) showDestinations(result);
    });
    return () => {
      current = false;
    };
  }, [host, loadDestinations]);

  const valid = isCalendarDay(period.from) && isCalendarDay(period.to) && period.from <= period.to;
  const busy = progress !== null;
  const shownRule = preview.kind === 'ready' ? preview.totals.rule : null;

  const exportNow = async (): Promise<void> => {
    if (shownRule === null) return;
    setOutcome(null);
    const options: ReportOptions = {
      from: period.from,
      to: period.to,
      format,
      language,
      rule: shownRule,
      ...(format === 'csv' && hxl ? { hxl: true } : {}),
    };
    const result: Result<{ readonly file: string; readonly kind: 'saved' | 'downloaded' }> =
      host === 'electron' && destination !== null
        ? await saveReport(options, destination).then((saved) =>
            saved.ok ? { ok: true, value: { kind: 'saved', file: saved.value.path } } : saved,
          )
        : await downloadReport(options).then((file) => {
            if (file.ok) downloadReportFile(file.value);
            return file.ok ? { ok: true, value: { kind: 'downloaded', file: file.value.fileName } } : file;
          });
    setOutcome(result.ok ? result.value : { kind: 'error', error: result.error });
    // The site's rule changed since this preview (the configuration was reloaded): show the
    // preview under the rule that applies now before anything is exported.
    if (!result.ok && result.error.code === 'RULE_NOT_PREVIEWED') setPreviewRound((round) => round + 1);
  };

  return (
    <StaffLayout back name="reports" heading={t('reports.heading')}>
      <ReportPeriodPicker
        preset={preset}
        from={period.from}
        to={period.to}
        today={today}
        onPreset={(chosen) => {
          if (chosen === 'custom') setCustom(period);
          setPreset(chosen);
        }}
        onCustom={(from, to) => {
          setPreset('custom');
          setCustom({ from, to });
        }}
      />
      <ReportTotalsView preview={valid ? preview : { kind: 'error', error: { code: 'INVALID_PERIOD' } }} />
      <ChoiceButtons
        heading={t('reports.language')}
        testId="report-language"
        choices={LANGUAGES.map((value) => ({ value, label: ENDONYMS[value], verbatim: true }))}
        chosen={language}
        onChoose={setLanguage}
      />
      <ReportRuleControl
        rule={valid ? shownRule : null}
        choice={ruleChoice}
        canChoose={role === 'supervisor'}
        onChoose={setRuleChoice}
      />
      <ChoiceButtons
        heading={t('reports.format')}
        testId="report-format"
        choices={REPORT_FORMATS.map((value) => ({ value, label: t(`reports.formats.${value}`) }))}
        chosen={format}
        onChoose={setFormat}
      />
      {format === 'csv' ? (
        <label className="report-check">
          <input
            type="checkbox"
            data-testid="report-hxl"
            checked={hxl}
            onChange={(event) => {
              setHxl(event.target.checked);
            }}
          />
          <span>{t('reports.hxl')}</span>
        </label>
      ) : null}
      {host === 'electron' ? (
        <div className="report-destinations">
          <ChoiceButtons
            heading={t('reports.destination')}
            testId="report-destination"
            choices={destinations.map((d) => ({
              value: d.id,
              label: d.kind === 'local' ? t('reports.kioskFolder') : d.label,
              verbatim: d.kind !== 'local',
            }))}
            chosen={destination}
            onChoose={setDestination}
          />
          {destinations.every((d) => d.kind === 'local') ? <p>{t('reports.noDrive')}</p> : null}
          <button
            type="button"
            className="button"
            data-testid="report-look-again"
            onClick={() => {
              void loadDestinations().then(showDestinations);
            }}
          >
            {t('reports.lookAgain')}
          </button>
        </div>
      ) : null}
      <button
        type="button"
        className="button button--primary report-export"
        data-testid="report-export"
        disabled={!valid || busy || shownRule === null || (host === 'electron' && destination === null)}
        onClick={() => {
          void exportNow();
        }}
      >
        {host === 'electron' ? t('reports.export') : t('reports.download')}
      </button>
      {busy ? (
        <div className="report-progress" data-testid="report-progress">
          <span>{t('reports.exporting')}</span>
          <progress max={100} value={progress} aria-label={t('reports.exporting')} />
        </div>
      ) : null}
      {outcome === null ? null : outcome.kind === 'error' ? (
        <div className="staff-message staff-message--error" role="alert" data-testid="report-error">
          <p>{t(errorMessageKey(outcome.error.code))}</p>
          {outcome.error.code === 'RULE_NOT_PREVIEWED' ? <p>{t('reports.rule.changed')}</p> : null}
        </div>
      ) : (
        <div className="staff-message staff-message--done" role="status" data-testid="report-done">
          <p data-verbatim="">
            {t(outcome.kind === 'saved' ? 'reports.saved' : 'reports.downloaded', { file: outcome.file })}
          </p>
        </div>
      )}
    </StaffLayout>
  );
}
