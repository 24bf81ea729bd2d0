import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import {
  formatLongDate,
  LANGUAGES,
  mapLink,
  serviceClipParts,
  type Language,
  type ServiceEntry,
} from '../../../main/contract/index.js';
import { ListenButton } from '../components/ListenButton.js';
import { Pictogram } from '../components/Pictogram.js';
import { QrCode } from '../components/QrCode.js';
import type { ReadAloudItem } from '../components/ReadAloudButton.js';
import { ReferralDialog } from '../components/ReferralDialog.js';
import { useNow } from '../components/use-now.js';
import { calendarDay } from '../directory/calendar-day.js';
import { CATEGORY_PICTOGRAMS } from '../directory/category-pictograms.js';
import { formatRange, isOpenNow, weekTable } from '../directory/opening-hours.js';
import { localize } from '../i18n/i18n.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';

import { ScreenLayout } from './ScreenLayout.js';

/** `2026-11-01` as a long date from the locale's own names; the date is a calendar day, so UTC noon keeps it. */
function verifiedDate(day: string, language: Language): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : formatLongDate(date, 'UTC', calendarNames(language));
}

function Block({
  id,
  heading,
  listen,
  children,
}: {
  readonly id: string;
  readonly heading: string;
  /** What the block's listen control reads; none: the block has no control. */
  readonly listen?: ReadAloudItem | undefined;
  readonly children: ReactNode;
}): ReactElement {
  return (
    <section className="panel detail-block" aria-labelledby={`detail-${id}`} data-testid={`detail-${id}`}>
      <div className="section-title">
        <h2 id={`detail-${id}`}>{heading}</h2>
        {listen === undefined ? null : <ListenButton items={[listen]} part={heading} testId={`listen-detail-${id}`} />}
      </div>
      {children}
    </section>
  );
}

/** Everything a person needs to go there, and the referral slip. */
export function ServiceDetailScreen({ serviceId }: { readonly serviceId: string }): ReactElement {
  const { t } = useTranslation();
  const service = useKioskStore((state) => state.serviceById(serviceId));
  const open = useKioskStore((state) => state.open);

  if (service === undefined) {
    return (
      <ScreenLayout name="service" heading={t('service.notFound')} pictogram="services">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            open({ screen: 'services' });
          }}
        >
          <Pictogram name="services" />
          <span>{t('home.tiles.findServices')}</span>
        </button>
      </ScreenLayout>
    );
  }
  return <ServiceDetail service={service} />;
}

function ServiceDetail({ service }: { readonly service: ServiceEntry }): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const requestReferral = useKioskStore((state) => state.requestReferral);
  const referralShown = useKioskStore((state) => state.referral.kind !== 'none');
  const now = useNow();
  const names = calendarNames(language);
  const closure = useKioskStore((state) => state.closureFor(service.id));
  const notice = useKioskStore((state) => state.noticeFor(service.id));
  const closedUntil =
    closure === undefined ? undefined : t('service.closedUntil', { date: calendarDay(closure.until, names) });
  const closedForNow = service.status === 'temporarily_closed' || closure !== undefined;
  const openNow = !closedForNow && isOpenNow(service.openingHours, now, timeZone);
  const { populations, minAge, maxAge } = service.eligibility;
  const [about, hours, bring] = serviceClipParts(service, language, {
    weekdays: names.weekdays,
    closed: t('service.closed'),
  });

  return (
    <ScreenLayout
      name="service"
      heading={localize(service.name, language)}
      pictogram={CATEGORY_PICTOGRAMS[service.category]}
      // A site may record clips per service: `directory.<service id>[.hours|.bring]` (docs/read-aloud.md).
      readAloud={about === undefined ? undefined : [about]}
      headingClip={about}
    >
      <p className="detail-organisation" data-verbatim="">
        {service.organisation.name}
      </p>
      <div className="detail-marks">
        <span
          className={closedForNow ? 'mark mark--closed' : openNow ? 'mark mark--open' : 'mark'}
          data-testid="detail-open-state"
        >
          {closedUntil ??
            (closedForNow
              ? t('services.temporarilyClosed')
              : openNow
                ? t('services.openNow')
                : t('services.closedNow'))}
        </span>
        <span className="mark">{t(`categories.${service.category}`)}</span>
      </div>
      <p className="lead" data-testid="detail-description">
        {localize(service.description, language)}
      </p>
      {service.sampleNotice === undefined ? null : (
        <p className="sample-mark" data-testid="detail-sample-notice">
          {localize(service.sampleNotice, language)}
        </p>
      )}
      {notice === undefined ? null : (
        <section className="panel detail-notice" aria-labelledby="detail-notice-heading" data-testid="detail-notice">
          <h2 id="detail-notice-heading">{t('service.noticeHeading')}</h2>
          <p>{localize(notice.text, language)}</p>
        </section>
      )}
      {closure === undefined ? null : (
        // Visitors may still take a slip to go after the closure; the screen says so before they print.
        <p className="guide-note" data-testid="detail-closure">
          {t(`service.closedBecause.${closure.reason}`)}{' '}
          {t('service.closedSlip', { date: calendarDay(closure.until, names) })}
        </p>
      )}
      <div className="referral-actions">
        <button
          type="button"
          className="button button--primary button--large"
          data-testid="print-slip"
          onClick={() => void requestReferral(service.id, 'print')}
        >
          <Pictogram name="print" />
          <span>{t('service.printSlip')}</span>
        </button>
        <button
          type="button"
          className="button button--large"
          data-testid="show-slip"
          onClick={() => void requestReferral(service.id, 'show')}
        >
          <Pictogram name="screen" />
          <span>{t('service.showOnScreen')}</span>
        </button>
      </div>
      {service.referralSlipNeeded ? <p className="guide-note">{t('service.referralNeeded')}</p> : null}
      <div className="columns">
        {service.address === undefined ? null : (
          <Block id="address" heading={t('service.addressHeading')}>
            <p data-verbatim="">
              {service.address.street}
              {service.address.neighbourhood === undefined ? '' : `, ${service.address.neighbourhood}`}
              {`, ${service.address.municipality}, ${service.address.city}`}
              {service.address.postalCode === undefined ? '' : `, ${service.address.postalCode}`}
            </p>
            {service.address.reference === undefined ? null : (
              <p className="detail-reference">{localize(service.address.reference, language)}</p>
            )}
          </Block>
        )}
        {service.coordinates === undefined ? null : (
          <Block
            id="map"
            heading={t('serviceMap.heading')}
            listen={{ id: 'serviceMap.hint', text: t('serviceMap.hint') }}
          >
            <p>{t('serviceMap.hint')}</p>
            <QrCode
              value={mapLink(service.coordinates)}
              label={t('serviceMap.qrLabel')}
              size={200}
              testId="detail-map-qr"
            />
          </Block>
        )}
        <Block id="hours" heading={t('service.hoursHeading')} listen={hours}>
          <table className="hours-table">
            <tbody>
              {weekTable(service.openingHours).map((day) => (
                <tr key={day.day}>
                  <th scope="row" data-verbatim="">
                    {names.weekdays[day.nameIndex]}
                  </th>
                  <td data-verbatim={day.ranges.length > 0 ? '' : undefined}>
                    {day.ranges.length === 0 ? t('service.closed') : day.ranges.map(formatRange).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {service.hoursNote === undefined ? null : <p>{localize(service.hoursNote, language)}</p>}
        </Block>
        <Block id="phones" heading={t('service.phonesHeading')}>
          {service.phones.length === 0 && service.whatsapp === undefined ? <p>{t('service.noPhone')}</p> : null}
          <ul className="detail-phones" role="list">
            {service.phones.map((phone) => (
              <li key={phone.number}>
                <span className="phone-number phone-number--small" dir="ltr" data-verbatim="">
                  {phone.number}
                </span>
                {phone.label === undefined ? null : <span> {localize(phone.label, language)}</span>}
              </li>
            ))}
            {service.whatsapp === undefined ? null : (
              <li>
                <span className="phone-number phone-number--small" dir="ltr" data-verbatim="">
                  {service.whatsapp}
                </span>
                <span> {t('service.whatsapp')}</span>
              </li>
            )}
          </ul>
        </Block>
        <Block id="cost" heading={t('service.costHeading')}>
          <p>{service.cost.kind === 'free' ? t('service.free') : t('service.paid')}</p>
          {service.cost.note === undefined ? null : <p>{localize(service.cost.note, language)}</p>}
        </Block>
        <Block
          id="bring"
          heading={t('service.bringHeading')}
          listen={bring ?? { id: 'service.bringNothing', text: t('service.bringNothing') }}
        >
          {service.whatToBring.length === 0 ? (
            <p>{t('service.bringNothing')}</p>
          ) : (
            <ul className="check-list">
              {service.whatToBring.map((item) => (
                <li key={item.es}>{localize(item, language)}</li>
              ))}
            </ul>
          )}
        </Block>
        <Block id="who" heading={t('service.whoHeading')}>
          <p>{populations.map((population) => t(`populations.${population}`)).join(' · ')}</p>
          {minAge === undefined && maxAge === undefined ? null : (
            <p>
              {minAge !== undefined && maxAge !== undefined
                ? t('service.ages', { min: minAge, max: maxAge })
                : minAge !== undefined
                  ? t('service.minAge', { min: minAge })
                  : t('service.maxAge', { max: maxAge ?? 0 })}
            </p>
          )}
        </Block>
        <Block id="languages" heading={t('service.languagesHeading')}>
          <p>
            {service.languagesSpoken
              .map((code) =>
                (LANGUAGES as readonly string[]).includes(code)
                  ? t(`languageNames.${code as Language}`)
                  : code.toUpperCase(),
              )
              .join(' · ')}
          </p>
        </Block>
      </div>
      <p className="detail-verified" data-testid="detail-verified">
        {t('service.verifiedOn', { date: verifiedDate(service.verifiedOn, language) })}
      </p>
      {referralShown ? <ReferralDialog service={service} /> : null}
    </ScreenLayout>
  );
}
