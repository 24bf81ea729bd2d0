import { useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { ErrorCode } from '../../../main/contract/index.js';
import { InAllLanguages } from '../components/InAllLanguages.js';
import { Pictogram } from '../components/Pictogram.js';
import { errorMessageKey } from '../i18n/messages.js';
import { useKioskStore } from '../store/index.js';

/** Often enough to come back soon after the services restart, rarely enough to stay quiet. */
const AUTOMATIC_RETRY_MS = 10_000;

/** The services do not answer: a calm wait that retries by itself, and a button to retry now. */
export function UnavailableScreen({ code }: { readonly code: ErrorCode }): ReactElement {
  const { t } = useTranslation();
  const loadSite = useKioskStore((state) => state.loadSite);
  const loadKioskInfo = useKioskStore((state) => state.loadKioskInfo);
  const retry = (): void => {
    void loadSite();
    void loadKioskInfo();
  };

  useEffect(() => {
    const timer = window.setInterval(() => {
      void loadSite();
      void loadKioskInfo();
    }, AUTOMATIC_RETRY_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, [loadSite, loadKioskInfo]);

  return (
    <section className="screen screen--notice" data-testid="screen-unavailable" aria-labelledby="unavailable-heading">
      <Pictogram name="clock" className="pictogram--title" />
      <h1 id="unavailable-heading" className="notice-heading" data-testid="screen-heading">
        <InAllLanguages messageKey="unavailable.heading" as="span" />
      </h1>
      <InAllLanguages messageKey="unavailable.body" as="p" className="notice-body" />
      <button type="button" className="button button--primary button--wide" data-testid="retry" onClick={retry}>
        <Pictogram name="retry" />
        <InAllLanguages messageKey="unavailable.retry" as="span" className="inline-languages" />
      </button>
      <InAllLanguages messageKey="unavailable.askStaff" as="p" className="notice-body" />
      <p className="staff-detail" data-testid="unavailable-reason">
        {t(errorMessageKey(code))}
      </p>
    </section>
  );
}
