import { z } from 'zod';

import { SERVICE_CATEGORIES } from './service-categories.js';

export { SERVICE_CATEGORIES, type ServiceCategory } from './service-categories.js';
export const serviceCategorySchema = z.enum(SERVICE_CATEGORIES);

/** Who a service is for (HSDS "eligibility"). A service open to all says `everyone`. */
export const POPULATIONS = [
  'everyone',
  'asylum-seekers',
  'refugees',
  'migrants',
  'returnees',
  'children',
  'unaccompanied-children',
  'women',
  'families',
  'lgbtiq',
  'older-people',
  'people-with-disabilities',
  'survivors-of-violence',
  'survivors-of-trafficking',
] as const;
export const populationSchema = z.enum(POPULATIONS);

export const ACCESSIBILITY_FEATURES = [
  'wheelchair-access',
  'accessible-toilet',
  'ground-floor',
  'sign-language',
  'quiet-space',
] as const;
export const accessibilityFeatureSchema = z.enum(ACCESSIBILITY_FEATURES);
