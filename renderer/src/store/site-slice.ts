import type { ConfigIssue, ConfigStatus, ErrorCode, SiteView } from '../../../main/contract/index.js';

import { fireAndForget, type StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

/**
 * - `loading`: first answer not there yet.
 * - `ready`: a site configuration is in use.
 * - `out_of_service`: the configuration was never valid; staff must fix it.
 * - `unreachable`: the services did not answer (host down, timeout); the screen retries.
 */
export type SiteStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'out_of_service' }
  | { readonly kind: 'unreachable'; readonly code: ErrorCode };

export interface SiteSlice {
  readonly site: SiteView | null;
  readonly siteStatus: SiteStatus;
  /** Only fetched when it matters: when the configuration is unavailable, or when it changes. */
  readonly configStatus: ConfigStatus | null;
  readonly loadSite: () => Promise<void>;
  readonly onConfigChanged: (status: ConfigStatus) => void;
}

const NO_ISSUES: readonly ConfigIssue[] = [];

/**
 * What is wrong with a configuration that was replaced by an invalid file while the kiosk runs: the
 * last good version keeps serving, and staff need to know which file to fix. (When no valid site
 * configuration exists at all, the out-of-service screen shows the issues instead.)
 */
export function selectLiveConfigIssues(state: Pick<SiteSlice, 'configStatus'>): readonly ConfigIssue[] {
  return state.configStatus?.state === 'degraded' ? state.configStatus.issues : NO_ISSUES;
}

export function createSiteSlice({ api, effects }: StoreDependencies): KioskSliceCreator<SiteSlice> {
  // Answers can cross (a retry and a configChanged event): only the latest request may write.
  let latestRequest = 0;

  return (set, get) => ({
    site: null,
    siteStatus: { kind: 'loading' },
    configStatus: null,

    async loadSite() {
      const request = ++latestRequest;
      const result = await api.getSiteConfig({});
      if (request !== latestRequest) return;
      if (result.ok) {
        const hadSite = get().site !== null;
        set({ site: result.value, siteStatus: { kind: 'ready' } });
        // Before any visitor's choice the screens follow the site's default language. Nothing is
        // counted: no visitor chose it (setLanguage is for a visitor's choice).
        if (!hadSite && get().language === null) effects.applyLanguage(result.value.defaultLanguage);
        return;
      }
      if (result.error.code === 'CONFIG_UNAVAILABLE') {
        set({ siteStatus: { kind: 'out_of_service' } });
        const status = await api.getConfigStatus({});
        if (request === latestRequest && status.ok) set({ configStatus: status.value });
        return;
      }
      // A kiosk that already runs keeps its last configuration through a passing outage.
      if (get().site === null) set({ siteStatus: { kind: 'unreachable', code: result.error.code } });
    },

    onConfigChanged(status) {
      set({ configStatus: status });
      if (status.state === 'unavailable') {
        latestRequest++;
        set({ siteStatus: { kind: 'out_of_service' } });
        return;
      }
      fireAndForget(get().loadSite());
    },
  });
}
