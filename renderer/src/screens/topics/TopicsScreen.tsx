import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { ListenButton } from '../../components/ListenButton.js';
import { Pictogram } from '../../components/Pictogram.js';
import { useAskAgain } from '../../components/use-ask-again.js';
import { localize } from '../../i18n/i18n.js';
import { toLanguage } from '../../i18n/resources.js';
import { useKioskStore } from '../../store/index.js';
import { listState } from '../../store/list-state.js';
import { ScreenLayout } from '../ScreenLayout.js';

import { topicItems, topicPictogram } from './topic-texts.js';

/** "Your rights and procedures": one large button per topic, a pictogram and a title each. */
export function TopicsScreen(): ReactElement {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const view = useKioskStore((state) => state.topicsView);
  const open = useKioskStore((state) => state.open);
  const status = useKioskStore((state) => state.topicsStatus);
  const loadTopics = useKioskStore((state) => state.loadTopics);
  useAskAgain(status === 'error', loadTopics);
  const topics = view?.topics ?? [];
  const state = listState(status, view !== null);
  // Before the topics are known: coming, or could not be fetched (which sends to staff as "none" does).
  const waitClip = { id: 'topics.loading', text: t('topics.loading') };
  const emptyClip =
    state === 'error'
      ? { id: 'topics.loadError', text: t('topics.loadError') }
      : { id: 'topics.empty', text: t('topics.empty') };

  return (
    <ScreenLayout
      name="topics"
      heading={t('topics.heading')}
      pictogram="scale"
      readAloud={[{ id: 'topics.intro', text: t('topics.intro') }]}
      headingClip={{ id: 'topics.heading', text: t('topics.heading') }}
    >
      <p className="lead">{t('topics.intro')}</p>
      {view === null || view.sampleNotice === null ? null : (
        <p className="sample-mark" data-testid="topics-sample">
          {localize(view.sampleNotice, language)}
        </p>
      )}
      {state === 'loading' ? (
        <div className="panel listen-row" data-testid="topics-loading" role="status">
          <p>{waitClip.text}</p>
          <ListenButton items={[waitClip]} part={waitClip.text} testId="listen-topics-loading" />
        </div>
      ) : topics.length === 0 ? (
        <div className="panel" data-testid="topics-empty">
          <div className="listen-row">
            <p>{emptyClip.text}</p>
            <ListenButton items={[emptyClip]} part={emptyClip.text} testId="listen-topics-empty" />
          </div>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              open({ screen: 'ask-staff' });
            }}
          >
            <Pictogram name="staff" />
            <span>{t('home.tiles.askStaff')}</span>
          </button>
        </div>
      ) : (
        <ul className="topic-list" role="list" data-testid="topic-list">
          {topics.map((topic) => (
            <li key={topic.id} className="listen-row">
              <button
                type="button"
                className="topic-card tap-card"
                data-testid={`topic-${topic.id}`}
                onClick={() => {
                  open({ screen: 'topic', topicId: topic.id });
                }}
              >
                <Pictogram name={topicPictogram(topic.pictogram)} className="pictogram--card" />
                <span className="topic-card__text">
                  <span className="topic-card__title">{localize(topic.title, language)}</span>
                  <span>{localize(topic.summary, language)}</span>
                </span>
              </button>
              <ListenButton
                items={topicItems(topic, language, ['title', 'summary'])}
                part={localize(topic.title, language)}
                testId={`listen-topic-${topic.id}`}
              />
            </li>
          ))}
        </ul>
      )}
    </ScreenLayout>
  );
}
