import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { QueuedTurn, Result, TurnQueue } from '../../../main/contract/index.js';
import { Pictogram } from '../components/Pictogram.js';
import { StaffLayout } from '../staff/StaffLayout.js';
import { useKioskStore } from '../store/index.js';

import { NEED_PICTOGRAMS } from './TakeTurnPanel.js';
import { turnApi } from './turn-api.js';
import { usePoll } from './use-poll.js';

/** How often the queue is read again while the screen is open. */
const QUEUE_POLL_MS = 5_000;

/**
 * The queue for staff: who waits (need, language, minutes), in the order they will be called,
 * and the called ones with recall, served and no-show. Numbers only: there is nothing else.
 */
export function TurnQueueScreen(): ReactElement {
  const { t } = useTranslation();
  const callAsStaff = useKioskStore((state) => state.callAsStaff);
  const [queue, setQueue] = useState<TurnQueue | null>(null);
  const [problem, setProblem] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (): Promise<void> => {
    const answer = await callAsStaff((token) => turnApi().listTurnQueue({ token }));
    setProblem(!answer.ok);
    if (answer.ok) setQueue(answer.value);
  };
  usePoll(load, QUEUE_POLL_MS);

  const act = async (work: (token: string) => Promise<Result<unknown>>, after?: (value: unknown) => void) => {
    setBusy(true);
    setNote(null);
    const answer = await callAsStaff(work);
    if (answer.ok) after?.(answer.value);
    else setProblem(true);
    await load();
    setBusy(false);
  };

  const waiting = queue?.turns.filter((turn) => turn.state === 'waiting') ?? [];
  const called = queue?.turns.filter((turn) => turn.state === 'called') ?? [];

  return (
    <StaffLayout back name="turns" heading={t('turns.staff.heading')}>
      {problem ? (
        <p className="staff-message staff-message--error" role="alert" data-testid="turns-queue-problem">
          {t('turns.staff.problem')}
        </p>
      ) : null}
      <div className="turn-queue__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="turns-call-next"
          disabled={busy}
          onClick={() =>
            void act(
              (token) => turnApi().callNextTurn({ token }),
              (value) => {
                if ((value as { turn: unknown }).turn === null) setNote(t('turns.staff.nobodyToCall'));
              },
            )
          }
        >
          <Pictogram name="staff" />
          <span>{t('turns.staff.callNext')}</span>
        </button>
        {note === null ? null : (
          <p role="status" data-testid="turns-queue-note">
            {note}
          </p>
        )}
      </div>
      {queue !== null && queue.turns.length === 0 ? (
        <p data-testid="turns-queue-empty">{t('turns.staff.empty')}</p>
      ) : null}
      {queue === null || queue.turns.length === 0 ? null : (
        <table className="staff-table turn-queue" data-testid="turns-queue">
          <thead>
            <tr>
              <th scope="col">{t('turns.staff.number')}</th>
              <th scope="col">{t('turns.staff.need')}</th>
              <th scope="col">{t('turns.staff.language')}</th>
              <th scope="col">{t('turns.staff.waited')}</th>
              <th scope="col">{t('turns.staff.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('turns.staff.state')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...called, ...waiting].map((turn) => (
              <QueueRow
                key={turn.id}
                turn={turn}
                long={turn.state === 'waiting' && turn.waitingMinutes >= queue.longWaitMinutes}
                busy={busy}
                act={act}
              />
            ))}
          </tbody>
        </table>
      )}
    </StaffLayout>
  );
}

function QueueRow({
  turn,
  long,
  busy,
  act,
}: {
  readonly turn: QueuedTurn;
  readonly long: boolean;
  readonly busy: boolean;
  readonly act: (work: (token: string) => Promise<Result<unknown>>) => Promise<void>;
}): ReactElement {
  const { t } = useTranslation();
  const { id } = turn;
  return (
    <tr data-testid={`turns-row-${turn.number}`} data-state={turn.state} data-long={long}>
      <th scope="row" className="turn-queue__number">
        {turn.number}
      </th>
      <td>
        <Pictogram name={NEED_PICTOGRAMS[turn.need]} />
        <span>{t(`turns.needs.${turn.need}`)}</span>
        {turn.priority === null ? null : (
          <span className="turn-queue__flag">{t(`turns.priorities.${turn.priority}`)}</span>
        )}
      </td>
      <td>{t(`languageNames.${turn.language}`)}</td>
      <td className={long ? 'turn-queue__long' : undefined}>
        {t('turns.staff.minutes', { count: turn.waitingMinutes })}
      </td>
      <td>{t(`turns.staff.states.${turn.state}`)}</td>
      <td className="turn-queue__row-actions">
        {turn.state === 'called' ? (
          <button
            type="button"
            className="button"
            data-testid={`turns-recall-${turn.number}`}
            disabled={busy}
            onClick={() => void act((token) => turnApi().recallTurn({ token, id }))}
          >
            {t('turns.staff.recall')}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          data-testid={`turns-served-${turn.number}`}
          disabled={busy}
          onClick={() => void act((token) => turnApi().markTurnServed({ token, id }))}
        >
          {t('turns.staff.served')}
        </button>
        <button
          type="button"
          className="button"
          data-testid={`turns-no-show-${turn.number}`}
          disabled={busy}
          onClick={() => void act((token) => turnApi().markTurnNoShow({ token, id }))}
        >
          {t('turns.staff.noShow')}
        </button>
      </td>
    </tr>
  );
}
