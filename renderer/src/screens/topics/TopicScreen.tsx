import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatLongDate, type Language, type Topic } from '../../../../main/contract/index.js';
import { ListenButton } from '../../components/ListenButton.js';
import { Pictogram } from '../../components/Pictogram.js';
import { readableUrl } from '../../components/readable-url.js';
import { ServiceCard } from '../../components/ServiceCard.js';
import { useNow } from '../../components/use-now.js';
import { localize } from '../../i18n/i18n.js';
import { calendarNames, toLanguage } from '../../i18n/resources.js';
import { useKioskStore } from '../../store/index.js';
import { ScreenLayout } from '../ScreenLayout.js';

import { TopicSheetDialog } from './TopicSheetDialog.js';
import { topicItems, topicPictogram, topicReadAloud } from './topic-texts.js';

/** `2026-11-20` as a long date from the locale's own names (a calendar day: UTC noon keeps it). */
function longDay(day: string, language: Language): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : formatLongDate(date, 'UTC', calendarNames(language));
}

export function TopicScreen({ topicId }: { readonly topicId: string }): ReactElement {
  const { t } = useTranslation();
  const topic = useKioskStore((state) => state.topicsView?.topics.find((candidate) => candidate.id === topicId));
  const open = useKioskStore((state) => state.open);
  if (topic === undefined) {
    return (
      <ScreenLayout name="topic" heading={t('topics.notFound')} pictogram="scale">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            open({ screen: 'topics' });
          }}
        >
          <Pictogram name="scale" />
          <span>{t('topics.allTopics')}</span>
        </button>
      </ScreenLayout>
    );
  }
  return <TopicDetail topic={topic} />;
}

/** One topic: summary, steps, what to bring, cost, warnings, who helps, and the sheet to take away. */
function TopicDetail({ topic }: { readonly topic: Topic }): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const open = useKioskStore((state) => state.open);
  const services = useKioskStore((state) => state.services);
  const sampleNotice = useKioskStore((state) => state.topicsView?.sampleNotice ?? null);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const now = useNow();
  const [sheetOpen, setSheetOpen] = useState(false);
  const related = topic.services.flatMap((id) => services.find((s) => s.id === id && s.status !== 'inactive') ?? []);

  return (
    <ScreenLayout
      name="topic"
      heading={localize(topic.title, language)}
      pictogram={topicPictogram(topic.pictogram)}
      readAloud={topicReadAloud(topic, language)}
      headingClip={topicItems(topic, language, ['title'])[0]}
    >
      <div className="listen-row">
        <p className="lead" data-testid="topic-summary">
          {localize(topic.summary, language)}
        </p>
        <ListenButton
          items={topicItems(topic, language, ['summary'])}
          part={localize(topic.title, language)}
          testId="listen-topic-summary"
        />
      </div>
      {sampleNotice === null ? null : (
        <p className="sample-mark" data-testid="topic-sample">
          {localize(sampleNotice, language)}
        </p>
      )}
      <section className="panel" aria-labelledby="topic-steps" data-testid="topic-steps">
        <h2 id="topic-steps">{t('topics.stepsHeading')}</h2>
        <ol className="topic-steps" role="list">
          {topic.steps.map((step, index) => (
            <li key={index} className="topic-steps__item" data-testid={`topic-step-${index + 1}`}>
              <span className="topic-steps__number" data-verbatim="">
                {index + 1}
              </span>
              <Pictogram name={topicPictogram(step.pictogram)} className="pictogram--step" />
              <span className="topic-steps__text">{localize(step.text, language)}</span>
              <ListenButton
                items={topicItems(topic, language, [`steps.${index + 1}`])}
                part={localize(step.text, language)}
                testId={`listen-topic-step-${index + 1}`}
              />
            </li>
          ))}
        </ol>
      </section>
      <div className="topic-facts">
        <section className="panel" aria-labelledby="topic-bring" data-testid="topic-bring">
          <div className="section-title">
            <h2 id="topic-bring">{t('topics.bringHeading')}</h2>
            <ListenButton
              items={
                topic.whatToBring.length === 0
                  ? [{ id: 'topics.nothingToBring', text: t('topics.nothingToBring') }]
                  : topicItems(topic, language, ['whatToBring.'])
              }
              part={t('topics.bringHeading')}
              testId="listen-topic-bring"
            />
          </div>
          {topic.whatToBring.length === 0 ? (
            <p>{t('topics.nothingToBring')}</p>
          ) : (
            <ul className="check-list">
              {topic.whatToBring.map((item, index) => (
                <li key={index}>{localize(item, language)}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="topic-cost" data-testid="topic-cost">
          <div className="section-title">
            <h2 id="topic-cost">{t('topics.costHeading')}</h2>
            <ListenButton
              items={topicItems(topic, language, ['cost'])}
              part={t('topics.costHeading')}
              testId="listen-topic-cost"
            />
          </div>
          <p>{localize(topic.cost, language)}</p>
        </section>
        {topic.warnings.length === 0 ? null : (
          <section className="panel panel--warning" aria-labelledby="topic-warnings" data-testid="topic-warnings">
            <div className="section-title">
              <h2 id="topic-warnings">{t('topics.warningsHeading')}</h2>
              <ListenButton
                items={topicItems(topic, language, ['warnings.'])}
                part={t('topics.warningsHeading')}
                testId="listen-topic-warnings"
              />
            </div>
            <ul className="check-list">
              {topic.warnings.map((item, index) => (
                <li key={index}>{localize(item, language)}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <div className="referral-actions">
        <button
          type="button"
          className="button button--primary button--large"
          data-testid="print-sheet"
          onClick={() => {
            setSheetOpen(true);
          }}
        >
          <Pictogram name="print" />
          <span>{t('topics.printSheet')}</span>
        </button>
        <button
          type="button"
          className="button button--large"
          data-testid="topic-ask-staff"
          onClick={() => {
            open({ screen: 'ask-staff' });
          }}
        >
          <Pictogram name="staff" />
          <span>{t('home.tiles.askStaff')}</span>
        </button>
      </div>
      {related.length === 0 ? null : (
        <section aria-labelledby="topic-services" data-testid="topic-services">
          <h2 id="topic-services">{t('topics.servicesHeading')}</h2>
          <ul className="service-list" role="list">
            {related.map((service) => (
              <li key={service.id}>
                <ServiceCard service={service} now={now} timeZone={timeZone} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer className="topic-sources" data-testid="topic-sources">
        <p>{t('topics.verifiedOn', { date: longDay(topic.verifiedOn, language) })}</p>
        <p>{t('topics.sourcesHeading')}</p>
        <ul>
          {topic.sources.map((source) => (
            <li key={source.url} data-verbatim="">
              {`${source.label} · ${readableUrl(source.url)}`}
            </li>
          ))}
        </ul>
      </footer>
      {sheetOpen ? (
        <TopicSheetDialog
          topic={topic}
          language={language}
          onClose={() => {
            setSheetOpen(false);
          }}
        />
      ) : null}
    </ScreenLayout>
  );
}
