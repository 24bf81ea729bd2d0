import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatLongDate } from '../../../main/contract/index.js';
import { ListenButton } from '../components/ListenButton.js';
import { Pictogram } from '../components/Pictogram.js';
import { calendarNames, toLanguage } from '../i18n/resources.js';
import { HOME_TILES } from '../navigation/home-tiles.js';
import { useKioskStore } from '../store/index.js';

import { ScreenLayout } from './ScreenLayout.js';

function useToday(): string | null {
  const { i18n } = useTranslation();
  const timeZone = useKioskStore((state) => state.site?.timezone);
  if (timeZone === undefined) return null;
  try {
    // The site's timezone, not the PC's: a machine set to UTC must not show tomorrow at 7 pm.
    return formatLongDate(new Date(), timeZone, calendarNames(toLanguage(i18n.language)));
  } catch {
    return null;
  }
}

/** Large tiles, each a pictogram and a short label, for a person who may read little. */
export function HomeScreen(): ReactElement {
  const { t } = useTranslation();
  const open = useKioskStore((state) => state.open);
  const today = useToday();

  return (
    <ScreenLayout
      name="home"
      heading={t('home.heading')}
      readAloud={[{ id: 'home.heading', text: t('home.heading') }]}
      headingClip={{ id: 'home.heading', text: t('home.heading') }}
    >
      {today === null ? null : (
        <p className="home__today" data-testid="today" data-verbatim="">
          {t('home.today', { date: today })}
        </p>
      )}
      <ul className="tiles" role="list">
        {HOME_TILES.map((tile) => (
          <li key={tile.screen} className="tiles__item">
            <button
              type="button"
              className={`tile tile--${tile.tone}`}
              data-testid={`tile-${tile.screen}`}
              onClick={() => {
                open({ screen: tile.screen });
              }}
            >
              <Pictogram name={tile.pictogram} className="pictogram--tile" />
              <span className="tile__label">{t(`home.tiles.${tile.label}`)}</span>
            </button>
            {/* Beside the tile, not inside it: touching "listen" must not open the screen. */}
            <ListenButton
              items={[{ id: `home.tiles.${tile.label}`, text: t(`home.tiles.${tile.label}`) }]}
              part={t(`home.tiles.${tile.label}`)}
              testId={`listen-tile-${tile.screen}`}
              className="listen--tile"
            />
          </li>
        ))}
      </ul>
      {/* Below the tiles: for the person who came back, not what a first visit is for. */}
      <button
        type="button"
        className="button home__follow-up"
        data-testid="home-follow-up"
        onClick={() => {
          open({ screen: 'follow-up' });
        }}
      >
        <Pictogram name="check" />
        <span>{t('followUp.visitor.entry')}</span>
      </button>
      <ListenButton
        items={[{ id: 'followUp.visitor.entry', text: t('followUp.visitor.entry') }]}
        part={t('followUp.visitor.entry')}
        testId="listen-follow-up-entry"
      />
    </ScreenLayout>
  );
}
