import type { ReactElement } from 'react';

import { assertNever } from '../../../main/contract/index.js';
import { FollowUpBoundary } from '../app/FollowUpBoundary.js';
import type { Route } from '../navigation/routes.js';

import { AboutRedsafeScreen } from './AboutRedsafeScreen.js';
import { AccountGuideScreen } from './AccountGuideScreen.js';
import { AskStaffScreen } from './AskStaffScreen.js';
import { HomeScreen } from './HomeScreen.js';
import { LanguageScreen } from './LanguageScreen.js';
import { PrivacyScreen } from './PrivacyScreen.js';
import { ServiceDetailScreen } from './ServiceDetailScreen.js';
import { ServicesScreen } from './ServicesScreen.js';
import { TopicScreen } from './topics/TopicScreen.js';
import { TopicsScreen } from './topics/TopicsScreen.js';
import { UrgentHelpScreen } from './UrgentHelpScreen.js';

/**
 * Which component draws a route. Screens few visitors open may live in a chunk of their own, drawn
 * through a boundary (`app/FollowUpBoundary.tsx`); import them here only through it.
 */
export function renderRoute(route: Route): ReactElement {
  switch (route.screen) {
    case 'language':
      return <LanguageScreen />;
    case 'home':
      return <HomeScreen />;
    case 'about-redsafe':
      return <AboutRedsafeScreen />;
    case 'account-guide':
      return <AccountGuideScreen step={route.step ?? 0} />;
    case 'services':
      return <ServicesScreen />;
    case 'service':
      return <ServiceDetailScreen serviceId={route.serviceId} />;
    case 'urgent-help':
      return <UrgentHelpScreen />;
    case 'privacy':
      return <PrivacyScreen />;
    case 'ask-staff':
      return <AskStaffScreen />;
    case 'topics':
      return <TopicsScreen />;
    case 'topic':
      return <TopicScreen topicId={route.topicId} />;
    case 'follow-up':
      // A chunk of its own, prefetched when the page is idle: drawn at once when it is there.
      return <FollowUpBoundary />;
    default:
      return assertNever(route, 'screen');
  }
}
