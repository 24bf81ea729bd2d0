import { TOPIC_IDS, type ServiceCategory, type TopicId, type UsageMetric } from '../../../main/contract/index.js';

/**
 * Every screen of the walk-up journey. A screen is opened by name; the registry in
 * `screens/registry.tsx` maps each name to its component.
 */
export const SCREEN_NAMES = [
  'language',
  'home',
  'about-redsafe',
  'account-guide',
  'services',
  'service',
  'urgent-help',
  'privacy',
  'ask-staff',
  'topics',
  'topic',
  'follow-up',
] as const;
export type ScreenName = (typeof SCREEN_NAMES)[number];

/** Screens that take no parameter. */
export type PlainScreen = Exclude<ScreenName, 'account-guide' | 'service' | 'topic'>;

/** Where the visitor is: a screen, with what it shows when it has a parameter. */
export type Route =
  | { readonly screen: PlainScreen }
  /** `step` counts from 0; missing means the first step. */
  | { readonly screen: 'account-guide'; readonly step?: number }
  /** A service's detail page; the id is the directory's own, never anything a visitor typed. */
  | { readonly screen: 'service'; readonly serviceId: string }
  /** One "know your rights" topic; the id is the configuration's own. */
  | { readonly screen: 'topic'; readonly topicId: string };

const isTopicId = (id: string): id is TopicId => (TOPIC_IDS as readonly string[]).includes(id);

export const LANGUAGE_ROUTE: Route = { screen: 'language' };
export const HOME_ROUTE: Route = { screen: 'home' };

/**
 * The first screen, between visitors and at the start of every visit: welcome and the four
 * languages. No navigation bar, no idle countdown: it is where the idle reset leads.
 */
export function isStartScreen(route: Route): boolean {
  return route.screen === 'language';
}

/** What opening a screen counts, as an anonymous daily counter; null counts nothing. */
export interface UsageCount {
  readonly metric: UsageMetric;
  readonly key: string;
}

/**
 * Help screens count as help requests wherever they are opened from (a tile, the top bar, another
 * screen); information screens count as topics; a service page counts its category, never the
 * service or what led there. Keys are the kiosk's own names, never anything a visitor typed.
 */
export function usageForRoute(
  route: Route,
  categoryOf: (serviceId: string) => ServiceCategory | undefined,
): UsageCount | null {
  switch (route.screen) {
    case 'urgent-help':
    case 'ask-staff':
      return { metric: 'help_requested', key: route.screen };
    case 'about-redsafe':
    case 'services':
    case 'privacy':
    case 'topics':
      return { metric: 'topic_opened', key: route.screen };
    case 'topic':
      // Filed under the topic's own id: the kiosk's ids only, never text.
      return isTopicId(route.topicId) ? { metric: 'topic_opened', key: route.topicId } : null;
    case 'account-guide':
      // Counted when the guide opens, not at every step.
      return (route.step ?? 0) === 0 ? { metric: 'topic_opened', key: route.screen } : null;
    case 'service': {
      const category = categoryOf(route.serviceId);
      return category === undefined ? null : { metric: 'service_viewed', key: category };
    }
    // Follow-up: not even a counter; coming back to tell how it went is its own record in the ledger.
    case 'language':
    case 'home':
    case 'follow-up':
      return null;
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  if (a.screen === 'service' && b.screen === 'service') return a.serviceId === b.serviceId;
  if (a.screen === 'topic' && b.screen === 'topic') return a.topicId === b.topicId;
  if (a.screen === 'account-guide' && b.screen === 'account-guide') return (a.step ?? 0) === (b.step ?? 0);
  return a.screen === b.screen;
}

/** React key of a screen: a new screen (or step, or service) starts scrolled to its top. */
export function routeKey(route: Route): string {
  switch (route.screen) {
    case 'service':
      return `service:${route.serviceId}`;
    case 'account-guide':
      return `account-guide:${route.step ?? 0}`;
    case 'topic':
      return `topic:${route.topicId}`;
    default:
      return route.screen;
  }
}
