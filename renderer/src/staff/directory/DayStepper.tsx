import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { toLanguage } from '../../i18n/resources.js';

import { longDay } from './day-text.js';
import { addDays } from './entry-draft.js';

export interface DayStepperProps {
  readonly testId: string;
  readonly label: string;
  readonly day: string;
  /** The first day that may be chosen (today): an end date in the past means nothing. */
  readonly earliest: string;
  readonly onChange: (day: string) => void;
}

/** A last day chosen by touch: a day earlier, a day later, a week later. No typed dates. */
export function DayStepper({ testId, label, day, earliest, onChange }: DayStepperProps): ReactElement {
  const { t, i18n } = useTranslation();
  const move = (days: number): void => {
    const next = addDays(day, days);
    onChange(next < earliest ? earliest : next);
  };
  return (
    <div className="day-stepper" role="group" aria-label={label}>
      <span className="day-stepper__label">{label}</span>
      <span className="day-stepper__day" data-testid={testId} data-day={day}>
        {longDay(day, toLanguage(i18n.language))}
      </span>
      <span className="day-stepper__buttons">
        <button
          type="button"
          className="button"
          data-testid={`${testId}-earlier`}
          disabled={day <= earliest}
          onClick={() => {
            move(-1);
          }}
        >
          {t('directoryAdmin.dayEarlier')}
        </button>
        <button
          type="button"
          className="button"
          data-testid={`${testId}-later`}
          onClick={() => {
            move(1);
          }}
        >
          {t('directoryAdmin.dayLater')}
        </button>
        <button
          type="button"
          className="button"
          data-testid={`${testId}-week`}
          onClick={() => {
            move(7);
          }}
        >
          {t('directoryAdmin.weekLater')}
        </button>
      </span>
    </div>
  );
}
