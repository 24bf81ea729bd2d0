import { resolveKioskApi } from '../api/kiosk-api.js';
import { browserSessionEffects } from '../app/browser-effects.js';

import { createKioskStore } from './kiosk-store.js';

/** The UI's one store: components select from it; its actions call the kiosk API. */
export const useKioskStore = createKioskStore({ api: resolveKioskApi(window), effects: browserSessionEffects });

export type { KioskState } from './kiosk-state.js';
export { selectDatabaseNotices } from './kiosk-slice.js';
export { selectLiveConfigIssues } from './site-slice.js';
