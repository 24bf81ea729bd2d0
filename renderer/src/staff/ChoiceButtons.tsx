import type { ReactElement } from 'react';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  /** Language names and dates are shown as they are, in every interface language. */
  readonly verbatim?: boolean;
  /** The language the label is written in, when it is not the interface's (a language's own name). */
  readonly lang?: string;
}

export interface ChoiceButtonsProps<T extends string> {
  readonly heading: string;
  readonly testId: string;
  readonly choices: readonly Choice<T>[];
  readonly chosen: T | null;
  readonly onChoose: (value: T) => void;
  /** No choice can change while it is set (a disabled fieldset disables every button in it). */
  readonly disabled?: boolean;
}

/** One question of the quick entry, answered by touching one of a few large buttons. */
export function ChoiceButtons<T extends string>({
  heading,
  testId,
  choices,
  chosen,
  onChoose,
  disabled = false,
}: ChoiceButtonsProps<T>): ReactElement {
  return (
    <fieldset className="staff-choice" data-testid={testId} disabled={disabled}>
      <legend className="staff-choice__heading">{heading}</legend>
      <div className="staff-choice__buttons">
        {choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            lang={choice.lang}
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
