import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { DirectoryFieldProblem } from '../../../../main/contract/index.js';

import { problemText } from './problem-text.js';

export interface TypedFieldProps {
  /** The draft key, also the test id's end: `hoursNote.ht`. */
  readonly fieldKey: string;
  readonly label: string;
  readonly value: string;
  readonly focused: boolean;
  readonly onFocus: (key: string) => void;
  readonly problems: readonly DirectoryFieldProblem[];
  /** A language text: an empty one is said to be missing, never shown with another language's words. */
  readonly missingLabel?: string | undefined;
}

/**
 * One value typed on the kiosk's keyboard: tap it to type into it. There is no text box, so the
 * OS keyboard never opens and nothing else can take the letters.
 */
export function TypedField({
  fieldKey,
  label,
  value,
  focused,
  onFocus,
  problems,
  missingLabel,
}: TypedFieldProps): ReactElement {
  const { t } = useTranslation();
  const mine = problems.filter((problem) => problem.field === fieldKey || problem.field.startsWith(`${fieldKey}.`));
  const classes = ['typed-field', focused ? 'typed-field--focused' : '', mine.length > 0 ? 'typed-field--problem' : ''];
  return (
    <div className={classes.join(' ').trim()} data-testid={`field-${fieldKey}`} data-problem={mine.length > 0}>
      <button
        type="button"
        className="typed-field__value"
        aria-pressed={focused}
        data-testid={`field-${fieldKey}-value`}
        onClick={() => {
          onFocus(fieldKey);
        }}
      >
        <span className="typed-field__label">{label}</span>
        {value === '' && missingLabel !== undefined ? (
          <span className="typed-field__missing" data-testid={`field-${fieldKey}-missing`}>
            {missingLabel}
          </span>
        ) : (
          <span className="typed-field__text" data-verbatim="">
            {value}
            {focused ? <span className="typed-field__caret" aria-hidden="true" /> : null}
          </span>
        )}
      </button>
      {mine.map((problem) => (
        <p
          key={`${problem.field}-${problem.code}`}
          className="staff-message staff-message--error"
          data-testid={`problem-${problem.field}`}
          role="alert"
        >
          {problemText(t, problem)}
        </p>
      ))}
    </div>
  );
}
