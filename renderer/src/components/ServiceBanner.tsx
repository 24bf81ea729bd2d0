import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { useKioskStore } from '../store/index.js';

import { Pictogram } from './Pictogram.js';

/** Shown to visitors only while a service is down, in their language; nothing when all is well. */
export function ServiceBanner(): ReactElement | null {
  const { t } = useTranslation();
  const degraded = useKioskStore((state) => state.serviceStatus?.degraded);
  if (degraded === undefined || degraded.length === 0) return null;
  return (
    <div className="service-banner" role="status" data-testid="service-banner">
      <Pictogram name="warning" />
      <ul>
        {degraded.map((reason) => (
          <li key={reason} data-testid={`service-banner-${reason}`}>
            {t(`operations.banner.${reason}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
