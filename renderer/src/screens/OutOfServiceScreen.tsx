import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { ConfigIssue } from '../../../main/contract/index.js';
import { ConfigIssueList } from '../components/ConfigIssueList.js';
import { InAllLanguages } from '../components/InAllLanguages.js';
import { Pictogram } from '../components/Pictogram.js';
import { useKioskStore } from '../store/index.js';

const NO_ISSUES: readonly ConfigIssue[] = [];

/**
 * The configuration has never been valid: never a blank window. Visitors read "out of service" in
 * their language; staff read which file, where in it, and why. The screen leaves by itself when a
 * `configChanged` event reports a usable configuration.
 */
export function OutOfServiceScreen(): ReactElement {
  const { t } = useTranslation();
  const issues = useKioskStore((state) => state.configStatus?.issues ?? NO_ISSUES);

  return (
    <section
      className="screen screen--notice"
      data-testid="screen-out-of-service"
      aria-labelledby="out-of-service-heading"
    >
      <Pictogram name="warning" className="pictogram--title" />
      <h1 id="out-of-service-heading" className="notice-heading" data-testid="screen-heading">
        <InAllLanguages messageKey="outOfService.heading" as="span" />
      </h1>
      <InAllLanguages messageKey="outOfService.body" as="p" className="notice-body" />
      <section className="panel staff-panel" aria-labelledby="config-issues-heading" data-testid="config-issues">
        <h2 id="config-issues-heading">{t('outOfService.staffHeading')}</h2>
        <p className="staff-detail">{t('outOfService.staffBody')}</p>
        {issues.length === 0 ? (
          <p className="staff-detail">{t('outOfService.noIssues')}</p>
        ) : (
          <>
            <p className="staff-detail">{t('outOfService.issueCount', { count: issues.length })}</p>
            <ConfigIssueList issues={issues} />
          </>
        )}
      </section>
    </section>
  );
}
