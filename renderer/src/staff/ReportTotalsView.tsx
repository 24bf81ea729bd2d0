import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { KioskError, ReportTotals, ShownCountValue } from '../../../main/contract/index.js';
import { errorMessageKey } from '../i18n/messages.js';

export type ReportPreview =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly totals: ReportTotals }
  | { readonly kind: 'error'; readonly error: KioskError };

const FIGURES = ['people', 'entries', 'talks', 'referrals', 'incidents', 'downtime', 'sessions'] as const;

function value(totals: ReportTotals, figure: (typeof FIGURES)[number]): ShownCountValue {
  switch (figure) {
    case 'downtime':
      return totals.downtimeMinutes;
    case 'sessions':
      return totals.kioskSessions;
    default:
      return totals[figure];
  }
}

/** The period's totals before exporting, under the same small-count rule as the files (`<5`). */
export function ReportTotalsView({ preview }: { readonly preview: ReportPreview }): ReactElement {
  const { t } = useTranslation();
  return (
    <section className="report-preview" data-testid="report-preview" aria-busy={preview.kind === 'loading'}>
      <h2>{t('reports.preview')}</h2>
      {preview.kind === 'loading' ? <p>{t('reports.loading')}</p> : null}
      {preview.kind === 'error' ? (
        <p className="staff-message staff-message--error" role="alert" data-testid="report-preview-error">
          {t(errorMessageKey(preview.error.code))}
        </p>
      ) : null}
      {preview.kind === 'ready' ? (
        <dl className="report-totals">
          {FIGURES.map((figure) => (
            <div key={figure} className="report-total">
              <dt>{t(`reports.totals.${figure}`)}</dt>
              <dd data-testid={`report-total-${figure}`}>{value(preview.totals, figure)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
