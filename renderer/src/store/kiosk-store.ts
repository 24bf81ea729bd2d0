import { create } from 'zustand';

import { assertNever } from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import { createBrowseSlice } from './browse-slice.js';
import { createDirectorySlice } from './directory-slice.js';
import { createDirectoryAdminSlice } from './directory-admin-slice.js';
import { createFollowUpSlice } from './follow-up-slice.js';
import { createKioskSlice } from './kiosk-slice.js';
import { createKoboSlice } from './kobo-slice.js';
import { createOperationsSlice } from './operations-slice.js';
import { createPrinterAdminSlice } from './printer-admin-slice.js';
import type { KioskActions, KioskSliceCreator, KioskState } from './kiosk-state.js';
import { createPathwaySlice } from './pathway-slice.js';
import { createReadAloudSlice } from './read-aloud-slice.js';
import { createRecordingsSlice } from './recordings-slice.js';
import { createReferralSlice } from './referral-slice.js';
import { createReportSlice } from './report-slice.js';
import { createSessionSlice } from './session-slice.js';
import { createSiteSlice } from './site-slice.js';
import { createStaffAccountsSlice } from './staff-accounts-slice.js';
import { createStaffSlice } from './staff-slice.js';
import { createTopicSlice } from './topic-slice.js';

function createKioskActions({ api }: StoreDependencies): KioskSliceCreator<KioskActions> {
  return (_set, get) => ({
    async start() {
      await Promise.all([get().loadSite(), get().loadKioskInfo(), get().loadDirectory(), get().loadTopics()]);
    },
    connect() {
      return api.subscribe((event) => {
        get().handleEvent(event);
      });
    },
    handleEvent(event) {
      switch (event.type) {
        case 'configChanged':
          get().onConfigChanged(event.status);
          if (event.status.state !== 'unavailable') {
            void get().loadDirectory();
            void get().loadTopics();
          }
          return;
        case 'databaseStatus':
          get().onDatabaseStatus(event.status);
          return;
        // — Operations: incidents, maintenance, checklist, status —
        case 'equipmentCheckProgress':
          get().onCheckProgress(event.progress);
          return;
        case 'serviceStatus':
          get().onServiceStatus(event.status);
          return;
        // — Reports and KoboToolbox —
        // KoboToolbox
        case 'koboOutboxChanged':
          get().onKoboOutboxChanged();
          return;
        // Reports
        case 'reportProgress':
          get().onReportProgress(event.percent);
          return;
        case 'printerStatus':
          // The visitor is told about the printer when a slip is asked for (printReferral's
          // answer); a status change in between is for the operator screens.
          return;
        default:
          assertNever(event, 'kiosk event');
      }
    },
  });
}

/** The one store of the UI, built from its slices. Tests build their own with fakes. */
export function createKioskStore(dependencies: StoreDependencies) {
  return create<KioskState>()((...args) => ({
    ...createSessionSlice(dependencies)(...args),
    ...createBrowseSlice()(...args),
    ...createDirectorySlice(dependencies)(...args),
    ...createReferralSlice(dependencies)(...args),
    ...createReadAloudSlice(dependencies)(...args),
    ...createRecordingsSlice(dependencies)(...args),
    ...createSiteSlice(dependencies)(...args),
    ...createKioskSlice(dependencies)(...args),
    ...createStaffSlice(dependencies)(...args),
    ...createStaffAccountsSlice(dependencies)(...args),
    // — Operations: incidents, maintenance, checklist, status —
    ...createOperationsSlice(dependencies)(...args),
    // — Printer administration and kiosk hardening —
    ...createPrinterAdminSlice(dependencies)(...args),
    // — Reports and KoboToolbox —
    // KoboToolbox
    ...createKoboSlice(dependencies)(...args),
    // Reports
    ...createReportSlice(dependencies)(...args),
    // — Referral pathways —
    ...createPathwaySlice(dependencies)(...args),
    // — Know your rights and the steps —
    ...createTopicSlice(dependencies)(...args),
    // — Referral follow-up —
    ...createFollowUpSlice(dependencies)(...args),
    // — Directory stewardship —
    ...createDirectoryAdminSlice(dependencies)(...args),
    ...createKioskActions(dependencies)(...args),
  }));
}

export type KioskStore = ReturnType<typeof createKioskStore>;
