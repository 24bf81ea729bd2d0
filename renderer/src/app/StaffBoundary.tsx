import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useKioskStore } from '../store/index.js';

import { ChunkBoundary } from './ChunkBoundary.js';
import { staffChunk } from './staff-chunk.js';

/**
 * The one place where staff mode is loaded on demand. Until its chunk has arrived it shows a short
 * wait in the staff language; if the chunk cannot be fetched it says so and offers to try again or
 * leave, so staff mode never hangs on a blank screen.
 */
export function StaffBoundary(): ReactElement {
  const { t } = useTranslation();
  const lockStaff = useKioskStore((state) => state.lockStaff);
  return (
    <ChunkBoundary
      chunk={staffChunk}
      loading={
        <section className="screen screen--notice" data-testid="staff-loading" aria-busy="true">
          <p className="notice-body">{t('app.loading')}</p>
        </section>
      }
      failed={(retry) => (
        <section className="screen screen--notice" data-testid="staff-load-failed" role="alert">
          <h1 className="notice-heading">{t('unavailable.heading')}</h1>
          <p className="notice-body">{t('unavailable.body')}</p>
          <div className="staff-load-actions">
            <button type="button" className="button button--primary" data-testid="staff-load-retry" onClick={retry}>
              {t('unavailable.retry')}
            </button>
            <button type="button" className="button" data-testid="staff-lock" onClick={lockStaff}>
              {t('staff.leave')}
            </button>
          </div>
        </section>
      )}
    />
  );
}
