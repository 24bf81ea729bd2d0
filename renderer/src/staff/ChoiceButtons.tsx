import type { ReactElement } from 'react';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  /** Language names and dates are shown as they are, in every interface language. */
  readonly verbatim?: boolean;
}

export interface ChoiceButtonsProps<T extends string> {
  readonly heading: string;
  readonly testId: string;
  readonly choices: readonly Choice<T>[];
  readonly chosen: T | null;
  readonly onChoose: (value: T) => void;
}

/** One question of the quick entry, answered by touching one of a few large buttons. */
export function ChoiceButtons<T extends string>({
  heading,
  testId,
  choices,
  chosen,
  onChoose,
}: ChoiceButtonsProps<T>): ReactElement {
  return (
    <fieldset className="staff-choice" data-testid={testId}>
      <legend className="staff-choice__heading">{heading}</legend>
      <div className="staff-choice__buttons">
        {choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            className="button staff-choice__button"
            aria-pressed={chosen === choice.value}
            data-testid={`${testId}-${choice.value}`}
            data-verbatim={choice.verbatim === true ? '' : undefined}
            onClick={() => {
              onChoose(choice.value);
            }}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
