import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { SERVICE_CATEGORIES, serviceClipParts, type ServiceCategory } from '../../../main/contract/index.js';
import { ListenButton } from '../components/ListenButton.js';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard.js';
import { Pictogram } from '../components/Pictogram.js';
import { ServiceCard } from '../components/ServiceCard.js';
import { useAfterFirstFrame } from '../components/after-first-frame.js';
import { useAskAgain } from '../components/use-ask-again.js';
import { useNow } from '../components/use-now.js';
import { CATEGORY_PICTOGRAMS } from '../directory/category-pictograms.js';
import { SERVICE_FILTERS, type ServiceFilter } from '../directory/filters.js';
import { categoriesInUse, visibleServices } from '../directory/visible-services.js';
import { i18n, localize } from '../i18n/i18n.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { useKioskStore } from '../store/index.js';
import { listState } from '../store/list-state.js';

import { ScreenLayout } from './ScreenLayout.js';

/** Locale keys of the filters (`services.filters.*`). */
const FILTER_KEYS = {
  free: 'free',
  'open-now': 'openNow',
  children: 'children',
  women: 'women',
  'no-documents': 'noDocuments',
} as const satisfies Record<ServiceFilter, string>;

/** Cards drawn with the screen: more than fit above the fold at either shape; the rest follow a frame later. */
const FIRST_CARDS = 6;

const categoryLabel = (category: ServiceCategory, language: Parameters<typeof toLanguage>[0]): string =>
  i18n.getFixedT(toLanguage(language))(`categories.${category}`);

/** Categories, filters and a search with the kiosk's own keyboard, over the vetted directory. */
export function ServicesScreen(): ReactElement {
  const { t, i18n: current } = useTranslation();
  const language = toLanguage(current.language);
  const services = useKioskStore((state) => state.services);
  const status = useKioskStore((state) => state.directoryStatus);
  const browse = useKioskStore((state) => state.browse);
  const timeZone = useKioskStore((state) => state.site?.timezone ?? 'UTC');
  const { chooseCategory, toggleFilter, typeKey, deleteKey, clearQuery, loadDirectory } = useKioskStore.getState();
  useAskAgain(status === 'error', loadDirectory);
  const [keyboardOpen, setKeyboardOpen] = useState(browse.query !== '');
  const now = useNow();
  const firstFrameDrawn = useAfterFirstFrame();

  // A card's listen control reads the service's name and description, the first part of its page.
  const clipWords = { weekdays: calendarNames(language).weekdays, closed: t('service.closed') };
  const list = visibleServices(services, { ...browse, language, now, timeZone, categoryLabel });
  const categories = categoriesInUse(services, SERVICE_CATEGORIES);
  const cards = firstFrameDrawn ? list : list.slice(0, FIRST_CARDS);
  const resultsState = listState(status, services.length > 0);
  // What the results heading says, and reads aloud, before the list is known.
  const statusClip =
    resultsState === 'loading'
      ? { id: 'services.loading', text: t('services.loading') }
      : resultsState === 'error'
        ? { id: 'services.loadError', text: t('services.loadError') }
        : null;

  return (
    <ScreenLayout
      name="services"
      heading={t('services.heading')}
      pictogram="services"
      readAloud={[{ id: 'services.intro', text: t('services.intro') }]}
      headingClip={{ id: 'services.heading', text: t('services.heading') }}
    >
      <p className="lead">{t('services.intro')}</p>
      <section className="search" aria-labelledby="search-heading">
        <h2 id="search-heading" className="visually-hidden">
          {t('services.searchHeading')}
        </h2>
        <div className="search__bar">
          <button
            type="button"
            className="search__box"
            data-testid="search-box"
            aria-expanded={keyboardOpen}
            onClick={() => {
              setKeyboardOpen(!keyboardOpen);
            }}
          >
            <Pictogram name="search" />
            {browse.query === '' ? (
              <span className="search__placeholder">{t('services.searchPlaceholder')}</span>
            ) : (
              <span className="search__query" data-testid="search-query" data-verbatim="">
                {browse.query}
              </span>
            )}
          </button>
        </div>
        {keyboardOpen ? <OnScreenKeyboard onKey={typeKey} onDelete={deleteKey} onClear={clearQuery} /> : null}
      </section>
      <section aria-labelledby="filters-heading">
        <div className="section-title">
          <h2 id="filters-heading">{t('services.filtersHeading')}</h2>
          <ListenButton
            items={[
              { id: 'services.filtersHeading', text: t('services.filtersHeading') },
              ...SERVICE_FILTERS.map((filter) => ({
                id: `services.filters.${FILTER_KEYS[filter]}`,
                text: t(`services.filters.${FILTER_KEYS[filter]}`),
              })),
            ]}
            part={t('services.filtersHeading')}
            testId="listen-filters"
          />
        </div>
        <div className="chips" role="group" aria-labelledby="filters-heading">
          {SERVICE_FILTERS.map((filter) => (
            <button
              key={filter}
              type="button"
              className="chip"
              aria-pressed={browse.filters.includes(filter)}
              data-testid={`filter-${filter}`}
              onClick={() => {
                toggleFilter(filter);
              }}
            >
              {browse.filters.includes(filter) ? <Pictogram name="check" /> : null}
              <span>{t(`services.filters.${FILTER_KEYS[filter]}`)}</span>
            </button>
          ))}
        </div>
      </section>
      <section aria-labelledby="categories-heading">
        <div className="section-title">
          <h2 id="categories-heading">{t('services.categoriesHeading')}</h2>
          <ListenButton
            items={[
              { id: 'services.categoriesHeading', text: t('services.categoriesHeading') },
              { id: 'services.allCategories', text: t('services.allCategories') },
              ...categories.map((category) => ({ id: `categories.${category}`, text: t(`categories.${category}`) })),
            ]}
            part={t('services.categoriesHeading')}
            testId="listen-categories"
          />
        </div>
        <div className="chips chips--categories" role="group" aria-labelledby="categories-heading">
          <button
            type="button"
            className="chip chip--category"
            aria-pressed={browse.category === null}
            data-testid="category-all"
            onClick={() => {
              chooseCategory(null);
            }}
          >
            <Pictogram name="services" />
            <span>{t('services.allCategories')}</span>
          </button>
          {categories.map((category) => (
            <button
              key={category}
              type="button"
              className="chip chip--category"
              aria-pressed={browse.category === category}
              data-testid={`category-${category}`}
              onClick={() => {
                chooseCategory(category);
              }}
            >
              <Pictogram name={CATEGORY_PICTOGRAMS[category]} />
              <span>{t(`categories.${category}`)}</span>
            </button>
          ))}
        </div>
      </section>
      <section aria-labelledby="results-heading">
        {/* The heading stays in one place so a change of it is announced: the count once the list is
            known, what is happening before (the first screen is drawn before the directory arrives). Only
            it is announced when a filter or a search changes the count, not every card. */}
        <div className="listen-row" data-testid="results-status" data-state={resultsState}>
          <h2 id="results-heading" data-testid="results-count" aria-live="polite">
            {statusClip?.text ?? t('services.count', { count: list.length })}
          </h2>
          {statusClip === null ? null : (
            <ListenButton items={[statusClip]} part={statusClip.text} testId={`listen-directory-${resultsState}`} />
          )}
        </div>
        {resultsState !== 'ready' ? null : list.length === 0 ? (
          <div className="panel listen-row" data-testid="no-results">
            <p>{t('services.none')}</p>
            <ListenButton
              items={[{ id: 'services.none', text: t('services.none') }]}
              part={t('services.none')}
              testId="listen-no-results"
            />
          </div>
        ) : (
          <ul className="service-list" role="list" data-testid="service-list">
            {cards.map((service) => (
              <li key={service.id} className="service-list__item">
                <ServiceCard service={service} now={now} timeZone={timeZone} />
                <ListenButton
                  items={serviceClipParts(service, language, clipWords).slice(0, 1)}
                  part={localize(service.name, language)}
                  testId={`listen-service-${service.id}`}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </ScreenLayout>
  );
}
