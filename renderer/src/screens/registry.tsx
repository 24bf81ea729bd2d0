import type { ReactElement } from 'react';

import { assertNever } from '../../../main/contract/index.js';
import type { Route } from '../navigation/routes.js';

import { AskStaffScreen } from './AskStaffScreen.js';
import { ComingSoonScreen } from './ComingSoonScreen.js';
import { HomeScreen } from './HomeScreen.js';
import { LanguageScreen } from './LanguageScreen.js';
import { PrivacyScreen } from './PrivacyScreen.js';
import { UrgentHelpScreen } from './UrgentHelpScreen.js';

/** Which component draws a route. A new screen of the journey replaces its placeholder here. */
export function renderRoute(route: Route): ReactElement {
  switch (route.screen) {
    case 'language':
      return <LanguageScreen />;
    case 'home':
      return <HomeScreen />;
    case 'urgent-help':
      return <UrgentHelpScreen />;
    case 'privacy':
      return <PrivacyScreen />;
    case 'ask-staff':
      return <AskStaffScreen />;
    case 'about-redsafe':
    case 'account-guide':
    case 'services':
      return <ComingSoonScreen screen={route.screen} />;
    default:
      return assertNever(route.screen, 'screen');
  }
}
