import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** How often the shown time moves on: a quarter second reads as smooth without busy rendering. */
const TICK_MS = 250;

/** `m:ss`, digits only, the same in every language. */
const clock = (ms: number): string => {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/**
 * "Recording… 0:03" while a take runs, counted from when the recorder started (`startedAt`,
 * `performance.now()`), so staff see that the microphone is live and how long they have spoken.
 * `data-elapsed-ms` carries the same figure for tests that wait on it.
 */
export function RecordingElapsed({ startedAt }: { readonly startedAt: number }): ReactElement {
  const { t } = useTranslation();
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => {
      setElapsed(Math.max(0, performance.now() - startedAt));
    }, TICK_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, [startedAt]);
  return (
    <p
      role="status"
      className="recording-elapsed"
      data-testid="recording-elapsed"
      data-elapsed-ms={Math.round(elapsed)}
    >
      {t('recordings.recording')} <span data-verbatim="">{clock(elapsed)}</span>
    </p>
  );
}
