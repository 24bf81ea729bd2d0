import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { isoWeekLabel, PERIOD_PRESETS, type PeriodPreset } from '../../../main/contract/index.js';

import { ChoiceButtons } from './ChoiceButtons.js';

export interface ReportPeriodPickerProps {
  readonly preset: PeriodPreset;
  readonly from: string;
  readonly to: string;
  readonly today: string;
  readonly onPreset: (preset: PeriodPreset) => void;
  readonly onCustom: (from: string, to: string) => void;
}

/** This week, last week, this month, last month (ISO weeks, the site's days), or two dates. */
export function ReportPeriodPicker({
  preset,
  from,
  to,
  today,
  onPreset,
  onCustom,
}: ReportPeriodPickerProps): ReactElement {
  const { t } = useTranslation();
  const first = isoWeekLabel(from);
  const last = isoWeekLabel(to);
  return (
    <div className="report-period">
      <ChoiceButtons
        heading={t('reports.period')}
        testId="report-period"
        choices={PERIOD_PRESETS.map((value) => ({ value, label: t(`reports.presets.${value}`) }))}
        chosen={preset}
        onChoose={onPreset}
      />
      <div className="report-period__dates">
        <label>
          <span>{t('reports.from')}</span>
          <input
            type="date"
            className="report-date"
            data-testid="report-from"
            value={from}
            max={today}
            onChange={(event) => {
              onCustom(event.target.value, to);
            }}
          />
        </label>
        <label>
          <span>{t('reports.to')}</span>
          <input
            type="date"
            className="report-date"
            data-testid="report-to"
            value={to}
            max={today}
            onChange={(event) => {
              onCustom(from, event.target.value);
            }}
          />
        </label>
        <span className="report-period__weeks" data-testid="report-weeks">
          {first === last ? t('reports.week', { week: first }) : t('reports.weeks', { first, last })}
        </span>
      </div>
    </div>
  );
}
