import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { DirectoryFieldProblem } from '../../../../main/contract/index.js';

import { fieldName, problemText } from './problem-text.js';

/** What happened to the last save of a form, problems named field by field in the staff language. */
export type SaveState =
  | { readonly state: 'idle' }
  | { readonly state: 'busy' }
  | { readonly state: 'saved' }
  /** Save pressed with nothing changed: nothing is sent, and the screen says so. */
  | { readonly state: 'unchanged' }
  | { readonly state: 'refused'; readonly problems: readonly DirectoryFieldProblem[] }
  | { readonly state: 'failed' };

export const IDLE: SaveState = { state: 'idle' };

export function problemsOf(save: SaveState): readonly DirectoryFieldProblem[] {
  return save.state === 'refused' ? save.problems : [];
}

export function SaveAnswer({
  save,
  testId,
}: {
  readonly save: SaveState;
  readonly testId: string;
}): ReactElement | null {
  const { t } = useTranslation();
  switch (save.state) {
    case 'idle':
    case 'busy':
      return null;
    case 'saved':
      return (
        <p className="staff-message" role="status" data-testid={testId} data-state="saved">
          {t('directoryAdmin.saved')}
        </p>
      );
    case 'unchanged':
      return (
        <p className="staff-message" role="status" data-testid={testId} data-state="unchanged">
          {t('directoryAdmin.noChange')}
        </p>
      );
    case 'failed':
      return (
        <p className="staff-message staff-message--error" role="alert" data-testid={testId} data-state="failed">
          {t('directoryAdmin.failed')}
        </p>
      );
    case 'refused':
      return (
        <div className="staff-message staff-message--error" role="alert" data-testid={testId} data-state="refused">
          <p>{t('directoryAdmin.notSaved')}</p>
          <ul>
            {save.problems.map((problem) => {
              return (
                <li key={`${problem.field}-${problem.code}`} data-testid="save-problem" data-field={problem.field}>
                  {`${fieldName(t, problem.field)}: ${problemText(t, problem)}`}
                </li>
              );
            })}
          </ul>
        </div>
      );
  }
}
