import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { ConfigIssue } from '../../../main/contract/index.js';
import { configIssueKey } from '../i18n/messages.js';

/** Which configuration file is wrong, where in it, and why: for whoever will edit the file. */
export function ConfigIssueList({ issues }: { readonly issues: readonly ConfigIssue[] }): ReactElement {
  const { t } = useTranslation();
  return (
    <ul className="issue-list">
      {issues.map((issue, index) => (
        <li key={`${issue.file}-${issue.path}-${index}`} className="issue-list__item" data-testid="config-issue">
          <code className="issue-list__where" dir="ltr">
            {issue.file}
            {issue.path === '' ? ` ${t('outOfService.wholeFile')}` : ` → ${issue.path}`}
          </code>
          <span className="issue-list__why">{t(configIssueKey(issue.code))}</span>
          {/* The validator's own wording, for whoever edits the file. */}
          <span className="issue-list__message" dir="ltr" lang="en">
            {issue.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
