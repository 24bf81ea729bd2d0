import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { Pictogram } from '../components/Pictogram.js';
import { HOME_TILES } from '../navigation/home-tiles.js';
import type { ScreenName } from '../navigation/routes.js';
import { useKioskStore } from '../store/index.js';

import { ScreenLayout } from './ScreenLayout.js';

/** A topic whose screens are not built yet: its own heading, and a person who can help instead. */
export function ComingSoonScreen({ screen }: { readonly screen: ScreenName }): ReactElement {
  const { t } = useTranslation();
  const open = useKioskStore((state) => state.open);
  const tile = HOME_TILES.find((candidate) => candidate.screen === screen);

  return (
    <ScreenLayout
      name={screen}
      heading={tile === undefined ? t('askStaff.heading') : t(`home.tiles.${tile.label}`)}
      {...(tile === undefined ? {} : { pictogram: tile.pictogram })}
    >
      <div className="panel panel--row" data-testid="coming-soon">
        <Pictogram name="staff" className="pictogram--panel" />
        <div>
          <p>{t('comingSoon.body')}</p>
          <p className="lead">{t('comingSoon.askStaff')}</p>
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
      </div>
    </ScreenLayout>
  );
}
