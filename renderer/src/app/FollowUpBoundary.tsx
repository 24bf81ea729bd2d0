import { useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { Pictogram } from '../components/Pictogram.js';
import { ScreenLayout } from '../screens/ScreenLayout.js';

import { ChunkBoundary } from './ChunkBoundary.js';
import { followUpChunk } from './follow-up-chunk.js';

/** As the kiosk's own "one moment" screen: soon enough to come back, rarely enough to stay quiet. */
const QUIET_RETRY_MS = 10_000;

/**
 * The visitor's follow-up screen, from its own chunk. Normally the chunk was fetched while the
 * page was idle and the screen is drawn at once. If it is still on its way the visitor sees a short
 * wait; if it cannot be fetched, a calm message that tries again by itself, a button to try now,
 * and the usual navigation bar (back, home, finish) to leave. The texts are the first screen's own
 * messages (`app`, `unavailable`), so they are there even when nothing more can be fetched.
 */
export function FollowUpBoundary(): ReactElement {
  const { t } = useTranslation();
  return (
    <ChunkBoundary
      chunk={followUpChunk}
      loading={
        <ScreenLayout name="loading" heading={t('app.loading')} pictogram="clock">
          <div data-testid="follow-up-loading" aria-busy="true" />
        </ScreenLayout>
      }
      failed={(retry) => <FollowUpLoadFailed retry={retry} />}
    />
  );
}

function FollowUpLoadFailed({ retry }: { readonly retry: () => void }): ReactElement {
  const { t } = useTranslation();

  // Tries again in the background, without the wait flashing up each time: the screen replaces
  // this message as soon as its chunk arrives.
  useEffect(() => {
    let live = true;
    const timer = window.setInterval(() => {
      followUpChunk.load().then(
        () => {
          if (live) retry();
        },
        () => undefined,
      );
    }, QUIET_RETRY_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [retry]);

  return (
    <ScreenLayout
      name="loading"
      heading={t('unavailable.heading')}
      pictogram="clock"
      readAloud={[
        { id: 'unavailable.heading', text: t('unavailable.heading') },
        { id: 'unavailable.body', text: t('unavailable.body') },
        { id: 'unavailable.askStaff', text: t('unavailable.askStaff') },
      ]}
    >
      <div data-testid="follow-up-load-failed" role="alert">
        <p className="lead">{t('unavailable.body')}</p>
        <p>{t('unavailable.askStaff')}</p>
      </div>
      {/* In a block of its own, the button keeps its own width instead of the screen's. */}
      <div>
        <button type="button" className="button button--primary" data-testid="follow-up-load-retry" onClick={retry}>
          <Pictogram name="retry" />
          <span>{t('unavailable.retry')}</span>
        </button>
      </div>
    </ScreenLayout>
  );
}
