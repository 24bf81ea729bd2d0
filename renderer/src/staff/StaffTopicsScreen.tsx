import { useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatLongDate, isoDay, isTopicStale, type Language } from '../../../main/contract/index.js';
import { readableUrl } from '../components/readable-url.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';

import { StaffLayout } from './StaffLayout.js';

function longDay(day: string, language: Language): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : formatLongDate(date, 'UTC', calendarNames(language));
}

/**
 * The rights topics for staff: when each was last checked and against which sources, and which
 * are past the site's re-verification age (the same rule as the daily check's "re-verify").
 */
export function StaffTopicsScreen(): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const view = useKioskStore((state) => state.topicsView);
  const loadTopics = useKioskStore((state) => state.loadTopics);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');

  useEffect(() => {
    void loadTopics();
  }, [loadTopics]);

  const today = isoDay(new Date(), timeZone);
  const topics = view?.topics ?? [];
  return (
    <StaffLayout back name="topics" heading={t('topics.staff.heading')}>
      <p className="staff-intro">{t('topics.staff.intro')}</p>
      {view === null ? null : <p>{t('topics.staff.reverifyAfter', { days: view.reverifyAfterDays })}</p>}
      {topics.length === 0 ? <p>{t('topics.empty')}</p> : null}
      <ul className="staff-topic-list" role="list" data-testid="staff-topic-list">
        {topics.map((topic) => {
          const stale = view !== null && isTopicStale(topic.verifiedOn, view.reverifyAfterDays, today);
          return (
            <li
              key={topic.id}
              className={stale ? 'panel topic-stale' : 'panel'}
              data-testid={`staff-topic-${topic.id}`}
              data-stale={stale}
            >
              <h2>{topic.title[language]}</h2>
              <p>
                <span className={stale ? 'mark mark--closed' : 'mark mark--open'}>
                  {stale ? t('topics.staff.stale') : t('topics.staff.current')}
                </span>{' '}
                <span>{t('topics.staff.verifiedOn', { date: longDay(topic.verifiedOn, language) })}</span>
              </p>
              {topic.sensitive ? <p>{t('topics.staff.sensitive')}</p> : null}
              <p>{t('topics.sourcesHeading')}</p>
              <ul>
                {topic.sources.map((source) => (
                  <li key={source.url} className="staff-detail" data-verbatim="">
                    {`${source.label} · ${readableUrl(source.url)}`}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </StaffLayout>
  );
}
