import type { PictogramName } from '../components/Pictogram.js';

import type { PlainScreen, ScreenName } from './routes.js';

/** Label keys of the home tiles (`home.tiles.*` in the locale files). */
export type HomeTileLabel =
  'aboutRedsafe' | 'createAccount' | 'findServices' | 'urgentHelp' | 'privacy' | 'askStaff' | 'rights';

export interface HomeTile {
  readonly screen: Extract<PlainScreen, ScreenName> | 'account-guide';
  readonly label: HomeTileLabel;
  readonly pictogram: PictogramName;
  /** Help tiles are drawn apart so a person in a hurry finds them first. */
  readonly tone: 'topic' | 'help';
}

/** The home screen, in reading order. */
export const HOME_TILES: readonly HomeTile[] = [
  { screen: 'about-redsafe', label: 'aboutRedsafe', pictogram: 'info', tone: 'topic' },
  { screen: 'account-guide', label: 'createAccount', pictogram: 'account', tone: 'topic' },
  { screen: 'services', label: 'findServices', pictogram: 'services', tone: 'topic' },
  { screen: 'topics', label: 'rights', pictogram: 'scale', tone: 'topic' },
  { screen: 'urgent-help', label: 'urgentHelp', pictogram: 'urgent', tone: 'help' },
  { screen: 'privacy', label: 'privacy', pictogram: 'privacy', tone: 'topic' },
  { screen: 'ask-staff', label: 'askStaff', pictogram: 'staff', tone: 'help' },
];
