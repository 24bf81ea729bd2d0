import type { Dispatch, ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { AgeBracket, Sex } from '../../../main/contract/index.js';

import { cellCount, gridTotal, type CountGrid as Grid, type CountGridAction } from './count-grid.js';
import { ageLabelKey, sexKey } from './staff-messages.js';

export interface CountGridProps {
  readonly grid: Grid;
  readonly dispatch: Dispatch<CountGridAction>;
  readonly sexes: readonly Sex[];
  readonly ages: readonly AgeBracket[];
}

/** People by sex × age bracket, with large steppers only: counts, never names, never typed. */
export function CountGrid({ grid, dispatch, sexes, ages }: CountGridProps): ReactElement {
  const { t } = useTranslation();
  const ageLabel = (age: AgeBracket): string => (age === 'unknown' ? t(ageLabelKey(age)) : age.replace('-', '–'));
  return (
    <div className="count-grid" data-testid="count-grid">
      <table className="count-grid__table">
        <thead>
          <tr>
            <th />
            {ages.map((age) => (
              <th key={age} scope="col" data-verbatim={age === 'unknown' ? undefined : ''}>
                {ageLabel(age)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sexes.map((sex) => (
            <tr key={sex}>
              <th scope="row">{t(sexKey(sex))}</th>
              {ages.map((age) => {
                const count = cellCount(grid, sex, age);
                const cell = { sex: t(sexKey(sex)), age: ageLabel(age) };
                return (
                  <td key={age} className="count-grid__cell">
                    <button
                      type="button"
                      className="button button--quiet count-grid__step"
                      data-testid={`count-${sex}-${age}-minus`}
                      aria-label={t('staff.activity.removeOne', cell)}
                      disabled={count === 0}
                      onClick={() => {
                        dispatch({ kind: 'remove', sex, age });
                      }}
                    >
                      <span aria-hidden="true" data-verbatim="">
                        −
                      </span>
                    </button>
                    <span className="count-grid__count" data-testid={`count-${sex}-${age}`} data-verbatim="">
                      {count}
                    </span>
                    <button
                      type="button"
                      className="button count-grid__step"
                      data-testid={`count-${sex}-${age}-plus`}
                      aria-label={t('staff.activity.addOne', cell)}
                      onClick={() => {
                        dispatch({ kind: 'add', sex, age });
                      }}
                    >
                      <span aria-hidden="true" data-verbatim="">
                        +
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="count-grid__total" data-testid="count-total">
        {t('staff.activity.total', { total: gridTotal(grid) })}
      </p>
    </div>
  );
}
