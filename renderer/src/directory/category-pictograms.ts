import type { ServiceCategory } from '../../../main/contract/index.js';
import type { PictogramName } from '../components/Pictogram.js';

/** One pictogram per category, so a person who reads little can still find their way in the list. */
export const CATEGORY_PICTOGRAMS: Readonly<Record<ServiceCategory, PictogramName>> = {
  emergencies: 'urgent',
  'asylum-refuge': 'shelter',
  'documents-regularisation': 'document',
  children: 'child',
  'human-rights': 'scale',
  'legal-aid': 'document',
  'health-psychosocial': 'health',
  'shelter-food': 'shelter',
  'family-contact': 'family',
  'trafficking-violence': 'hand',
  'employment-training': 'work',
  'voluntary-return': 'journey',
  'redsafe-help': 'phone',
};
