import './turns.css';

import { useEffect, useRef, useState, type ReactElement } from 'react';

import type { CurrentCalls } from '../../../main/contract/index.js';
import { InAllLanguages } from '../components/InAllLanguages.js';

import { playChime } from './chime.js';
import { turnApi } from './turn-api.js';
import { usePoll } from './use-poll.js';

const DISPLAY_POLL_MS = 2_000;

/**
 * The second display: the newest call in very large digits, the few before it smaller, and the
 * heading in the four languages (nobody has chosen one here). Read-only and public: it asks for
 * the current calls and nothing else, and chimes when a new call (or a recall) appears.
 */
export function DisplayPage(): ReactElement {
  const [calls, setCalls] = useState<CurrentCalls['calls'] | null>(null);
  const seen = useRef<number | null>(null);

  useEffect(() => {
    document.title = 'RedSafe';
  }, []);

  usePoll(async () => {
    const answer = await turnApi().getTurnCalls({});
    if (!answer.ok) return;
    const newest = answer.value.calls[0]?.callId ?? 0;
    if (seen.current !== null && newest > seen.current) playChime();
    seen.current = newest;
    setCalls(answer.value.calls);
  }, DISPLAY_POLL_MS);

  const [latest, ...earlier] = calls ?? [];
  return (
    <main className="turn-display" data-testid="turn-display">
      <InAllLanguages messageKey="turns.display.heading" as="h1" className="turn-display__heading" />
      {calls === null ? null : latest === undefined ? (
        <InAllLanguages messageKey="turns.display.empty" as="p" />
      ) : (
        <ul className="turn-display__calls" aria-live="polite">
          <li className="turn-display__latest" data-testid="turn-display-latest" data-call-id={latest.callId}>
            {latest.number}
          </li>
          {earlier.map((call) => (
            <li key={call.callId} className="turn-display__earlier" data-testid="turn-display-earlier">
              {call.number}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
