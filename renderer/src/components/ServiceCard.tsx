import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import type { ServiceEntry } from '../../../main/contract/index.js';
import { CATEGORY_PICTOGRAMS } from '../directory/category-pictograms.js';
import { isOpenNow } from '../directory/opening-hours.js';
import { localize } from '../i18n/i18n.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { calendarDay } from '../directory/calendar-day.js';
import { useKioskStore } from '../store/index.js';

import { Pictogram } from './Pictogram.js';

export interface ServiceCardProps {
  readonly service: ServiceEntry;
  readonly now: Date;
  readonly timeZone: string;
}

/** One line of the list: the whole card opens the service's page. Names are shown as text, never as markup. */
export function ServiceCard({ service, now, timeZone }: ServiceCardProps): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const open = useKioskStore((state) => state.open);
  // Read once per render: the slice changes on every directory reload.
  const closure = useKioskStore((state) => state.closureFor(service.id));
  const closedForNow = service.status === 'temporarily_closed' || closure !== undefined;
  const openNow = !closedForNow && isOpenNow(service.openingHours, now, timeZone);

  return (
    <button
      type="button"
      className="service-card tap-card"
      data-testid={`service-${service.id}`}
      data-open-now={openNow}
      onClick={() => {
        open({ screen: 'service', serviceId: service.id });
      }}
    >
      <Pictogram name={CATEGORY_PICTOGRAMS[service.category]} className="pictogram--card" />
      <span className="service-card__text">
        <span className="service-card__name" data-testid="service-name">
          {localize(service.name, language)}
        </span>
        <span className="service-card__organisation" data-verbatim="">
          {service.organisation.name}
        </span>
        <span className="service-card__marks">
          {closedForNow ? (
            <span className="mark mark--closed" data-testid="closed-until">
              {closure === undefined
                ? t('services.temporarilyClosed')
                : t('service.closedUntil', { date: calendarDay(closure.until, calendarNames(language)) })}
            </span>
          ) : openNow ? (
            <span className="mark mark--open" data-testid="open-now">
              {t('services.openNow')}
            </span>
          ) : (
            <span className="mark" data-testid="closed-now">
              {t('services.closedNow')}
            </span>
          )}
          {service.cost.kind === 'free' ? <span className="mark">{t('services.free')}</span> : null}
        </span>
      </span>
    </button>
  );
}
