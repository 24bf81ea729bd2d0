// Zod-free on purpose: the visitor screens import this list, and a file that also builds schemas
// would bring zod into the first screen's bundle (renderer/vite.config.ts, bench/bundle-size.ts).

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
