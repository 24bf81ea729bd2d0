import './turns.css';

import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import {
  TURN_NEEDS,
  type MyTurn,
  type TicketOutcome,
  type TurnNeed,
  type TurnPriorityFlag,
} from '../../../main/contract/index.js';
import { ListenButton } from '../components/ListenButton.js';
import { Pictogram, type PictogramName } from '../components/Pictogram.js';
import { useKioskStore } from '../store/index.js';

import { newRequestKey, turnApi, visitId } from './turn-api.js';
import { said, TurnChoices } from './TurnChoices.js';
import { usePoll } from './use-poll.js';

export const NEED_PICTOGRAMS: Readonly<Record<TurnNeed, PictogramName>> = {
  account_help: 'account',
  information: 'info',
  referral: 'journey',
  urgent_or_private: 'privacy',
};

const FLAG_PICTOGRAMS: Readonly<Record<TurnPriorityFlag, PictogramName>> = {
  children: 'child',
  pregnancy: 'family',
  disability: 'hand',
  age: 'clock',
};

/** How often the visitor's own turn is read again while it is open. */
const MY_TURN_POLL_MS = 3_000;

type Step =
  | { readonly kind: 'loading' }
  | { readonly kind: 'off' }
  | { readonly kind: 'offer' }
  | { readonly kind: 'need'; readonly key: string }
  | { readonly kind: 'priority'; readonly key: string; readonly need: TurnNeed }
  | { readonly kind: 'working' }
  | { readonly kind: 'mine'; readonly turn: MyTurn; readonly ticket: TicketOutcome | null; readonly already: boolean }
  | { readonly kind: 'problem'; readonly retry: { key: string; need: TurnNeed; priority?: TurnPriorityFlag } | null };

/**
 * "Ask staff" with a turn: pick what you need (pictogram and words), get a number on paper and on
 * screen, and see how many people are before you. The turn follows the visit: after "Finish" or
 * the idle reset the screen forgets it (the queue does not).
 */
export function TakeTurnPanel(): ReactElement | null {
  const { t } = useTranslation();
  const sessionNumber = useKioskStore((state) => state.sessionNumber);
  const language = useKioskStore((state) => state.language ?? state.site?.defaultLanguage ?? 'es');
  const [step, setStep] = useState<Step>({ kind: 'loading' });
  const [flags, setFlags] = useState<readonly TurnPriorityFlag[]>([]);
  const session = visitId(sessionNumber);

  const polling = step.kind === 'loading' || step.kind === 'mine' || step.kind === 'offer';
  usePoll(
    async () => {
      const answer = await turnApi().getMyTurn({ session });
      if (!answer.ok) {
        setStep((now) => (now.kind === 'loading' ? { kind: 'problem', retry: null } : now));
        return;
      }
      const { turn, offer } = answer.value;
      setFlags(offer.priorityFlags);
      setStep((now) => {
        if (turn !== null) {
          return now.kind === 'mine' ? { ...now, turn } : { kind: 'mine', turn, ticket: null, already: false };
        }
        if (!offer.enabled) return { kind: 'off' };
        // A turn served or marked as gone: back to the offer.
        return now.kind === 'loading' || now.kind === 'mine' ? { kind: 'offer' } : now;
      });
    },
    MY_TURN_POLL_MS,
    polling,
  );

  const take = async (key: string, need: TurnNeed, priority?: TurnPriorityFlag): Promise<void> => {
    setStep({ kind: 'working' });
    const request = { session, requestKey: key, need, language, ...(priority === undefined ? {} : { priority }) };
    const answer = await turnApi().takeTurn(request);
    if (!answer.ok) {
      setStep(
        answer.error.code === 'NOT_CONFIGURED'
          ? { kind: 'off' }
          : { kind: 'problem', retry: { key, need, ...(priority === undefined ? {} : { priority }) } },
      );
      return;
    }
    const { turn, existing, ticket } = answer.value;
    setStep({ kind: 'mine', turn, ticket: existing ? null : ticket, already: existing });
  };

  switch (step.kind) {
    case 'loading':
      return null;
    case 'off':
      return (
        <div className="turns__message listen-row" data-testid="turns-off">
          <p>{t('turns.visitor.off')}</p>
          <ListenButton items={[said(t, 'turns.visitor.off')]} testId="listen-turns-off" />
        </div>
      );
    case 'offer':
      return (
        <div className="turns" data-testid="turns-offer">
          <div className="listen-row">
            <p className="turns__lead">{t('turns.visitor.offer')}</p>
            <ListenButton
              items={[said(t, 'turns.visitor.offer'), said(t, 'turns.visitor.take')]}
              testId="listen-turns-offer"
            />
          </div>
          <button
            type="button"
            className="button button--primary turns__take"
            data-testid="turns-take"
            onClick={() => {
              setStep({ kind: 'need', key: newRequestKey() });
            }}
          >
            <Pictogram name="desk" />
            <span>{t('turns.visitor.take')}</span>
          </button>
        </div>
      );
    case 'need':
      return (
        <TurnChoices
          question="turns.visitor.chooseNeed"
          testId="turns-need"
          choices={TURN_NEEDS.map((need) => ({
            label: `turns.needs.${need}`,
            testId: `turns-need-${need}`,
            pictogram: NEED_PICTOGRAMS[need],
            choose: () => {
              if (flags.length > 0) setStep({ kind: 'priority', key: step.key, need });
              else void take(step.key, need);
            },
          }))}
        />
      );
    case 'priority':
      return (
        <TurnChoices
          question="turns.visitor.choosePriority"
          testId="turns-priority"
          choices={[
            ...flags.map((flag) => ({
              label: `turns.priorities.${flag}` as const,
              testId: `turns-priority-${flag}`,
              pictogram: FLAG_PICTOGRAMS[flag],
              choose: () => void take(step.key, step.need, flag),
            })),
            {
              label: 'turns.visitor.noPriority',
              testId: 'turns-priority-none',
              choose: () => void take(step.key, step.need),
            },
          ]}
        />
      );
    case 'working':
      return (
        <p className="turns__message" data-testid="turns-working" role="status">
          {t('turns.visitor.working')}
        </p>
      );
    case 'problem':
      return (
        <div className="turns" data-testid="turns-problem" role="alert">
          <div className="listen-row">
            <p className="turns__message">{t('turns.visitor.problem')}</p>
            <ListenButton items={[said(t, 'turns.visitor.problem')]} testId="listen-turns-problem" />
          </div>
          <button
            type="button"
            className="button"
            data-testid="turns-retry"
            onClick={() => {
              const { retry } = step;
              if (retry === null) setStep({ kind: 'loading' });
              else void take(retry.key, retry.need, retry.priority);
            }}
          >
            <Pictogram name="retry" />
            <span>{t('turns.visitor.tryAgain')}</span>
          </button>
        </div>
      );
    case 'mine':
      return <MyTurnView turn={step.turn} ticket={step.ticket} already={step.already} />;
  }
}

function MyTurnView({
  turn,
  ticket,
  already,
}: {
  readonly turn: MyTurn;
  readonly ticket: TicketOutcome | null;
  readonly already: boolean;
}): ReactElement {
  const { t } = useTranslation();
  const called = turn.state === 'called';
  // The number itself and how many are before it are known only now: the screen shows them, the
  // clips say what to do (a recorded voice cannot say a number it was not recorded with).
  const heard = [
    ...(already ? [said(t, 'turns.visitor.already')] : []),
    said(t, 'turns.visitor.yourNumber'),
    ...(called
      ? [said(t, 'turns.visitor.called')]
      : [
          ...(turn.ahead === 0 ? [said(t, 'turns.visitor.next')] : []),
          ...(ticket === 'printed' ? [said(t, 'turns.visitor.printed')] : []),
          ...(ticket === 'not_printed' ? [said(t, 'turns.visitor.notPrinted')] : []),
          said(t, 'turns.visitor.waitNearby'),
        ]),
  ];
  return (
    <div className="turns turns--mine" data-testid="turns-mine" data-state={turn.state}>
      {already ? <p className="turns__message">{t('turns.visitor.already')}</p> : null}
      <div className="listen-row">
        <p className="turns__label">{t('turns.visitor.yourNumber')}</p>
        <ListenButton items={heard} testId="listen-turns-mine" />
      </div>
      <p className="turns__number" data-testid="turns-number">
        {turn.number}
      </p>
      {called ? (
        <p className="turns__called" data-testid="turns-called" role="alert">
          {t('turns.visitor.called')}
        </p>
      ) : (
        <>
          <p className="turns__ahead" data-testid="turns-ahead" data-ahead={turn.ahead}>
            {turn.ahead === 0 ? t('turns.visitor.next') : t('turns.visitor.ahead', { count: turn.ahead })}
          </p>
          {ticket === 'printed' ? (
            <p data-testid="turns-ticket" data-outcome="printed">
              {t('turns.visitor.printed')}
            </p>
          ) : ticket === 'not_printed' ? (
            <p className="turns__warning" data-testid="turns-ticket" data-outcome="not_printed" role="alert">
              {t('turns.visitor.notPrinted')}
            </p>
          ) : null}
          <p>{t('turns.visitor.waitNearby')}</p>
        </>
      )}
    </div>
  );
}
