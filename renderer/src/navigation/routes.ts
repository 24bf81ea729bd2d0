import type { UsageMetric } from '../../../main/contract/index.js';

/**
 * Every screen of the walk-up journey. A screen is opened by name; the registry in
 * `screens/registry.tsx` maps each name to its component, so a later screen is one name here and
 * one line there.
 */
export const SCREEN_NAMES = [
  'language',
  'home',
  'about-redsafe',
  'account-guide',
  'services',
  'urgent-help',
  'privacy',
  'ask-staff',
] as const;
export type ScreenName = (typeof SCREEN_NAMES)[number];

/**
 * Where the visitor is. An object rather than a bare name so that screens with parameters (a
 * service's detail page, a step of the account guide) can join as members of this union.
 */
export interface Route {
  readonly screen: ScreenName;
}

export const LANGUAGE_ROUTE: Route = { screen: 'language' };
export const HOME_ROUTE: Route = { screen: 'home' };

/** What opening a screen counts, as an anonymous daily counter; null counts nothing. */
export interface UsageCount {
  readonly metric: UsageMetric;
  readonly key: string;
}

/**
 * Help screens count as help requests wherever they are opened from (a tile, the top bar, another
 * screen); information screens count as topics. The key is the screen's own name, never anything a
 * visitor typed.
 */
export function usageForRoute(route: Route): UsageCount | null {
  switch (route.screen) {
    case 'urgent-help':
    case 'ask-staff':
      return { metric: 'help_requested', key: route.screen };
    case 'about-redsafe':
    case 'account-guide':
    case 'services':
    case 'privacy':
      return { metric: 'topic_opened', key: route.screen };
    case 'language':
    case 'home':
      return null;
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return a.screen === b.screen;
}
