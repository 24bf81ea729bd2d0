import { err, ok, type CodeProblem, type OutcomeAnswer, type Result } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';

import type { LedgerLookup } from './referral-ledger.js';
import type { ReferralLedger } from './referral-ledger-service.js';

type FollowUpMethods =
  'lookupReferral' | 'recordReferralOutcome' | 'reportOwnReferralOutcome' | 'importPartnerOutcomes';

export interface FollowUpDeps {
  readonly ledger: ReferralLedger;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Codes that did not match, on the public screen, before it answers `try_later` (default 10). */
  readonly publicMissesAllowed?: number;
  /** The window those misses are counted in (default 10 minutes). */
  readonly publicMissWindowMs?: number;
}

const problemOf = (lookup: Exclude<LedgerLookup, { status: 'found' }>): CodeProblem => lookup.status;

/**
 * Staff look a code up and record what became of it; a visitor reports their own. The public
 * method has no session, so it is bounded by a kiosk-wide count of codes that did not match: a
 * person retyping a code a few times is fine, someone trying codes one after another is not
 * (a code has 2⁴⁰ values, so guessing is hopeless anyway; this keeps the log and the disk quiet).
 */
export function createFollowUpHandlers(deps: FollowUpDeps): Pick<KioskHandlers, FollowUpMethods> {
  const { ledger, clock, logger } = deps;
  const allowed = deps.publicMissesAllowed ?? 10;
  const windowMs = deps.publicMissWindowMs ?? 10 * 60_000;
  let misses: number[] = [];

  const lookup = async (code: string): Promise<Result<LedgerLookup>> => {
    const found = await ledger.lookup(code).catch(() => undefined);
    return found === undefined ? err('DATABASE_UNAVAILABLE') : ok(found);
  };

  return {
    async importPartnerOutcomes({ csv, apply }) {
      const result = await ledger.importPartner(csv, apply).catch(() => undefined);
      if (result === undefined) return err('DATABASE_UNAVAILABLE');
      if (apply) {
        logger.info('partner_outcomes_imported', { imported: result.imported, rejected: result.rejected.length });
      }
      return ok(result);
    },

    async lookupReferral({ code }) {
      const found = await lookup(code);
      if (!found.ok) return found;
      const value = found.value;
      if (value.status !== 'found') return ok({ status: problemOf(value) });
      return ok({ status: 'found', code: value.record.code, serviceId: value.record.serviceId, day: value.record.day });
    },

    async recordReferralOutcome({ code, report }) {
      const found = await lookup(code);
      if (!found.ok) return found;
      if (found.value.status !== 'found') return ok({ status: problemOf(found.value) });
      const written = await ledger.record(found.value.record.code, report, 'staff').catch(() => undefined);
      if (written === undefined) return err('DATABASE_UNAVAILABLE');
      logger.info('referral_outcome_recorded', { source: 'staff', outcome: report.outcome });
      return ok({ status: written });
    },

    async reportOwnReferralOutcome({ code, report }) {
      const now = clock.now().getTime();
      misses = misses.filter((at) => now - at < windowMs);
      if (misses.length >= allowed) return ok({ status: 'try_later' });
      const found = await lookup(code);
      if (!found.ok) return found;
      if (found.value.status !== 'found') {
        misses.push(now);
        return ok({ status: problemOf(found.value) });
      }
      if (report === undefined) return ok({ status: 'ready' satisfies OutcomeAnswer });
      const written = await ledger.record(found.value.record.code, report, 'visitor').catch(() => undefined);
      if (written === undefined) return err('DATABASE_UNAVAILABLE');
      logger.info('referral_outcome_recorded', { source: 'visitor', outcome: report.outcome });
      return ok({ status: written });
    },
  };
}
