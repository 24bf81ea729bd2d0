// The access each method declares. The dispatcher enforces whatever the contract says (see
// tests/fuzz/method-access.test.ts); this pins what it says, so that a method changing hands
// between visitors, staff and supervisors is a visible decision, not a one-word slip.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { METHOD_ACCESS, METHOD_NAMES, methods, operatorTokenSchema } from '../../main/contract/index.js';

describe('access declared in the contract', () => {
  it('gives every staff method a request that carries the session token', () => {
    for (const method of METHOD_NAMES) {
      const { access, request } = methods[method];
      if (access === 'public') continue;
      expect(request, method).toBeInstanceOf(z.ZodObject);
      expect((request as z.ZodObject).shape.token, method).toBe(operatorTokenSchema);
      expect(request.safeParse({}).success, method).toBe(false);
    }
  });

  it('keeps each method with the people it was for', () => {
    const byAccess = Object.fromEntries(
      METHOD_ACCESS.map((access) => [access, METHOD_NAMES.filter((m) => methods[m].access === access).sort()]),
    );
    expect(byAccess).toEqual({
      public: [
        'getAudioClip',
        'getConfigStatus',
        'getDirectory',
        'getKioskInfo',
        // The visitor's own turn, by the screen's random visit id.
        'getMyTurn',
        'getOperatorAccess',
        'getPrinterStatus',
        'getServiceStatus',
        'getSiteConfig',
        // The topics' texts, dates and sources are public information, shown to visitors.
        'getTopics',
        // The numbers being called, for the display page: nothing but numbers.
        'getTurnCalls',
        'listAudioClips',
        // Ends a session, also one that has already expired: it must answer without a live one.
        'lockOperator',
        'printReferral',
        'printTopicSheet',
        'recordUsage',
        // The visitor's own follow-up: codes and fixed answers only, rate-limited in the handler.
        'reportOwnReferralOutcome',
        'setLanguage',
        // The visitor's slip scanner: opens the camera gate only where the site allows it.
        'setVisitorScanner',
        'setupSupervisor',
        'showReferral',
        // One open turn per visit and per tap, checked in the service.
        'takeTurn',
        'unlockOperator',
      ],
      operator: [
        'callNextTurn',
        'closeIncident',
        'completePathwayReferral',
        'deleteActivityEntry',
        'deleteRecording',
        'exportClipArchive',
        'getActivityTypes',
        'getDirectoryAdmin',
        'getDirectorySync',
        'getLastEquipmentCheck',
        'getOperationsSetup',
        'getOperationsStatus',
        'getPathway',
        'getPathwayReferralCounts',
        'importClipArchive',
        'listActivityEntries',
        'listIncidents',
        'listMaintenanceEntries',
        'listPathways',
        'listPrintJobs',
        'listRecordings',
        'listTurnQueue',
        'lookupReferral',
        'markTurnNoShow',
        'markTurnServed',
        'openIncident',
        'printPathwaySlips',
        'printTestSlip',
        'readPrinterStatus',
        'recallTurn',
        'recordReferralOutcome',
        'recoverPrinter',
        'reprintJob',
        'runEquipmentCheck',
        'saveActivityEntry',
        'saveChecklistAnswers',
        'saveMaintenanceEntry',
        'saveRecording',
        'setFollowUpScanner',
        'setRecordingScreen',
      ],
      supervisor: [
        'addStaffAccount',
        'clearDirectoryNotice',
        'closeDirectoryService',
        'editDirectoryService',
        'exportReport',
        'getAuditLog',
        'getKoboStatus',
        'importPartnerOutcomes',
        'listDirectoryHistory',
        'listReportDestinations',
        'listStaffAccounts',
        'markDirectoryVerified',
        'previewReport',
        'queueKoboMonth',
        'reopenDirectoryService',
        'restoreDirectoryCopy',
        'retryKoboNow',
        'saveReport',
        'setDirectoryNotice',
        'setKoboCredential',
        'setStaffPin',
        'syncDirectoryNow',
        'updateStaffAccount',
      ],
    });
  });
});
