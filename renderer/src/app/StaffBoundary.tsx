import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useKioskStore } from '../store/index.js';

import { loadedStaffShell, loadStaffShell, type StaffShellComponent } from './staff-chunk.js';

type ChunkState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly Shell: StaffShellComponent }
  | { readonly kind: 'failed' };

function initialState(): ChunkState {
  const Shell = loadedStaffShell();
  return Shell === null ? { kind: 'loading' } : { kind: 'ready', Shell };
}

/**
 * The one place where staff mode is loaded on demand. Until its chunk has arrived it shows a short
 * wait in the staff language; if the chunk cannot be fetched it says so and offers to try again or
 * leave, so staff mode never hangs on a blank screen.
 */
export function StaffBoundary(): ReactElement {
  const { t } = useTranslation();
  const lockStaff = useKioskStore((state) => state.lockStaff);
  const [state, setState] = useState<ChunkState>(initialState);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (state.kind !== 'loading') return undefined;
    let live = true;
    loadStaffShell().then(
      (Shell) => {
        if (live) setState({ kind: 'ready', Shell });
      },
      () => {
        if (live) setState({ kind: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [state.kind, attempt]);

  if (state.kind === 'ready') return <state.Shell />;
  if (state.kind === 'loading') {
    return (
      <section className="screen screen--notice" data-testid="staff-loading" aria-busy="true">
        <p className="notice-body">{t('app.loading')}</p>
      </section>
    );
  }
  return (
    <section className="screen screen--notice" data-testid="staff-load-failed" role="alert">
      <h1 className="notice-heading">{t('unavailable.heading')}</h1>
      <p className="notice-body">{t('unavailable.body')}</p>
      <div className="staff-load-actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="staff-load-retry"
          onClick={() => {
            setState({ kind: 'loading' });
            setAttempt((n) => n + 1);
          }}
        >
          {t('unavailable.retry')}
        </button>
        <button type="button" className="button" data-testid="staff-lock" onClick={lockStaff}>
          {t('staff.leave')}
        </button>
      </div>
    </section>
  );
}
