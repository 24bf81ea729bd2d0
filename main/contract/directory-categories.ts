import { z } from 'zod';

/**
 * The service directory's categories, in the order of the product brief. The ids are stable keys:
 * screens translate them (`categories.<id>` in the locale files) and reports count referrals by them.
 */
export const SERVICE_CATEGORIES = [
  'emergencies', // Emergencias
  'asylum-refuge', // Asilo y refugio
  'documents-regularisation', // Documentos y regularización
  'children', // Niñez y adolescencia
  'human-rights', // Derechos humanos y quejas
  'legal-aid', // Asesoría legal
  'health-psychosocial', // Salud y apoyo psicosocial
  'shelter-food', // Albergue y alimentación
  'family-contact', // Contacto con familiares
  'trafficking-violence', // Trata y violencia
  'employment-training', // Empleo y formación
  'voluntary-return', // Retorno voluntario
  'redsafe-help', // Ayuda con RedSafe
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
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
