import type { TFunction } from 'i18next';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { CheckProgress, CheckResult, LabelledItem } from '../../../main/contract/index.js';
import { toLanguage } from '../i18n/resources.js';

import { checkDetailText } from './check-detail.js';
import { checkName } from './operations-labels.js';

const NO_ITEMS: readonly LabelledItem[] = [];

/** Each check as it runs, then as it ended: a hanging one shows "checking" until its own timeout. */
export function CheckProgressList({ progress }: { readonly progress: CheckProgress | null }): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return (
    <ul className="check-list" data-testid="check-progress" aria-live="polite">
      {(progress?.checks ?? []).map((check) => (
        <li
          key={check.id}
          className={`check-list__item check-list__item--${check.status ?? 'running'}`}
          data-testid={`check-progress-${check.id}`}
          data-state={check.state}
          data-status={check.status ?? ''}
        >
          <span className="check-list__name">{checkName(t, check.id, NO_ITEMS, language)}</span>
          <span className="check-list__status">{t(`operations.check.statuses.${check.status ?? 'running'}`)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The stored results, one line each, with what was measured or what failed for staff to read. */
export function CheckResultsList({ results }: { readonly results: readonly CheckResult[] }): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return (
    <ul className="check-list" data-testid="check-results">
      {results.map((result) => (
        <li
          key={result.id}
          className={`check-list__item check-list__item--${result.status}`}
          data-testid={`check-result-${result.id}`}
          data-status={result.status}
          data-code={result.code}
        >
          <span className="check-list__name">{checkName(t, result.id, NO_ITEMS, language)}</span>
          <span className="check-list__status">{t(`operations.check.statuses.${result.status}`)}</span>
          <CheckDetail t={t} result={result} />
        </li>
      ))}
    </ul>
  );
}

/** The measured figures or the fault in the staff's language; the English detail only for an unknown code. */
function CheckDetail({ t, result }: { readonly t: TFunction; readonly result: CheckResult }): ReactElement {
  const detail = checkDetailText(t, result);
  return detail.translated ? (
    <span className="staff-detail check-list__detail" data-testid={`check-detail-${result.id}`}>
      {detail.text}
    </span>
  ) : (
    <span className="staff-detail check-list__detail" data-testid={`check-detail-${result.id}`} dir="ltr" lang="en">
      {detail.text}
    </span>
  );
}
