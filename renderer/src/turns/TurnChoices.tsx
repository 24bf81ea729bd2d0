import type { ParseKeys, TFunction } from 'i18next';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { ListenButton } from '../components/ListenButton.js';
import { Pictogram, type PictogramName } from '../components/Pictogram.js';

/** A listen control item: the clip id is the locale key of the text (`read-aloud-clips.ts`). */
export const said = (t: TFunction, key: ParseKeys): { id: string; text: string } => ({ id: key, text: t(key) });

export interface TurnChoice {
  readonly label: ParseKeys;
  readonly testId: string;
  readonly pictogram?: PictogramName;
  readonly choose: () => void;
}

/**
 * One question of the turn (what do you need, does a priority apply): the question with its listen
 * control, which reads the question and every answer in order, then a large button per answer.
 */
export function TurnChoices({
  question,
  choices,
  testId,
}: {
  readonly question: ParseKeys;
  readonly choices: readonly TurnChoice[];
  readonly testId: string;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="turns" data-testid={testId}>
      <div className="section-title">
        <h2 className="turns__question">{t(question)}</h2>
        <ListenButton
          items={[said(t, question), ...choices.map((choice) => said(t, choice.label))]}
          part={t(question)}
          testId={`listen-${testId}`}
        />
      </div>
      <div className="turns__choices">
        {choices.map((choice) => (
          <button
            key={choice.testId}
            type="button"
            className="button turns__choice"
            data-testid={choice.testId}
            onClick={choice.choose}
          >
            {choice.pictogram === undefined ? null : <Pictogram name={choice.pictogram} className="pictogram--title" />}
            <span>{t(choice.label)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
